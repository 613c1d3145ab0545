// Slow paths of the arithmetic and comparison instructions: every combination of int,
// bigint and float that the interpreter's inline fast paths do not handle. Each returns
// the result, or empty with an exception pending on the VM (type_error, zero_division).
#pragma once
#include "core/value.h"

namespace sy {
class VM;
namespace arith {

Value add(VM& vm, Value a, Value b);
Value sub(VM& vm, Value a, Value b);
Value mul(VM& vm, Value a, Value b);
Value div(VM& vm, Value a, Value b);    // true division: always a float
Value idiv(VM& vm, Value a, Value b);   // floor division
Value mod(VM& vm, Value a, Value b);    // floor modulo: sign of the divisor
// Floor division and modulo at once (for integers, one division): sets q and r and
// returns true, or returns false with an exception pending.
bool divmod(VM& vm, Value a, Value b, Value* q, Value* r);
Value tdiv(VM& vm, Value a, Value b);   // truncating division (integers)
Value rem(VM& vm, Value a, Value b);    // truncating remainder (integers)
Value neg(VM& vm, Value a);
Value band(VM& vm, Value a, Value b);
Value bor(VM& vm, Value a, Value b);
Value bxor(VM& vm, Value a, Value b);
Value shl(VM& vm, Value a, Value b);
Value shr(VM& vm, Value a, Value b);    // arithmetic (floor) shift
Value bnot(VM& vm, Value a);

// Ordering of numbers (numerically) and strings (bytewise).
enum Order : int { kLess = -1, kEqual = 0, kGreater = 1, kUnordered = 2, kError = 3 };
Order order(VM& vm, Value a, Value b);

}  // namespace arith
}  // namespace sy
