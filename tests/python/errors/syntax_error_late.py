# A syntax error near the end: nothing in the file runs, not even the first print.
print("must not be printed")


def area(w, h):
    return w * h


class Box:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return area(self.w, self.h)


boxes = [Box(1, 2), Box(3, 4)]
for b in boxes:
    print(b.area())
print(boxes[0].area() boxes[1].area())
