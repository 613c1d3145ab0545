# An uncaught AttributeError names the closest attribute; a failed method lookup is
# underlined under `obj.name` (CPython's LOAD_METHOD), not under the whole call.
class Account:
    def __init__(self):
        self.balance = 10
    def deposit(self, n):
        self.balance += n
acct = Account()
acct.deposit(5)
acct.deposti(5)
