# types: the types of built-in values, SimpleNamespace, and coroutine()
# (a generator function whose generators may be awaited).


def _f():
    pass


async def _c():
    pass


def _g():
    yield


async def _ag():
    yield


FunctionType = LambdaType = type(_f)
BuiltinFunctionType = BuiltinMethodType = type(len)
GeneratorType = type(_g())
_co = _c()
CoroutineType = type(_co)
_co.close()
del _co
AsyncGeneratorType = type(_ag())
import time as _time
ModuleType = type(_time)
del _time
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for k, v in dict(mapping_or_iterable, **kwargs).items():
            setattr(self, k, v)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def coroutine(func):
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    _mark_iterable_coroutine(func)
    return func
