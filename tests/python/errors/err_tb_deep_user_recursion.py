class Tree:
    def __init__(self, child=None):
        self.child = child

    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)

t = Tree()
t.child = t
print(t.depth())
