# list.pop / remove / clear / del.
items = ["a", "b", "c", "d", "b"]
print(items.pop(), items)
print(items.pop(0), items)
print(items.pop(-2), items)
items.remove("b")
print(items)
try:
    items.remove("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
items.clear()
print(items, len(items))
queue = [1, 2, 3]
while queue:
    print("served", queue.pop(0))
