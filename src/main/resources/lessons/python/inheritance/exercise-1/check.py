assert isinstance(globals().get("Puppy"), type) and issubclass(Puppy, Animal), "Keep class Puppy(Animal)."
assert "speak" in vars(Puppy), "Puppy does not override speak yet: write def speak(self): inside Puppy."
got = Puppy("Bolt").speak()
assert got == "Bolt makes a sound. Yip!", f"Puppy('Bolt').speak() returned {got!r}; expected 'Bolt makes a sound. Yip!'."
original = Animal.speak
Animal.speak = lambda self: "PARENT"
try:
    reused = Puppy("Bolt").speak()
finally:
    Animal.speak = original
assert reused == "PARENT Yip!", "Puppy.speak repeats the parent's text instead of calling it: use super().speak()."
