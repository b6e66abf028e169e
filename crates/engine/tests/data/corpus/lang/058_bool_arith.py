# bool is a subclass of int.
print(True + True, True * 10, False - 1)
print(sum([True, False, True, True]))
print(True == 1, False == 0, True is True)
print(isinstance(True, int), type(True).__name__)
print(int(True), float(False), str(True))
print(True / 2, True // 2, -True)
print(bool(0), bool(-1), bool(0.0), bool("False"), bool(None))
print(not 0, not "a", not [], not not 2)
print(True and 5, False or "x", 3 and 0)
votes = [1, 5, 8, 2]
print(sum(v > 3 for v in votes))
print(["no", "yes"][True], ["no", "yes"][3 > 4])
d = {1: "one", True: "true?"}
print(d)
print(True < 2, max(True, False), sorted([True, False, True]))
print(f"{True}", repr(False), f"{True:d}", f"{False!r}")
