count = 0
while count < 3:
count += 1
print(count)
