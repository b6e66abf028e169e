# len() of every container.
print(len("hello"), len(""), len("日本"))
print(len([1, 2, 3]), len([]), len([[1, 2]]))
print(len((1,)), len(()), len({1: 2, 3: 4}), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(5, 0)), len(range(10, 0, -2)))
print(len("a\nb"), len(r"a\nb"))
d = {}
for i in range(7):
    d[i % 3] = i
print(len(d))

class Bag:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len(Bag(4)))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
