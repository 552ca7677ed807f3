class Animal:
    def __init__(self, name):
        self.name = name


class ServiceDog(Animal):
    def __init__(self, name, task):
        super().__init__(name)
        self.task = task


max_dog = ServiceDog("Max", "guide")
print(max_dog.task)
print(max_dog.name)
