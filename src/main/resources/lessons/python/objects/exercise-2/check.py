assert isinstance(globals().get("Dog"), type), "There is no class called Dog any more."
assert "count" in vars(Dog), "Dog has no class attribute count yet: write count = 0 inside the class, next to species."
before = Dog.count
first = Dog("A", 1)
Dog("B", 2)
assert "count" not in vars(first), "self.count += 1 gives that one dog its own count and leaves Dog.count alone: write Dog.count += 1 instead."
assert Dog.count == before + 2, f"Making two more dogs changed Dog.count from {before} to {Dog.count}; it should go up by 2."
