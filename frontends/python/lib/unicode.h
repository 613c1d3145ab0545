// Code points: UTF-8 decoding and encoding, and the character properties and case
// mappings of CPython 3.11's str (Unicode 14.0), from tables generated out of CPython.
//
// Strings are UTF-8 in which, as in Python, any code point may appear, lone surrogates
// included (encoded like any other three-byte code point). The runtime only makes
// well-formed strings; decoding does not validate, but never reads outside the text.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sy::pylib::unicode {

// -- UTF-8 --

// Byte length of the sequence that starts with lead byte b.
inline size_t sequence_length(unsigned char b) {
  return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}
// The code point starting at s[i]; advances i past it. A sequence cut short by the
// end of the text reads as its lead byte alone (never past the end).
inline char32_t decode(std::string_view s, size_t& i) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  size_t n = sequence_length(b);
  if (i + n > s.size()) {
    ++i;
    return b;
  }
  char32_t c = b & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return c;
}
// The code point ending just before s[i] (i > 0); moves i back to its start.
inline char32_t decode_before(std::string_view s, size_t& i) {
  do --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
  size_t j = i;
  return decode(s, j);
}
void encode(std::string& out, char32_t c);
bool is_ascii(std::string_view s);
size_t length(std::string_view s);  // in code points

// -- Properties --

enum CharFlag : uint16_t {
  kAlpha = 1 << 0,          // str.isalpha
  kDecimal = 1 << 1,        // str.isdecimal (category Nd)
  kDigit = 1 << 2,          // str.isdigit
  kNumeric = 1 << 3,        // str.isnumeric
  kSpace = 1 << 4,          // str.isspace, split(), strip()
  kPrintable = 1 << 5,      // str.isprintable, repr()
  kLower = 1 << 6,          // Lowercase
  kUpper = 1 << 7,          // Uppercase
  kTitle = 1 << 8,          // category Lt
  kXidStart = 1 << 9,       // may start an identifier ('_' too, see is_identifier)
  kXidContinue = 1 << 10,   // may continue one
  kCased = 1 << 11,
  kCaseIgnorable = 1 << 12,
};

uint16_t flags(char32_t c);
inline bool has(char32_t c, uint16_t flag) { return (flags(c) & flag) != 0; }
inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
  return has(c, kSpace);
}
// str.splitlines boundaries: \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
inline bool is_linebreak(char32_t c) {
  return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}
// The value of a decimal digit (any script), or -1.
int decimal_value(char32_t c);

// -- Case mappings (full: one character may become up to three) --

// Each writes the mapping of c to out and returns how many code points it has. to_lower
// is the plain mapping; the final-sigma rule belongs to the string (str_methods.h).
int to_upper(char32_t c, char32_t out[3]);
int to_lower(char32_t c, char32_t out[3]);
int to_title(char32_t c, char32_t out[3]);

}  // namespace sy::pylib::unicode
