# collections: the Python-written part (namedtuple). defaultdict, Counter,
# OrderedDict and deque are native (see modules/dicts.rs, builtins/collections.rs).

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
])


def _names(names):
    if len(names) == 1:
        return f"'{names[0]}'"
    if len(names) == 2:
        return f"'{names[0]}' and '{names[1]}'"
    return ", ".join(f"'{n}'" for n in names[:-1]) + f", and '{names[-1]}'"


def _bind(qualname, names, defaults, args, kwargs, extra):
    """Bind `args`/`kwargs` to the positional-or-keyword parameters `names`
    (`defaults` maps names to default values) with CPython's messages for
    the function `qualname`; `extra` is 1 when CPython counts `self`."""
    n = len(names)
    for k in kwargs:
        if k not in names:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{k}'")
        if names.index(k) < len(args):
            raise TypeError(f"{qualname}() got multiple values for argument '{k}'")
    if len(args) > n:
        ndef = len(defaults)
        if ndef:
            takes = f"from {n - ndef + extra} to {n + extra} positional arguments"
        else:
            total = n + extra
            takes = f"{total} positional argument" + ("" if total == 1 else "s")
        given = len(args) + extra
        was = "was" if given == 1 else "were"
        raise TypeError(f"{qualname}() takes {takes} but {given} {was} given")
    out = []
    missing = []
    for i, name in enumerate(names):
        if i < len(args):
            out.append(args[i])
        elif name in kwargs:
            out.append(kwargs[name])
        elif name in defaults:
            out.append(defaults[name])
        else:
            missing.append(name)
    if missing:
        m = len(missing)
        s = "" if m == 1 else "s"
        raise TypeError(f"{qualname}() missing {m} required positional argument{s}: {_names(missing)}")
    return out


class _TupleBase:
    """The behaviour namedtuple classes share: a tuple kept in `_t`."""

    def __init__(self, *args, **kwargs):
        cls = type(self)
        vals = _bind(cls.__qualname__ + ".__new__", cls._fields, cls._field_defaults, args, kwargs, 1)
        object.__setattr__(self, "_t", tuple(vals))

    def __setattr__(self, name, value):
        if name in type(self)._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __repr__(self):
        parts = ", ".join(f"{n}={v!r}" for n, v in zip(type(self)._fields, self._t))
        return f"{type(self).__name__}({parts})"

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        return iter(self._t)

    def __reversed__(self):
        return reversed(self._t)

    def __contains__(self, x):
        return x in self._t

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, other):
        o = _as_tuple(other)
        if o is None:
            return NotImplemented
        return self._t == o

    def __ne__(self, other):
        o = _as_tuple(other)
        if o is None:
            return NotImplemented
        return self._t != o

    def __lt__(self, other):
        o = _as_tuple(other)
        if o is None:
            return NotImplemented
        return self._t < o

    def __le__(self, other):
        o = _as_tuple(other)
        if o is None:
            return NotImplemented
        return self._t <= o

    def __gt__(self, other):
        o = _as_tuple(other)
        if o is None:
            return NotImplemented
        return self._t > o

    def __ge__(self, other):
        o = _as_tuple(other)
        if o is None:
            return NotImplemented
        return self._t >= o

    def __add__(self, other):
        o = _as_tuple(other)
        if o is None:
            return NotImplemented
        return self._t + o

    def __radd__(self, other):
        o = _as_tuple(other)
        if o is None:
            return NotImplemented
        return o + self._t

    def __mul__(self, n):
        return self._t * n

    def __rmul__(self, n):
        return self._t * n

    def __bool__(self):
        return len(self._t) > 0

    def count(self, value):
        return self._t.count(value)

    def index(self, value, *args):
        return self._t.index(value, *args)

    def _asdict(self):
        return dict(zip(type(self)._fields, self._t))

    def _replace(self, **kwds):
        cls = type(self)
        vals = [kwds.pop(n, v) for n, v in zip(cls._fields, self._t)]
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return cls(*vals)

    @classmethod
    def _make(cls, iterable):
        t = tuple(iterable)
        if len(t) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(t)}")
        return cls(*t)

    def __getnewargs__(self):
        return self._t


def _as_tuple(v):
    if isinstance(v, tuple):
        return v
    if isinstance(v, _TupleBase):
        return v._t
    return None


def _field_getter(i):
    return property(lambda self: self._t[i])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith("_") or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    ns = {
        "__doc__": f"{typename}({', '.join(field_names)})",
        "__slots__": (),
        "_fields": tuple(field_names),
        "_field_defaults": field_defaults,
        "__match_args__": tuple(field_names),
    }
    for i, name in enumerate(field_names):
        ns[name] = _field_getter(i)
    ns["__module__"] = _caller_module() if module is None else module
    return type(typename, (_TupleBase,), ns)


class _NamedTupleBase(_TupleBase):
    """typing.NamedTuple: subclasses list their fields as annotations."""

    def __init_subclass__(cls, **kwargs):
        fields = [name for name, _t, _text in _annotations(cls)]
        defaults = {}
        for name in fields:
            if name in cls.__dict__:
                defaults[name] = cls.__dict__[name]
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(defaults)}")
        cls._fields = tuple(fields)
        cls._field_defaults = defaults
        cls.__match_args__ = tuple(fields)
        for i, name in enumerate(fields):
            setattr(cls, name, _field_getter(i))
