# deque: a queue with both ends and rotation.
from collections import deque
d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1])
d.appendleft(0)
d.append(6)
print(d, d.popleft(), d.pop(), len(d))
recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
    print(list(recent))
print(deque("abc") == deque(["a", "b", "c"]), list(reversed(deque("xyz"))), deque("aab").count("a"))
