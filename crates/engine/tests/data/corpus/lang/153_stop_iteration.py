# StopIteration from next() on an exhausted iterator.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration caught, args:", e.args, repr(str(e)))
print(next(it, "default instead"))
def first_match(items, pred):
    return next((x for x in items if pred(x)), None)
print(first_match([1, 4, 9], lambda x: x > 3), first_match([1], lambda x: x > 3))
class Counter:
    def __init__(self, limit):
        self.i, self.limit = 0, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration("done counting")
        self.i += 1
        return self.i
c = Counter(2)
print(list(c))
try:
    next(c)
except StopIteration as e:
    print("custom:", e)
