# A data pipeline of chained generators: lazy, one item at a time.
def read_lines():
    lines = ["10 apples", "3 pears", "# comment", "7 plums", "", "12 figs"]
    for line in lines:
        print(f"  read {line!r}")
        yield line

def non_empty(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        n, name = line.split()
        yield name, int(n)

def running_total(pairs):
    total = 0
    for name, n in pairs:
        total += n
        yield name, total

pipeline = running_total(parse(non_empty(read_lines())))
print("pipeline built")
for name, total in pipeline:
    print(f"{name}: {total}")

big = (name for name, n in parse(non_empty(read_lines())) if n > 5)
print(next(big))
print(list(big))
