# Calling a method that does not exist on a type.
items = [3, 1, 2]
items.sort()
print(items)
count = 5
count.append(6)
