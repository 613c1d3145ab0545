numbers = [3, 1, 2]
for n in sorted(numbers):

print("after")
