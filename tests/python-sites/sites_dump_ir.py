# Every dynamic operation compiles to an `indy` instruction on its own call site (or to
# a fallback form such as addx/indexx that names its site): attribute get, set and delete,
# binary operators, unary operators, comparisons, truth, `in`, calls, method calls,
# subscripts (get, set, delete) and iteration.
def ops(o, k, items):
    o.a = o.b
    del o.c
    x = o.a ** k
    y = -x, ~k
    z = x @ k, x < k, k in items
    items[k] = o.f(x)
    del items[0]
    for it in items:
        if it:
            z = items[it]
    return z, len(items)
