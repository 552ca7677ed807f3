class Shape:
    def area(self):
        raise NotImplementedError("a subclass must say how")


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


print(Square(3).area())
blob = Shape()            # this should not be possible
print("Made a shapeless Shape:", blob)
