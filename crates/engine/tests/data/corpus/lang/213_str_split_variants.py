# split, rsplit, splitlines and partition in their different forms.
text = "  alpha beta\u2003gamma\u00a0delta\tepsilon\n"
print(text.split())
print(text.split(None, 2))
print(text.rsplit(None, 2))
csv = "a,b,,c,"
print(csv.split(","), csv.split(",", 2), csv.rsplit(",", 2))
print("".split(), "".split(","), "   ".split())
print("line1\nline2\r\nline3\rline4".splitlines())
print("keep\nends\n".splitlines(True))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="))
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1), path.rpartition("/")[2], path.split("/")[1:3])
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
