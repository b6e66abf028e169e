# dataclasses, written in Python. The fields come from the class's
# `__annotations__` when it has them, else from `_annotations(cls)` (a
# native that reads the annotated names of the class body from the
# program's source, since Loopscope's compiler does not record them).

from collections import _bind, _names
import copy as _copy


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return "MISSING"


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return f"dataclasses.InitVar[{getattr(self.type, '__name__', self.type)}]"


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(' f'name={self.name!r},' f'type={self.type!r},' f'default={self.default!r},'
                f'default_factory={self.default_factory!r},' f'init={self.init!r},' f'repr={self.repr!r},'
                f'hash={self.hash!r},' f'compare={self.compare!r},' f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},' f'_field_type={self._field_type}' ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _class_annotations(cls):
    """[(name, type, type_text)] of the class body, in order."""
    ann = cls.__dict__.get("__annotations__")
    if ann is not None:
        return [(k, v, v if isinstance(v, str) else getattr(v, "__name__", repr(v))) for k, v in ann.items()]
    return _annotations(cls)


def _is_classvar(t, text):
    return isinstance(text, str) and (text == "ClassVar" or text.startswith("ClassVar[")
                                      or text.startswith("typing.ClassVar"))


def _is_initvar(t, text):
    return isinstance(t, InitVar) or t is InitVar or (isinstance(text, str) and (
        text.startswith("InitVar") or text.startswith("dataclasses.InitVar")))


def _is_mutable_default(v):
    return isinstance(v, (list, dict, set)) or (not isinstance(v, type) and type(v).__dict__.get("__hash__", 0) is None)


def _get_field(cls, name, a_type, text, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type, text):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type, text):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and _is_mutable_default(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


_repr_running = set()


def _make_init(cls, fields, frozen, has_post_init):
    init_fields = [f for f in fields.values() if f.init and f._field_type in (_FIELD, _FIELD_INITVAR)]
    pos = [f for f in init_fields if not f.kw_only]
    kwonly = [f for f in init_fields if f.kw_only]
    seen_default = None
    for f in pos:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    qual = cls.__qualname__ + ".__init__"
    names = [f.name for f in pos]
    defaults = {f.name: (f.default if f.default is not MISSING else _HAS_DEFAULT_FACTORY)
                for f in pos if f.default is not MISSING or f.default_factory is not MISSING}
    kw_names = [f.name for f in kwonly]

    def __init__(self, *args, **kwargs):
        extra = {k: kwargs.pop(k) for k in list(kwargs) if k in kw_names}
        vals = dict(zip(names, _bind(qual, names, defaults, args, kwargs, 1)))
        missing = [f.name for f in kwonly if f.name not in extra and f.default is MISSING
                   and f.default_factory is MISSING]
        if missing:
            m = len(missing)
            raise TypeError(f"{qual}() missing {m} required keyword-only argument{'' if m == 1 else 's'}: "
                            f"{_names(missing)}")
        for f in kwonly:
            vals[f.name] = extra.get(f.name, f.default if f.default is not MISSING else _HAS_DEFAULT_FACTORY)
        initvars = []
        for f in fields.values():
            if f._field_type is _FIELD_INITVAR:
                initvars.append(vals[f.name])
                continue
            if f._field_type is not _FIELD:
                continue
            if f.init:
                v = vals[f.name]
                if v is _HAS_DEFAULT_FACTORY:
                    v = f.default_factory()
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        if has_post_init:
            self.__post_init__(*initvars)
    __init__.__qualname__ = qual
    return __init__


def _make_repr(fields):
    shown = [f.name for f in fields.values() if f._field_type is _FIELD and f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ", ".join(f"{n}={getattr(self, n)!r}" for n in shown)
        finally:
            _repr_running.discard(key)
        return f"{type(self).__qualname__}({parts})"
    return __repr__


def _tuple_of(obj, names):
    return tuple(getattr(obj, n) for n in names)


def _make_cmp(cls, names, op):
    def cmp(self, other):
        if other.__class__ is self.__class__:
            a, b = _tuple_of(self, names), _tuple_of(other, names)
            if op == "eq":
                return a == b
            if op == "lt":
                return a < b
            if op == "le":
                return a <= b
            if op == "gt":
                return a > b
            return a >= b
        return NotImplemented
    return cmp


def _frozen_setattr(cls, fields):
    def __setattr__(self, name, value):
        if type(self) is cls or name in fields:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in fields:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    own = []
    kw = kw_only
    for name, a_type, text in _class_annotations(cls):
        if a_type is KW_ONLY or text == "KW_ONLY" or text == "dataclasses.KW_ONLY":
            kw = True
            continue
        own.append(_get_field(cls, name, a_type, text, kw))
    for f in own:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in fields:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    real = [f for f in fields.values() if f._field_type is _FIELD]
    if init and "__init__" not in cls.__dict__:
        has_post_init = hasattr(cls, "__post_init__")
        cls.__init__ = _make_init(cls, fields, frozen, has_post_init)
    if repr and "__repr__" not in cls.__dict__:
        cls.__repr__ = _make_repr(fields)
    cmp_names = [f.name for f in real if f.compare]
    if eq and "__eq__" not in cls.__dict__:
        cls.__eq__ = _make_cmp(cls, cmp_names, "eq")
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (("__lt__", "lt"), ("__le__", "le"), ("__gt__", "gt"), ("__ge__", "ge")):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
            setattr(cls, name, _make_cmp(cls, cmp_names, op))
    if frozen:
        for name in ("__setattr__", "__delattr__"):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
        cls.__setattr__, cls.__delattr__ = _frozen_setattr(cls, fields)
    hash_names = [f.name for f in real if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_tuple_of(self, hash_names))
    if not has_explicit_hash:
        if unsafe_hash or (eq and frozen):
            cls.__hash__ = __hash__
        elif eq:
            cls.__hash__ = None
    elif unsafe_hash:
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in fields.values()
                                   if f.init and f._field_type is _FIELD and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if hasattr(type(obj), "_fields") and hasattr(obj, "_asdict"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in type(obj).__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
