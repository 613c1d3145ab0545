prices = {"apple": 0.5, "pear": 0.75}

def cost(item, qty):
    return prices[item] * qty

print(cost("apple", 4))
print(cost("mango", 2))
