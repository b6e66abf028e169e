# Building strings: +, *, join, and conversions.
s = "ab" + "cd"
print(s, s * 3, "-" * 20, 3 * "xy")
print("" * 100 == "", "a" * 0, "a" * -1 == "")
parts = []
for i in range(5):
    parts.append(str(i))
print("".join(parts), "+".join(parts))
line = ""
for word in ["one", "two", "three"]:
    line += word[0].upper() + word[1:] + " "
print(repr(line.rstrip()))
print("value: " + str(42) + ", pi: " + str(3.14))
try:
    print("value: " + 42)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" - "b")
except TypeError as e:
    print("TypeError:", e)
print(str(1) + str(2), int("1") + int("2"))
