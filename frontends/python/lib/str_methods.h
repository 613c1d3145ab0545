// The str methods of Python 3.11 on UTF-8 text, exactly as CPython: indices count code
// points (ASCII text takes byte-indexed fast paths), whitespace and case follow the
// Unicode 14 tables of unicode.h, and errors carry CPython's messages.
//
// Optional start/end arguments take kStart/kEnd when the caller passed None; negative
// values count from the end as in Python. Results that are pieces of the input are
// string_views into it.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/python/lib/error.h"

namespace sy::pylib {

constexpr int64_t kStart = 0;
constexpr int64_t kEnd = INT64_MAX;

// -- Indexing --

int64_t str_length(std::string_view s);  // code points
// s[i]: IndexError "string index out of range".
Result<std::string_view> str_getitem(std::string_view s, int64_t index);
// s[start:stop:step] for indices already adjusted by adjust_slice (below).
std::string str_slice(std::string_view s, int64_t start, int64_t stop, int64_t step);

// A slice's None parts, Python's PySlice_Unpack + PySlice_AdjustIndices: fills start,
// stop and step for a sequence of `length` items and returns the item count.
// ValueError "slice step cannot be zero".
struct SliceBounds {
  int64_t start, stop, step, count;
};
struct SliceArgs {
  bool has_start = false, has_stop = false, has_step = false;
  int64_t start = 0, stop = 0, step = 1;
};
Result<SliceBounds> adjust_slice(const SliceArgs& args, int64_t length);

// -- Searching --

int64_t str_find(std::string_view s, std::string_view sub, int64_t start = kStart, int64_t end = kEnd);
int64_t str_rfind(std::string_view s, std::string_view sub, int64_t start = kStart, int64_t end = kEnd);
// ValueError "substring not found".
Result<int64_t> str_index(std::string_view s, std::string_view sub, int64_t start = kStart, int64_t end = kEnd);
Result<int64_t> str_rindex(std::string_view s, std::string_view sub, int64_t start = kStart, int64_t end = kEnd);
int64_t str_count(std::string_view s, std::string_view sub, int64_t start = kStart, int64_t end = kEnd);
// One prefix or suffix; for a tuple, the runtime asks for each until one matches.
bool str_startswith(std::string_view s, std::string_view prefix, int64_t start = kStart, int64_t end = kEnd);
bool str_endswith(std::string_view s, std::string_view suffix, int64_t start = kStart, int64_t end = kEnd);
inline bool str_contains(std::string_view s, std::string_view sub) { return s.find(sub) != std::string_view::npos; }

// -- Splitting and stripping --

// split()/rsplit() on whitespace (sep None) or on sep: ValueError "empty separator".
// maxsplit < 0 means no limit.
std::vector<std::string_view> str_split_whitespace(std::string_view s, int64_t maxsplit = -1);
std::vector<std::string_view> str_rsplit_whitespace(std::string_view s, int64_t maxsplit = -1);
Result<std::vector<std::string_view>> str_split(std::string_view s, std::string_view sep, int64_t maxsplit = -1);
Result<std::vector<std::string_view>> str_rsplit(std::string_view s, std::string_view sep, int64_t maxsplit = -1);
// Line boundaries: \n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e, \x85, \u2028, \u2029.
std::vector<std::string_view> str_splitlines(std::string_view s, bool keepends = false);
// partition/rpartition: ValueError "empty separator".
Result<std::array<std::string_view, 3>> str_partition(std::string_view s, std::string_view sep);
Result<std::array<std::string_view, 3>> str_rpartition(std::string_view s, std::string_view sep);

// strip family: whitespace, or any character of `chars`.
std::string_view str_strip(std::string_view s);
std::string_view str_lstrip(std::string_view s);
std::string_view str_rstrip(std::string_view s);
std::string_view str_strip(std::string_view s, std::string_view chars);
std::string_view str_lstrip(std::string_view s, std::string_view chars);
std::string_view str_rstrip(std::string_view s, std::string_view chars);

// -- Building --

Result<std::string> str_replace(std::string_view s, std::string_view old, std::string_view replacement,
                                int64_t count = -1);
std::string str_join(std::string_view sep, const std::vector<std::string_view>& items);
// s * n (n <= 0: ""): OverflowError "repeated string is too long" past Py_ssize_t.
// These and the padding functions fail with MemoryError past kMaxStrBytes.
Result<std::string> str_repeat(std::string_view s, int64_t n);
Result<std::string> str_ljust(std::string_view s, int64_t width, char32_t fill = ' ');
Result<std::string> str_rjust(std::string_view s, int64_t width, char32_t fill = ' ');
Result<std::string> str_center(std::string_view s, int64_t width, char32_t fill = ' ');
Result<std::string> str_zfill(std::string_view s, int64_t width);
Result<std::string> str_expandtabs(std::string_view s, int64_t tabsize = 8);

// -- Case (full Unicode mappings, final sigma included) --

std::string str_upper(std::string_view s);
std::string str_lower(std::string_view s);
std::string str_title(std::string_view s);
std::string str_capitalize(std::string_view s);
std::string str_swapcase(std::string_view s);

// -- Predicates --

bool str_isdigit(std::string_view s);
bool str_isdecimal(std::string_view s);
bool str_isnumeric(std::string_view s);
bool str_isalpha(std::string_view s);
bool str_isalnum(std::string_view s);
bool str_isspace(std::string_view s);
bool str_isupper(std::string_view s);
bool str_islower(std::string_view s);
bool str_istitle(std::string_view s);
bool str_isidentifier(std::string_view s);
bool str_isprintable(std::string_view s);
bool str_isascii(std::string_view s);

// Ordering by code point (UTF-8 byte order is code point order): -1, 0, 1.
int str_compare(std::string_view a, std::string_view b);

}  // namespace sy::pylib
