# Comments everywhere.
#!not a shebang here, just a comment
x = 1  # trailing comment
# y = 2  (commented out)
print(x)  # prints 1

def f(a,  # comment after a parameter
      b):
    # comment in a body
    return a + b  # result

print(f(1,
        # comment between arguments
        2))
items = [
    1,  # first
    2,  # second
    # 3, disabled
]
print(items)
s = "# not a comment"
print(s, '#', "a#b")
if x:
    # only a comment before the statement
    print("hash inside f-string:", f"{x}#")
