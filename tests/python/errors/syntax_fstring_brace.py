name = "x"
print(f"value: {name")
