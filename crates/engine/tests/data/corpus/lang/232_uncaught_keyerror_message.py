# An uncaught KeyError shows the repr of the missing key.
grid = {(0, 0): "start", (1, 0): "road"}
print(grid[(0, 0)])
print(grid.get((5, 5), "nothing"))
print(grid[(2, 3)])
