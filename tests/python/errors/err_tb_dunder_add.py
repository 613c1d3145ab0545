class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __repr__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

total = Money(150, "EUR") + Money(250, "EUR")
print(total)
print(total + Money(100, "USD"))
