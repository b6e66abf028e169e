# Indentation error: the body of a def is not indented.
print("this line is never executed")
def greet(name):
return "hi " + name
