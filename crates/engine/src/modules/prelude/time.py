# time: the wall clock is the virtual clock. The time zone is UTC and the
# clock's 0.0 is 1970-01-01 00:00:00, so localtime() and gmtime() agree,
# and strftime() gives what CPython's C library gives in the C locale.
# time(), sleep(), monotonic(), perf_counter() and their _ns variants are
# native.

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time:
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __init__(self, seq, zone="UTC"):
        seq = tuple(seq)
        if len(seq) != 9:
            raise TypeError(f"time.struct_time() takes a 9-sequence ({len(seq)}-sequence given)")
        self._t = seq
        self.tm_zone = zone
        self.tm_gmtoff = 0 if zone == "UTC" or zone == "GMT" else None

    def __getattr__(self, name):
        if name in _FIELDS:
            return self._t[_FIELDS.index(name)]
        raise AttributeError(f"'time.struct_time' object has no attribute '{name}'")

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._t == other._t
        return self._t == other

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        inner = ", ".join(f"{n}={v}" for n, v in zip(_FIELDS, self._t))
        return f"time.struct_time({inner})"


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(y, m):
    days = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[m - 1]
    return days + (1 if m > 2 and _is_leap(y) else 0)


# Days from 0001-01-01 to 1970-01-01.
_EPOCH_ORD = 719162


def _from_days(n):
    # (year, month, day) of day `n` after 1970-01-01 (proleptic Gregorian).
    z = n + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def _tuple_of(secs):
    if secs is None:
        secs = time()
    elif not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    s = int(secs // 1)
    days, rest = divmod(s, 86400)
    y, m, d = _from_days(days)
    yday = days - (_days_before_year(y) - _EPOCH_ORD) + 1
    return (y, m, d, rest // 3600, rest % 3600 // 60, rest % 60, (days + 3) % 7, yday, 0)


def gmtime(secs=None):
    return struct_time(_tuple_of(secs), "GMT")


def localtime(secs=None):
    return struct_time(_tuple_of(secs), "UTC")


def mktime(t):
    y, m, d, hh, mm, ss = tuple(t)[:6]
    days = _days_before_year(y) - _EPOCH_ORD + _days_before_month(y, m) + d - 1
    return float(days * 86400 + hh * 3600 + mm * 60 + ss)


def _checked(t):
    if t is None:
        return localtime()
    if not isinstance(t, struct_time):
        t = tuple(t)
        if len(t) != 9:
            raise TypeError(f"function takes exactly 9 arguments ({len(t)} given)")
    if not 1 <= t[1] <= 12 and t[1] != 0:
        raise ValueError("month out of range")
    if not 0 <= t[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= t[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= t[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= t[5] <= 61:
        raise ValueError("seconds out of range")
    return t


def asctime(t=None):
    t = _checked(t)
    return (f"{_DAYS[t[6]][:3]} {_MONTHS[t[1] - 1][:3]} {t[2]:2d} "
            f"{t[3]:02d}:{t[4]:02d}:{t[5]:02d} {t[0]}")


def ctime(secs=None):
    return asctime(localtime(secs))


def _week(t, first):
    # Week of the year, weeks starting on Sunday (first=0) or Monday (1).
    wd = (t[6] + 1) % 7 if first == 0 else t[6]
    return (t[7] - 1 + 7 - wd) // 7


def _iso_weeks(y):
    jan1 = _days_before_year(y) % 7
    return 53 if jan1 == 3 or (jan1 == 2 and _is_leap(y)) else 52


def _iso(t):
    # ISO year, week and weekday.
    y, wd = t[0], t[6] + 1
    week = (t[7] - wd + 10) // 7
    if week < 1:
        y -= 1
        week = _iso_weeks(y)
    elif week > _iso_weeks(y):
        y += 1
        week = 1
    return y, week, wd


def _conv(c, t, zone):
    # One conversion: (text, is it numeric, its natural width).
    if c == "a": return _DAYS[t[6]][:3], False, 0
    if c == "A": return _DAYS[t[6]], False, 0
    if c == "b" or c == "h": return _MONTHS[t[1] - 1][:3], False, 0
    if c == "B": return _MONTHS[t[1] - 1], False, 0
    if c == "c": return _fmt("%a %b %e %H:%M:%S %Y", t, zone), False, 0
    if c == "C": return str(t[0] // 100), True, 2
    if c == "d": return str(t[2]), True, 2
    if c == "D" or c == "x": return _fmt("%m/%d/%y", t, zone), False, 0
    if c == "e": return str(t[2]), True, -2
    if c == "F": return _fmt("%Y-%m-%d", t, zone), False, 0
    if c == "G": return str(_iso(t)[0]), True, 0
    if c == "g": return str(_iso(t)[0] % 100), True, 2
    if c == "H": return str(t[3]), True, 2
    if c == "I": return str((t[3] + 11) % 12 + 1), True, 2
    if c == "j": return str(t[7]), True, 3
    if c == "k": return str(t[3]), True, -2
    if c == "l": return str((t[3] + 11) % 12 + 1), True, -2
    if c == "m": return str(t[1]), True, 2
    if c == "M": return str(t[4]), True, 2
    if c == "n": return "\n", False, 0
    if c == "p": return ("AM" if t[3] < 12 else "PM"), False, 0
    if c == "P": return ("am" if t[3] < 12 else "pm"), False, 0
    if c == "r": return _fmt("%I:%M:%S %p", t, zone), False, 0
    if c == "R": return _fmt("%H:%M", t, zone), False, 0
    if c == "s": return str(int(mktime(t))), True, 0
    if c == "S": return str(t[5]), True, 2
    if c == "t": return "\t", False, 0
    if c == "T" or c == "X": return _fmt("%H:%M:%S", t, zone), False, 0
    if c == "u": return str(t[6] + 1), True, 1
    if c == "U": return str(_week(t, 0)), True, 2
    if c == "V": return str(_iso(t)[1]), True, 2
    if c == "w": return str((t[6] + 1) % 7), True, 1
    if c == "W": return str(_week(t, 1)), True, 2
    if c == "y": return str(t[0] % 100), True, 2
    if c == "Y": return str(t[0]), True, 0
    if c == "z": return "+0000", False, 0
    if c == "Z": return zone, False, 0
    if c == "%": return "%", False, 0
    return None, False, 0


def _fmt(fmt, t, zone):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        j = i + 1
        flag = ""
        upper = swap = False
        while j < n and fmt[j] in "-_0^#":
            if fmt[j] == "^":
                upper = True
            elif fmt[j] == "#":
                swap = True
            else:
                flag = fmt[j]
            j += 1
        width = ""
        while j < n and fmt[j].isdigit():
            width += fmt[j]
            j += 1
        if j < n and fmt[j] in "EO" and j + 1 < n:
            j += 1
        if j >= n:
            out.append(fmt[i:])
            break
        text, numeric, natural = _conv(fmt[j], t, zone)
        if text is None:
            out.append(fmt[i:j + 1])
            i = j + 1
            continue
        if upper:
            text = text.upper()
        if swap and not numeric:
            text = text.swapcase() if fmt[j] in "pP" else text.upper()
        pad = " " if natural < 0 else "0"
        size = abs(natural)
        if flag == "-":
            size = 0
        elif flag == "_":
            pad = " "
        elif flag == "0":
            pad = "0"
        if width:
            size = int(width)
            if flag == "-":
                pad = " "
        if numeric or width:
            text = text.rjust(size, pad) if not (pad == "0" and text.startswith("-")) else "-" + text[1:].rjust(size - 1, "0")
        out.append(text)
        i = j + 1
    return "".join(out)


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    zone = t.tm_zone if isinstance(t, struct_time) else "UTC"
    return _fmt(format, _checked(t), zone)
