# Uncaught ZeroDivisionError ends the program with a traceback.
def average(scores):
    return sum(scores) / len(scores)

print("class A:", average([80, 90, 100]))
print("class B:", average([]))
print("never printed")
