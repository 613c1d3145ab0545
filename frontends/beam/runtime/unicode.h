// UTF-8 and latin-1 helpers for atoms, binaries and character lists.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace sy::beam {

inline constexpr uint32_t kMaxCodePoint = 0x10FFFF;
inline bool is_code_point(int64_t c) { return c >= 0 && c <= kMaxCodePoint && !(c >= 0xD800 && c <= 0xDFFF); }

void append_utf8(std::string& out, uint32_t cp);
// Decodes the code point at s[*i] and advances *i; false (leaving *i) on malformed,
// overlong or surrogate sequences.
bool next_utf8(std::string_view s, size_t* i, uint32_t* cp);
// Whether s is well-formed UTF-8; *chars receives the number of code points.
bool valid_utf8(std::string_view s, size_t* chars = nullptr);
std::string latin1_to_utf8(std::string_view latin1);
// False when s has a code point above 255.
bool utf8_to_latin1(std::string_view s, std::string* out);

}  // namespace sy::beam
