# traceback: printing an exception's traceback (to stderr, as CPython
# prints it) and its last line. Tracebacks as text for the program to
# print (format_exc, format_exception, format_tb, ...) are refused:
# CPython 3.11 marks the failing part of each line with ^^^, which
# Loopscope does not.

import sys


def _current():
    return sys.exc_info()[1]


def _write(text, file):
    if file is None:
        file = sys.stderr
    if file is not sys.stderr:
        _refuse("traceback output to a stream other than sys.stderr")
    file.write(text)


def print_exc(limit=None, file=None, chain=True):
    e = _current()
    if e is not None:
        _write(_format_exception(e), file)
    else:
        _write("NoneType: None\n", file)


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if value is not None and not isinstance(exc, BaseException):
        exc = value
    _write(_format_exception(exc), file)


def format_exception_only(exc, /, value=None):
    if value is None and isinstance(exc, BaseException):
        value = exc
    if value is None:
        return [exc.__name__ + "\n"] if isinstance(exc, type) else ["NoneType: None\n"]
    return [_format_exception_only(value) + "\n"]


def print_last(limit=None, file=None, chain=True):
    _refuse("traceback.print_last")
