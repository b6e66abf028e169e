# del on names, list items, slices, dict keys and attributes.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

nums = [0, 1, 2, 3, 4, 5, 6]
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[1:3]
print(nums)
del nums[::2]
print(nums)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

class Obj:
    pass

o = Obj()
o.attr = 1
print(hasattr(o, "attr"))
del o.attr
print(hasattr(o, "attr"))

a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)
