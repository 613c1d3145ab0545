// Unicode character names: \N{...} escapes and the unicodedata module, with CPython
// 3.11's rules, over a table the build generates from the Unicode Character Database
// (gen_unicode_names.py; characters of Unicode 14.0, the version CPython 3.11 uses).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace sy::py {

// The character a \N{name} escape names: a character name or a name alias, matched
// without regard to ASCII case, or an algorithmic name ("CJK UNIFIED IDEOGRAPH-4E00",
// "HANGUL SYLLABLE GA"), which CPython matches with case (and upper-case hex digits).
bool lookup_character_name(std::string_view name, uint32_t* cp);

// unicodedata.lookup: as lookup_character_name, and named sequences too (several
// characters). Appends the characters as UTF-8 to *out.
bool lookup_name_or_sequence(std::string_view name, std::string* out);

// unicodedata.name: the character's name, or "" if it has none.
std::string character_name(uint32_t cp);

}  // namespace sy::py
