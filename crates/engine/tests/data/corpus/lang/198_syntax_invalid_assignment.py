# Syntax error: assigning to a literal / using = instead of ==.
print("this line is never executed")
value = 5
if value = 5:
    print("five")
