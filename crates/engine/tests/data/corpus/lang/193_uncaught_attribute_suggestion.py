# A misspelled method name: CPython 3.11 suggests the right one on the last line.
name = "loopscope"
print(name.upper())
print(name.uper())
