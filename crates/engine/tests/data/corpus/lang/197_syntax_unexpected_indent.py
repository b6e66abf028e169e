# Indentation error: an unexpected indent.
print("this line is never executed")
x = 1
    y = 2
print(x + y)
