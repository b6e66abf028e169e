# f-strings: expressions, quotes, braces.
name, age = "Ada", 36
print(f"{name} is {age}")
print(f"{name.upper()} in 5 years: {age + 5}")
items = ["x", "y"]
print(f"{len(items)} items: {items} first={items[0]}")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(f"{{literal braces}} {{{name}}}")
print(f"{3 * 7} {2 ** 10} {10 / 4} {7 // 2}")
print(f"{'yes' if age > 18 else 'no'}")
print(f"{[n * n for n in range(4)]}")
print(f"{(lambda x: x + 1)(1)}")
print(F"capital F {name}", rf"raw \n {name}", fr"{name}\t")
print(f"multi {name}"
      f" line {age}")
print(f"{None} {True} {3.0} {1e20} {1e-7}")
x = 42
print(f"{x}" == str(x), f"" == "")
