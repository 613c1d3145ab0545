// UTF-8 and the Unicode character classes the syntax layer needs (identifiers, printable
// characters), from tables generated out of CPython 3.11's Unicode database.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sy::py {

// The length of the well-formed UTF-8 sequence starting s, or 0 if it is not one
// (overlong forms, surrogates and code points past U+10FFFF are not well-formed).
size_t utf8_sequence_length(std::string_view s);
// Decodes one sequence of a string already checked well-formed (or produced by
// append_utf8, which also encodes lone surrogates); *n receives its length.
uint32_t utf8_decode(std::string_view s, size_t* n);
// The number of code points in a string already checked well-formed.
size_t utf8_length(std::string_view s);
// Appends a code point; surrogates get their three-byte form (as Python's
// "surrogatepass"), so that a str holding one survives the round trip.
void append_utf8(std::string* out, uint32_t cp);

bool is_xid_start(uint32_t cp);
bool is_xid_continue(uint32_t cp);
bool is_printable(uint32_t cp);  // Python's str.isprintable for one character

}  // namespace sy::py
