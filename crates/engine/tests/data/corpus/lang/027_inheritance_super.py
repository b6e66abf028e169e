# Single inheritance, overriding and super().
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " (squeaky)"

    def describe(self):
        return super().describe() + f", age {self.age}"

for pet in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(pet.describe())

p = Puppy("tiny", 2)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(Dog("x"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(type(p).__name__, type(p) is Puppy, type(p) == Dog)
