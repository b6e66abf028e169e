# Concatenating str and int without str().
age = 30
print("Computing the message...")
message = "I am " + age + " years old"
print(message)
