# Keyword-only parameters after * or *args.
def connect(host, port=80, *, timeout=10, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"

print(connect("example.com"))
print(connect("example.com", 8080, retries=1))
print(connect(host="h", timeout=1))

def log(*messages, level="INFO", sep=" "):
    return f"[{level}] " + sep.join(messages)

print(log("a", "b"))
print(log("disk", "full", level="WARN", sep="-"))

def required_kw(*, name):
    return name.title()

print(required_kw(name="ada lovelace"))

try:
    connect("h", 1, 2)
except TypeError as e:
    print("TypeError:", e)

try:
    required_kw()
except TypeError as e:
    print("TypeError:", e)

try:
    required_kw("x")
except TypeError as e:
    print("TypeError:", e)
