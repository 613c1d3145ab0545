class Base:
    def __init__(self, size):
        if size < 0:
            raise ValueError("size must be >= 0")
        self.size = size

class Middle(Base):
    def __init__(self, size):
        super().__init__(size - 10)

class Leaf(Middle):
    def __init__(self):
        super().__init__(5)

Leaf()
