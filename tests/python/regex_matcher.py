# A regular-expression engine written by hand: a parser for literals, ., character
# classes, groups, alternation and the *, +, ? quantifiers, compiled to an NFA and run by
# simulating all states at once (no backtracking), plus a tiny backtracking matcher.

class State:
    count = 0

    def __init__(self, kind, value=None):
        self.kind = kind          # "char", "any", "class", "split", "match"
        self.value = value
        self.out = None
        self.out2 = None
        State.count += 1
        self.id = State.count

class Fragment:
    def __init__(self, start, outs):
        self.start = start
        self.outs = outs          # list of (state, attribute) holes to patch

    def patch(self, target):
        for state, attr in self.outs:
            setattr(state, attr, target)

class Parser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0

    def parse(self):
        frag = self.alternation()
        if self.i != len(self.p):
            raise ValueError(f"unexpected {self.p[self.i]!r} at {self.i}")
        match = State("match")
        frag.patch(match)
        return frag.start

    def alternation(self):
        left = self.sequence()
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            right = self.sequence()
            split = State("split")
            split.out, split.out2 = left.start, right.start
            left = Fragment(split, left.outs + right.outs)
        return left

    def sequence(self):
        frags = []
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            frags.append(self.quantified())
        if not frags:
            empty = State("split")
            return Fragment(empty, [(empty, "out"), (empty, "out2")])
        for a, b in zip(frags, frags[1:]):
            a.patch(b.start)
        return Fragment(frags[0].start, frags[-1].outs)

    def quantified(self):
        frag = self.atom()
        while self.i < len(self.p) and self.p[self.i] in "*+?":
            q = self.p[self.i]
            self.i += 1
            split = State("split")
            split.out = frag.start
            if q == "*":
                frag.patch(split)
                frag = Fragment(split, [(split, "out2")])
            elif q == "+":
                frag.patch(split)
                frag = Fragment(frag.start, [(split, "out2")])
            else:
                frag = Fragment(split, frag.outs + [(split, "out2")])
        return frag

    def atom(self):
        if self.i >= len(self.p):
            raise ValueError("pattern ends unexpectedly")
        ch = self.p[self.i]
        self.i += 1
        if ch == "(":
            frag = self.alternation()
            if self.i >= len(self.p) or self.p[self.i] != ")":
                raise ValueError("missing )")
            self.i += 1
            return frag
        if ch in "*+?":
            raise ValueError(f"nothing to repeat at {self.i - 1}")
        if ch == ".":
            s = State("any")
        elif ch == "[":
            end = self.p.find("]", self.i)
            if end < 0:
                raise ValueError("unterminated character class")
            body = self.p[self.i:end]
            self.i = end + 1
            negate = body.startswith("^")
            if negate:
                body = body[1:]
            chars = set()
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    chars.update(chr(c) for c in range(ord(body[k]), ord(body[k + 2]) + 1))
                    k += 3
                else:
                    chars.add(body[k])
                    k += 1
            s = State("class", (negate, frozenset(chars)))
        elif ch == "\\":
            s = State("char", self.p[self.i])
            self.i += 1
        else:
            s = State("char", ch)
        return Fragment(s, [(s, "out")])

def closure(states):
    stack, seen = list(states), set()
    result = []
    while stack:
        s = stack.pop()
        if s is None or s.id in seen:
            continue
        seen.add(s.id)
        if s.kind == "split":
            stack.append(s.out2)
            stack.append(s.out)
        else:
            result.append(s)
    return result

def step(s, ch):
    if s.kind == "any":
        return True
    if s.kind == "char":
        return s.value == ch
    if s.kind == "class":
        negate, chars = s.value
        return (ch in chars) != negate
    return False

class Regex:
    def __init__(self, pattern):
        self.pattern = pattern
        self.start = Parser(pattern).parse()

    def fullmatch(self, text):
        current = closure([self.start])
        for ch in text:
            current = closure([s.out for s in current if step(s, ch)])
            if not current:
                return False
        return any(s.kind == "match" for s in current)

    def search(self, text):
        for i in range(len(text) + 1):
            current = closure([self.start])
            last = i if any(s.kind == "match" for s in current) else None
            for j in range(i, len(text)):
                current = closure([s.out for s in current if step(s, text[j])])
                if not current:
                    break
                if any(s.kind == "match" for s in current):
                    last = j + 1
            if last is not None:
                return i, text[i:last]
        return None

cases = [
    ("a*b", ["b", "ab", "aaab", "aaa", "ba"]),
    ("(ab|cd)+", ["ab", "abcd", "cdab", "", "abc"]),
    ("colou?r", ["color", "colour", "colouur"]),
    ("[a-c][^0-9]x", ["aax", "c-x", "d1x", "b5x"]),
    ("h.llo", ["hello", "hallo", "hllo"]),
    ("(a|b)*abb", ["abb", "aababb", "abab", "babb"]),
    ("\\*+", ["*", "***", ""]),
    ("(a*)*", ["", "aaaa", "b"]),
    ("x(|y)z", ["xz", "xyz", "xyyz"]),
]
for pattern, texts in cases:
    rx = Regex(pattern)
    print(f"{pattern:12}", " ".join(f"{t!r}:{'Y' if rx.fullmatch(t) else 'n'}" for t in texts))

# Pathological for naive backtracking, linear for the NFA simulation.
n = 25
print(Regex("a?" * n + "a" * n).fullmatch("a" * n), Regex("(a|aa)*b").fullmatch("a" * 30))

for pattern, text in [("[0-9]+", "order 66 shipped"), ("b[aeiou]+t", "a bat and a boot"),
                      ("z+", "no zeds"), ("(foo|bar)baz", "xxbarbazyy"), ("a*", "bbb")]:
    print(pattern, "in", repr(text), "->", Regex(pattern).search(text))

for bad in ["(ab", "*a", "[abc", "a)"]:
    try:
        Regex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

def match_here(pattern, text):
    """Kernighan and Pike's recursive matcher: c . ^ $ *"""
    if not pattern:
        return True
    if len(pattern) > 1 and pattern[1] == "*":
        return match_star(pattern[0], pattern[2:], text)
    if pattern == "$":
        return not text
    if text and pattern[0] in (".", text[0]):
        return match_here(pattern[1:], text[1:])
    return False

def match_star(c, pattern, text):
    i = 0
    while True:
        if match_here(pattern, text[i:]):
            return True
        if i < len(text) and c in (".", text[i]):
            i += 1
        else:
            return False

def kp_match(pattern, text):
    if pattern.startswith("^"):
        return match_here(pattern[1:], text)
    return any(match_here(pattern, text[i:]) for i in range(len(text) + 1))

print([kp_match(p, t) for p, t in [("^ab*c$", "abbbc"), ("b.d", "abcde"), ("^x", "yx"), ("e$", "apple"), ("a.*z", "abz"), ("q*", "")]])
