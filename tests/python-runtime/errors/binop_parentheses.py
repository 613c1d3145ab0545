# The operator anchor of a failing binary operation skips the left operand's closing
# parenthesis.
def ratio(a, b, c):
    return (a + b) / c
print(ratio(1, 2, 3))
print(ratio(1, 2, 0))
