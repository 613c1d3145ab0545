// Floats as text, exactly as CPython 3.11: repr/str (shortest round-trip digits), the
// 'e', 'f', 'g' and 'r' conversions of PyOS_double_to_string that format() and
// %-formatting build on, and float(str).
#pragma once
#include <string>
#include <string_view>

#include "frontends/python/lib/error.h"

namespace sy::pylib {

// Flags of double_to_string (CPython's Py_DTSF_*).
enum DoubleFlags : unsigned {
  kDtsfSign = 1,       // '+' before non-negative numbers
  kDtsfAddDot0 = 2,    // "1.0", not "1", when the result looks like an integer
  kDtsfAlt = 4,        // '#': keep the decimal point and 'g''s trailing zeros
  kDtsfNoNegZero = 8,  // 'z': a result that rounds to zero loses its '-'
};

// PyOS_double_to_string: code is one of e E f F g G r. For 'e' precision is the digits
// after the point, for 'f' likewise, for 'g' the significant digits (0 means 1); 'r'
// ignores it and gives the shortest digits that read back as d. Infinities and NaNs
// are "inf"/"nan" ("INF"/"NAN" for upper-case codes).
std::string double_to_string(double d, char code, int precision, unsigned flags);

// repr(d) and str(d): "1.0", "1e+16", "1e-05", "0.0001", "-0.0", "inf", "nan".
std::string float_repr(double d);

// float(text) for a str argument: surrounding whitespace, a sign, digits with single
// underscores between them, a fraction and exponent, "inf"/"infinity"/"nan" in any
// case; Unicode decimal digits and spaces as CPython accepts them. The error is
// ValueError "could not convert string to float: '<text>'".
Result<double> parse_float(std::string_view text);

}  // namespace sy::pylib
