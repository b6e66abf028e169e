# chr() and ord().
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("€"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(8364), chr(128013))
print("".join(chr(ord(c) + 1) for c in "HAL"))
def caesar(text, shift):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out.append(chr((ord(c) - base + shift) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
print([chr(i) for i in range(ord("a"), ord("f"))])
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
