# Nested replacement fields inside format specs.
value = 3.14159265
for width in (6, 10):
    for prec in (1, 3):
        print(f"[{value:{width}.{prec}f}]")

align = "^"
fill = "~"
print(f"[{'mid':{fill}{align}11}]")
spec = ">12,.2f"
print(f"[{1234567.891:{spec}}]")
cols = [("name", 10), ("score", 6)]
header = "".join(f"{title:{w}}" for title, w in cols)
print(f"[{header}]")
data = [("ann", 9.5), ("bob", 10.25)]
for who, score in data:
    print(f"[{who:{cols[0][1]}}{score:{cols[1][1]}.1f}]")
print("[{:{}}]".format("x", 5), "[{:{w}.{p}f}]".format(2.5, w=8, p=3))
base = "x"
print(f"{255:{base}}", f"{255:#{base}}")
