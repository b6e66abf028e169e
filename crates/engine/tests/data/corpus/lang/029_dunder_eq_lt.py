# Comparison dunders and sorting custom objects.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)

vs = [Version("1.10.0"), Version("1.2.0"), Version("1.2"), Version("0.9.9")]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"))
print(Version("2.0") > Version("1.5"))   # reflected __lt__
print(Version("1.2") in vs)

class Plain:
    pass

a, b = Plain(), Plain()
print(a == a, a == b, a != b)

try:
    print(a < b)
except TypeError as e:
    print("TypeError:", e)
