// Python int arithmetic, exactly as CPython 3.11, on the VM's integers (core/bigint.h:
// small ints or GMP bignums, always normalised). Values that fit int64 take fast paths;
// the rest goes through GMP.
//
// Where Python's result is a float (true division, a negative exponent) the Value is a
// double: Value::number(d).
#pragma once
#include <cstdint>
#include <utility>

#include "core/value.h"
#include "frontends/python/lib/error.h"

namespace sy::pylib {

Value int_add(Value a, Value b);
Value int_sub(Value a, Value b);
Value int_mul(Value a, Value b);
Value int_neg(Value a);
Value int_abs(Value a);
int int_compare(Value a, Value b);  // -1, 0, 1
int int_sign(Value a);              // -1, 0, 1

// a // b and a % b: the quotient rounds toward minus infinity, the remainder takes
// the sign of b. ZeroDivisionError "integer division or modulo by zero" (// and
// divmod) or "integer modulo by zero" (%).
Result<Value> int_floordiv(Value a, Value b);
Result<Value> int_mod(Value a, Value b);
Result<std::pair<Value, Value>> int_divmod(Value a, Value b);

// a / b correctly rounded (also for bignums and subnormal results). ZeroDivisionError
// "division by zero"; OverflowError "integer division result too large for a float".
Result<double> int_truediv(Value a, Value b);

// a ** b: an int for b >= 0; for b < 0, float(a) ** float(b) (a double Value), with
// ZeroDivisionError "0.0 cannot be raised to a negative power" for a == 0.
Result<Value> int_pow(Value a, Value b);
// pow(a, b, m): ValueError "pow() 3rd argument cannot be 0"; a negative b inverts a
// modulo m first ("base is not invertible for the given modulus"). The result has
// the sign of m.
Result<Value> int_pow_mod(Value a, Value b, Value m);

// a << n and a >> n (floor): ValueError "negative shift count".
Result<Value> int_lshift(Value a, Value n);
Result<Value> int_rshift(Value a, Value n);
// &, |, ^ and ~ with two's-complement semantics on negative numbers.
Value int_and(Value a, Value b);
Value int_or(Value a, Value b);
Value int_xor(Value a, Value b);
Value int_invert(Value a);

// int.bit_length(): bits of |a|, 0 for 0.
int64_t int_bit_length(Value a);

// float(a), correctly rounded (ties to even): OverflowError "int too large to convert
// to float".
Result<double> int_to_double(Value a);
// int(d): truncation toward zero. OverflowError "cannot convert float infinity to
// integer", ValueError "cannot convert float NaN to integer".
Result<Value> double_to_int(double d);

// round(a, ndigits) for an int: a itself for ndigits >= 0, otherwise a rounded to a
// multiple of 10**-ndigits with ties to even.
Value int_round(Value a, Value ndigits);

}  // namespace sy::pylib
