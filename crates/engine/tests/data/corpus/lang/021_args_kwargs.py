# *args and **kwargs: collecting extra arguments.
def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)

show()
show(1, 2)
show(a=1, b=2)
show(1, "two", three=3)

def total(first, *rest):
    return first + sum(rest)

print(total(1), total(1, 2, 3))

def build(name, **options):
    parts = [name]
    for key, value in options.items():
        parts.append(f"{key}={value}")
    return " ".join(parts)

print(build("server", host="localhost", port=8000, debug=True))

def everything(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)

print(everything(1, c=3))
print(everything(1, 20, 30, 40, c=3, e=5))

print(type(()).__name__, type({}).__name__)
