#include "frontends/beam/runtime/reports.h"

#include <cstdio>

#include "core/bigint.h"
#include "frontends/beam/runtime/float_format.h"
#include "frontends/beam/runtime/io_lib.h"
#include "frontends/beam/runtime/maps.h"
#include "frontends/beam/runtime/unicode.h"

namespace sy::beam {

Value exit_reason(Value cls, Value reason, Value stacktrace) {
  if (cls == atoms.exit) return reason;
  if (cls == atoms.throw_) return tuple({tuple({atom("nocatch"), reason}), stacktrace});
  return tuple({reason, stacktrace});
}

bool crash_is_reported(Value cls) { return cls != atoms.exit; }

std::string crash_report(Value pid, Value reason, std::time_t when, int microseconds) {
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::tm t{};
  localtime_r(&when, &t);
  char header[96];
  // logger_formatter's legacy header: "=~ts==== ~w-~s-~4w::~2..0w:~2..0w:~2..0w.~6..0w ~s==="
  std::snprintf(header, sizeof header, "=ERROR REPORT==== %d-%s-%4d::%02d:%02d:%02d.%06d ===", t.tm_mday,
                kMonths[t.tm_mon], t.tm_year + 1900, t.tm_hour, t.tm_min, t.tm_sec, microseconds);
  // erts's message, formatted by io_lib: "Error in process ~p with exit value:~n~p~n".
  Chars msg;
  append_latin1(msg, "Error in process ");
  print_term(msg, pid);
  append_latin1(msg, " with exit value:\n");
  print_term(msg, reason);
  msg += U'\n';
  return std::string(header) + "\n" + latin1_device_bytes(msg) + "\n";
}

// -- init.erl's to_string/2: its own printer for the halt slogan, cut at depth 4 --

namespace {

bool init_printable(const std::vector<Value>& flat) {
  for (Value c : flat) {
    if (!c.is_int()) return false;
    int64_t x = c.as_int();
    if (!((x >= 32 && x <= 126) || x == '\n' || x == '\r' || x == '\t')) return false;
  }
  return true;
}

void flatten_into(Value l, std::vector<Value>& out, bool* ok) {
  for (; is_cons(l); l = tail(l)) {
    if (is_list(head(l))) flatten_into(head(l), out, ok);
    else out.push_back(head(l));
  }
  if (!l.is_nil()) *ok = false;
}

std::string init_to_string(Value x, int d) {
  auto join = [&](const std::vector<Value>& items) {
    std::string s;
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) s += ',';
      s += init_to_string(items[i], d + 1);
    }
    return s;
  };
  if (is_list(x)) {
    if (d >= 4) return "[_]";
    std::vector<Value> flat;
    bool ok = true;
    flatten_into(x, flat, &ok);
    if (ok && !flat.empty() && init_printable(flat)) {
      std::string s;
      for (Value c : flat) s += static_cast<char>(c.as_int());
      return s;
    }
    std::vector<Value> items;
    for (Value l = x; is_cons(l); l = tail(l)) items.push_back(head(l));
    return "[" + join(items) + "]";
  }
  if (is_atom(x)) return std::string(atom_text(x));
  if (is_pid(x)) return pid_to_text(x);
  if (x.is_double()) return float_to_list_20e(x.as_double());
  if (is_integer(x)) return integer_to_string(x);
  if (is_tuple(x)) {
    if (d >= 4) return "{_}";
    const Tuple* t = x.as<Tuple>();
    return "{" + join(std::vector<Value>(t->items, t->items + t->size())) + "}";
  }
  return "";
}

// -- erlang:display: erts's erl_printf_term --

bool display_lower(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 223 && c <= 255 && c != 247); }
bool display_upper(uint32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 192 && c <= 222 && c != 215); }
bool display_alnum(uint32_t c) { return (c >= '0' && c <= '9') || display_lower(c) || display_upper(c); }

// print_atom_name: quoted unless a lowercase latin-1 letter is followed by alphanumerics
// and underscores; the name's bytes are written as they are (UTF-8).
void display_atom(std::string& out, Value a) {
  std::string_view s = atom_text(a);
  if (s.empty()) {
    out += "''";
    return;
  }
  // erts decodes two-byte UTF-8 to latin-1 for the test; other multi-byte sequences
  // need quotes, and a stray continuation byte counts as a letter.
  auto char_at = [&](size_t i) -> uint32_t {
    auto c1 = static_cast<uint8_t>(s[i]);
    if ((c1 & 0x80) == 0) return c1;
    if ((c1 & 0xE0) == 0xC0 && i + 1 < s.size()) return ((c1 & 0x1F) << 6) | (static_cast<uint8_t>(s[i + 1]) & 0x3F);
    if ((c1 & 0xC0) == 0x80) return 'a';
    return 0;
  };
  bool quote = !display_lower(char_at(0));
  for (size_t i = 1; i < s.size() && !quote; ++i) {
    uint32_t lc = char_at(i);
    if (!display_alnum(lc) && lc != '_') quote = true;
  }
  if (quote) out += '\'';
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<uint8_t>(s[i]);
    switch (c) {
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\b': out += "\\b"; break;
      case '\v': out += "\\v"; break;
      default:
        if (c < ' ') {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\%03o", c);
          out += buf;
        } else if (c == 0xC2 && i + 1 < s.size() && static_cast<uint8_t>(s[i + 1]) < 0xA0) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\%03o", static_cast<uint8_t>(s[i + 1]));
          out += buf;
          ++i;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  if (quote) out += '\'';
}

// is_printable_string: a non-empty flat list of bytes that are not control characters
// (space, \n, \t and \r allowed).
bool display_printable(Value l) {
  if (!is_cons(l)) return false;
  for (; is_cons(l); l = tail(l)) {
    Value h = head(l);
    if (!h.is_int() || h.as_int() < 0 || h.as_int() > 255) return false;
    int64_t c = h.as_int();
    bool cntrl = c < ' ' || c == 127 || (c >= 128 && c < 160);
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (cntrl && !space) return false;
  }
  return l.is_nil();
}

void display(std::string& out, Value t) {
  if (t.is_nil()) {
    out += "[]";
  } else if (is_atom(t)) {
    display_atom(out, t);
  } else if (is_integer(t)) {
    out += integer_to_string(t);
  } else if (t.is_double()) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%e", t.as_double());
    out += buf;
  } else if (is_ref(t)) {
    out += ref_to_text(t);
  } else if (is_pid(t)) {
    out += pid_to_text(t);
  } else if (is_port(t)) {
    out += port_to_text(t);
  } else if (is_cons(t)) {
    if (display_printable(t)) {
      out += '"';
      for (Value l = t; is_cons(l); l = tail(l)) {
        auto c = static_cast<char>(head(l).as_int());
        if (c == '\n') {
          out += "\\n";
          continue;
        }
        if (c == '"') out += '\\';
        out += c;
      }
      out += '"';
      return;
    }
    out += '[';
    Value l = t;
    for (bool first = true; is_cons(l); l = tail(l), first = false) {
      if (!first) out += ',';
      display(out, head(l));
    }
    if (!l.is_nil()) {
      out += '|';
      display(out, l);
    }
    out += ']';
  } else if (is_tuple(t)) {
    const Tuple* tu = t.as<Tuple>();
    out += '{';
    for (uint32_t i = 0; i < tu->size(); ++i) {
      if (i) out += ',';
      display(out, tu->items[i]);
    }
    out += '}';
  } else if (is_bitstring(t)) {
    const Binary* b = t.as<Binary>();
    uint64_t whole = b->bit_size >> 3;
    unsigned rest = b->bit_size & 7;
    bool ascii = rest == 0 && whole > 0;
    for (uint64_t i = 0; i < whole && ascii; ++i) ascii = byte_at(b, i) >= ' ' && byte_at(b, i) < 127;
    if (ascii) {
      out += "<<\"";
      for (uint64_t i = 0; i < whole; ++i) {
        char c = static_cast<char>(byte_at(b, i));
        if (c == '"') out += '\\';
        out += c;
      }
      out += "\">>";
      return;
    }
    out += "<<";
    for (uint64_t i = 0; i < whole; ++i) {
      if (i) out += ',';
      out += std::to_string(byte_at(b, i));
    }
    if (rest) {
      if (whole) out += ',';
      out += std::to_string(byte_at(b, whole) >> (8 - rest)) + ":" + std::to_string(rest);
    }
    out += ">>";
  } else if (is_export_fun(t)) {
    auto* f = t.as<ExportFun>();
    out += "fun ";
    display_atom(out, f->module);
    out += ':';
    display_atom(out, f->function);
    out += "/" + std::to_string(f->arity());
  } else if (is_fun(t)) {
    out += fun_to_text(t);
  } else if (is_map(t)) {
    // erts shows a map of more than 32 keys as its internal trie; here it is shown flat.
    out += "#{";
    bool first = true;
    for (const MapEntry* e : entries_in_iteration_order(t.as<Map>())) {
      if (!first) out += ',';
      first = false;
      display(out, e->key);
      out += "=>";
      display(out, e->value);
    }
    out += '}';
  } else {
    out += "<unknown>";
  }
}

}  // namespace

Value boot_stack_frames() {
  return cons(tuple({atom("init"), atom("start_em"), Value::small_int(1), Value::nil()}),
              cons(tuple({atom("init"), atom("do_boot"), Value::small_int(3), Value::nil()}), Value::nil()));
}

std::string display_text(Value term) {
  std::string out;
  display(out, term);
  keep_alive(term);  // printing big integers allocates
  return out;
}

std::string boot_crash_display(Value reason) {
  std::string_view text = "init terminating in do_boot";
  Value msg = Value::nil();
  for (size_t i = text.size(); i-- > 0;) msg = cons(Value::small_int(static_cast<unsigned char>(text[i])), msg);
  return display_text(tuple({msg, reason})) + "\r\n";
}

std::string boot_crash_slogan(Value reason) {
  std::string s = "init terminating in do_boot (" + init_to_string(reason, 0) + ")";
  keep_alive(reason);  // init_to_string keeps parts of it in std::vectors while allocating
  return s;
}

}  // namespace sy::beam
