# list.append / extend / insert.
items = [1, 2]
items.append(3)
items.append([4, 5])
print(items)
items.extend([6, 7])
items.extend("ab")
items.extend(range(2))
print(items)
items.insert(0, "first")
items.insert(-1, "before last")
items.insert(100, "end")
items.insert(-100, "very first")
print(items)
print(items.append(9))
stack = []
for word in "to be or not".split():
    stack.append(word)
print(stack, len(stack))
a = [1]
a.extend(a)
print(a)
