# Syntax error: an unclosed parenthesis.
print("this line is never executed")
total = (1 + 2
print(total)
