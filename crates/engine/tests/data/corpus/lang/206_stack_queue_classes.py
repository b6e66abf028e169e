# Stack and queue classes with error handling.
class EmptyError(Exception):
    pass

class Stack:
    def __init__(self):
        self._data = []
    def push(self, x):
        self._data.append(x)
    def pop(self):
        if not self._data:
            raise EmptyError("pop from empty stack")
        return self._data.pop()
    def __len__(self):
        return len(self._data)
    def __repr__(self):
        return f"Stack({self._data})"

class Queue(Stack):
    def pop(self):
        if not self._data:
            raise EmptyError("pop from empty queue")
        return self._data.pop(0)
    def __repr__(self):
        return "Queue" + super().__repr__()[5:]

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            try:
                if s.pop() != pairs[ch]:
                    return False
            except EmptyError:
                return False
    return len(s) == 0

for t in ["(a[b]{c})", "(]", "(()", "())", ""]:
    print(repr(t), balanced(t))
q = Queue()
for n in range(3):
    q.push(n)
print(q, q.pop(), q)
try:
    Stack().pop()
except EmptyError as e:
    print("EmptyError:", e)
