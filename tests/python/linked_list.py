# A singly linked list class with the sequence protocol, and a doubly linked deque.

class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        tail = None
        for value in iterable:
            node = Node(value)
            if tail is None:
                self.head = node
            else:
                tail.next = node
            tail = node
            self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __str__(self):
        return " -> ".join(str(v) for v in self) + " -> None"

    def _node_at(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("linked list index out of range")
        node = self.head
        for _ in range(index):
            node = node.next
        return node

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node_at(index).value

    def __setitem__(self, index, value):
        self._node_at(index).value = value

    def __delitem__(self, index):
        if index < 0:
            index += self.size
        if index == 0 and self.head is not None:
            self.head = self.head.next
        else:
            prev = self._node_at(index - 1)
            if prev.next is None:
                raise IndexError("linked list index out of range")
            prev.next = prev.next.next
        self.size -= 1

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        if self.head is None:
            self.head = Node(value)
        else:
            self._node_at(self.size - 1).next = Node(value)
        self.size += 1

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def remove(self, value):
        prev, node = None, self.head
        while node:
            if node.value == value:
                if prev is None:
                    self.head = node.next
                else:
                    prev.next = node.next
                self.size -= 1
                return
            prev, node = node, node.next
        raise ValueError(f"{value!r} not in list")

    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.value if slow else None

def merge_sorted(a, b):
    dummy = tail = Node(None)
    x, y = a.head, b.head
    while x and y:
        if x.value <= y.value:
            tail.next, x = x, x.next
        else:
            tail.next, y = y, y.next
        tail = tail.next
    tail.next = x or y
    result = LinkedList()
    result.head = dummy.next
    result.size = len(a) + len(b)
    return result

lst = LinkedList([3, 1, 4, 1, 5])
print(lst, len(lst), repr(lst))
lst.append(9)
lst.push_front(2)
print(lst, lst[0], lst[-1], lst[2], lst[1:4], 5 in lst, 7 in lst)
lst[1] = 30
del lst[0]
del lst[-1]
print(lst, len(lst), lst.middle())
lst.reverse()
print(lst, list(lst), sum(lst), max(lst), sorted(lst))
lst.remove(1)
print(lst)
for bad in (lambda: lst[10], lambda: lst.remove(42), lambda: LinkedList()[0]):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(merge_sorted(LinkedList([1, 4, 6, 8]), LinkedList([2, 3, 7, 9, 10])))
print(LinkedList("abc") + LinkedList("de"), LinkedList([1, 2]) == LinkedList([1, 2]), LinkedList() == LinkedList([0]))

class DNode:
    def __init__(self, value):
        self.value = value
        self.prev = self.next = None

class Deque:
    def __init__(self):
        self.sentinel = DNode(None)
        self.sentinel.prev = self.sentinel.next = self.sentinel
        self.n = 0

    def _insert_after(self, node, value):
        new = DNode(value)
        new.prev, new.next = node, node.next
        node.next.prev = new
        node.next = new
        self.n += 1

    def _unlink(self, node):
        if self.n == 0:
            raise IndexError("pop from an empty deque")
        node.prev.next = node.next
        node.next.prev = node.prev
        self.n -= 1
        return node.value

    def appendleft(self, v):
        self._insert_after(self.sentinel, v)

    def append(self, v):
        self._insert_after(self.sentinel.prev, v)

    def popleft(self):
        return self._unlink(self.sentinel.next)

    def pop(self):
        return self._unlink(self.sentinel.prev)

    def rotate(self, k):
        for _ in range(k % self.n if self.n else 0):
            self.appendleft(self.pop())

    def __len__(self):
        return self.n

    def __iter__(self):
        node = self.sentinel.next
        while node is not self.sentinel:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self.sentinel.prev
        while node is not self.sentinel:
            yield node.value
            node = node.prev

    def __repr__(self):
        return f"Deque({list(self)})"

d = Deque()
for i in range(5):
    d.append(i)
d.appendleft(-1)
print(d, len(d), list(reversed(d)))
d.rotate(2)
print(d, d.pop(), d.popleft(), d)
while d:
    d.pop()
try:
    d.popleft()
except IndexError as e:
    print("IndexError:", e)

# Josephus problem with the deque.
people = Deque()
for i in range(1, 42):
    people.append(i)
order = []
while len(people) > 1:
    people.rotate(-2)
    order.append(people.popleft())
print(order[:10], "survivor:", people.popleft())
