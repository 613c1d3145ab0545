// repr() and ascii() of a str, exactly as CPython: the quote is ' unless the text holds
// a ' and no ", backslash escapes for \t \n \r, the quote and the backslash, and
// \xhh, \uhhhh or \Uhhhhhhhh for characters that are not printable (ascii(): for every
// character beyond ASCII).
#pragma once
#include <string>
#include <string_view>

namespace sy::pylib {

std::string str_repr(std::string_view s);
std::string str_ascii(std::string_view s);
void append_str_repr(std::string& out, std::string_view s, bool ascii_only = false);
// ascii(obj) from repr(obj): every non-ASCII character as \xhh, \uhhhh or \Uhhhhhhhh.
std::string ascii_from_repr(std::string_view repr);

}  // namespace sy::pylib
