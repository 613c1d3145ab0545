match command.split():
    case [action]:
        pass
    case _:
        pass
print(1)
x = 2j
