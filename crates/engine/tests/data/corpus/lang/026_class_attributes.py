# Class attributes are shared; instance attributes shadow them.
class Dog:
    species = "canis familiaris"
    count = 0
    tricks = []          # shared mutable class attribute: a classic bug

    def __init__(self, name):
        self.name = name
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)

rex = Dog("rex")
fido = Dog("fido")
print(Dog.count, rex.species, fido.species)

rex.species = "wolf"     # creates an instance attribute
print(rex.species, fido.species, Dog.species)

rex.add_trick("roll")
fido.add_trick("sit")
print(rex.tricks, fido.tricks, rex.tricks is fido.tricks)

Dog.species = "dog"
print(rex.species, fido.species)

print(hasattr(fido, "name"), hasattr(Dog, "name"))
print(hasattr(rex, "species"), hasattr(fido, "count"))
