class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.check()

    def check(self):
        if self.balance < 0:
            raise ValueError(f"{self.owner}: negative balance {self.balance}")

accounts = [Account("a", 10), Account("b", -5)]
