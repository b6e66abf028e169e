# Width, alignment and fill characters.
word = "cat"
print(f"[{word:>8}]")
print(f"[{word:<8}]")
print(f"[{word:^8}]")
print(f"[{word:^7}]")
print(f"[{word:*^9}]")
print(f"[{word:->8}]")
print(f"[{word:.<8}]")
print(f"[{word:8}]")
print(f"[{42:8}]")
print(f"[{42:<8}]")
print(f"[{42:^8}]")
print(f"[{-42:=8}]")
print(f"[{-42:0=8}]")
print(f"[{word:2}]")
print(f"[{'truncate me':.5}]")
print(f"[{'truncate me':>8.3}]")
rows = [("apple", 1.5, 10), ("kiwi", 0.25, 200)]
print(f"{'name':<8}{'price':>8}{'qty':>6}")
for name, price, qty in rows:
    print(f"{name:<8}{price:>8.2f}{qty:>6}")
print(f"[{True:>6}]", f"[{None!s:>6}]")
