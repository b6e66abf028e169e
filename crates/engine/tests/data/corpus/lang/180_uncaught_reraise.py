# Logging an exception, then re-raising it with a bare raise.
def parse(line):
    try:
        name, value = line.split("=")
        return name.strip(), float(value)
    except ValueError:
        print(f"could not parse {line!r}")
        raise

print(parse("x = 1.5"))
print(parse("y = 2 = 3"))
