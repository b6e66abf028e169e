# The messages built-ins give for wrong arguments.
calls = [
    lambda: len(),
    lambda: len([1], [2]),
    lambda: abs(x=1),
    lambda: range(1, 2, 3, 4),
    lambda: int("7", 10, 3),
    lambda: sorted(),
    lambda: enumerate(),
    lambda: pow(2),
    lambda: "abc".upper(1),
    lambda: "abc".replace("a"),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: print("x", bogus=1),
    lambda: "a,b".split(",", 1, 2),
    lambda: sum(),
    lambda: min(),
    lambda: round(1.5, 2, 3),
    lambda: [3, 1].sort(1),
    lambda: "x".join(),
    lambda: isinstance(1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
