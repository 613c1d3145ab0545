def parse_all(items):
    return list(map(lambda s: int(s, 16), items))

print(parse_all(["ff", "10"]))
print(parse_all(["zz"]))
