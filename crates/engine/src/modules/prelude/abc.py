# abc, written in Python: ABC and abstractmethod. Loopscope has no
# metaclasses; ABC subclasses get __abstractmethods__ from
# ABC.__init_subclass__, and the VM refuses to instantiate a class whose
# __abstractmethods__ is not empty.

def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta:
    pass


def _abstract_names(cls):
    names = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


class ABC:
    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, **kwargs):
        cls.__abstractmethods__ = _abstract_names(cls)


def update_abstractmethods(cls):
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls
