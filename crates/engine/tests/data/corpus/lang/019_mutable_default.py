# Default values are evaluated once, at definition time.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

# The usual fix: None as a sentinel.
def append_fixed(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_fixed(1))
print(append_fixed(2))

# A dict default behaves the same way.
def remember(key, value, cache={}):
    cache[key] = value
    return len(cache)

print(remember("a", 1), remember("b", 2), remember("a", 3))
print(append_to(5))
