# printf-style % formatting.
name, score = "Ann", 93.456
print("%s scored %d" % (name, score))
print("%s scored %.1f%%" % (name, score))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%8.3f|%-8.2f|%+.1f" % (score, score, score))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %.2E %g %G" % (12345.678, 0.00012, 1e-10, 1e20))
print("%r %s" % ("café", "café"))
print("%c%c" % (72, "i"))
print("single: %s" % "value")
print("tuple as one value: %s" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s %s" % (None, [1, 2]))
print("100%% done" % ())
print("%d%%" % 50)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
