def greet(name, greeting):
    return f"{greeting}, {name}!"

print(greet("Ada", "Hello"))
print(greet("Bob"))
