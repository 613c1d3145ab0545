#include "frontends/python/lib/str_repr.h"

#include "frontends/python/lib/unicode.h"

namespace sy::pylib {

namespace {

const char kHex[] = "0123456789abcdef";

void append_escape(std::string& out, char32_t c) {
  int digits;
  if (c < 0x100) out += "\\x", digits = 2;
  else if (c < 0x10000) out += "\\u", digits = 4;
  else out += "\\U", digits = 8;
  for (int k = digits - 1; k >= 0; --k) out += kHex[(c >> (4 * k)) & 15];
}

}  // namespace

void append_str_repr(std::string& out, std::string_view s, bool ascii_only) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  out.reserve(out.size() + s.size() + 2);
  out += quote;
  for (size_t i = 0; i < s.size();) {
    char32_t c = unicode::decode(s, i);
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c == 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else if (c < 0x80 || (!ascii_only && unicode::has(c, unicode::kPrintable))) {
      unicode::encode(out, c);
    } else {
      append_escape(out, c);
    }
  }
  out += quote;
}

std::string str_repr(std::string_view s) {
  std::string out;
  append_str_repr(out, s);
  return out;
}

std::string ascii_from_repr(std::string_view repr) {
  std::string out;
  out.reserve(repr.size());
  for (size_t i = 0; i < repr.size();) {
    char32_t c = unicode::decode(repr, i);
    if (c < 0x80) out += static_cast<char>(c);
    else append_escape(out, c);
  }
  return out;
}

std::string str_ascii(std::string_view s) {
  std::string out;
  append_str_repr(out, s, true);
  return out;
}

}  // namespace sy::pylib
