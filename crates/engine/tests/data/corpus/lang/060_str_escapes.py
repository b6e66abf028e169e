# String literals and escape sequences.
print("tab:\tend")
print("newline:\nsecond line")
print('single \'quotes\' and "double"')
print("double \"quotes\" and 'single'")
print("backslash: \\ done")
print("hex: \x41\x42, unicode: \u00e9 \u03c0, octal: \101")
print(r"raw: \n stays \t")
print(len("\n"), len(r"\n"), len("\\"))
print(repr("a\tb\nc"), repr('it\'s'), repr("say \"hi\""))
print(repr("both ' and \""), repr('\x00\x7f'), repr("\\"))
print("""triple
quoted""")
print('''single triple 'ok' ''')
print("implicit " "concatenation " 'works')
print("line \
continuation")
print("\u2022 bullet", "\u2713")
print(repr("é"), repr("\u200b"), repr("\x1b"), repr("tab\there"))
