# upper / lower / title / capitalize / swapcase.
s = "hello WORLD, it's 2024"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("mIxEd".lower().capitalize(), "o'neil mcdonald".title())
print("ALREADY".isupper(), "already".islower(), "Title Case".istitle())
print("123".upper(), "".title(), "a".capitalize(), "éa".upper())
names = ["alice", "BOB", "cHaRlIe"]
print([n.capitalize() for n in names])
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
