#include "frontends/beam/runtime/unicode.h"

namespace sy::beam {

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool next_utf8(std::string_view s, size_t* i, uint32_t* cp) {
  size_t k = *i;
  if (k >= s.size()) return false;
  auto b = static_cast<unsigned char>(s[k]);
  int extra;
  uint32_t c, min;
  if (b < 0x80) {
    *cp = b;
    *i = k + 1;
    return true;
  } else if ((b & 0xE0) == 0xC0) {
    extra = 1, c = b & 0x1F, min = 0x80;
  } else if ((b & 0xF0) == 0xE0) {
    extra = 2, c = b & 0x0F, min = 0x800;
  } else if ((b & 0xF8) == 0xF0) {
    extra = 3, c = b & 0x07, min = 0x10000;
  } else {
    return false;
  }
  if (k + extra >= s.size()) return false;
  for (int j = 1; j <= extra; ++j) {
    auto t = static_cast<unsigned char>(s[k + j]);
    if ((t & 0xC0) != 0x80) return false;
    c = (c << 6) | (t & 0x3F);
  }
  if (c < min || !is_code_point(c)) return false;
  *cp = c;
  *i = k + extra + 1;
  return true;
}

bool valid_utf8(std::string_view s, size_t* chars) {
  size_t i = 0, n = 0;
  uint32_t cp;
  while (i < s.size()) {
    if (!next_utf8(s, &i, &cp)) return false;
    ++n;
  }
  if (chars) *chars = n;
  return true;
}

std::string latin1_to_utf8(std::string_view latin1) {
  std::string out;
  out.reserve(latin1.size());
  for (unsigned char c : latin1) append_utf8(out, c);
  return out;
}

bool utf8_to_latin1(std::string_view s, std::string* out) {
  out->clear();
  size_t i = 0;
  uint32_t cp;
  while (i < s.size()) {
    if (!next_utf8(s, &i, &cp) || cp > 255) return false;
    *out += static_cast<char>(cp);
  }
  return true;
}

}  // namespace sy::beam
