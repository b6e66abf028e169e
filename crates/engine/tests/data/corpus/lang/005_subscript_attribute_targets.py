# Assignment to subscripts and attributes, including in unpacking.
class Box:
    pass

box = Box()
box.width = 3
box.height = 4
print(box.width * box.height)

items = [0, 0, 0]
items[0] = "a"
items[-1] = "c"
print(items)

table = {}
table["k"] = 1
table["k"] += 1
print(table)

# Unpacking into subscripts and attributes.
items[0], items[1] = items[1], items[0]
print(items)
box.width, box.height = box.height, box.width
print(box.width, box.height)

grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 9
print(grid)

d = {"inner": {}}
d["inner"]["deep"] = [1]
d["inner"]["deep"][0] = 2
print(d)

# Evaluation order: i is assigned before items[i].
i = 0
i, items[i] = 2, "z"
print(i, items)
