# OrderedDict: order-aware operations.
from collections import OrderedDict
cache = OrderedDict()
for key in ["a", "b", "c"]:
    cache[key] = key.upper()
cache.move_to_end("a")
print(cache, list(cache))
cache.move_to_end("c", last=False)
print(cache)
print(cache.popitem(), cache.popitem(last=False), cache)
print(OrderedDict(x=1, y=2) == OrderedDict(y=2, x=1), OrderedDict(x=1, y=2) == {"y": 2, "x": 1}, OrderedDict())
def lru_get(store, key, limit=2):
    if key in store:
        store.move_to_end(key)
        return store[key]
    store[key] = len(key)
    if len(store) > limit:
        store.popitem(last=False)
    return store[key]
store = OrderedDict()
for k in ["aa", "b", "aa", "ccc", "b"]:
    lru_get(store, k)
    print(list(store.items()))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
