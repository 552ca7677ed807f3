class Dog:
    species = "Canis lupus familiaris"      # a plain class attribute

    def __init__(self, name):
        self.name = name

    def bark(self):                         # a function on the class
        return f"{self.name} says woof!"

    @property
    def tag(self):                          # a property: a data descriptor on the class
        return "Tag: " + self.name


rex = Dog("Rex")

# The object's own attribute hides a plain class attribute of the same name ...
rex.species = "a very good boy"
print(rex.species, "|", Dog.species)
del rex.species                             # ... until it is deleted: the class's value shows again
print(rex.species)

# ... and it hides a method, too.
rex.bark = lambda: "a function stored on this one dog"
print(rex.bark())
del rex.bark

# A property on the class comes before the object's own __dict__:
rex.__dict__["tag"] = "stored in the object itself"
print(vars(rex))                            # the object does hold 'tag' ...
print(rex.tag)                              # ... yet the property answers: Tag: Rex
try:
    rex.tag = "new"                         # assignment goes through the property too
except AttributeError as error:
    print("AttributeError:", error)
