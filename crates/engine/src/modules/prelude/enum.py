# enum, written in Python. Loopscope has no metaclasses: EnumType's
# methods apply to enum classes through `__loopscope_meta__` (see
# vm/types.rs meta_method), and members are made by
# Enum.__init_subclass__ when a class body finishes.

class auto:
    """Instances are replaced with an appropriate value in Enum classes."""

    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return "auto(%r)" % self.value


_auto_null = object()
_ENUM_BASES = ()


def _is_member_name(name, value):
    if name.startswith("_"):
        return False
    if isinstance(value, (classmethod, staticmethod, property)):
        return False
    if callable(value) and not isinstance(value, (type, Enum)):
        return False
    return True


class EnumType:
    """The behaviour of enum classes themselves."""

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and 'EnumType'" % (type(member).__qualname__,))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, start=start)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__


class Enum:
    __loopscope_meta__ = EnumType
    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    def __init_subclass__(cls, **kwds):
        for base in cls.__mro__[1:]:
            if base.__dict__.get("_member_names_"):
                raise TypeError("<enum %r> cannot extend <enum %r>" % (cls.__name__, base.__name__))
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        members = {}
        last_values = []
        init = None
        for c in cls.__mro__:
            if c is object:
                break
            if "__init__" in c.__dict__:
                if c not in _ENUM_BASES:
                    init = c.__dict__["__init__"]
                break
        for name, value in list(cls.__dict__.items()):
            if not _is_member_name(name, value):
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = cls._generate_next_value_(name, 1, len(cls._member_names_), last_values[:])
                value = value.value
            last_values.append(value)
            canonical = None
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
            if canonical is not None:
                cls._member_map_[name] = canonical
                setattr(cls, name, canonical)
                continue
            member = object.__new__(cls)
            object.__setattr__(member, "_name_", name)
            object.__setattr__(member, "_value_", value)
            if init is not None:
                args = value if isinstance(value, tuple) else (value,)
                init(member, *args)
            cls._member_names_.append(name)
            cls._member_map_[name] = member
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                pass
            setattr(cls, name, member)
        cls.__members__ = dict(cls._member_map_)

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def _create_(cls, class_name, names, *, module=None, start=1):
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, dict):
            items = list(names.items())
        else:
            names = list(names)
            if names and isinstance(names[0], str):
                items = []
                last = []
                for i, n in enumerate(names):
                    v = cls._generate_next_value_(n, start, i, last[:])
                    last.append(v)
                    items.append((n, v))
            else:
                items = [tuple(p) for p in names]
        ns = {n: v for n, v in items}
        ns["__module__"] = _caller_module() if module is None else module
        return type(class_name, (cls,), ns)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)


def _v(x):
    return x._value_ if isinstance(x, Enum) else x


class ReprEnum(Enum):
    """Only the repr is the Enum's; str() and format() are the value's."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(ReprEnum):
    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, o):
        return self._value_ == _v(o)

    def __ne__(self, o):
        return self._value_ != _v(o)

    def __lt__(self, o):
        return self._value_ < _v(o)

    def __le__(self, o):
        return self._value_ <= _v(o)

    def __gt__(self, o):
        return self._value_ > _v(o)

    def __ge__(self, o):
        return self._value_ >= _v(o)

    def __add__(self, o):
        return self._value_ + _v(o)

    def __radd__(self, o):
        return _v(o) + self._value_

    def __sub__(self, o):
        return self._value_ - _v(o)

    def __rsub__(self, o):
        return _v(o) - self._value_

    def __mul__(self, o):
        return self._value_ * _v(o)

    def __rmul__(self, o):
        return _v(o) * self._value_

    def __truediv__(self, o):
        return self._value_ / _v(o)

    def __floordiv__(self, o):
        return self._value_ // _v(o)

    def __mod__(self, o):
        return self._value_ % _v(o)

    def __pow__(self, o):
        return self._value_ ** _v(o)

    def __neg__(self):
        return -self._value_

    def __abs__(self):
        return abs(self._value_)

    def __round__(self, n=None):
        return round(self._value_, n)


class StrEnum(ReprEnum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __eq__(self, o):
        return self._value_ == _v(o)

    def __ne__(self, o):
        return self._value_ != _v(o)

    def __lt__(self, o):
        return self._value_ < _v(o)

    def __hash__(self):
        return hash(self._value_)

    def __len__(self):
        return len(self._value_)

    def __add__(self, o):
        return self._value_ + _v(o)

    def __radd__(self, o):
        return _v(o) + self._value_

    def __contains__(self, x):
        return x in self._value_

    def __getattr__(self, name):
        return getattr(self._value_, name)


class Flag(Enum):
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return 1
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        member = object.__new__(cls)
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_]
        object.__setattr__(member, "_name_", "|".join(names) if names else None)
        object.__setattr__(member, "_value_", value)
        return member

    def __repr__(self):
        name = self._name_ if self._name_ is not None else "0" if not self._value_ else str(self._value_)
        return "<%s.%s: %r>" % (type(self).__name__, name, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in type(self) if m._value_ & self._value_ == m._value_ and m._value_])

    def __len__(self):
        return len(list(self.__iter__()))

    def __bool__(self):
        return bool(self._value_)

    def __eq__(self, o):
        return type(self) is type(o) and self._value_ == o._value_

    def __hash__(self):
        return hash(self._value_)

    def __or__(self, o):
        return type(self)(self._value_ | _v(o))

    def __and__(self, o):
        return type(self)(self._value_ & _v(o))

    def __xor__(self, o):
        return type(self)(self._value_ ^ _v(o))

    def __invert__(self):
        total = 0
        for m in type(self):
            total |= m._value_
        return type(self)(total & ~self._value_)


class IntFlag(Flag):
    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __eq__(self, o):
        return self._value_ == _v(o)

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


_ENUM_BASES = (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
