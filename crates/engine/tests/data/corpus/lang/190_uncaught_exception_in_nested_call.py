# An error deep in a call chain propagates all the way up.
def level3(x):
    return {"a": 1}[x]

def level2(x):
    print("level2 got", x)
    return level3(x) * 2

def level1(items):
    return [level2(x) for x in items]

print(level1(["a"]))
print(level1(["a", "b"]))
