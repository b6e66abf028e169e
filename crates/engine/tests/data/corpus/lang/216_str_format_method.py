# str.format: positions, names, attributes, indexes and format specs.
print("{} + {} = {}".format(2, 3, 2 + 3))
print("{1} before {0}".format("a", "b"))
print("{name} is {age} years old".format(name="Ann", age=30))
point = {"x": 3, "y": 4}
print("({0[x]}, {0[y]})".format(point), "{p[x]}".format(p=point))
print("{0.real} {0.imag}".format(2.5))
for value in [3.14159, -42, 1234567.891]:
    print("|{:>12}|{:<12}|{:^12}|{:+.2f}|{:,.1f}|".format(value, value, value, value, value))
print("{:08.3f} {:x} {:#o} {:b} {:e} {:%}".format(-3.5, 255, 8, 5, 12345.678, 0.125))
print("{:*^20}".format(" title "), "{!r:>8}".format("hi"), "{{literal}}".format())
print("{0:{1}.{2}f}".format(3.14159, 10, 3))
print("{name:>{width}}".format(name="right", width=10))
print("Dear {title} {last}".format_map({"title": "Dr.", "last": "Who"}))
for bad in ["{}", "{0}{}", "{x}", "{:d}"]:
    try:
        print(bad.format(1.5) if bad == "{:d}" else bad.format())
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
