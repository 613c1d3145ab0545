def convert(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError:
            out.append(float(item))
    return out

print(convert(["1", "2.5"]))
print(convert(["3", "x"]))
