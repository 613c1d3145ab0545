# min, max (key, default), sum (start), any, all, len, abs, divmod, pow, round.

print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("apple", "pear", "fig"))
print(max([], default="empty"), min((), default=None), max([5], default=0))
print(max(["bb", "a", "ccc"], key=len), min(["bb", "a", "ccc"], key=len), max("a", "B", key=str.lower))
print(max([(1, "b"), (1, "a")]), min([-3, 2, -1], key=abs), max([-3, 2, -1], key=abs))
# Ties: max and min return the first maximal/minimal item.
print(max(["aa", "bb", "c"], key=len), min(["x", "yy", "z"], key=len))
print(max({"a": 3, "b": 7, "c": 5}.items(), key=lambda kv: kv[1]), max({"a": 3, "b": 7}))
for bad in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.5, 0.25]), sum([]), sum([[1], [2]], []), sum(range(1, 5), 0.0))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)

print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 3 for x in [1, 5]), all(isinstance(x, int) for x in [1, True, 2]))

print(len("hello"), len([1, 2]), len({}), len({1, 2, 2}), len(range(10)), len((1,)), len({"a": 1}.items()))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(10 ** 30)), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(3, 4, 5), pow(10, 20, 7), pow(-2, 3, 5))
try:
    pow(2, 3.5, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(0.5 + 1e-9))
print(round(1.23456789, 5), round(-0.5), round(10.0), round(7, 0), round(2.675, 2), round(1e300, 2))
