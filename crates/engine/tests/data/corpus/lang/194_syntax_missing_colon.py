# Syntax error: missing colon after the if condition. Nothing runs.
print("this line is never executed")
x = 3
if x > 2
    print("big")
