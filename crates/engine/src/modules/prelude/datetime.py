# datetime, on the virtual clock: now(), today() and utcnow() read
# time.time(), whose 0.0 is 1970-01-01 00:00:00 UTC (the time zone is UTC).
# The same values, reprs and errors as CPython's datetime; timezones are
# fixed offsets (timezone.utc and timezone(timedelta(...))).

import time as _time

MINYEAR = 1
MAXYEAR = 9999
_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_US = 1000000


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _dim(y, m):
    return 29 if m == 2 and _leap(y) else _DIM[m]


def _ord(y, m, d):
    # Days since 0001-01-01, plus one (date.toordinal()).
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400 + _time._days_before_month(y, m) + d


def _from_ord(n):
    return _time._from_days(n - 719163)


def _index(v, what):
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")


def _check_date(y, m, d):
    y, m, d = _index(y, "year"), _index(m, "month"), _index(d, "day")
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year must be in 1..9999", y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12", m)
    if not 1 <= d <= _dim(y, m):
        raise ValueError(f"day must be in 1..{_dim(y, m)}", d)
    return y, m, d


def _check_time(h, mi, s, us):
    h, mi, s, us = _index(h, "hour"), _index(mi, "minute"), _index(s, "second"), _index(us, "microsecond")
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23", h)
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59", mi)
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59", s)
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999", us)
    return h, mi, s, us




class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        whole = 0
        frac = 0.0
        for v, scale in ((weeks, 7 * 86400 * _US), (days, 86400 * _US), (hours, 3600 * _US), (minutes, 60 * _US),
                         (seconds, _US), (milliseconds, 1000), (microseconds, 1)):
            if isinstance(v, int):
                whole += v * scale
            elif isinstance(v, float):
                i = int(v)
                whole += i * scale
                frac += (v - i) * scale
            else:
                raise TypeError(f"unsupported type for timedelta component: {type(v).__name__}")
        total = whole + round(frac)
        d, rest = divmod(total, 86400 * _US)
        s, us = divmod(rest, _US)
        if abs(d) > 999999999:
            raise OverflowError(f"timedelta # of days is too large: {d}")
        self._days, self._seconds, self._us = d, s, us

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._us

    def _total(self):
        return (self._days * 86400 + self._seconds) * _US + self._us

    def total_seconds(self):
        return self._total() / _US

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._us:
            parts.append(f"microseconds={self._us}")
        return f"datetime.timedelta({', '.join(parts) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._us:
            s += f".{self._us:06d}"
        if self._days:
            s = f"{self._days} day{'s' if abs(self._days) != 1 else ''}, " + s
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._total() + other._total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._total() - other._total())
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._total())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(microseconds=self._total() * other)
        if isinstance(other, float):
            return timedelta(microseconds=round(self._total() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total() / other._total()
        if isinstance(other, int):
            return timedelta(microseconds=round(self._total() / other))
        if isinstance(other, float):
            return timedelta(microseconds=round(self._total() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total() // other._total()
        if isinstance(other, int):
            return timedelta(microseconds=self._total() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._total() % other._total())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total(), other._total())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._total() == other._total()
        return NotImplemented

    def __lt__(self, other):
        return self._total() < other._total() if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._total() <= other._total() if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._total() > other._total() if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._total() >= other._total() if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._us))

    def __bool__(self):
        return self._total() != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not " + type(offset).__name__)
        if not timedelta(hours=-24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        return _offset_name(self._offset, "UTC", ":")

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"datetime.timezone({self._offset!r})"
        return f"datetime.timezone({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


def _offset_name(off, prefix, sep):
    if off is None:
        return ""
    t = off._total()
    if t == 0 and prefix:
        return prefix
    sign = "-" if t < 0 else "+"
    t = abs(t)
    hh, rest = divmod(t, 3600 * _US)
    mm, rest = divmod(rest, 60 * _US)
    ss, us = divmod(rest, _US)
    s = f"{prefix}{sign}{hh:02d}{sep}{mm:02d}"
    if ss or us:
        s += f"{sep}{ss:02d}"
    if us:
        s += f".{us:06d}"
    return s


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(timedelta(hours=-23, minutes=-59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _strftime(fmt, tt, us, tz, dt):
    # %f, %z and %Z are datetime's own; the rest is time.strftime's.
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            n = fmt[i + 1]
            if n == "f":
                out.append(f"{us:06d}")
            elif n == "z":
                out.append(_offset_name(tz.utcoffset(dt), "", "") if tz is not None else "")
            elif n == "Z":
                out.append((tz.tzname(dt) or "") if tz is not None else "")
            else:
                out.append(fmt[i:i + 2].replace("%", "%%") if n == "%" else fmt[i:i + 2])
            i += 2
        else:
            out.append("%%" if c == "%" else c)
            i += 1
    return _time.strftime("".join(out), tt)


class date:
    def __init__(self, year, month, day):
        self._y, self._m, self._d = _check_date(year, month, day)

    year = property(lambda self: self._y)
    month = property(lambda self: self._m)
    day = property(lambda self: self._d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        tt = _time.localtime(t)
        return cls(tt[0], tt[1], tt[2])

    @classmethod
    def fromordinal(cls, n):
        return cls(*_from_ord(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) == 10 and s[4] == "-" and s[7] == "-":
                return cls(int(s[:4]), int(s[5:7]), int(s[8:]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[:4]), int(s[4:6]), int(s[6:]))
        except ValueError:
            pass
        raise ValueError(f"Invalid isoformat string: {s!r}")

    def toordinal(self):
        return _ord(self._y, self._m, self._d)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        y, w, d = _time._iso(self.timetuple())
        return IsoCalendarDate(y, w, d)

    def timetuple(self):
        yday = self.toordinal() - _ord(self._y, 1, 1) + 1
        return _time.struct_time((self._y, self._m, self._d, 0, 0, 0, self.weekday(), yday, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._y if year is None else year, self._m if month is None else month, self._d if day is None else day)

    def isoformat(self):
        return f"{self._y:04d}-{self._m:02d}-{self._d:02d}"

    __str__ = isoformat

    def __repr__(self):
        return f"datetime.date({self._y}, {self._m}, {self._d})"

    def ctime(self):
        return _time.asctime(self.timetuple())

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), 0, None, None)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError(f"must be str, not {type(spec).__name__}")
        return self.strftime(spec) if spec else str(self)

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= 3652059:
                return type(self).fromordinal(n)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _cmp(self, other):
        # -1, 0 or 1 against another date; None (NotImplemented) otherwise.
        if not isinstance(other, date):
            return None
        a, b = (self._y, self._m, self._d), (other._y, other._m, other._d)
        return (a > b) - (a < b)

    def __eq__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c == 0

    def __lt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash((self._y, self._m, self._d))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate:
    def __init__(self, year, week, weekday):
        self.year, self.week, self.weekday = year, week, weekday

    def __iter__(self):
        return iter((self.year, self.week, self.weekday))

    def __getitem__(self, i):
        return (self.year, self.week, self.weekday)[i]

    def __len__(self):
        return 3

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return f"IsoCalendarDate(year={self.year}, week={self.week}, weekday={self.weekday})"


class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        self._h, self._mi, self._s, self._us = _check_time(hour, minute, second, microsecond)
        self._tz = tzinfo

    hour = property(lambda self: self._h)
    minute = property(lambda self: self._mi)
    second = property(lambda self: self._s)
    microsecond = property(lambda self: self._us)
    tzinfo = property(lambda self: self._tz)

    def isoformat(self, timespec="auto"):
        s = _clock(self._h, self._mi, self._s, self._us, timespec)
        if self._tz is not None:
            s += _offset_name(self._tz.utcoffset(None), "", ":")
        return s

    __str__ = isoformat

    def __repr__(self):
        args = [self._h, self._mi, self._s, self._us]
        while len(args) > 2 and args[-1] == 0:
            args.pop()
        s = ", ".join(map(str, args))
        if self._tz is not None:
            s += f", tzinfo={self._tz!r}"
        return f"datetime.time({s})"

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._h, self._mi, self._s, 0, 1, -1)
        return _strftime(fmt, tt, self._us, self._tz, None)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return time(self._h if hour is None else hour, self._mi if minute is None else minute,
                    self._s if second is None else second, self._us if microsecond is None else microsecond,
                    self._tz if tzinfo is True else tzinfo)

    def _k(self):
        return (self._h, self._mi, self._s, self._us)

    def __eq__(self, other):
        return isinstance(other, time) and self._k() == other._k()

    def __lt__(self, other):
        return self._k() < other._k() if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._k() > other._k() if isinstance(other, time) else NotImplemented

    def __hash__(self):
        return hash(self._k())


time.min = time(0, 0)
time.max = time(23, 59, 59, 999999)


def _clock(h, mi, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return f"{h:02d}"
    if timespec == "minutes":
        return f"{h:02d}:{mi:02d}"
    if timespec == "seconds":
        return f"{h:02d}:{mi:02d}:{s:02d}"
    if timespec == "milliseconds":
        return f"{h:02d}:{mi:02d}:{s:02d}.{us // 1000:03d}"
    if timespec == "microseconds":
        return f"{h:02d}:{mi:02d}:{s:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


class datetime(date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        self._y, self._m, self._d = _check_date(year, month, day)
        self._h, self._mi, self._s, self._us = _check_time(hour, minute, second, microsecond)
        if tzinfo is not None and not isinstance(tzinfo, tzinfo_class):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass")
        self._tz = tzinfo

    hour = property(lambda self: self._h)
    minute = property(lambda self: self._mi)
    second = property(lambda self: self._s)
    microsecond = property(lambda self: self._us)
    tzinfo = property(lambda self: self._tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if not isinstance(t, (int, float)):
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        whole = int(t // 1)
        us = round((t - whole) * _US)
        if us >= _US:
            whole += 1
            us -= _US
        tt = _time.gmtime(whole)
        dt = cls(tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], us)
        if tz is not None:
            dt = (dt + tz.utcoffset(dt)).replace(tzinfo=tz)
        return dt

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def strptime(cls, string, fmt):
        return cls(*_strptime(string, fmt))

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, t.tzinfo if tzinfo is True else tzinfo)

    @classmethod
    def fromordinal(cls, n):
        return cls(*_from_ord(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            d = date.fromisoformat(s[:10])
            rest = s[11:] if len(s) > 10 else ""
            tz = None
            for sign in "+-Z":
                k = rest.find(sign)
                if k >= 0:
                    off = rest[k:]
                    rest = rest[:k]
                    if off == "Z":
                        tz = timezone.utc
                    else:
                        hh, mm = int(off[1:3]), int(off[-2:]) if len(off) > 3 else 0
                        delta = timedelta(hours=hh, minutes=mm)
                        tz = timezone(-delta if off[0] == "-" else delta)
                    break
            h = mi = sec = us = 0
            if rest:
                h = int(rest[0:2])
                if len(rest) > 2:
                    mi = int(rest[3:5])
                if len(rest) > 5:
                    sec = int(rest[6:8])
                if len(rest) > 8:
                    us = int((rest[9:] + "000000")[:6])
            return cls(d.year, d.month, d.day, h, mi, sec, us, tz)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {s!r}") from None

    def date(self):
        return date(self._y, self._m, self._d)

    def time(self):
        return time(self._h, self._mi, self._s, self._us)

    def timetz(self):
        return time(self._h, self._mi, self._s, self._us, self._tz)

    def utcoffset(self):
        return None if self._tz is None else self._tz.utcoffset(self)

    def tzname(self):
        return None if self._tz is None else self._tz.tzname(self)

    def dst(self):
        return None if self._tz is None else self._tz.dst(self)

    def timetuple(self):
        yday = self.toordinal() - _ord(self._y, 1, 1) + 1
        return _time.struct_time((self._y, self._m, self._d, self._h, self._mi, self._s, self.weekday(), yday, -1))

    def utctimetuple(self):
        return (self - (self.utcoffset() or timedelta(0))).replace(tzinfo=None).timetuple()

    def _us_total(self):
        days = self.toordinal()
        return ((days * 86400 + self._h * 3600 + self._mi * 60 + self._s) * _US + self._us)

    def timestamp(self):
        t = self._us_total() - _ord(1970, 1, 1) * 86400 * _US
        off = self.utcoffset()
        if off is not None:
            t -= off._total()
        return t / _US

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return type(self)(self._y if year is None else year, self._m if month is None else month,
                          self._d if day is None else day, self._h if hour is None else hour,
                          self._mi if minute is None else minute, self._s if second is None else second,
                          self._us if microsecond is None else microsecond, self._tz if tzinfo is True else tzinfo)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        off = self.utcoffset() or timedelta(0)
        utc = (self - off).replace(tzinfo=None)
        return (utc + tz.utcoffset(utc)).replace(tzinfo=tz)

    def isoformat(self, sep="T", timespec="auto"):
        s = f"{self._y:04d}-{self._m:02d}-{self._d:02d}{sep}" + _clock(self._h, self._mi, self._s, self._us, timespec)
        if self._tz is not None:
            s += _offset_name(self.utcoffset(), "", ":")
        return s

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        args = [self._y, self._m, self._d, self._h, self._mi, self._s, self._us]
        while len(args) > 5 and args[-1] == 0:
            args.pop()
        s = ", ".join(map(str, args))
        if self._tz is not None:
            s += f", tzinfo={self._tz!r}"
        return f"datetime.datetime({s})"

    def ctime(self):
        return _time.asctime(self.timetuple())

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), self._us, self._tz, self)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        t = self._us_total() + other._total()
        days, rest = divmod(t, 86400 * _US)
        if not 0 < days <= 3652059:
            raise OverflowError("date value out of range")
        y, m, d = _from_ord(days)
        s, us = divmod(rest, _US)
        return type(self)(y, m, d, s // 3600, s % 3600 // 60, s % 60, us, self._tz)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            a, b = self._aware_pair(other, "-")
            return timedelta(microseconds=a - b)
        return NotImplemented

    def _aware_pair(self, other, op):
        sa, oa = self.utcoffset(), other.utcoffset()
        if (sa is None) != (oa is None):
            if op == "-":
                raise TypeError("cannot mix naive and timezone-aware time")
            raise TypeError("cannot compare naive and aware datetimes")
        a, b = self._us_total(), other._us_total()
        if sa is not None:
            a -= sa._total()
            b -= oa._total()
        return a, b

    def _cmp(self, other):
        if isinstance(other, datetime):
            a, b = self._aware_pair(other, "<")
            return (a > b) - (a < b)
        if isinstance(other, date):
            raise TypeError(f"can't compare '{type(self).__name__}' to '{type(other).__name__}'")
        return None

    def __eq__(self, other):
        if isinstance(other, datetime):
            if (self.utcoffset() is None) != (other.utcoffset() is None):
                return False
            a, b = self._aware_pair(other, "==")
            return a == b
        return NotImplemented if not isinstance(other, date) else False

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._us_total() - (off._total() if off is not None else 0))


def _strptime(string, fmt):
    # The common directives, in the C locale; values as time.strptime.
    if not isinstance(string, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(string).__name__}")
    names = {"b": [m[:3] for m in _time._MONTHS], "B": list(_time._MONTHS),
             "a": [d[:3] for d in _time._DAYS], "A": list(_time._DAYS)}
    widths = {"Y": 4, "m": 2, "d": 2, "H": 2, "M": 2, "S": 2, "f": 6, "y": 2, "I": 2, "j": 3}
    v = {"Y": 1900, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0, "f": 0}
    tz = None
    pm = None
    i = j = 0
    fail = ValueError(f"time data {string!r} does not match format {fmt!r}")
    while j < len(fmt):
        c = fmt[j]
        if c == "%" and j + 1 < len(fmt):
            d = fmt[j + 1]
            j += 2
            if d in widths:
                k = i
                while k < len(string) and k - i < widths[d] and string[k].isdigit():
                    k += 1
                if k == i:
                    raise fail
                n = int(string[i:k])
                if d == "f":
                    n = int(string[i:k].ljust(6, "0"))
                if d == "y":
                    v["Y"] = n + (1900 if n >= 69 else 2000)
                elif d == "I":
                    v["H"] = n % 12
                elif d == "j":
                    v["j"] = n
                else:
                    v[d] = n
                i = k
            elif d in names:
                for k, name in enumerate(names[d]):
                    if string[i:i + len(name)].lower() == name.lower():
                        if d in "bB":
                            v["m"] = k + 1
                        i += len(name)
                        break
                else:
                    raise fail
            elif d == "p":
                word = string[i:i + 2].upper()
                if word not in ("AM", "PM"):
                    raise fail
                pm = word == "PM"
                i += 2
            elif d == "z":
                if string[i:i + 1] == "Z":
                    tz = timezone.utc
                    i += 1
                else:
                    m = string[i:i + 6].replace(":", "")
                    if len(m) < 5 or m[0] not in "+-" or not m[1:5].isdigit():
                        raise fail
                    off = timedelta(hours=int(m[1:3]), minutes=int(m[3:5]))
                    tz = timezone(-off if m[0] == "-" else off)
                    i += 6 if string[i + 3:i + 4] == ":" else 5
            elif d == "%":
                if string[i:i + 1] != "%":
                    raise fail
                i += 1
            else:
                raise ValueError(f"'{d}' is a bad directive in format '{fmt}'")
        elif c.isspace():
            while i < len(string) and string[i].isspace():
                i += 1
            j += 1
        else:
            if string[i:i + 1] != c:
                raise fail
            i += 1
            j += 1
    if i < len(string):
        raise ValueError(f"unconverted data remains: {string[i:]}")
    if pm is not None:
        v["H"] = v["H"] + 12 if pm else v["H"]
    if "j" in v and v["m"] == 1 and v["d"] == 1:
        v["Y"], v["m"], v["d"] = _from_ord(_ord(v["Y"], 1, 1) + v["j"] - 1)
    return v["Y"], v["m"], v["d"], v["H"], v["M"], v["S"], v["f"], tz


tzinfo_class = tzinfo
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
