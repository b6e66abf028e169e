# Calling a method with a missing argument.
class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

print(Rectangle(2, 3).area())
square = Rectangle(4)
print(square.area())
