# An error while handling another error: "During handling ..." chain.
def convert(values):
    results = []
    for v in values:
        try:
            results.append(int(v))
        except ValueError:
            results.append(fallback[v])
    return results

fallback = {"ten": 10}
print(convert(["1", "ten"]))
print(convert(["2", "eleven"]))
