#include "frontends/python/syntax/unicode.h"

#include <algorithm>

namespace sy::py {

namespace {

struct CodeRange {
  uint32_t first, last;
};

#include "frontends/python/syntax/unicode_tables.inc"

template <size_t N>
bool in(const CodeRange (&table)[N], uint32_t cp) {
  auto it = std::upper_bound(table, table + N, cp, [](uint32_t c, const CodeRange& r) { return c < r.first; });
  return it != table && cp <= (it - 1)->last;
}

}  // namespace

size_t utf8_sequence_length(std::string_view s) {
  if (s.empty()) return 0;
  auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = b(0);
  if (c < 0x80) return 1;
  auto cont = [&](size_t i) { return i < s.size() && (b(i) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(1) < 0x90) return 0;
    if (c == 0xF4 && b(1) >= 0x90) return 0;
    return 4;
  }
  return 0;
}

uint32_t utf8_decode(std::string_view s, size_t* n) {
  auto b = [&](size_t i) -> uint32_t { return i < s.size() ? static_cast<unsigned char>(s[i]) & 0x3F : 0; };
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80 || s.size() < 2) {
    *n = 1;
    return c;
  }
  if (c < 0xE0) {
    *n = 2;
    return ((c & 0x1F) << 6) | b(1);
  }
  if (c < 0xF0) {
    *n = std::min<size_t>(3, s.size());
    return ((c & 0x0F) << 12) | (b(1) << 6) | b(2);
  }
  *n = std::min<size_t>(4, s.size());
  return ((c & 0x07) << 18) | (b(1) << 12) | (b(2) << 6) | b(3);
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

void append_utf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_xid_start(uint32_t cp) { return in(kXidStart, cp); }
bool is_xid_continue(uint32_t cp) { return in(kXidContinue, cp); }
bool is_printable(uint32_t cp) { return !in(kNotPrintable, cp); }

}  // namespace sy::py
