class Index:
    def __init__(self, words):
        self.words = words

    def lengths(self):
        return {w: len(w) for w in self.words if w[0] != "x"}

print(Index(["ab", "c"]).lengths())
print(Index(["ab", ""]).lengths())
