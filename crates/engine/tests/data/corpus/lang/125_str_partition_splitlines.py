# partition / rpartition / splitlines.
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
host, _, port = "localhost:8080".partition(":")
print(host, int(port))
text = "first\nsecond\r\nthird\n\nfifth"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "one".splitlines(), "end\n".splitlines())
print("a\n".split("\n"), "a\n".splitlines())
for n, line in enumerate("x\ny\nz".splitlines(), 1):
    print(n, line)
