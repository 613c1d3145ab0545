items = {"a": 1}
for key in ["a", "b"]:
    print(f"{key}={items[key]:>4}")
