class Weird(Exception):
    def __str__(self):
        raise ValueError("cannot describe")

raise Weird("x")
