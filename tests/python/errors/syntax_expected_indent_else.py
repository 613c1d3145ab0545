for word in ["a", "b"]:
    print(word)
else:
print("done")
