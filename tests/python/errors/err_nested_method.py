# A failure deep inside a method, reached through a nested function and a lambda:
# the traceback lists every frame from the module down.
class Parser:
    def __init__(self, text):
        self.text = text

    def field(self, index):
        return self.text.split(",")[index]

    def numbers(self):
        return [int(self.field(i)) for i in range(3)]

def process(rows):
    def handle(row):
        parser = Parser(row)
        return sum(parser.numbers())
    return list(map(lambda r: handle(r), rows))

print(process(["1,2,3", "4,5,6"]))
print(process(["7,8,9", "10,11"]))
