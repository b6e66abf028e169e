# Callbacks and closures: an event dispatcher.
handlers = {}

def on(event, fn):
    handlers.setdefault(event, []).append(fn)

def say_hello(who):
    print("hello", who)

def say_welcome(who):
    print("welcome", who)

on("greet", say_hello)
on("greet", say_welcome)
on("bye", lambda who: print("bye", who))

def emit(event, *args):
    for fn in handlers.get(event, []):
        fn(*args)
    return len(handlers.get(event, []))

print(emit("greet", "ann"))
print(emit("bye", "bob"))
print(emit("unknown"))
print([fn.__name__ for fn in handlers["greet"]], handlers["bye"][0].__name__)

def make_logger(prefix):
    lines = []
    def log(msg):
        lines.append(f"{prefix}: {msg}")
        return len(lines)
    def dump():
        return list(lines)
    return log, dump

warn, dump = make_logger("WARN")
warn("disk")
print(warn("cpu"))
print(dump())
