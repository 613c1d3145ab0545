// Integers as text, exactly as CPython 3.11: str(), int(str, base), hex(), oct(), bin(),
// and the limit on decimal digits (sys.set_int_max_str_digits). Integers are the VM's
// (core/bigint.h): small ints or GMP bignums.
#pragma once
#include <string>
#include <string_view>

#include "core/value.h"
#include "frontends/python/lib/error.h"

namespace sy::pylib {

// The most digits str(int) and int(str) handle in a base that is not a power of two;
// 0 lifts the limit. CPython's default is 4300. Process-wide, as in CPython.
constexpr int kDefaultIntMaxStrDigits = 4300;
int int_max_str_digits();
void set_int_max_str_digits(int n);

// str(i): ValueError past the digit limit.
Result<std::string> int_to_decimal(Value i);
// i in base 2..36 with lower-case digits and a leading '-', no prefix and no limit
// (the formatting helpers use it for b, o, x and for d after checking the limit).
std::string int_to_base(Value i, int base);
// hex(i), oct(i), bin(i): "-0xff", "0o10", "-0b101".
std::string int_to_prefixed(Value i, int base);

// int(text, base): base 0 (auto-detect from 0x/0o/0b, no leading zeros) or 2..36,
// surrounding whitespace, a sign, single underscores between digits (and after a
// prefix), Unicode decimal digits. The errors are CPython's ValueErrors.
Result<Value> parse_int(std::string_view text, int base = 10);

}  // namespace sy::pylib
