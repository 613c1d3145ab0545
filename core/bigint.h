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

// -- Arithmetic on integers --
// Both operands are integers (small or big: the caller has checked). Results are
// normalised. Bignum operands are read in place and only the result is allocated; values
// within int64 take paths without GMP.
Value integer_add(Value a, Value b);
Value integer_sub(Value a, Value b);
Value integer_mul(Value a, Value b);
Value integer_neg(Value a);
int integer_sign(Value a);  // -1, 0, 1
// a / b for b != 0, rounded toward minus infinity when `floor` (the remainder then has
// b's sign) or toward zero (the remainder has a's sign). The quotient goes to *q and the
// remainder to *r; either may be null when not wanted. One division gives both.
void integer_divide(Value a, Value b, bool floor, Value* q, Value* r);
// a * 2^n and floor(a / 2^n); the caller bounds n for the left shift.
Value integer_shl(Value a, uint64_t n);
Value integer_shr(Value a, uint64_t n);

}  // namespace sy
