# Character class tests on strings.
samples = ["123", "١٢٣", "²", "½", "一二三", "abc", "café", "abc123", "   ", "\t\n", "", "Hello World", "Hello world", "HELLO", "hello", "_var1", "1var", "tab\there", "ǅ"]
tests = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "istitle", "isupper", "islower", "isidentifier", "isprintable", "isascii"]
for s in samples:
    flags = [t[2:] for t in tests if getattr(s, t)()]
    print(f"{s!r:16} {' '.join(flags)}")
