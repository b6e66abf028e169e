# A wrong number of arguments to a built-in method ends the program.
names = ["ann", "bob"]
names.append("cid")
print(names)
names.insert("dee")
