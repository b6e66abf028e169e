# Names Loopscope lacks. `import os` binds a missing module and
# `from asyncio import start_server` a missing name when Loopscope does not
# have them: the import itself succeeds, as in CPython, and the first use
# ends the run with `UNSUPPORTED os.getpid` / `UNSUPPORTED
# asyncio.start_server` at that line (_refuse never returns).


class _Missing:
    def __init__(self, name, module):
        self._missing_name = name
        self._missing_module = module

    def __getattr__(self, attr):
        if self._missing_module:
            _refuse(self._missing_name + "." + attr)
        _refuse(self._missing_name)

    def _use(self, *args, **kwargs):
        _refuse(self._missing_name)

    __call__ = __iter__ = __aiter__ = __enter__ = __aenter__ = __await__ = _use
    __bool__ = __len__ = __getitem__ = __setitem__ = __contains__ = _use
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __mod__ = _use
    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __hash__ = _use
    __str__ = __repr__ = __format__ = __int__ = __float__ = _use
