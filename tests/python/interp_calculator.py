# A small expression language: tokenizer, recursive-descent parser producing an AST of
# classes, an evaluator with variables and functions, and error reporting with positions.

import math

class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"

class CalcError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at column {pos + 1}")
        self.pos = pos

SYMBOLS = {"+", "-", "*", "/", "%", "^", "(", ")", ",", "="}

def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(text) and text[i + 1].isdigit()):
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            number = text[start:i]
            if number.count(".") > 1:
                raise CalcError(f"malformed number {number!r}", start)
            tokens.append(Token("num", number, start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(Token("name", text[start:i], start))
        elif ch in SYMBOLS:
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", "", len(text)))
    return tokens

class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def __repr__(self):
        return repr(self.value)

class Var:
    def __init__(self, name, pos):
        self.name, self.pos = name, pos

    def eval(self, env):
        if self.name not in env:
            raise CalcError(f"unknown variable {self.name!r}", self.pos)
        return env[self.name]

    def __repr__(self):
        return self.name

class BinOp:
    OPS = {
        "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
        "/": lambda a, b: a / b, "%": lambda a, b: a % b, "^": lambda a, b: a ** b,
    }

    def __init__(self, op, left, right, pos):
        self.op, self.left, self.right, self.pos = op, left, right, pos

    def eval(self, env):
        a, b = self.left.eval(env), self.right.eval(env)
        try:
            return self.OPS[self.op](a, b)
        except ZeroDivisionError:
            raise CalcError("division by zero", self.pos) from None

    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"

class Neg:
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)

    def __repr__(self):
        return f"(-{self.operand!r})"

class Call:
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "floor": math.floor}

    def __init__(self, name, args, pos):
        self.name, self.args, self.pos = name, args, pos

    def eval(self, env):
        if self.name not in self.FUNCS:
            raise CalcError(f"unknown function {self.name!r}", self.pos)
        return self.FUNCS[self.name](*[a.eval(env) for a in self.args])

    def __repr__(self):
        return f"{self.name}({', '.join(map(repr, self.args))})"

class Parser:
    """expr := term (('+'|'-') term)*; term := unary (('*'|'/'|'%') unary)*;
    unary := '-' unary | power; power := atom ('^' unary)?"""

    def __init__(self, tokens):
        self.tokens, self.i = tokens, 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise CalcError(f"expected {text!r} but found {tok.text or 'end of input'!r}", tok.pos)
        self.i += 1
        return tok

    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.i + 1].text == "=":
            name = self.take().text
            self.take("=")
            return ("assign", name, self.expr())
        return ("expr", None, self.expr())

    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take()
            node = BinOp(op.text, node, self.term(), op.pos)
        return node

    def term(self):
        node = self.unary()
        while self.peek().text in ("*", "/", "%"):
            op = self.take()
            node = BinOp(op.text, node, self.unary(), op.pos)
        return node

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return Neg(self.unary())
        return self.power()

    def power(self):
        node = self.atom()
        if self.peek().text == "^":
            op = self.take()
            node = BinOp("^", node, self.unary(), op.pos)
        return node

    def atom(self):
        tok = self.peek()
        if tok.kind == "num":
            self.take()
            return Num(float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "name":
            self.take()
            if self.peek().text == "(":
                self.take("(")
                args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",":
                        self.take()
                        args.append(self.expr())
                self.take(")")
                return Call(tok.text, args, tok.pos)
            return Var(tok.text, tok.pos)
        if tok.text == "(":
            self.take()
            node = self.expr()
            self.take(")")
            return node
        raise CalcError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)

def run(line, env):
    parser = Parser(tokenize(line))
    kind, name, node = parser.statement()
    if parser.peek().kind != "end":
        tok = parser.peek()
        raise CalcError(f"unexpected {tok.text!r}", tok.pos)
    value = node.eval(env)
    if kind == "assign":
        env[name] = value
    return node, value

env = {"pi": math.pi}
program = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "10 / 4",
    "10 % 4 + 7 % -3",
    "x = 5",
    "y = x * 2 + 1",
    "sqrt(x * x + y * y)",
    "max(1, x, y, 3) - min(4, 2)",
    "r = 2.5",
    "area = pi * r ^ 2",
    "floor(area)",
    "2 ^ 100",
    "abs(-7) + -(-3)",
    "1 / (x - 5)",
    "z + 1",
    "3 + * 4",
    "(1 + 2",
    "foo(1)",
    "4 $ 4",
    "1.2.3 + 1",
    "7 7",
]
for line in program:
    try:
        tree, value = run(line, env)
        print(f"{line:<28} {tree!r:<40} = {value!r}")
    except CalcError as e:
        print(f"{line:<28} error: {e}")
        print(" " * e.pos + "^")
print(sorted(k for k in env if k != "pi"), env["area"])
print(tokenize("a1 = 3.5*(b+2)"))
