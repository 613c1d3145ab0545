class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent

    def __repr__(self):
        return f"Node({self.value}, parent={self.parent.value})"

root = Node(1)
child = Node(2, root)
print(child)
print(root)
