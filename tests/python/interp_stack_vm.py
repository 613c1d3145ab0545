# A compiler from a tiny imperative language to a stack-machine bytecode, a disassembler,
# and the virtual machine that runs it: the interpreter-in-an-interpreter pattern.

SOURCE = """
# iterative factorial and fibonacci, a loop with nested conditions, a function
n = 10
fact = 1
i = 1
while i <= n {
    fact = fact * i
    i = i + 1
}
print fact
a = 0
b = 1
k = 0
while k < 90 {
    t = a + b
    a = b
    b = t
    k = k + 1
}
print a
total = 0
j = 0
while j < 100 {
    if j % 3 == 0 { total = total + j } else { if j % 5 == 0 { total = total - j } }
    j = j + 1
}
print total
def square(x) { return x * x }
def hyp(p, q) { return square(p) + square(q) }
print hyp(3, 4)
def collatz(m) {
    steps = 0
    while m != 1 {
        if m % 2 == 0 { m = m / 2 } else { m = 3 * m + 1 }
        steps = steps + 1
    }
    return steps
}
print collatz(27)
def fib(m) { if m < 2 { return m } return fib(m - 1) + fib(m - 2) }
print fib(20)
"""

import sys

OPS = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "DIV", "MOD", "LT", "LE", "EQ", "NE",
       "JUMP", "JUMP_IF_FALSE", "PRINT", "CALL", "RET"]
OP = {name: i for i, name in enumerate(OPS)}

def tokenize(src):
    tokens = []
    for line in src.splitlines():
        line = line.split("#", 1)[0]
        i = 0
        while i < len(line):
            ch = line[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit():
                j = i
                while j < len(line) and line[j].isdigit():
                    j += 1
                tokens.append(int(line[i:j]))
                i = j
            elif ch.isalpha():
                j = i
                while j < len(line) and (line[j].isalnum() or line[j] == "_"):
                    j += 1
                tokens.append(line[i:j])
                i = j
            elif line[i:i + 2] in ("<=", "==", "!="):
                tokens.append(line[i:i + 2])
                i += 2
            else:
                tokens.append(ch)
                i += 1
    return tokens

class Compiler:
    BINOPS = {"+": "ADD", "-": "SUB", "*": "MUL", "/": "DIV", "%": "MOD",
              "<": "LT", "<=": "LE", "==": "EQ", "!=": "NE"}
    PRECEDENCE = {"==": 1, "!=": 1, "<": 2, "<=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
        self.functions = {}

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def expect(self, tok):
        if self.peek() != tok:
            raise SyntaxError(f"expected {tok!r}, got {self.peek()!r}")
        self.pos += 1

    def program(self):
        code = []
        while self.peek() is not None:
            self.statement(code)
        return code

    def block(self, code):
        self.expect("{")
        while self.peek() != "}":
            self.statement(code)
        self.expect("}")

    def statement(self, code):
        tok = self.peek()
        if tok == "while":
            self.pos += 1
            top = len(code)
            self.expression(code)
            code.append([OP["JUMP_IF_FALSE"], None])
            exit_jump = code[-1]
            self.block(code)
            code.append([OP["JUMP"], top])
            exit_jump[1] = len(code)
        elif tok == "if":
            self.pos += 1
            self.expression(code)
            code.append([OP["JUMP_IF_FALSE"], None])
            skip = code[-1]
            self.block(code)
            if self.peek() == "else":
                self.pos += 1
                code.append([OP["JUMP"], None])
                over = code[-1]
                skip[1] = len(code)
                self.block(code)
                over[1] = len(code)
            else:
                skip[1] = len(code)
        elif tok == "print":
            self.pos += 1
            self.expression(code)
            code.append([OP["PRINT"], None])
        elif tok == "return":
            self.pos += 1
            self.expression(code)
            code.append([OP["RET"], None])
        elif tok == "def":
            self.pos += 1
            name = self.tokens[self.pos]
            self.pos += 1
            self.expect("(")
            params = []
            while self.peek() != ")":
                params.append(self.peek())
                self.pos += 1
                if self.peek() == ",":
                    self.pos += 1
            self.expect(")")
            body = []
            self.functions[name] = (params, body)
            self.block(body)
            body.append([OP["PUSH"], 0])
            body.append([OP["RET"], None])
        else:
            name = tok
            self.pos += 1
            self.expect("=")
            self.expression(code)
            code.append([OP["STORE"], name])

    def expression(self, code, min_prec=1):
        self.operand(code)
        while self.peek() in self.PRECEDENCE and self.PRECEDENCE[self.peek()] >= min_prec:
            op = self.peek()
            self.pos += 1
            self.expression(code, self.PRECEDENCE[op] + 1)
            code.append([OP[self.BINOPS[op]], None])

    def operand(self, code):
        tok = self.peek()
        self.pos += 1
        if isinstance(tok, int):
            code.append([OP["PUSH"], tok])
        elif tok == "(":
            self.expression(code)
            self.expect(")")
        elif self.peek() == "(":
            self.pos += 1
            argc = 0
            while self.peek() != ")":
                self.expression(code)
                argc += 1
                if self.peek() == ",":
                    self.pos += 1
            self.expect(")")
            code.append([OP["CALL"], (tok, argc)])
        else:
            code.append([OP["LOAD"], tok])

def disassemble(code, limit=12):
    for addr, (op, arg) in enumerate(code[:limit]):
        print(f"  {addr:3d} {OPS[op]:<14}{'' if arg is None else arg}")

def run(code, functions, out):
    steps = 0
    frames = []
    stack = []
    env = {}
    pc = 0
    while True:
        if pc >= len(code):
            if not frames:
                return steps
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == 0:
            stack.append(arg)
        elif op == 1:
            stack.append(env[arg])
        elif op == 2:
            env[arg] = stack.pop()
        elif op <= 11:
            b = stack.pop()
            a = stack.pop()
            if op == 3:
                stack.append(a + b)
            elif op == 4:
                stack.append(a - b)
            elif op == 5:
                stack.append(a * b)
            elif op == 6:
                stack.append(a // b)
            elif op == 7:
                stack.append(a % b)
            elif op == 8:
                stack.append(int(a < b))
            elif op == 9:
                stack.append(int(a <= b))
            elif op == 10:
                stack.append(int(a == b))
            else:
                stack.append(int(a != b))
        elif op == 12:
            pc = arg
        elif op == 13:
            if not stack.pop():
                pc = arg
        elif op == 14:
            out.append(stack.pop())
        elif op == 15:
            name, argc = arg
            params, body = functions[name]
            args = stack[len(stack) - argc:]
            del stack[len(stack) - argc:]
            frames.append((code, pc, env))
            code, pc, env = body, 0, dict(zip(params, args))
        elif op == 16:
            code, pc, env = frames.pop()

compiler = Compiler(tokenize(SOURCE))
main = compiler.program()
print(len(main), "instructions in main;", sorted(compiler.functions))
disassemble(main)
print("fib:")
disassemble(compiler.functions["fib"][1], limit=30)
output = []
steps = run(main, compiler.functions, output)
for value in output:
    sys.stdout.write(f"{value}\n")
print("executed", steps, "instructions")
