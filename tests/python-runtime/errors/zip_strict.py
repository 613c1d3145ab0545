# zip(strict=True) reports which argument is shorter or longer.
print(list(zip("ab", [1, 2], strict=True)))
try:
    list(zip("abc", "ab", strict=True))
except ValueError as e:
    print(e)
print(list(zip("ab", "abc", "abc", strict=True)))
