assert isinstance(globals().get("Puppy"), type) and issubclass(Puppy, Animal), "Mantén la clase Puppy(Animal)."
assert "speak" in vars(Puppy), "Puppy todavía no sobrescribe speak: escribe def speak(self): dentro de Puppy."
got = Puppy("Bolt").speak()
assert got == "Bolt makes a sound. Yip!", f"Puppy('Bolt').speak() devolvió {got!r}; se esperaba 'Bolt makes a sound. Yip!'."
original = Animal.speak
Animal.speak = lambda self: "PARENT"
try:
    reused = Puppy("Bolt").speak()
finally:
    Animal.speak = original
assert reused == "PARENT Yip!", "Puppy.speak repite el texto de la clase padre en lugar de llamarla: usa super().speak()."
