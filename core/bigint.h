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
// Optional sign, then digits of `base` (2..36, letters in either case); empty if malformed.
Value parse_int_base(std::string_view digits, int base);
// The magnitude as little-endian base-256 digits (none for 0), and the sign.
std::string integer_magnitude_bytes(Value v, bool* negative);
Value integer_from_magnitude_bytes(const uint8_t* little_endian, size_t n, bool negative);
// The integer part of a finite double, exactly (truncated toward zero).
Value integer_from_double(double d);

}  // namespace sy
