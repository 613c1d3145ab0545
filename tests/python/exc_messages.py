# The messages of the exceptions that builtin operations raise, as CPython words them.

five = 5
text = "abc"
nothing = None

cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.5 / 0", lambda: 1.5 / 0),
    ("[1][5]", lambda: [1][5]),
    ("(1,)[5]", lambda: (1,)[5]),
    ("'ab'[5]", lambda: "ab"[5]),
    ("{'a': 1}['b']", lambda: {"a": 1}["b"]),
    ("{}[(1, 2)]", lambda: {}[(1, 2)]),
    ("int('x1')", lambda: int("x1")),
    ("float('x1')", lambda: float("x1")),
    ("'a' + 1", lambda: "a" + 1),
    ("1 + 'a'", lambda: 1 + "a"),
    ("[1] + (2,)", lambda: [1] + (2,)),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("None + None", lambda: None + None),
    ("-'a'", lambda: -"a"),
    ("len(5)", lambda: len(5)),
    ("five()", lambda: five()),
    ("text()", lambda: text()),
    ("five[0]", lambda: five[0]),
    ("nothing[0]", lambda: nothing[0]),
    ("None.attr", lambda: None.attr),
    ("'s'.nope", lambda: "s".nope),
    ("[].nope", lambda: [].nope),
    ("iter(5)", lambda: iter(5)),
    ("next(iter([]))", lambda: next(iter([]))),
    ("[].pop()", lambda: [].pop()),
    ("[].remove(1)", lambda: [].remove(1)),
    ("'abc'.index('z')", lambda: "abc".index("z")),
    ("(1, 2).index(3)", lambda: (1, 2).index(3)),
    ("set().remove(1)", lambda: set().remove(1)),
    ("hash([])", lambda: hash([])),
    ("{[]: 1}", lambda: {[]: 1}),
    ("1 < 'a'", lambda: 1 < "a"),
    ("[] > {}", lambda: [] > {}),
    ("chr(-1)", lambda: chr(-1)),
    ("ord('')", lambda: ord("")),
    ("int('12', 1)", lambda: int("12", 1)),
    ("range(0, 1, 0)", lambda: range(0, 1, 0)),
    ("'x'.join([1])", lambda: "x".join([1])),
    ("sum(['a'])", lambda: sum(["a"])),
    ("max()", lambda: max()),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("2 ** 10000 * 1.0", lambda: 2 ** 10000 * 1.0),
    ("a, b = [1, 2, 3]", lambda: exec_unpack([1, 2, 3])),
    ("list(1)", lambda: list(1)),
    ("dict(1)", lambda: dict(1)),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("'{}'.format()", lambda: "{}".format()),
    ("abs('a')", lambda: abs("a")),
    ("round('a')", lambda: round("a")),
    ("getattr(1, 'x')", lambda: getattr(1, "x")),
    ("isinstance(1, 'int')", lambda: isinstance(1, "int")),
    ("object().x = 1", lambda: setattr(object(), "x", 1)),
    ("'abc'[1] = 'x'", lambda: str_assign("abc")),
]

def exec_unpack(values):
    a, b = values

def str_assign(s):
    s[1] = "x"

for text, thunk in cases:
    try:
        thunk()
        print(f"{text:24} no error")
    except Exception as e:
        print(f"{text:24} {type(e).__name__}: {e}")

# Messages for calls to user functions.
def f(a, b=1, *, c):
    pass

for call in [lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=1, d=2), lambda: f(1, a=1, c=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class K:
    def m(self, x):
        pass

for call in [lambda: K().m(), lambda: K().m(1, 2), lambda: K(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
