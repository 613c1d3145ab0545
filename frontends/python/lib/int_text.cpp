#include "frontends/python/lib/int_text.h"

#include <charconv>
#include <cstring>

#include "core/bigint.h"
#include "frontends/python/lib/mpz.h"
#include "frontends/python/lib/str_repr.h"
#include "frontends/python/lib/unicode.h"

namespace sy::pylib {

namespace {

int max_str_digits = kDefaultIntMaxStrDigits;

std::string to_str_limit_message() {
  return "Exceeds the limit (" + std::to_string(max_str_digits) +
         " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}

// The value of an ASCII digit character in bases up to 36, or 99.
int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// "invalid literal for int() with base 10: 'x'", the repr cut to 200 characters.
PyError invalid_literal(std::string_view text, int base) {
  std::string r = str_repr(text);
  size_t chars = 0, i = 0;
  while (i < r.size() && chars < 200) {
    i += unicode::sequence_length(static_cast<unsigned char>(r[i]));
    ++chars;
  }
  r.resize(i);
  return value_error("invalid literal for int() with base " + std::to_string(base) + ": " + r);
}

}  // namespace

int int_max_str_digits() { return max_str_digits; }
void set_int_max_str_digits(int n) { max_str_digits = n; }

std::string int_to_base(Value i, int base) {
  int64_t n;
  if (i.is_int() || integer_to_int64(i, &n)) {
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, i.is_int() ? i.as_int() : n, base);
    return std::string(buf, r.ptr);
  }
  return integer_to_string(i, base);
}

Result<std::string> int_to_decimal(Value i) {
  int64_t n;
  if (i.is_int() || integer_to_int64(i, &n)) return int_to_base(i, 10);
  if (max_str_digits > 0) {
    // sizeinbase may exceed the true count by one: decide on the text when it is close.
    size_t estimate = mpz_sizeinbase(IntegerView(i), 10);
    if (estimate > static_cast<size_t>(max_str_digits) + 1) return value_error(to_str_limit_message());
  }
  std::string s = integer_to_string(i, 10);
  size_t digits = s.size() - (s[0] == '-');
  if (max_str_digits > 0 && digits > static_cast<size_t>(max_str_digits)) return value_error(to_str_limit_message());
  return s;
}

std::string int_to_prefixed(Value i, int base) {
  std::string digits = int_to_base(i, base);
  const char* prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
  if (digits[0] == '-') return "-" + std::string(prefix) + digits.substr(1);
  return prefix + digits;
}

Result<Value> parse_int(std::string_view text, int base) {
  if ((base != 0 && base < 2) || base > 36) return value_error("int() base must be >= 2 and <= 36, or 0");
  // Non-ASCII spaces become ' ' and Unicode decimal digits ASCII ones; any other
  // non-ASCII character ends the text there (it cannot be valid).
  std::string ascii;
  ascii.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t c = unicode::decode(text, i);
    if (c < 0x80) ascii += static_cast<char>(c);
    else if (unicode::is_space(c)) ascii += ' ';
    else if (int v = unicode::decimal_value(c); v >= 0) ascii += static_cast<char>('0' + v);
    else { ascii += '?'; break; }
  }
  const char* p = ascii.c_str();  // NUL-terminated: an embedded NUL ends the scan
  const char* end = p + ascii.size();
  while (is_ascii_space(*p)) ++p;
  bool negative = false;
  if (*p == '+') ++p;
  else if (*p == '-') negative = true, ++p;
  int b = base;
  bool error_if_nonzero = false;
  if (b == 0) {
    if (p[0] != '0') b = 10;
    else if (p[1] == 'x' || p[1] == 'X') b = 16;
    else if (p[1] == 'o' || p[1] == 'O') b = 8;
    else if (p[1] == 'b' || p[1] == 'B') b = 2;
    else error_if_nonzero = true, b = 10;  // C-style octal: only zero is allowed
  }
  if (p[0] == '0' && ((b == 16 && (p[1] == 'x' || p[1] == 'X')) || (b == 8 && (p[1] == 'o' || p[1] == 'O')) ||
                      (b == 2 && (p[1] == 'b' || p[1] == 'B')))) {
    p += 2;
    if (*p == '_') ++p;  // one underscore may follow the prefix
  }
  if (*p == '_') return invalid_literal(text, base);
  std::string digits;
  char prev = '\0';
  for (; digit_value(*p) < b || *p == '_'; ++p) {
    if (*p == '_') {
      if (prev == '_') return invalid_literal(text, base);
    } else {
      digits += *p;
    }
    prev = *p;
  }
  if (prev == '_') return invalid_literal(text, base);
  if ((b & (b - 1)) != 0 && max_str_digits > 0 && digits.size() > static_cast<size_t>(max_str_digits))
    return value_error("Exceeds the limit (" + std::to_string(max_str_digits) +
                       " digits) for integer string conversion: value has " + std::to_string(digits.size()) +
                       " digits; use sys.set_int_max_str_digits() to increase the limit");
  if (digits.empty()) return invalid_literal(text, base);
  while (is_ascii_space(*p)) ++p;
  if (p != end) return invalid_literal(text, base);

  Value result;
  if (digits.size() <= 12) {  // 36^12 < 2^63
    int64_t v = 0;
    for (char c : digits) v = v * b + digit_value(c);
    result = make_int(negative ? -v : v);
  } else {
    Mpz m;
    mpz_set_str(m.z, digits.c_str(), b);
    if (negative) mpz_neg(m.z, m.z);
    result = m.value();
  }
  if (error_if_nonzero && !(result.is_int() && result.as_int() == 0)) return invalid_literal(text, base);
  return result;
}

}  // namespace sy::pylib
