class Thermometer:
    def __init__(self, celsius):
        self.celsius = celsius


room = Thermometer(20)
room.celsius = -300      # impossible, yet accepted
print(room.celsius)
