# Indentation error: a dedent that matches no outer level.
print("this line is never executed")
for i in range(3):
        print(i)
    print("done")
