assert isinstance(globals().get("ServiceDog"), type) and issubclass(ServiceDog, Animal), "Mantén la clase ServiceDog(Animal)."
calls = []
original = Animal.__init__
def spy(self, *args, **kwargs):
    calls.append(args)
    original(self, *args, **kwargs)
Animal.__init__ = spy
try:
    d = ServiceDog("Max", "guide")
finally:
    Animal.__init__ = original
assert calls, "El __init__ de ServiceDog nunca llama al de Animal: añade super().__init__(name)."
assert getattr(d, "name", None) == "Max", "ServiceDog('Max', 'guide').name debería ser 'Max'."
assert getattr(d, "task", None) == "guide", "ServiceDog('Max', 'guide').task debería ser 'guide'."
