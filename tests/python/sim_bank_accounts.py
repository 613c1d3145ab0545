# A bank: an account class hierarchy with properties, class methods, custom exceptions,
# a transaction log, interest and fees, transfers with rollback, and a monthly report.

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.number}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.account = account
        self.amount = amount

class AccountFrozen(BankError):
    pass

class Account:
    _next_number = 1000
    kind = "basic"

    def __init__(self, owner, opening=0.0):
        self.owner = owner
        self.number = f"{self.prefix()}-{Account._next_number}"
        Account._next_number += 1
        self._balance = 0.0
        self.frozen = False
        self.history = []
        if opening:
            self.deposit(opening, "opening deposit")

    @classmethod
    def prefix(cls):
        return cls.kind[:3].upper()

    @property
    def balance(self):
        return round(self._balance, 2)

    def _record(self, kind, amount, memo):
        self.history.append((kind, round(amount, 2), memo, self.balance))

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"{self.number} is frozen")

    def deposit(self, amount, memo=""):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self._record("deposit", amount, memo)

    def available(self):
        return self._balance

    def withdraw(self, amount, memo=""):
        self._check()
        if amount <= 0:
            raise ValueError(f"withdrawal must be positive, got {amount}")
        if amount > self.available() + 1e-9:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self._record("withdraw", amount, memo)

    def month_end(self):
        pass

    def __repr__(self):
        return f"<{type(self).__name__} {self.number} {self.owner}: {self.balance:.2f}>"

class Savings(Account):
    kind = "savings"
    rate = 0.02

    def month_end(self):
        interest = self._balance * self.rate / 12
        if interest > 0:
            self.deposit(interest, "interest")

class Checking(Account):
    kind = "checking"
    fee = 2.5

    def __init__(self, owner, opening=0.0, overdraft=100.0):
        self.overdraft = overdraft
        super().__init__(owner, opening)

    def available(self):
        return self._balance + self.overdraft

    def month_end(self):
        self._balance -= self.fee
        self._record("fee", self.fee, "monthly fee")
        if self._balance < 0:
            penalty = 0.1 * -self._balance
            self._balance -= penalty
            self._record("fee", penalty, "overdraft interest")

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, owner, *args, **kwargs):
        account = cls(owner, *args, **kwargs)
        self.accounts[account.number] = account
        return account

    def transfer(self, src, dst, amount):
        source, target = self.accounts[src], self.accounts[dst]
        source.withdraw(amount, f"to {dst}")
        try:
            target.deposit(amount, f"from {src}")
        except BankError:
            source.deposit(amount, "transfer reversed")
            raise

    def month_end(self):
        for account in self.accounts.values():
            account.month_end()

    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)

bank = Bank("First Python Bank")
alice_s = bank.open(Savings, "alice", 5000)
alice_c = bank.open(Checking, "alice", 300)
bob_c = bank.open(Checking, "bob", 50, overdraft=200)
carol = bank.open(Account, "carol", 10)
print(list(bank.accounts.values()))

operations = [
    ("transfer", alice_s.number, bob_c.number, 250),
    ("withdraw", bob_c.number, 480),
    ("withdraw", bob_c.number, 100),
    ("deposit", carol.number, -5),
    ("freeze", carol.number),
    ("transfer", alice_c.number, carol.number, 20),
    ("withdraw", alice_c.number, 1000),
    ("deposit", alice_c.number, 99.99),
]
for op in operations:
    kind, number = op[0], op[1]
    try:
        if kind == "transfer":
            bank.transfer(number, op[2], op[3])
        elif kind == "withdraw":
            bank.accounts[number].withdraw(op[2])
        elif kind == "deposit":
            bank.accounts[number].deposit(op[2])
        elif kind == "freeze":
            bank.accounts[number].frozen = True
        print("ok:", op)
    except InsufficientFunds as e:
        print("insufficient:", e, "| short by", round(e.amount - e.account.available(), 2))
    except BankError as e:
        print(type(e).__name__ + ":", e)
    except ValueError as e:
        print("ValueError:", e)

for month in range(1, 4):
    bank.month_end()
    print(f"month {month}:", [f"{a.number}={a.balance:.2f}" for a in bank.accounts.values()], bank.total())

print("history of", bob_c.number)
for kind, amount, memo, balance in bob_c.history:
    print(f"  {kind:<9}{amount:>10.2f}  {memo:<22}{balance:>10.2f}")
print(len(alice_s.history), alice_s.history[-1])
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
print(isinstance(alice_s, Account), issubclass(Checking, Savings), [c.__name__ for c in Checking.__mro__])
