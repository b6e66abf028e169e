# Generators keep their local state between resumptions.
def stateful():
    seen = []
    while True:
        item = yield list(seen)
        seen.append(item)

s = stateful()
print(next(s))
print(s.send("a"))
print(s.send("b"))

def ids(prefix):
    n = 0
    while True:
        n += 1
        yield f"{prefix}-{n:03d}"

users, orders = ids("user"), ids("order")
print(next(users), next(orders), next(users), next(users), next(orders))

gen_lambda = lambda: (yield "from lambda")
print(list(gen_lambda()))

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c), list(c))
print([x for x in Countdown(2)])
