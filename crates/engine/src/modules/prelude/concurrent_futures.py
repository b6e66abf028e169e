# concurrent.futures: thread pools for loop.run_in_executor(), modelled as
# to_thread is (each job runs at once, on a clock of its own; its result
# arrives after the time it slept). Submitting work directly (submit,
# map) needs real threads, and process pools real processes: refused.

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    def __init__(self):
        _refuse("concurrent.futures.Future")


class Executor:
    _worker_name = "MainThread"

    def submit(self, fn, /, *args, **kwargs):
        _refuse(type(self).__name__ + ".submit")

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        _refuse(type(self).__name__ + ".map")

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


_counter = 0


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        global _counter
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        prefix = thread_name_prefix
        if not prefix:
            prefix = "ThreadPoolExecutor-%d" % _counter
            _counter += 1
        self._thread_name_prefix = prefix
        self._worker_name = prefix + "_0"
        self._max_workers = max_workers


class ProcessPoolExecutor(Executor):
    # Jobs in other processes run in real time, outside the virtual clock
    # (the reference runner does not model them either).
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        _refuse("concurrent.futures.ProcessPoolExecutor")


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    _refuse("concurrent.futures.wait")


def as_completed(fs, timeout=None):
    _refuse("concurrent.futures.as_completed")
