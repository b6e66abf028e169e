# None: the absence of a value.
result = None
print(result, repr(result), str(result), type(result).__name__)
print(result is None, result == None, result is not None)
print(bool(None), None or "default", None and "x")

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i

print(find("abc", "c"), find("abc", "z"))
print([None, None], {"k": None})
print(print("inner print returns"))
values = [3, None, 1, None]
print([v for v in values if v is not None])
print(sum(v or 0 for v in values))
x = None
x = x or []
x.append(1)
print(x)
