# printf-style % formatting.
print("%s is %d years old" % ("Bob", 42))
print("%5.2f|%-8s|%05d|%+d|%x|%X|%o|%e" % (3.14159, "left", 42, 7, 255, 255, 8, 1234.5))
print("%(name)s scored %(score).1f%%" % {"name": "Ann", "score": 93.456})
print("%c%c%c" % (80, 121, 33), "%r" % ("quoted",), "%s" % [1, 2], "%10.3s|" % "abcdef")
print("%*d|%-*d|" % (6, 42, 6, 42))
rows = [("apple", 1.5, 10), ("banana", 0.25, 120)]
for name, price, qty in rows:
    print("%-10s %6.2f %4d" % (name, price, qty))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b"))]:
    try:
        print(fmt % args)
    except TypeError as e:
        print("TypeError:", e)
