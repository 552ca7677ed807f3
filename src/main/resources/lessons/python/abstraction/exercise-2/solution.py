from abc import ABC, abstractmethod


class Notifier(ABC):
    @abstractmethod
    def send(self, message):
        """Deliver one message; return a line describing what was done."""

    def send_all(self, messages):
        return [self.send(m) for m in messages]


class EmailNotifier(Notifier):
    def __init__(self, address):
        self.address = address

    def send(self, message):
        return f"Email to {self.address}: {message}"


notifier = EmailNotifier("ada@example.org")
print(notifier.send_all(["Hello", "The lesson starts at 10"]))
