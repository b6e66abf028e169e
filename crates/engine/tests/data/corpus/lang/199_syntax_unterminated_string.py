# Syntax error: an unterminated string literal.
print("this line is never executed")
greeting = "hello
print(greeting)
