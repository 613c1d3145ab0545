#include "core/format.h"

#include <charconv>
#include <cmath>

#include "core/bigint.h"
#include "core/ir/module.h"
#include "core/object.h"

namespace sy {

std::string format_double(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  std::string s(buf, r.ptr);
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

static bool is_plain_atom(std::string_view s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '$')) return false;
  return s != "nil" && s != "true" && s != "false";
}

static void append_quoted(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          out += "\\x";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

static void append_value(std::string& out, Value v, bool quoted) {
  if (v.is_int()) { out += std::to_string(v.as_int()); return; }
  if (v.is_double()) { out += format_double(v.as_double()); return; }
  if (v.is_nil()) { out += "nil"; return; }
  if (v.is_bool()) { out += v.is_true() ? "true" : "false"; return; }
  if (v.is_atom()) {
    std::string_view name = atom_name(v.atom_id());
    if (!quoted) { out += name; return; }
    out += ':';
    if (is_plain_atom(name)) out += name;
    else append_quoted(out, name);
    return;
  }
  if (v.is_empty()) { out += "<empty>"; return; }
  if (v.is_pair()) {  // Lisp's notation: (1 2 3) ends in nil, (1 2 . 3) does not
    out += '(';
    for (;;) {
      append_value(out, v.as_pair()->head, true);
      v = v.as_pair()->tail;
      if (!v.is_pair()) break;
      out += ' ';
    }
    if (!v.is_nil()) {
      out += " . ";
      append_value(out, v, true);
    }
    out += ')';
    return;
  }
  switch (v.as_object()->cls) {
    case cls::BigInt: out += integer_to_string(v); return;
    case cls::String:
      if (quoted) append_quoted(out, string_view_of(v));
      else out += string_view_of(v);
      return;
    case cls::Tuple: {
      auto* t = v.as<Tuple>();
      out += '(';
      for (uint32_t i = 0; i < t->size(); ++i) {
        if (i) out += ", ";
        append_value(out, t->items[i], true);
      }
      if (t->size() == 1) out += ',';
      out += ')';
      return;
    }
    case cls::Array: {
      auto* a = v.as<Array>();
      out += '[';
      for (uint64_t i = 0; i < a->length; ++i) {
        if (i) out += ", ";
        append_value(out, a->items[i], true);
      }
      out += ']';
      return;
    }
    case cls::Map: {
      auto* m = v.as<Map>();
      out += '{';
      bool first = true;
      for (uint64_t i = 0; i < m->used; ++i) {
        if (m->entries[i].key.is_empty()) continue;
        if (!first) out += ", ";
        first = false;
        append_value(out, m->entries[i].key, true);
        out += ": ";
        append_value(out, m->entries[i].value, true);
      }
      out += '}';
      return;
    }
    case cls::Closure: out += "<function " + v.as<Closure>()->fn->name + ">"; return;
    case cls::Error: {
      auto* e = v.as<Error>();
      append_value(out, e->kind, false);
      out += ": ";
      append_value(out, e->message, false);
      return;
    }
    default: {
      out += '<';
      out += class_name(v.as_object()->cls);
      out += '>';
      return;
    }
  }
}

void append_display(std::string& out, Value v) { append_value(out, v, false); }
void append_repr(std::string& out, Value v) { append_value(out, v, true); }
std::string display(Value v) { std::string s; append_display(s, v); return s; }
std::string repr(Value v) { std::string s; append_repr(s, v); return s; }

}  // namespace sy
