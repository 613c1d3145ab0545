match x:
    case [1, *rest]:
        pass
y = (a b)
