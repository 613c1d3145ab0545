// io_lib_format.erl of OTP 25: io_lib:format/2 (and so io:format/2), control sequence by
// control sequence. Where erl fails with badarg, format() returns false.
#include <cmath>
#include <optional>
#include <vector>

#include "core/bigint.h"
#include "frontends/beam/runtime/float_format.h"
#include "frontends/beam/runtime/io_lib.h"
#include "frontends/beam/runtime/unicode.h"

namespace sy::beam {

namespace {

constexpr int kNone = -1;  // `none` for field width and precision

// ~F.P.PadModC with its arguments.
struct Spec {
  char32_t control = 0;
  int width = kNone;
  bool left = false;
  int precision = kNone;
  char32_t pad = U' ';
  bool unicode = false;
  bool strings = true;
  Value args[2];
};

struct Fail {
  std::string why;
};

[[noreturn]] void fail(std::string why) { throw Fail{std::move(why)}; }

Chars chars(char32_t c, int n) { return Chars(static_cast<size_t>(n > 0 ? n : 0), c); }

Chars adjust(Chars data, const Chars& pad, bool left) {
  if (pad.empty()) return data;
  return left ? data + pad : pad + data;
}

// term/5: a written term in a field, '*'s when it does not fit.
Chars term(Chars t, int f, bool left, int p0, char32_t pad) {
  if (f == kNone && p0 == kNone) return t;
  if (f == kNone) f = p0;
  int l = static_cast<int>(t.size());
  int p = std::min(l, p0 == kNone ? f : std::min(p0, f));
  if (l > p) return adjust(chars(U'*', p), chars(pad, f - p), left);
  return adjust(t, chars(pad, f - l), left);
}

Chars flat_trunc(const Chars& s, int n) { return s.substr(0, static_cast<size_t>(n)); }

Chars string_field(const Chars& s, int f, bool left, int n, char32_t pad) {
  if (n > f) return flat_trunc(s, f);
  if (n < f) return adjust(s, chars(pad, f - n), left);
  return s;
}

Chars string(const Chars& s, int f, bool left, int p, char32_t pad) {
  int n = static_cast<int>(s.size());
  if (f == kNone && p == kNone) return s;
  if (p == kNone) return string_field(s, f, left, n, pad);
  if (f == kNone) return string_field(s, p, true, n, pad);
  if (f < p) fail("~s: field width below precision");
  if (f > p) {
    if (n > p) return adjust(flat_trunc(s, p), chars(pad, f - p), left);
    if (n < p) return adjust(s + chars(pad, p - n), chars(pad, f - p), left);
    return adjust(s, chars(pad, f - p), left);
  }
  return string_field(s, f, left, n, pad);
}

Chars char_field(char32_t c, int f, bool left, int p, char32_t pad) {
  if (f == kNone && p == kNone) return Chars(1, c);
  if (p == kNone) return chars(c, f);
  if (f == kNone) return chars(c, p);
  if (f < p) fail("~c: field width below precision");
  return adjust(chars(c, p), chars(pad, f - p), left);
}

Chars ascii(std::string_view s) {
  Chars out;
  append_latin1(out, s);
  return out;
}

// -- ~s arguments --

// iolist_to_chars/1: characters 0..255 in deep lists, binaries as bytes.
void iolist_to_chars(Chars& out, Value v, int depth = 0) {
  if (depth > 100000) fail("~s: nesting too deep");
  if (is_bitstring(v)) {
    if (!is_binary(v)) fail("~s: a bitstring");
    std::string tmp;
    append_latin1(out, whole_bytes(v.as<Binary>(), tmp));
    return;
  }
  Value l = v;
  for (; is_cons(l); l = tail(l)) {
    Value c = head(l);
    if (c.is_int()) {
      if (c.as_int() < 0 || c.as_int() > 255) fail("~s: a character above 255 (use ~ts)");
      out += static_cast<char32_t>(c.as_int());
    } else if (is_list(c) || is_bitstring(c)) {
      iolist_to_chars(out, c, depth + 1);
    } else {
      fail("~s: not a character list");
    }
  }
  if (!l.is_nil()) {
    if (is_binary(l)) iolist_to_chars(out, l, depth + 1);  // a binary tail is part of an iolist
    else fail("~s: not a character list");
  }
}

// cdata_to_chars/1 (~ts): any non-negative integers, binaries as UTF-8 or else bytes.
void cdata_to_chars(Chars& out, Value v, int depth = 0) {
  if (depth > 100000) fail("~ts: nesting too deep");
  if (is_bitstring(v)) {
    if (!is_binary(v)) fail("~ts: a bitstring");
    std::string tmp;
    std::string_view bytes = whole_bytes(v.as<Binary>(), tmp);
    if (valid_utf8(bytes)) {
      size_t i = 0;
      uint32_t cp;
      while (next_utf8(bytes, &i, &cp)) out += static_cast<char32_t>(cp);
    } else {
      append_latin1(out, bytes);
    }
    return;
  }
  Value l = v;
  for (; is_cons(l); l = tail(l)) {
    Value c = head(l);
    if (c.is_int() && c.as_int() >= 0 && c.as_int() <= 0x7FFFFFFF) out += static_cast<char32_t>(c.as_int());
    else if (is_list(c) || is_bitstring(c)) cdata_to_chars(out, c, depth + 1);
    else fail("~ts: not character data");
  }
  if (!l.is_nil()) {
    if (is_binary(l)) cdata_to_chars(out, l, depth + 1);
    else fail("~ts: not character data");
  }
}

Chars atom_chars_of(Value a) {
  Chars out;
  std::string_view name = atom_text(a);
  size_t i = 0;
  uint32_t cp;
  while (next_utf8(name, &i, &cp)) out += static_cast<char32_t>(cp);
  return out;
}

// io_lib:deep_char_list/1 (a ~x prefix).
bool deep_char_list(Value v, Chars* out) {
  for (; is_cons(v); v = tail(v)) {
    Value c = head(v);
    if (c.is_int() && is_code_point(c.as_int()) && c.as_int() != 0xFFFE && c.as_int() != 0xFFFF) {
      *out += static_cast<char32_t>(c.as_int());
    } else if (is_list(c)) {
      if (!deep_char_list(c, out)) return false;
    } else {
      return false;
    }
  }
  return v.is_nil();
}

// -- Integers and floats --

int base_of(const Spec& s) {
  int b = s.precision == kNone ? 10 : s.precision;
  if (b < 2 || b > 36) fail("integer base " + std::to_string(b) + " is not in 2..36");
  return b;
}

Chars integer_digits(Value n, int base, bool lowercase) {
  std::string digits = integer_to_string(n, base);  // GMP: lowercase letters
  if (!lowercase)
    for (char& c : digits)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return ascii(digits);
}

Chars prefixed_integer(Value n, const Spec& s, int base, const Chars& prefix, bool lowercase) {
  bool neg = bigint_cmp(n, Value::small_int(0)) < 0;
  Chars digits = integer_digits(n, base, lowercase);
  if (neg) digits.erase(0, 1);
  Chars out = neg ? U"-" + prefix + digits : prefix + digits;
  return term(out, s.width, s.left, kNone, s.pad);
}

Chars fwrite_e(double d, const Spec& s, int p) {
  if (p == kNone) p = 6;
  if (p < 2) fail("~e: precision below 2");
  Chars text = ascii(format_e(d, p));
  if (s.width == kNone) return text;
  return term(text, s.width, s.left, s.width, s.pad);
}

Chars fwrite_f(double d, const Spec& s, int p) {
  if (p == kNone) p = 6;
  if (p < 1) fail("~f: precision below 1");
  Chars text = ascii(format_f(d, p));
  if (s.width == kNone) return text;
  return term(text, s.width, s.left, s.width, s.pad);
}

Chars fwrite_g(double d, const Spec& s) {
  int p = s.precision == kNone ? 6 : s.precision;
  if (p < 1) fail("~g: precision below 1");
  double a = std::fabs(d);
  bool big = a >= 1.0e4;
  int e = a < 0.1 ? -2 : a < 1.0 ? -1 : a < 10.0 ? 0 : a < 100.0 ? 1 : a < 1.0e3 ? 2 : 3;
  if (!big && ((p <= 1 && e == -1) || (p - 1 > e && e >= -1))) return fwrite_f(d, s, p - 1 - e);
  return fwrite_e(d, s, p <= 1 ? 2 : p);
}

// -- The format string --

// One element of the scanned format: a character, a pass-through element (a list or
// binary inside the format list), or a control sequence.
struct Item {
  enum Kind { Char, Through, Control } kind;
  char32_t c = 0;
  Value through;
  Spec spec;
};

class Scanner {
 public:
  Scanner(std::vector<Item>& items, Value args) : items_(items), args_(args) {}

  void scan(const std::vector<Item>& raw) {
    for (size_t i = 0; i < raw.size();) {
      const Item& it = raw[i];
      if (it.kind == Item::Char && it.c == U'~') {
        pos_ = i + 1;
        raw_ = &raw;
        items_.push_back(control());
        i = pos_;
        continue;
      }
      items_.push_back(it);
      ++i;
    }
    if (!args_.is_nil()) fail("too many arguments for the format");
  }

 private:
  bool peek(char32_t* c) const {
    if (pos_ >= raw_->size() || (*raw_)[pos_].kind != Item::Char) return false;
    *c = (*raw_)[pos_].c;
    return true;
  }
  bool eat(char32_t want) {
    char32_t c;
    if (peek(&c) && c == want) {
      ++pos_;
      return true;
    }
    return false;
  }
  Value next_arg(const char* what) {
    if (!is_cons(args_)) fail(std::string("no argument left for ") + what);
    Value a = head(args_);
    args_ = tail(args_);
    return a;
  }
  // field_value: '*' (an integer argument), digits, or none.
  int field_value() {
    char32_t c;
    if (peek(&c) && c == U'*') {
      if (!is_cons(args_) || !head(args_).is_int()) fail("'*' needs an integer argument");
      ++pos_;
      int64_t v = next_arg("*").as_int();
      if (v > INT32_MAX || v < -INT32_MAX) fail("field value out of range");
      return static_cast<int>(v);
    }
    if (!(peek(&c) && c >= U'0' && c <= U'9')) return kNone;
    int64_t v = 0;
    while (peek(&c) && c >= U'0' && c <= U'9') {
      v = v * 10 + (c - U'0');
      if (v > INT32_MAX) fail("field value out of range");
      ++pos_;
    }
    return static_cast<int>(v);
  }
  Item control() {
    Spec s;
    // field_width
    bool minus = eat(U'-');
    int f = field_value();
    if (minus) {
      if (f == kNone) fail("'-' without a field width");
      f = -f;
    }
    if (f != kNone && f < 0) {
      s.width = -f;
      s.left = true;
    } else {
      s.width = f;
    }
    // precision
    if (eat(U'.')) {
      s.precision = field_value();
      // pad_char
      char32_t c;
      if (peek(&c) && c == U'.') {
        ++pos_;
        if (eat(U'*')) {
          Value p = next_arg("the padding character");
          if (!p.is_int()) fail("the padding character is not a character");
          s.pad = static_cast<char32_t>(p.as_int());
        } else if (peek(&c)) {
          s.pad = c;
          ++pos_;
        } else {
          fail("format ends inside a control sequence");
        }
      }
    }
    // modifiers
    for (;;) {
      if (eat(U't')) s.unicode = true;
      else if (eat(U'l')) s.strings = false;
      else break;
    }
    char32_t c;
    if (!peek(&c)) fail("format ends inside a control sequence");
    ++pos_;
    s.control = c;
    switch (c) {
      case U'w': case U'p': case U's': case U'e': case U'f': case U'g': case U'b': case U'B':
      case U'+': case U'#': case U'c': case U'i':
        s.args[0] = next_arg("a control sequence");
        break;
      case U'W': case U'P': case U'x': case U'X':
        s.args[0] = next_arg("a control sequence");
        s.args[1] = next_arg("a control sequence");
        break;
      case U'~': case U'n': break;
      default: {
        std::string name;
        append_utf8(name, c);
        fail("unknown control ~" + name);
      }
    }
    Item it{Item::Control};
    it.spec = s;
    return it;
  }

  std::vector<Item>& items_;
  Value args_;
  const std::vector<Item>* raw_ = nullptr;
  size_t pos_ = 0;
};

// The characters a pass-through element of the format list stands for.
void through_chars(Chars& out, Value v) {
  try {
    cdata_to_chars(out, v);
  } catch (const Fail&) {
    fail("the format list holds something that is not character data");
  }
}

class Builder {
 public:
  explicit Builder(Chars& out) : out_(out) {}

  void build(const std::vector<Item>& items) {
    for (const Item& it : items) {
      switch (it.kind) {
        case Item::Char: put(Chars(1, it.c)); break;
        case Item::Through: {
          Chars cs;
          through_chars(cs, it.through);
          out_ += cs;
          column_ += 1;  // build_limited counts a deep element as one column
          break;
        }
        case Item::Control: put(control(it.spec)); break;
      }
    }
  }

 private:
  // indentation/2: the column after these characters.
  void put(const Chars& cs) {
    for (char32_t c : cs) {
      if (c == U'\n') column_ = 0;
      else if (c == U'\t') column_ = (column_ + 8) / 8 * 8;
      else ++column_;
    }
    out_ += cs;
  }

  Chars control(const Spec& s) {
    Value a = s.args[0];
    switch (s.control) {
      case U'w':
      case U'W': {
        int depth = -1;
        if (s.control == U'W') {
          if (!s.args[1].is_int()) fail("~W: the depth is not an integer");
          depth = static_cast<int>(s.args[1].as_int());
        }
        Chars t = depth == 0 ? Chars(U"...") : write_term(a, depth, s.unicode);
        return term(t, s.width, s.left, s.precision, s.pad);
      }
      case U'p':
      case U'P': {
        int depth = -1;
        if (s.control == U'P') {
          if (!s.args[1].is_int()) fail("~P: the depth is not an integer");
          depth = static_cast<int>(s.args[1].as_int());
        }
        if (s.left) fail("~p cannot be left-adjusted");
        PrintOptions o;
        o.line_length = s.width == kNone ? 80 : s.width;
        o.column = s.precision == kNone ? column_ + 1 : s.precision;
        o.depth = depth;
        o.unicode = s.unicode;
        o.strings = s.strings;
        return print_term(a, o);
      }
      case U's': {
        Chars l;
        if (is_atom(a)) {
          l = atom_chars_of(a);
          if (!s.unicode)
            for (char32_t c : l)
              if (c > 255) fail("~s: an atom with a character above 255 (use ~ts)");
        } else if (s.unicode) {
          cdata_to_chars(l, a);
        } else {
          iolist_to_chars(l, a);
        }
        return string(l, s.width, s.left, s.precision, s.pad);
      }
      case U'e':
        if (!a.is_double()) fail("~e needs a float");
        return fwrite_e(a.as_double(), s, s.precision);
      case U'f':
        if (!a.is_double()) fail("~f needs a float");
        return fwrite_f(a.as_double(), s, s.precision);
      case U'g':
        if (!a.is_double()) fail("~g needs a float");
        return fwrite_g(a.as_double(), s);
      case U'b':
      case U'B':
        if (!is_integer(a)) fail("~b needs an integer");
        return prefixed_integer(a, s, base_of(s), U"", s.control == U'b');
      case U'x':
      case U'X': {
        if (!is_integer(a)) fail("~x needs an integer");
        Value p = s.args[1];
        Chars prefix;
        if (is_atom(p)) prefix = atom_chars_of(p);
        else if (!deep_char_list(p, &prefix)) fail("~x: the prefix is not a character list");
        return prefixed_integer(a, s, base_of(s), prefix, s.control == U'x');
      }
      case U'+':
      case U'#': {
        if (!is_integer(a)) fail("~# needs an integer");
        int base = base_of(s);
        return prefixed_integer(a, s, base, ascii(std::to_string(base) + "#"), s.control == U'+');
      }
      case U'c': {
        if (!is_integer(a)) fail("~c needs an integer");
        int64_t c;
        if (a.is_int()) {
          c = a.as_int();
        } else {  // a bignum: only its low byte (A band 255) can make a character
          if (s.unicode) fail("~tc: not a character");
          bool neg;
          std::string mag = integer_magnitude_bytes(a, &neg);
          c = static_cast<unsigned char>(mag[0]);
          if (neg) c = -c;
        }
        if (!s.unicode) c &= 255;
        if (c < 0 || c > 0x7FFFFFFF) fail("~c: not a character");
        return char_field(static_cast<char32_t>(c), s.width, s.left, s.precision, s.pad);
      }
      case U'~': return char_field(U'~', s.width, s.left, s.precision, s.pad);
      case U'n':
        if (s.width == kNone) return U"\n";
        if (s.left) fail("~n cannot be left-adjusted");
        return chars(U'\n', s.width);
      case U'i': return U"";
      default: fail("unknown control");
    }
  }

  Chars& out_;
  int column_ = 0;
};

// The format argument as scan/2 takes it: an atom, a binary (bytes as characters) or a
// list whose integer elements are characters.
std::vector<Item> format_items(Value format) {
  std::vector<Item> raw;
  auto add_char = [&](char32_t c) {
    Item it{Item::Char};
    it.c = c;
    raw.push_back(it);
  };
  if (is_atom(format)) {
    for (char32_t c : atom_chars_of(format)) add_char(c);
    return raw;
  }
  if (is_binary(format)) {
    for (unsigned char b : binary_bytes(format.as<Binary>())) add_char(b);
    return raw;
  }
  if (!is_list(format)) fail("the format is not a string, binary or atom");
  Value l = format;
  for (; is_cons(l); l = tail(l)) {
    Value c = head(l);
    if (c.is_int()) {
      if (c.as_int() < 0 || c.as_int() > 0x7FFFFFFF) fail("the format holds a negative character");
      add_char(static_cast<char32_t>(c.as_int()));
    } else {
      Item it{Item::Through};
      it.through = c;
      raw.push_back(it);
    }
  }
  if (!l.is_nil()) fail("the format is not a proper list");
  return raw;
}

}  // namespace

bool format(Value fmt, Value args, Chars* out, std::string* why) {
  try {
    if (!is_list(args)) fail("the arguments are not a list");
    std::vector<Item> raw = format_items(fmt);
    std::vector<Item> items;
    Scanner(items, args).scan(raw);
    Chars result;
    Builder(result).build(items);
    *out += result;
    keep_alive(fmt);  // `raw` and `items` hold parts of fmt and args
    keep_alive(args);
    return true;
  } catch (const Fail& f) {
    if (why) *why = f.why;
    return false;
  }
}

}  // namespace sy::beam
