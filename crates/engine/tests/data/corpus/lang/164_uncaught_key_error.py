# Uncaught KeyError: the last line shows the repr of the key.
inventory = {"apples": 3, "pears": 5}
for fruit in ["apples", "pears", "kiwis"]:
    print(fruit, inventory[fruit])
