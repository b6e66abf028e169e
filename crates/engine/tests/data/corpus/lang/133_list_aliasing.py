# Lists are mutable objects: aliasing vs copying.
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
print(a, b, c, d, e)
def add_item(lst):
    lst.append("added")
def rebind(lst):
    lst = ["new"]
    return lst
add_item(a)
print(a)
print(rebind(a), a)
matrix = [[0] * 2] * 2
matrix[0][1] = 5
print(matrix)
row = [0, 0]
grid = [row, row]
row[0] = 7
print(grid)
x = [1]
y = [x, x]
x.append(2)
print(y)
print(a is b, a is c, a == b)
