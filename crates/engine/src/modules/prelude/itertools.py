# itertools, written in Python as iterator classes (Loopscope has no
# generator functions), following the "roughly equivalent" code of the
# CPython documentation.

_marker = object()


def _check_args(name, args, lo, hi):
    n = len(args)
    if n < lo:
        raise TypeError(f"{name} expected at least {lo} argument{'' if lo == 1 else 's'}, got {n}")
    if n > hi:
        raise TypeError(f"{name} expected at most {hi} argument{'' if hi == 1 else 's'}, got {n}")


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


class cycle:
    def __init__(self, *args, **kw):
        if kw:
            raise TypeError("cycle() takes no keyword arguments")
        _check_args("cycle", args, 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._i = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._i < 0:
            try:
                v = next(self._it)
                self._saved.append(v)
                return v
            except StopIteration:
                if not self._saved:
                    raise
                self._i = 0
        v = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return v


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        self._times = times
        if times is not None and times < 0:
            self._times = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._pending_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            return self._total
        v = next(self._it)
        if not self._started:
            self._started = True
            self._total = v
        elif self._func is None:
            self._total = self._total + v
        else:
            self._total = self._func(self._total, v)
        return self._total


class chain:
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._cur = None

    @classmethod
    def from_iterable(cls, iterable):
        c = cls()
        c._sources = iter(iterable)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._cur is None:
                self._cur = iter(next(self._sources))
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = None


class compress:
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._sel)
            if s:
                return d


class dropwhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while self._dropping:
            v = next(self._it)
            if not self._pred(v):
                self._dropping = False
                return v
        return next(self._it)


class takewhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        v = next(self._it)
        if self._pred(v):
            return v
        self._done = True
        raise StopIteration


class filterfalse:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            v = next(self._it)
            if self._pred is None:
                if not v:
                    return v
            elif not self._pred(v):
                return v


class starmap:
    def __init__(self, function, iterable):
        self._f = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._f(*next(self._it))


class _grouper:
    def __init__(self, parent, tgtkey, id):
        self._p = parent
        self._tgt = tgtkey
        self._id = id
        self._started = False
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        p = self._p
        if self._done:
            raise StopIteration
        if self._started:
            try:
                p._currvalue = next(p._it)
            except StopIteration:
                self._done = True
                raise
            p._currkey = p._keyfunc(p._currvalue)
        self._started = True
        if p._id is self._id and p._currkey == self._tgt:
            return p._currvalue
        self._done = True
        raise StopIteration


class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else (lambda x: x)
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))


class islice:
    def __init__(self, *args):
        _check_args("islice", args, 2, 4)
        self._it = iter(args[0])
        if len(args) == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop = args[1], args[2]
            step = args[3] if len(args) == 4 else None
        if stop is not None and not (isinstance(stop, int) and stop >= 0):
            raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if start is not None and not (isinstance(start, int) and start >= 0):
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if step is not None and not (isinstance(step, int) and step >= 1):
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._next = 0 if start is None else start
        self._stop = stop
        self._step = 1 if step is None else step
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop is not None and self._next >= self._stop:
            # Consume up to stop, as CPython does.
            while self._i < self._stop:
                self._i += 1
                next(self._it)
            raise StopIteration
        while self._i < self._next:
            self._i += 1
            next(self._it)
        v = next(self._it)
        self._i += 1
        self._next += self._step
        return v


class pairwise:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._prev = _marker

    def __iter__(self):
        return self

    def __next__(self):
        if self._prev is _marker:
            self._prev = next(self._it)
        b = next(self._it)
        a = self._prev
        self._prev = b
        return (a, b)


class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(self._its):
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                self._its[i] = None
                values.append(self._fill)
        return tuple(values)


class _tee_link:
    def __init__(self, it):
        self.it = it
        self.buffer = []
        self.offset = 0


class _tee:
    def __init__(self, link, pos):
        self._link = link
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        i = self._pos - link.offset
        if i < len(link.buffer):
            v = link.buffer[i]
        else:
            v = next(link.it)
            link.buffer.append(v)
        self._pos += 1
        return v

    def __copy__(self):
        return _tee(self._link, self._pos)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    link = _tee_link(iter(iterable))
    return tuple(_tee(link, 0) for _ in range(n))


class product:
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        self._pools = [tuple(p) for p in iterables] * repeat
        self._idx = None
        self._done = any(len(p) == 0 for p in self._pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        if self._idx is None:
            self._idx = [0] * len(self._pools)
        else:
            i = len(self._pools) - 1
            while i >= 0:
                self._idx[i] += 1
                if self._idx[i] < len(self._pools[i]):
                    break
                self._idx[i] = 0
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
        return tuple(p[j] for p, j in zip(self._pools, self._idx))


class permutations:
    def __init__(self, iterable, r=None):
        self._pool = tuple(iterable)
        n = len(self._pool)
        r = n if r is None else r
        if r < 0:
            raise ValueError("r must be non-negative")
        self._n = n
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __iter__(self):
        return self

    def _current(self):
        return tuple(self._pool[i] for i in self._indices[:self._r])

    def __next__(self):
        if self._done:
            raise StopIteration
        if self._first:
            self._first = False
            return self._current()
        n, r = self._n, self._r
        indices, cycles = self._indices, self._cycles
        if n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    return self._current()
        self._done = True
        raise StopIteration


class combinations:
    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._n = len(self._pool)
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > self._n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, indices, n, r = self._pool, self._indices, self._n, self._r
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[i] for i in indices)


class combinations_with_replacement:
    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._n = len(self._pool)
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not self._n and r

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, indices, n, r = self._pool, self._indices, self._n, self._r
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[i] for i in indices)
