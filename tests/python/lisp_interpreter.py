# A small Scheme interpreter: reader, environments as a class chain, special forms
# (quote, if, define, set!, lambda, let, begin, cond), closures, tail calls by a loop,
# and error reporting.

class Symbol(str):
    pass

class SchemeError(Exception):
    pass

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()

def read(tokens):
    if not tokens:
        raise SchemeError("unexpected end of input")
    tok = tokens.pop(0)
    if tok == "(":
        items = []
        while tokens and tokens[0] != ")":
            items.append(read(tokens))
        if not tokens:
            raise SchemeError("missing )")
        tokens.pop(0)
        return items
    if tok == ")":
        raise SchemeError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for convert in (int, float):
        try:
            return convert(tok)
        except ValueError:
            pass
    if tok == "#t":
        return True
    if tok == "#f":
        return False
    return Symbol(tok)

class Env:
    def __init__(self, names=(), values=(), outer=None):
        self.vars = dict(zip(names, values))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.outer
        raise SchemeError(f"unbound variable: {name}")

class Lambda:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __repr__(self):
        return f"#<procedure {self.name}>"

def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    return str(x)

def add(*args):
    return sum(args)

def mul(*args):
    result = 1
    for a in args:
        result *= a
    return result

def sub(first, *rest):
    return -first if not rest else first - sum(rest)

def div(a, b):
    if b == 0:
        raise SchemeError("division by zero")
    return a // b if isinstance(a, int) and isinstance(b, int) and a % b == 0 else a / b

def global_env():
    env = Env()
    env.vars.update({
        "+": add, "*": mul, "-": sub, "/": div,
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b,
        "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
        "list": lambda *xs: list(xs), "null?": lambda x: x == [], "length": len,
        "not": lambda x: x is False, "eq?": lambda a, b: a == b,
        "modulo": lambda a, b: a % b, "abs": abs, "max": max, "min": min,
        "display": lambda x: print(to_str(x)),
    })
    return env

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x).vars[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise SchemeError("cannot evaluate ()")
        op = x[0]
        if op == "quote":
            return x[1]
        if op == "if":
            _, test, then, *alt = x
            x = then if evaluate(test, env) is not False else (alt[0] if alt else False)
            continue
        if op == "define":
            if isinstance(x[1], list):
                name, params = x[1][0], x[1][1:]
                env.vars[name] = Lambda(params, [Symbol("begin")] + x[2:], env, name)
            else:
                env.vars[x[1]] = evaluate(x[2], env)
            return None
        if op == "set!":
            env.find(x[1]).vars[x[1]] = evaluate(x[2], env)
            return None
        if op == "lambda":
            return Lambda(x[1], [Symbol("begin")] + x[2:], env)
        if op == "begin":
            for expr in x[1:-1]:
                evaluate(expr, env)
            x = x[-1]
            continue
        if op == "let":
            names = [b[0] for b in x[1]]
            values = [evaluate(b[1], env) for b in x[1]]
            env = Env(names, values, env)
            x = [Symbol("begin")] + x[2:]
            continue
        if op == "cond":
            for test, *body in x[1:]:
                if test == "else" or evaluate(test, env) is not False:
                    x = [Symbol("begin")] + body
                    break
            else:
                return None
            continue
        proc = evaluate(op, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(proc, Lambda):
            if len(args) != len(proc.params):
                raise SchemeError(f"{proc.name}: expected {len(proc.params)} arguments, got {len(args)}")
            env = Env(proc.params, args, proc.env)
            x = proc.body
            continue
        if callable(proc):
            try:
                return proc(*args)
            except TypeError:
                raise SchemeError(f"bad call to {to_str(op)} with {len(args)} arguments") from None
        raise SchemeError(f"not a procedure: {to_str(proc)}")

PROGRAM = """
(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))
(fact 20)
(fact 30)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(fib 15)
(define (count-down n) (if (= n 0) 'done (count-down (- n 1))))
(count-down 100000)
(define (make-counter)
  (let ((count 0))
    (lambda () (set! count (+ count 1)) count)))
(define c1 (make-counter))
(define c2 (make-counter))
(c1) (c1) (c2) (c1)
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(define (filter p xs) (cond ((null? xs) '()) ((p (car xs)) (cons (car xs) (filter p (cdr xs)))) (else (filter p (cdr xs)))))
(define (range a b) (if (>= a b) '() (cons a (range (+ a 1) b))))
(map (lambda (x) (* x x)) (range 1 11))
(filter (lambda (x) (= (modulo x 3) 0)) (range 1 30))
(define (compose f g) (lambda (x) (f (g x))))
((compose (lambda (x) (* x 2)) (lambda (x) (+ x 1))) 5)
(let ((a 3) (b 4)) (+ (* a a) (* b b)))
(begin (display 'side-effect) (list 1 2.5 'three #t #f (- 7) (* 2 3 4)))
(/ 10 4)
(/ 12 4)
(cond ((> 1 2) 'no) ((< 1 2) 'yes))
fact
(undefined-thing)
(car)
(5 3)
(/ 1 0)
(fact 1 2)
"""

env = global_env()
tokens = tokenize(PROGRAM)
while tokens:
    try:
        expr = read(tokens)
        result = evaluate(expr, env)
        if result is not None:
            print(to_str(result))
    except SchemeError as e:
        print("error:", e)
for src in ["(+ 1 2", ")", "(quote)"]:
    try:
        print(to_str(evaluate(read(tokenize(src)), env)))
    except (SchemeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
