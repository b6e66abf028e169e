# threading, as an asyncio program sees it: the main thread, and the
# worker thread an executor job (to_thread, run_in_executor) runs in.
# Starting threads of one's own is refused (threading.Thread): the
# reference runner does not make them deterministic either.

TIMEOUT_MAX = 9223372036.0


class Thread:
    def __init__(self, *args, **kwargs):
        _refuse("threading.Thread")


class _Current:
    daemon = False

    def __init__(self, name, ident):
        self.name = name
        self.ident = ident
        self.native_id = ident

    def getName(self):
        return self.name

    def is_alive(self):
        return True

    def __repr__(self):
        return f"<{'_MainThread' if self.name == 'MainThread' else 'Thread'}({self.name}, started {self.ident})>"


_main = _Current("MainThread", _thread_ident())
_workers = {}


def current_thread():
    name = _thread_name()
    if name == "MainThread":
        return _main
    t = _workers.get(name)
    if t is None:
        t = _workers[name] = _Current(name, _thread_ident())
    return t


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return _thread_ident()


def get_native_id():
    return _thread_ident()


def active_count():
    return 1 + len(_workers)


def enumerate():
    return [_main] + list(_workers.values())


class Lock:
    # One thread runs at a time here: a lock that is free is taken at once;
    # waiting for a held one would wait for ever.
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if not blocking or timeout >= 0:
                return False
            _refuse("threading.Lock.acquire of a lock already held")
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class RLock(Lock):
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def locked(self):
        return self._count > 0


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if not self._flag:
            _refuse("threading.Event.wait on an event that is not set")
        return True


class local:
    pass
