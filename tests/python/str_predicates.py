# The str.is* predicates over ASCII, digits, whitespace, cases and non-ASCII text.

samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", "-5", " ", "\t\n", "a b",
           "Hello World", "hello World", "HELLO WORLD!", "Ünïcödé", "ǅ", "٣", "²", "½",
           "_name", "name_1", "1name", "class", "x" * 3, "MiXeD", "ÀÉÎ", "straße", "Title Case Here"]

predicates = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace",
              "isupper", "islower", "istitle", "isidentifier", "isascii", "isprintable"]

print("sample".ljust(18), " ".join(p[2:6] for p in predicates))
for s in samples:
    flags = []
    for p in predicates:
        method = getattr(s, p)
        flags.append("T" if method() else ".")
    print(repr(s).ljust(18), "    ".join(flags))

# Typical uses.
def tokenize(text):
    tokens, current, kind = [], "", None
    for ch in text + " ":
        new_kind = "num" if ch.isdigit() else "word" if ch.isalpha() else None
        if new_kind != kind and current:
            tokens.append((kind, current))
            current = ""
        if new_kind:
            current += ch
        elif not ch.isspace():
            tokens.append(("sym", ch))
        kind = new_kind
    return tokens

print(tokenize("x1 = 42+foo*(bar-7)"))

def valid_password(pw):
    return (len(pw) >= 8 and any(c.isupper() for c in pw) and any(c.islower() for c in pw)
            and any(c.isdigit() for c in pw) and not pw.isalnum())

for pw in ["short", "alllowercase1!", "NoDigits!!", "Good1Pass!", "Nosymbol123"]:
    print(pw, valid_password(pw))
