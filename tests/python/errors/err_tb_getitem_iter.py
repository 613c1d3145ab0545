class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __iter__(self):
        for i in range(len(self.rows)):
            yield self[i, i + 1]

m = Matrix([[1, 2], [3, 4]])
print(list(m))
