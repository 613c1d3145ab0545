def key(record):
    return record["age"]

people = [{"name": "a", "age": 3}, {"name": "b"}]
print(sorted(people, key=key))
