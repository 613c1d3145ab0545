# A JSON encoder and recursive-descent decoder written by hand, with pretty printing,
# escapes, error positions, and a round trip over nested data.

class JSONError(ValueError):
    def __init__(self, message, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{message}: line {line} column {col} (char {pos})")

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}

def encode_string(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)

def encode(value, indent=None, level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        return encode_string(value)
    if isinstance(value, (list, tuple)):
        items = [encode(v, indent, level + 1) for v in value]
        open_, close = "[", "]"
    elif isinstance(value, dict):
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(encode_string(k) + ": " + encode(v, indent, level + 1))
        open_, close = "{", "}"
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    if not items:
        return open_ + close
    if indent is None:
        return open_ + ", ".join(items) + close
    pad = " " * (indent * (level + 1))
    return open_ + "\n" + ",\n".join(pad + i for i in items) + "\n" + " " * (indent * level) + close

class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, message):
        raise JSONError(message, self.text, self.pos)

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def decode(self):
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            self.error("Extra data")
        return value

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            self.error("Expecting value")
        ch = self.text[self.pos]
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        if ch == "-" or ch.isdigit():
            return self.number()
        self.error("Expecting value")

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        is_float = False
        if self.pos < len(self.text) and self.text[self.pos] == ".":
            is_float = True
            self.pos += 1
            while self.pos < len(self.text) and self.text[self.pos].isdigit():
                self.pos += 1
        if self.pos < len(self.text) and self.text[self.pos] in "eE":
            is_float = True
            self.pos += 1
            if self.text[self.pos] in "+-":
                self.pos += 1
            while self.pos < len(self.text) and self.text[self.pos].isdigit():
                self.pos += 1
        literal = self.text[start:self.pos]
        return float(literal) if is_float else int(literal)

    def string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("Unterminated string")
            ch = self.text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos + 1]
                if esc == "u":
                    code = int(self.text[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.pos):
                        low = int(self.text[self.pos + 2:self.pos + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.pos += 6
                    out.append(chr(code))
                    continue
                mapping = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", "\\": "\\", '"': '"'}
                if esc not in mapping:
                    self.error("Invalid \\escape")
                out.append(mapping[esc])
                self.pos += 2
            else:
                out.append(ch)
                self.pos += 1

    def array(self):
        self.pos += 1
        items = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip()
            ch = self.text[self.pos] if self.pos < len(self.text) else ""
            self.pos += 1
            if ch == "]":
                return items
            if ch != ",":
                self.pos -= 1
                self.error("Expecting ',' delimiter")

    def object(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip()
            if self.text[self.pos] != '"':
                self.error("Expecting property name enclosed in double quotes")
            key = self.string()
            self.skip()
            if self.text[self.pos] != ":":
                self.error("Expecting ':' delimiter")
            self.pos += 1
            result[key] = self.value()
            self.skip()
            ch = self.text[self.pos] if self.pos < len(self.text) else ""
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                self.pos -= 1
                self.error("Expecting ',' delimiter")

data = {
    "name": "Switch \"yard\"",
    "version": [1, 2, 3],
    "ratio": 0.1 + 0.2,
    "big": 2 ** 70,
    "nested": {"empty_list": [], "empty_dict": {}, "flags": [True, False, None]},
    "text": "tab\there\nnewline é ☃ 😀",
    "negative": -17,
    "exp": 1e-7,
}
compact = encode(data)
print(compact)
pretty = encode(data, indent=2)
print(pretty)
back = Decoder(pretty).decode()
print(back == data, Decoder(compact).decode() == data, back["text"] == data["text"])
print(Decoder('  [1, -2.5e3, "a\\u0062c", {"k": [null]}, true]  ').decode())

for bad in ['{"a": 1,}', "[1 2]", '{"a" 1}', "[1, 2", '"unterminated', "tru", '{1: 2}', "[1] x", '"bad \\q"', ""]:
    try:
        Decoder(bad).decode()
    except JSONError as e:
        print(repr(bad), "->", e)
for bad in [{1: "x"}, [float("nan")], object]:
    try:
        encode(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
