assert isinstance(globals().get("ServiceDog"), type) and issubclass(ServiceDog, Animal), "Keep class ServiceDog(Animal)."
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
assert calls, "ServiceDog's __init__ never calls Animal's: add super().__init__(name)."
assert getattr(d, "name", None) == "Max", "ServiceDog('Max', 'guide').name should be 'Max'."
assert getattr(d, "task", None) == "guide", "ServiceDog('Max', 'guide').task should be 'guide'."
