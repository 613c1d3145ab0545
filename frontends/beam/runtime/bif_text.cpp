// Conversions between terms and text: atoms, character lists, binaries, iolists,
// integers and floats in text, unicode:characters_to_*, the string natives, and
// io_lib:format/write as BIFs.
#include <cmath>
#include <cstdlib>

#include "core/bigint.h"
#include "frontends/beam/runtime/bif_impl.h"
#include "frontends/beam/runtime/float_format.h"
#include "frontends/beam/runtime/io_lib.h"
#include "frontends/beam/runtime/unicode.h"

namespace sy::beam::bif {

Value to_list_text(std::string_view latin1) {
  Value l = Value::nil();
  for (size_t i = latin1.size(); i-- > 0;) l = cons(Value::small_int(static_cast<unsigned char>(latin1[i])), l);
  return l;
}

namespace {

constexpr size_t kMaxAtomChars = 255;

// A flat list of code points as UTF-8; false if it is not one.
bool char_list_utf8(Value list, std::string* out) {
  Value l = list;
  for (; is_cons(l); l = tail(l)) {
    Value c = head(l);
    if (!c.is_int() || !is_code_point(c.as_int())) return false;
    append_utf8(*out, static_cast<uint32_t>(c.as_int()));
  }
  return l.is_nil();
}

// A flat list of bytes (0..255) as a string; false if it is not one.
bool byte_list(Value list, std::string* out) {
  Value l = list;
  for (; is_cons(l); l = tail(l)) {
    Value c = head(l);
    if (!c.is_int() || c.as_int() < 0 || c.as_int() > 255) return false;
    *out += static_cast<char>(c.as_int());
  }
  return l.is_nil();
}

Value utf8_to_list(std::string_view s) {
  std::u32string cps;
  size_t i = 0;
  uint32_t cp;
  while (next_utf8(s, &i, &cp)) cps += static_cast<char32_t>(cp);
  return chars_to_list(cps);
}

Value make_atom_checked(BifContext& cx, std::string_view utf8, bool must_exist) {
  size_t chars = 0;
  if (!valid_utf8(utf8, &chars)) return cx.badarg();
  if (chars > kMaxAtomChars) return cx.system_limit();
  if (must_exist && utf8 != "true" && utf8 != "false" && !atom_exists(utf8)) return cx.badarg();
  return atom(utf8);
}

// An encoding argument: latin1, unicode/utf8.
bool encoding(Value e, bool* latin1) {
  if (e == atom("latin1")) *latin1 = true;
  else if (e == atom("unicode") || e == atom("utf8")) *latin1 = false;
  else return false;
  return true;
}

std::string upper_digits(Value n, int base) {
  std::string s = integer_to_string(n, base);
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return s;
}

bool base_arg(Value b, int* base) {
  if (!b.is_int() || b.as_int() < 2 || b.as_int() > 36) return false;
  *base = static_cast<int>(b.as_int());
  return true;
}

// Erlang's float syntax (list_to_float/1): [+-]Digits.Digits[(e|E)[+-]Digits], the whole
// text, or as a prefix for string:list_to_float/1 (*used: characters taken).
bool parse_float(std::string_view s, bool prefix, double* out, size_t* used) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  size_t d = i;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == d || i >= s.size() || s[i] != '.') return false;
  ++i;
  size_t f = i;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == f) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t e = i + 1;
    if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
    size_t ed = e;
    while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
    if (e > ed) i = e;
    else if (!prefix) return false;
  }
  if (!prefix && i != s.size()) return false;
  std::string text(s.substr(0, i));
  double v = std::strtod(text.c_str(), nullptr);
  if (!std::isfinite(v)) return false;
  *out = v;
  *used = i;
  return true;
}

// float_to_list/2's options: the last of decimals/scientific/short wins; compact
// applies to decimals.
bool float_options(Value opts, FloatOptions* o) {
  Value l = opts;
  for (; is_cons(l); l = tail(l)) {
    Value opt = head(l);
    if (opt == atom("compact")) {
      o->compact = true;
    } else if (opt == atom("short")) {
      o->kind = FloatOptions::Short;
    } else if (is_tuple(opt) && opt.as<Tuple>()->size() == 2 && opt.as<Tuple>()->items[1].is_int()) {
      Value k = opt.as<Tuple>()->items[0];
      int64_t n = opt.as<Tuple>()->items[1].as_int();
      if (k == atom("decimals") && n >= 0 && n <= 253) o->kind = FloatOptions::Decimals;
      else if (k == atom("scientific") && n >= 0 && n <= 249) o->kind = FloatOptions::Scientific;
      else return false;
      o->digits = static_cast<int>(n);
    } else {
      return false;
    }
  }
  return l.is_nil();
}

// The text of a number argument for list_to_integer & co: bytes of a flat list or a binary.
bool number_text(Value v, bool binary, std::string* out) {
  if (binary) {
    if (!is_binary(v)) return false;
    *out = binary_bytes(v.as<Binary>());
    return true;
  }
  return byte_list(v, out);
}

}  // namespace

// -- Atoms --

Value erlang_atom_to_list_1(BifContext& cx, const Value* a) {
  if (!is_atom(a[0])) return cx.badarg();
  return utf8_to_list(atom_text(a[0]));
}
Value erlang_list_to_atom_1(BifContext& cx, const Value* a) {
  std::string s;
  if (!char_list_utf8(a[0], &s)) return cx.badarg();
  return make_atom_checked(cx, s, false);
}
Value erlang_list_to_existing_atom_1(BifContext& cx, const Value* a) {
  std::string s;
  if (!char_list_utf8(a[0], &s)) return cx.badarg();
  return make_atom_checked(cx, s, true);
}
Value erlang_atom_to_binary_1(BifContext& cx, const Value* a) {
  if (!is_atom(a[0])) return cx.badarg();
  return make_binary(atom_text(a[0]));
}
Value erlang_atom_to_binary_2(BifContext& cx, const Value* a) {
  bool latin1;
  if (!is_atom(a[0]) || !encoding(a[1], &latin1)) return cx.badarg();
  if (!latin1) return make_binary(atom_text(a[0]));
  std::string out;
  if (!utf8_to_latin1(atom_text(a[0]), &out)) return cx.badarg();
  return make_binary(out);
}
namespace {
Value binary_to_atom(BifContext& cx, Value bin, Value enc, bool must_exist) {
  bool latin1;
  if (!is_binary(bin) || !encoding(enc, &latin1)) return cx.badarg();
  std::string_view bytes = binary_bytes(bin.as<Binary>());
  if (latin1) return make_atom_checked(cx, latin1_to_utf8(bytes), must_exist);
  return make_atom_checked(cx, bytes, must_exist);
}
}  // namespace
Value erlang_binary_to_atom_1(BifContext& cx, const Value* a) { return binary_to_atom(cx, a[0], atom("utf8"), false); }
Value erlang_binary_to_atom_2(BifContext& cx, const Value* a) { return binary_to_atom(cx, a[0], a[1], false); }
Value erlang_binary_to_existing_atom_1(BifContext& cx, const Value* a) {
  return binary_to_atom(cx, a[0], atom("utf8"), true);
}
Value erlang_binary_to_existing_atom_2(BifContext& cx, const Value* a) { return binary_to_atom(cx, a[0], a[1], true); }

// -- Binaries and iolists --

Value erlang_binary_to_list_1(BifContext& cx, const Value* a) {
  if (!is_binary(a[0])) return cx.badarg();
  return to_list_text(binary_bytes(a[0].as<Binary>()));
}
Value erlang_binary_to_list_3(BifContext& cx, const Value* a) {
  if (!is_binary(a[0]) || !a[1].is_int() || !a[2].is_int()) return cx.badarg();
  std::string_view bytes = binary_bytes(a[0].as<Binary>());
  int64_t start = a[1].as_int(), stop = a[2].as_int();
  if (start < 1 || stop > static_cast<int64_t>(bytes.size()) || start > stop) return cx.badarg();
  return to_list_text(bytes.substr(static_cast<size_t>(start - 1), static_cast<size_t>(stop - start + 1)));
}
Value erlang_bitstring_to_list_1(BifContext& cx, const Value* a) {
  if (!is_bitstring(a[0])) return cx.badarg();
  const Binary* b = a[0].as<Binary>();
  uint64_t whole = b->bit_size >> 3;
  Value tail_bits = Value::nil();
  if (b->bit_size & 7) tail_bits = cons(sub_binary(b, whole * 8, b->bit_size & 7), Value::nil());
  Value l = tail_bits;
  for (uint64_t i = whole; i-- > 0;) l = cons(Value::small_int(byte_at(b, i)), l);
  return l;
}
Value erlang_list_to_binary_1(BifContext& cx, const Value* a) {
  std::string bytes;
  if (!is_list(a[0]) || !iolist_bytes(a[0], &bytes)) return cx.badarg();
  return make_binary(bytes);
}
Value erlang_iolist_to_binary_1(BifContext& cx, const Value* a) {
  if (is_binary(a[0])) return a[0];
  return erlang_list_to_binary_1(cx, a);
}
Value erlang_list_to_bitstring_1(BifContext& cx, const Value* a) {
  // Bitstrings are allowed anywhere; whole bytes are collected, then the bits.
  std::vector<uint8_t> bits;  // one entry per bit
  heap::RootedVector<Value> stack{a[0]};
  if (!is_list(a[0])) return cx.badarg();
  while (!stack.empty()) {
    Value v = stack.back();
    stack.pop_back();
    if (v.is_int()) {
      if (v.as_int() < 0 || v.as_int() > 255) return cx.badarg();
      for (int k = 7; k >= 0; --k) bits.push_back((v.as_int() >> k) & 1);
    } else if (is_bitstring(v)) {
      const Binary* b = v.as<Binary>();
      for (uint64_t i = 0; i < b->bit_size; ++i) bits.push_back((byte_at(b, i >> 3) >> (7 - (i & 7))) & 1);
    } else if (is_cons(v)) {
      stack.push_back(tail(v));
      stack.push_back(head(v));
    } else if (!v.is_nil()) {
      return cx.badarg();
    }
  }
  std::string bytes((bits.size() + 7) / 8, '\0');
  for (size_t i = 0; i < bits.size(); ++i)
    if (bits[i]) bytes[i / 8] = static_cast<char>(bytes[i / 8] | (0x80 >> (i % 8)));
  Value whole = make_binary(bytes);
  return sub_binary(whole.as<Binary>(), 0, bits.size());
}
Value erlang_iolist_size_1(BifContext& cx, const Value* a) {
  uint64_t n;
  if (!iolist_size(a[0], &n)) return cx.badarg();
  return make_int(static_cast<int64_t>(n));
}

// -- Integers as text --

Value erlang_integer_to_list_1(BifContext& cx, const Value* a) {
  if (!is_integer_term(a[0])) return cx.badarg();
  return to_list_text(integer_to_string(a[0]));
}
Value erlang_integer_to_list_2(BifContext& cx, const Value* a) {
  int base;
  if (!is_integer_term(a[0]) || !base_arg(a[1], &base)) return cx.badarg();
  return to_list_text(upper_digits(a[0], base));
}
Value erlang_integer_to_binary_1(BifContext& cx, const Value* a) {
  if (!is_integer_term(a[0])) return cx.badarg();
  return make_binary(integer_to_string(a[0]));
}
Value erlang_integer_to_binary_2(BifContext& cx, const Value* a) {
  int base;
  if (!is_integer_term(a[0]) || !base_arg(a[1], &base)) return cx.badarg();
  return make_binary(upper_digits(a[0], base));
}
namespace {
Value text_to_integer(BifContext& cx, Value text, Value base_v, bool binary) {
  int base = 10;
  std::string s;
  if ((!base_v.is_empty() && !base_arg(base_v, &base)) || !number_text(text, binary, &s)) return cx.badarg();
  Value n = parse_int_base(s, base);
  return n.is_empty() ? cx.badarg() : n;
}
}  // namespace
Value erlang_list_to_integer_1(BifContext& cx, const Value* a) { return text_to_integer(cx, a[0], Value(), false); }
Value erlang_list_to_integer_2(BifContext& cx, const Value* a) { return text_to_integer(cx, a[0], a[1], false); }
Value erlang_binary_to_integer_1(BifContext& cx, const Value* a) { return text_to_integer(cx, a[0], Value(), true); }
Value erlang_binary_to_integer_2(BifContext& cx, const Value* a) { return text_to_integer(cx, a[0], a[1], true); }

// -- Floats as text --

Value erlang_float_to_list_1(BifContext& cx, const Value* a) {
  if (!a[0].is_double()) return cx.badarg();
  return to_list_text(float_to_list_20e(a[0].as_double()));
}
Value erlang_float_to_binary_1(BifContext& cx, const Value* a) {
  if (!a[0].is_double()) return cx.badarg();
  return make_binary(float_to_list_20e(a[0].as_double()));
}
Value erlang_float_to_list_2(BifContext& cx, const Value* a) {
  FloatOptions o;
  if (!a[0].is_double() || !float_options(a[1], &o)) return cx.badarg();
  auto s = float_to_list_opts(a[0].as_double(), o);
  return s ? to_list_text(*s) : cx.badarg();
}
Value erlang_float_to_binary_2(BifContext& cx, const Value* a) {
  FloatOptions o;
  if (!a[0].is_double() || !float_options(a[1], &o)) return cx.badarg();
  auto s = float_to_list_opts(a[0].as_double(), o);
  return s ? make_binary(*s) : cx.badarg();
}
Value erlang_list_to_float_1(BifContext& cx, const Value* a) {
  std::string s;
  double d;
  size_t used;
  if (!byte_list(a[0], &s) || !parse_float(s, false, &d, &used)) return cx.badarg();
  return Value::number(d);
}
Value erlang_binary_to_float_1(BifContext& cx, const Value* a) {
  double d;
  size_t used;
  if (!is_binary(a[0]) || !parse_float(binary_bytes(a[0].as<Binary>()), false, &d, &used)) return cx.badarg();
  return Value::number(d);
}

// string:list_to_integer/1 and list_to_float/1: a number at the start of a string.
Value string_list_to_integer_1(BifContext&, const Value* a) {
  std::string s;
  Value l = a[0];
  for (; is_cons(l) && head(l).is_int() && head(l).as_int() >= 0 && head(l).as_int() < 128; l = tail(l))
    s += static_cast<char>(head(l).as_int());
  if (!is_list(l)) return tuple({atoms.error, atom("not_a_list")});
  size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  size_t d = i;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == d) return tuple({atoms.error, atom("no_integer")});
  Value rest = a[0];
  for (size_t k = 0; k < i; ++k) rest = tail(rest);
  return tuple({parse_int(s.substr(0, i)), rest});
}
Value string_list_to_float_1(BifContext&, const Value* a) {
  std::string s;
  Value l = a[0];
  for (; is_cons(l) && head(l).is_int() && head(l).as_int() >= 0 && head(l).as_int() < 128; l = tail(l))
    s += static_cast<char>(head(l).as_int());
  if (!is_list(l)) return tuple({atoms.error, atom("not_a_list")});
  double d;
  size_t used;
  if (!parse_float(s, true, &d, &used)) return tuple({atoms.error, atom("no_float")});
  Value rest = a[0];
  for (size_t k = 0; k < used; ++k) rest = tail(rest);
  return tuple({Value::number(d), rest});
}

// -- unicode --

namespace {
// Characters of chardata (code points; binaries in `in` encoding). On malformed data:
// false, with what was converted and the data left (the error tuple's parts).
// A UTF-8 sequence cut short by the end of the data: a lead byte and the continuation
// bytes that follow it, fewer than the lead byte announces.
bool truncated_utf8(std::string_view bytes, size_t at) {
  unsigned char c = static_cast<unsigned char>(bytes[at]);
  size_t need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (need == 0 || bytes.size() - at >= need) return false;
  for (size_t i = at + 1; i < bytes.size(); ++i)
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) return false;
  return true;
}

// The characters of chardata. On failure *rest is what erts returns as the rest: the
// unconverted data (a lone binary as itself), or empty when data is not chardata at all;
// *incomplete tells a UTF-8 sequence cut short at the very end from an invalid one.
bool chardata(Value data, bool in_latin1, std::u32string* out, Value* rest, bool* incomplete = nullptr) {
  if (incomplete) *incomplete = false;
  heap::RootedVector<Value> stack{data};
  while (!stack.empty()) {
    Value v = stack.back();
    stack.pop_back();
    if (v.is_int()) {
      if (!is_code_point(v.as_int()) || (in_latin1 && v.as_int() > 255)) {
        Value r = Value::nil();
        for (size_t i = 0; i < stack.size(); ++i) r = cons(stack[i], r);
        *rest = cons(v, r);
        return false;
      }
      *out += static_cast<char32_t>(v.as_int());
    } else if (is_binary(v)) {
      std::string_view bytes = binary_bytes(v.as<Binary>());
      if (in_latin1) {
        for (unsigned char c : bytes) *out += c;
        continue;
      }
      size_t i = 0;
      uint32_t cp;
      while (i < bytes.size()) {
        size_t at = i;
        if (!next_utf8(bytes, &i, &cp)) {
          Value r = Value::nil();
          for (size_t k = 0; k < stack.size(); ++k) r = cons(stack[k], r);
          Value tail_bin = sub_binary(v.as<Binary>(), at * 8, (bytes.size() - at) * 8);
          *rest = r.is_nil() ? tail_bin : cons(tail_bin, r);
          if (incomplete) *incomplete = r.is_nil() && truncated_utf8(bytes, at);
          return false;
        }
        *out += static_cast<char32_t>(cp);
      }
    } else if (is_cons(v)) {
      stack.push_back(tail(v));
      stack.push_back(head(v));
    } else if (!v.is_nil()) {
      *rest = Value();  // not chardata at all: badarg
      return false;
    }
  }
  return true;
}

bool unicode_encoding(Value e, bool* latin1) {
  if (e == atom("latin1")) *latin1 = true;
  else if (e == atom("unicode") || e == atom("utf8")) *latin1 = false;
  else return false;
  return true;
}

Value to_binary(const std::u32string& cs, bool latin1) {
  std::string bytes;
  for (char32_t c : cs) {
    if (latin1) bytes += static_cast<char>(c);
    else append_utf8(bytes, c);
  }
  return make_binary(bytes);
}

Value characters_to_binary(BifContext& cx, Value data, Value in, Value out) {
  bool in_latin1, out_latin1;
  if (!unicode_encoding(in, &in_latin1) || !unicode_encoding(out, &out_latin1)) return cx.badarg();
  std::u32string cs;
  Value rest;
  bool incomplete;
  bool ok = chardata(data, in_latin1, &cs, &rest, &incomplete);
  if (!ok && rest.is_empty()) return cx.badarg();
  if (out_latin1) {  // stop at the first character latin-1 cannot hold
    for (size_t i = 0; i < cs.size(); ++i)
      if (cs[i] > 255) {
        Value tail_chars = chars_to_list(cs.substr(i));
        return tuple({atoms.error, to_binary(cs.substr(0, i), true), ok ? tail_chars : cons(tail_chars, rest)});
      }
  }
  if (!ok) return tuple({incomplete ? atom("incomplete") : atoms.error, to_binary(cs, out_latin1), rest});
  return to_binary(cs, out_latin1);
}
}  // namespace

Value unicode_characters_to_list_1(BifContext& cx, const Value* a) {
  Value args[2] = {a[0], atom("unicode")};
  return unicode_characters_to_list_2(cx, args);
}
Value unicode_characters_to_list_2(BifContext& cx, const Value* a) {
  bool latin1;
  if (!unicode_encoding(a[1], &latin1)) return cx.badarg();
  std::u32string cs;
  Value rest;
  bool incomplete;
  if (!chardata(a[0], latin1, &cs, &rest, &incomplete)) {
    if (rest.is_empty()) return cx.badarg();
    return tuple({incomplete ? atom("incomplete") : atoms.error, chars_to_list(cs), rest});
  }
  return chars_to_list(cs);
}
Value unicode_characters_to_binary_1(BifContext& cx, const Value* a) {
  return characters_to_binary(cx, a[0], atom("unicode"), atom("unicode"));
}
Value unicode_characters_to_binary_2(BifContext& cx, const Value* a) {
  return characters_to_binary(cx, a[0], a[1], atom("unicode"));
}
Value unicode_characters_to_binary_3(BifContext& cx, const Value* a) { return characters_to_binary(cx, a[0], a[1], a[2]); }

// -- io_lib --

Value io_lib_format_2(BifContext& cx, const Value* a) {
  Chars out;
  if (!format(a[0], a[1], &out)) return cx.badarg();
  return chars_to_list(out);
}
Value io_lib_write_1(BifContext&, const Value* a) { return chars_to_list(write_term(a[0])); }

}  // namespace sy::beam::bif
