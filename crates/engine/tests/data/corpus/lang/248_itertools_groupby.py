# groupby groups consecutive items with the same key.
from itertools import groupby
print([(k, len(list(g))) for k, g in groupby("aaabccddd")])
def run_length(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
print(run_length("WWWWBBBWWX"))
people = [("ann", "eng"), ("bob", "ops"), ("cid", "eng"), ("dee", "ops"), ("eve", "hr")]
for dept, members in groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(dept, [name for name, _ in members])
print([k for k, _ in groupby([1, 1, 2, 1, 1])])
groups = [(k, list(g)) for k, g in groupby(range(10), key=lambda n: n // 3)]
print(groups)
