# warnings: warn() writes CPython's two lines to stderr, once per place
# (the default filter), unless a filter ignores it or turns it into an
# exception; catch_warnings() saves and restores the filters and can
# record the warnings.

import sys

filters = []
_onceregistry = {}
_shown = set()


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" %
                (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line:
        s += "  %s\n" % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    (file or sys.stderr).write(formatwarning(message, category, filename, lineno, line))


_recording = []


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise ValueError(f"invalid action: {action!r}")
    item = (action, None, category, None, lineno)
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise ValueError(f"invalid action: {action!r}")
    item = (action, message or None, category, module or None, lineno)
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def resetwarnings():
    filters[:] = []


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    filename, lineno, func = _caller(stacklevel)
    text = str(message)
    action = "default"
    for act, msg, cat, mod, ln in filters:
        if (msg is None or text.startswith(msg)) and issubclass(category, cat) and (ln == 0 or ln == lineno):
            action = act
            break
    if action == "error":
        if isinstance(message, Warning):
            raise message
        raise category(message)
    if action == "ignore":
        return
    key = (text, category, filename, lineno)
    if action in ("default", "module", "once") and key in _shown:
        return
    _shown.add(key)
    if _recording:
        _recording[-1].append(WarningMessage(message if isinstance(message, Warning) else category(message), category, filename, lineno))
        return
    showwarning(text, category, filename, lineno, line=_source_line(filename, lineno))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._action = action
        self._category = category

    def __enter__(self):
        self._saved = filters[:]
        self._saved_shown = set(_shown)
        if self._action:
            simplefilter(self._action, self._category)
        if self._record:
            log = []
            _recording.append(log)
            return log
        return None

    def __exit__(self, *exc_info):
        filters[:] = self._saved
        _shown.clear()
        _shown.update(self._saved_shown)
        if self._record:
            _recording.pop()
