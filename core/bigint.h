// Integers beyond the small range, on GMP. A BigInt never holds a value that fits a
// small int: every operation normalises its result, so "is it small?" is a tag test.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/value.h"

namespace sy {

Value make_int(int64_t n);                 // small or big
Value parse_int(std::string_view digits);  // optional sign, decimal digits; empty if malformed
bool is_integer(Value v);                  // small or big
int bigint_cmp(Value a, Value b);          // both integers
uint64_t bigint_hash(Value v);
double integer_to_double(Value v);
std::string integer_to_string(Value v, int base = 10);
// The value as int64 if it fits (small ints always do).
bool integer_to_int64(Value v, int64_t* out);

}  // namespace sy
