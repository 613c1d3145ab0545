// io_lib.erl of OTP 25: write/2 (~w), atoms and strings with quoting, printable lists,
// and the text of pids, references, ports and funs.
#include "frontends/beam/runtime/io_lib.h"

#include "core/bigint.h"
#include "core/ir/module.h"
#include "frontends/beam/runtime/float_format.h"
#include "frontends/beam/runtime/maps.h"
#include "frontends/beam/runtime/unicode.h"

namespace sy::beam {

void append_latin1(Chars& out, std::string_view bytes) {
  for (unsigned char c : bytes) out += static_cast<char32_t>(c);
}

namespace {

void append_ascii(Chars& out, std::string_view s) { append_latin1(out, s); }

Chars atom_chars(Value a) {
  Chars cs;
  std::string_view name = atom_text(a);
  size_t i = 0;
  uint32_t cp;
  while (i < name.size()) {
    if (!next_utf8(name, &i, &cp)) cp = static_cast<unsigned char>(name[i++]);
    cs += static_cast<char32_t>(cp);
  }
  return cs;
}

// -- Strings (write_string1 / string_char) --

enum class StringMode { Latin1, UnicodeAsUnicode, UnicodeAsLatin1 };

void string_char(Chars& out, StringMode mode, char32_t c, char32_t q) {
  if (c == q) {
    out += U'\\';
    out += q;
    return;
  }
  if (c == U'\\') {
    out += U"\\\\";
    return;
  }
  if (c >= U' ' && c <= U'~') {
    out += c;
    return;
  }
  if (mode == StringMode::Latin1 && c >= 160 && c <= 255) {
    out += c;
    return;
  }
  if (mode == StringMode::UnicodeAsUnicode && c >= 160) {
    out += c;
    return;
  }
  if (mode == StringMode::UnicodeAsLatin1 && c >= 160 && c <= 255) {
    out += c;
    return;
  }
  if (mode == StringMode::UnicodeAsLatin1 && c >= 255) {
    out += U"\\x{";
    append_ascii(out, integer_to_string(make_int(c), 16));  // GMP writes lowercase
    for (size_t i = out.size(); i-- > 0 && out[i] != U'{';)
      if (out[i] >= U'a' && out[i] <= U'z') out[i] -= 32;
    out += U'}';
    return;
  }
  switch (c) {
    case U'\n': out += U"\\n"; return;
    case U'\r': out += U"\\r"; return;
    case U'\t': out += U"\\t"; return;
    case U'\v': out += U"\\v"; return;
    case U'\b': out += U"\\b"; return;
    case U'\f': out += U"\\f"; return;
    case 27: out += U"\\e"; return;
    case 127: out += U"\\d"; return;
    default: break;
  }
  if (c < 160) {  // octal, three digits
    out += U'\\';
    out += static_cast<char32_t>(U'0' + (c >> 6));
    out += static_cast<char32_t>(U'0' + ((c >> 3) & 7));
    out += static_cast<char32_t>(U'0' + (c & 7));
    return;
  }
  out += c;  // Latin1 mode above 255: not reached for latin-1 strings
}

void write_string_mode(Chars& out, const Chars& s, char32_t q, StringMode mode) {
  out += q;
  for (char32_t c : s) string_char(out, mode, c, q);
  out += q;
}

// -- Atoms (quote_atom / name_char) --

bool is_reserved_word(std::string_view a) {
  static const char* const kWords[] = {"after", "begin", "case", "try",  "cond", "catch", "andalso", "orelse",
                                       "end",   "fun",   "if",   "let",  "of",   "receive", "when",  "bnot",
                                       "not",   "div",   "rem",  "band", "and",  "bor",     "bxor",  "bsl",
                                       "bsr",   "or",    "xor"};
  for (const char* w : kWords)
    if (a == w) return true;
  return false;
}

bool name_char(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= 223 && c <= 255 && c != 247) || (c >= U'A' && c <= U'Z') ||
         (c >= 192 && c <= 222 && c != 215) || (c >= U'0' && c <= U'9') || c == U'_' || c == U'@';
}

bool quote_atom(Value a, const Chars& cs) {
  if (is_reserved_word(atom_text(a))) return true;
  if (cs.empty()) return true;
  char32_t c = cs[0];
  if (!((c >= U'a' && c <= U'z') || (c >= 223 && c <= 255 && c != 247))) return true;
  for (size_t i = 1; i < cs.size(); ++i)
    if (!name_char(cs[i])) return true;
  return false;
}

void write_atom_mode(Chars& out, Value a, StringMode mode) {
  Chars cs = atom_chars(a);
  if (quote_atom(a, cs)) write_string_mode(out, cs, U'\'', mode);
  else out += cs;
}

// -- write1 --

void write_binary_body(Chars& out, const Binary* b, int depth);

void write1(Chars& out, Value t, int d, bool unicode);

void write_tail(Chars& out, Value t, int d, bool unicode) {
  for (;;) {
    if (t.is_nil()) return;
    if (d == 1) {
      out += U"|...";
      return;
    }
    if (is_cons(t)) {
      out += U',';
      write1(out, head(t), d - 1, unicode);
      t = tail(t);
      d = d - 1;
      continue;
    }
    out += U'|';
    write1(out, t, d - 1, unicode);
    return;
  }
}

void write1(Chars& out, Value t, int d, bool unicode) {
  if (d == 0) {
    out += U"...";
    return;
  }
  if (is_integer(t)) {
    append_ascii(out, integer_to_string(t));
    return;
  }
  if (t.is_double()) {
    append_ascii(out, float_short(t.as_double()));
    return;
  }
  if (is_atom(t)) {
    write_atom_mode(out, t, unicode ? StringMode::UnicodeAsUnicode : StringMode::UnicodeAsLatin1);
    return;
  }
  if (is_port(t)) {
    append_ascii(out, port_to_text(t));
    return;
  }
  if (is_pid(t)) {
    append_ascii(out, pid_to_text(t));
    return;
  }
  if (is_ref(t)) {
    append_ascii(out, ref_to_text(t));
    return;
  }
  if (is_bitstring(t)) {
    out += U"<<";
    write_binary_body(out, t.as<Binary>(), d);
    out += U">>";
    return;
  }
  if (t.is_nil()) {
    out += U"[]";
    return;
  }
  if (is_cons(t)) {
    if (d == 1) {
      out += U"[...]";
      return;
    }
    out += U'[';
    write1(out, head(t), d - 1, unicode);
    write_tail(out, tail(t), d - 1, unicode);
    out += U']';
    return;
  }
  if (is_fun(t)) {
    append_latin1(out, fun_to_text(t));
    return;
  }
  if (is_map(t)) {
    const Map* m = t.as<Map>();
    if (d == 1 || m->count == 0) {
      out += U"#{}";
      return;
    }
    auto entries = entries_in_iteration_order(m);
    int d0 = d - 1;
    out += U"#{";
    write1(out, entries[0]->key, d0, unicode);
    out += U" => ";
    write1(out, entries[0]->value, d0, unicode);
    // write_map_body checks the depth before looking for another pair: a map cut at
    // depth shows ",..." even when nothing more follows.
    int dd = d0;
    for (size_t i = 1;; ++i, --dd) {
      if (dd == 1) {
        out += U",...";
        break;
      }
      if (i >= entries.size()) break;
      out += U',';
      write1(out, entries[i]->key, d0, unicode);
      out += U" => ";
      write1(out, entries[i]->value, d0, unicode);
    }
    out += U'}';
    return;
  }
  if (is_tuple(t)) {
    const Tuple* tu = t.as<Tuple>();
    if (tu->size() == 0) {
      out += U"{}";
      return;
    }
    if (d == 1) {
      out += U"{...}";
      return;
    }
    out += U'{';
    write1(out, tu->items[0], d - 1, unicode);
    int dd = d - 1;
    for (uint32_t i = 1; i < tu->size(); ++i, --dd) {
      if (dd == 1) {
        out += U",...";
        break;
      }
      out += U',';
      write1(out, tu->items[i], dd - 1, unicode);
    }
    out += U'}';
    return;
  }
  if (is_instance(t, cls::String)) {  // a core string reaches Erlang as a binary (docs/beam.md)
    Value b = make_binary(string_view_of(t));
    write1(out, b, d, unicode);
    return;
  }
  append_ascii(out, "#" + std::string(class_name(class_of(t))) + "<>");
}

// write_binary_body: bytes as integers, "..." at depth 1, a trailing "X:Bits".
void write_binary_body(Chars& out, const Binary* b, int d) {
  uint64_t whole = b->bit_size >> 3;
  unsigned rest = b->bit_size & 7;
  for (uint64_t i = 0; i < whole; ++i, --d) {
    if (d == 1) {
      out += U"...";
      return;
    }
    append_ascii(out, std::to_string(byte_at(b, i)));
    if (i + 1 < whole || rest) out += U',';
  }
  if (rest) {
    if (d == 1) {
      out += U"...";
      return;
    }
    unsigned x = byte_at(b, whole) >> (8 - rest);
    append_ascii(out, std::to_string(x) + ":" + std::to_string(rest));
  }
}

template <class F>
bool each_char(Value list, F&& f) {
  for (; is_cons(list); list = tail(list)) {
    Value c = head(list);
    if (!c.is_int() || !f(c.as_int())) return false;
  }
  return list.is_nil();
}

bool printable_control(int64_t c) {
  return c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\b' || c == '\f' || c == 27;
}

}  // namespace

// -- Public API --

void write_term(Chars& out, Value term, int depth, bool unicode) { write1(out, term, depth, unicode); }

Chars write_term(Value term, int depth, bool unicode) {
  Chars out;
  write1(out, term, depth, unicode);
  return out;
}

void write_atom(Chars& out, Value atom, bool unicode) {
  write_atom_mode(out, atom, unicode ? StringMode::UnicodeAsUnicode : StringMode::UnicodeAsLatin1);
}

void write_string(Chars& out, const Chars& s, char32_t quote) {
  write_string_mode(out, s, quote, StringMode::UnicodeAsUnicode);
}

// Used by the pretty printer: latin-1 strings (io_lib:write_latin1_string) and atoms as
// ~p writes them.
void write_latin1_string(Chars& out, const Chars& s) { write_string_mode(out, s, U'"', StringMode::Latin1); }

std::string pid_to_text(Value pid) {
  auto* p = pid.as<Pid>();
  return "<0." + std::to_string(p->number) + "." + std::to_string(p->serial) + ">";
}

std::string ref_to_text(Value ref) {
  auto* r = ref.as<Ref>();
  return "#Ref<0." + std::to_string(r->words[2]) + "." + std::to_string(r->words[1]) + "." +
         std::to_string(r->words[0]) + ">";
}

std::string port_to_text(Value port) { return "#Port<0." + std::to_string(port.as<Port>()->number) + ">"; }

std::string fun_to_text(Value fun) {
  auto utf8 = [](const Chars& cs) {
    std::string s;
    for (char32_t c : cs) append_utf8(s, c);
    return s;
  };
  if (is_export_fun(fun)) {
    auto* f = fun.as<ExportFun>();
    Chars m, n;
    write_atom(m, f->module, true);
    write_atom(n, f->function, true);
    return "fun " + utf8(m) + ":" + utf8(n) + "/" + std::to_string(f->arity());
  }
  if (is_instance(fun, cls::Closure)) {
    const Function* fn = fun.as<Closure>()->fn;
    if (const FunInfo* info = fun_info(fn))
      return "#Fun<" + std::string(atom_text(info->module)) + "." + std::to_string(info->index) + "." +
             std::to_string(info->old_uniq) + ">";
    std::string module = fn && fn->module ? fn->module->name : "?";
    return "#Fun<" + module + "." + (fn ? fn->name : "?") + ">";
  }
  return "#Fun<native>";
}

bool printable_latin1_list(Value list) {
  return each_char(list, [](int64_t c) { return (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || printable_control(c); });
}

bool printable_unicode_list(Value list) {
  return each_char(list, [](int64_t c) {
    return (c >= 32 && c <= 126) || (c >= 160 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE) ||
           (c > 0xFFFF && c <= 0x10FFFF) || printable_control(c);
  });
}

Value chars_to_list(const Chars& chars) {
  Value list = Value::nil();
  for (size_t i = chars.size(); i-- > 0;) list = cons(Value::small_int(chars[i]), list);
  return list;
}

std::string latin1_device_bytes(const Chars& chars) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(chars.size());
  for (char32_t c : chars) {
    if (c <= 255) {
      out += static_cast<char>(c);
      continue;
    }
    std::string hex;
    for (uint32_t v = c; v; v >>= 4) hex.insert(hex.begin(), kHex[v & 15]);
    out += "\\x{" + hex + "}";
  }
  return out;
}

}  // namespace sy::beam
