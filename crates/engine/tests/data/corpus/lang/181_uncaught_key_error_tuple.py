# KeyError with a tuple key.
distances = {("paris", "lyon"): 465, ("lyon", "nice"): 470}
print(distances["paris", "lyon"])
print(distances[("nice", "paris")])
