# inspect: what kind of object a value is. Source code, signatures and
# frames are refused by name.


def iscoroutinefunction(obj):
    return _code_kind(obj) == "coroutine"


def isgeneratorfunction(obj):
    return _code_kind(obj) == "generator"


def isasyncgenfunction(obj):
    return _code_kind(obj) == "asyncgen"


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def isgenerator(obj):
    return type(obj).__name__ == "generator"


def isasyncgen(obj):
    return type(obj).__name__ == "async_generator"


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), "__await__") or _is_future(obj) or (isgenerator(obj) and _iterable_coroutine(obj))


def isfunction(obj):
    return type(obj).__name__ == "function"


def ismethod(obj):
    return type(obj).__name__ == "method"


def isbuiltin(obj):
    return type(obj).__name__ == "builtin_function_or_method"


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj)


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return type(obj).__name__ == "module"
