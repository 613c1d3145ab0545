class Resource:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("release", exc_type.__name__)
        return False

with Resource() as r:
    items = [1, 2, 3]
    print(items[3])
