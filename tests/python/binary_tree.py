# A binary search tree: insert, search, delete (all three cases), traversals as generators,
# height, balance check, range queries, rebuilding balanced, and a pretty printer.

class Node:
    def __init__(self, key, value=None):
        self.key, self.value = key, value
        self.left = self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key, value=None):
        if self.root is None:
            self.root = Node(key, value)
            self.count = 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key, value))
                self.count += 1
                return
            node = child

    def get(self, key, default=None):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        return default

    def __contains__(self, key):
        sentinel = object()
        return self.get(key, sentinel) is not sentinel

    def __len__(self):
        return self.count

    def delete(self, key):
        def remove(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = remove(node.right, succ.key)
            return node

        self.root = remove(self.root, key)
        self.count -= 1

    def inorder(self, node="root"):
        if node == "root":
            node = self.root
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)

    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            node = stack.pop()
            yield node.key
            if node.right:
                stack.append(node.right)
            if node.left:
                stack.append(node.left)

    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]

    def height(self, node="root"):
        if node == "root":
            node = self.root
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def balanced(self):
        def check(node):
            if node is None:
                return 0
            left, right = check(node.left), check(node.right)
            if left < 0 or right < 0 or abs(left - right) > 1:
                return -1
            return 1 + max(left, right)
        return check(self.root) >= 0

    def range(self, lo, hi):
        def walk(node):
            if node is None:
                return
            if lo < node.key:
                yield from walk(node.left)
            if lo <= node.key <= hi:
                yield node.key
            if node.key < hi:
                yield from walk(node.right)
        return list(walk(self.root))

    @classmethod
    def balanced_from(cls, keys):
        tree = cls()
        def add(lo, hi):
            if lo > hi:
                return
            mid = (lo + hi) // 2
            tree.insert(keys[mid])
            add(lo, mid - 1)
            add(mid + 1, hi)
        add(0, len(keys) - 1)
        return tree

    def show(self):
        lines = []
        def walk(node, prefix, is_left):
            if node is None:
                return
            walk(node.right, prefix + ("|   " if is_left else "    "), False)
            lines.append(prefix + ("\\-- " if is_left else "/-- ") + str(node.key))
            walk(node.left, prefix + ("    " if is_left else "|   "), True)
        walk(self.root, "", True)
        return "\n".join(lines)

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, f"v{k}")
print(list(t.inorder()), len(t), t.height(), t.balanced())
print(list(t.preorder()))
print(list(t.levels()))
print(t.get(45), t.get(99), 60 in t, 61 in t, t.range(33, 66))
print(t.show())
t.delete(20)      # leaf
t.delete(30)      # two children
t.delete(70)      # two children, successor has a child
print(list(t.inorder()), len(t), list(t.levels()))
try:
    t.delete(999)
except KeyError as e:
    print("KeyError:", e)

skewed = BST()
for k in range(1, 16):
    skewed.insert(k)
print(skewed.height(), skewed.balanced())
rebuilt = BST.balanced_from(list(skewed.inorder()))
print(rebuilt.height(), rebuilt.balanced(), list(rebuilt.levels()))

words = BST()
for w in "the quick brown fox jumps over the lazy dog and the cat".split():
    words.insert(w, words.get(w, 0) + 1)
print([(w, words.get(w)) for w in words.inorder()])
