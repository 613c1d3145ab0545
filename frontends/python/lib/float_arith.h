// Python float arithmetic where C's differs, exactly as CPython 3.11: floor division
// and modulo with Python's signs (float_divmod), ** with its special cases and errors,
// and round().
#pragma once
#include <utility>

#include "core/value.h"
#include "frontends/python/lib/error.h"

namespace sy::pylib {

// x // y, x % y, divmod(x, y). ZeroDivisionError "float floor division by zero",
// "float modulo", "float divmod()".
Result<double> float_floordiv(double x, double y);
Result<double> float_mod(double x, double y);
Result<std::pair<double, double>> float_divmod(double x, double y);
// x / y: ZeroDivisionError "float division by zero".
Result<double> float_truediv(double x, double y);

// x ** y. ZeroDivisionError "0.0 cannot be raised to a negative power"; OverflowError
// "(34, 'Numerical result out of range')". A negative x to a non-integral power is
// complex in CPython; this subset reports ValueError "negative number cannot be raised
// to a fractional power".
Result<double> float_pow(double x, double y);

// round(x): the nearest int, ties to even (an int Value). OverflowError "cannot convert
// float infinity to integer", ValueError "cannot convert float NaN to integer".
Result<Value> float_round_to_int(double x);
// round(x, ndigits): correctly rounded through the decimal digits, ties to even, as
// CPython's double_round. OverflowError "rounded value too large to represent".
Result<double> float_round(double x, int64_t ndigits);

}  // namespace sy::pylib
