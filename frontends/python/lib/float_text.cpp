#include "frontends/python/lib/float_text.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

#include "frontends/python/lib/str_repr.h"
#include "frontends/python/lib/unicode.h"

namespace sy::pylib {

// -- Digits --
//
// CPython formats floats from David Gay's dtoa: a digit string d1 d2 ... dn (no leading
// or trailing zeros) and a decimal point position decpt, the value being
// 0.d1d2...dn * 10^decpt. std::to_chars produces the same digits -- shortest round-trip
// (dtoa mode 0) or correctly rounded to a precision (modes 2 and 3) -- and
// format_digits below is CPython's format_float_short on top of them.

namespace {

// Room for to_chars: on the stack unless a large precision needs more.
class ScratchBuffer {
 public:
  explicit ScratchBuffer(size_t n) : size_(n) {
    if (n > sizeof small_) heap_.resize(n);
    data_ = n > sizeof small_ ? heap_.data() : small_;
  }
  char* data() { return data_; }
  size_t size() const { return size_; }

 private:
  char small_[512];
  std::string heap_;
  char* data_;
  size_t size_;
};

struct Digits {
  std::string digits;  // empty: the value rounded to zero at the requested precision
  long decpt = 0;
  bool negative = false;
};

// Reads to_chars' scientific output "d.ddde+XX" into digits and decpt.
void read_scientific(const char* p, const char* end, Digits& out) {
  for (; p < end && *p != 'e'; ++p)
    if (*p != '.') out.digits += *p;
  long exp = 0;
  std::from_chars(p + 1 + (p[1] == '+'), end, exp);
  out.decpt = exp + 1;
}

void strip_trailing_zeros(Digits& d) {
  size_t n = d.digits.find_last_not_of('0');
  d.digits.resize(n == std::string::npos ? 0 : n + 1);
}

// Mode 0: the shortest digits that read back as x.
Digits shortest_digits(double x) {
  Digits d;
  d.negative = std::signbit(x);
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific);
  read_scientific(buf, r.ptr, d);
  strip_trailing_zeros(d);
  if (d.digits.empty()) d.digits = "0", d.decpt = 1;
  return d;
}

// Mode 2: x rounded to n significant digits (n >= 1).
Digits significant_digits(double x, int n) {
  Digits d;
  d.negative = std::signbit(x);
  ScratchBuffer buf(static_cast<size_t>(n) + 16);
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(x), std::chars_format::scientific, n - 1);
  read_scientific(buf.data(), r.ptr, d);
  strip_trailing_zeros(d);
  if (d.digits.empty()) d.digits = "0", d.decpt = 1;
  return d;
}

// Mode 3: x rounded to n digits after the decimal point (n >= 0).
Digits fixed_digits(double x, int n) {
  Digits d;
  d.negative = std::signbit(x);
  ScratchBuffer buf(static_cast<size_t>(n) + 330);
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(x), std::chars_format::fixed, n);
  const char* p = buf.data();
  long int_digits = 0;
  bool seen_point = false;
  for (; p < r.ptr; ++p) {
    if (*p == '.') { seen_point = true; continue; }
    if (!seen_point) ++int_digits;
    d.digits += *p;
  }
  size_t lead = d.digits.find_first_not_of('0');
  if (lead == std::string::npos) {
    if (x == 0) d.digits = "0", d.decpt = 1;  // dtoa's zero
    else d.digits.clear(), d.decpt = -n;      // dtoa's "no digits" at this precision
    return d;
  }
  d.digits.erase(0, lead);
  d.decpt = int_digits - static_cast<long>(lead);
  strip_trailing_zeros(d);
  return d;
}

// CPython's format_float_short from the digits on.
std::string format_digits(const Digits& d, char code, int precision, unsigned flags, bool upper) {
  const std::string& digits = d.digits;
  long digits_len = static_cast<long>(digits.size());
  long decpt = d.decpt;
  bool negative = d.negative;
  bool alt = flags & kDtsfAlt;
  bool add_dot_0 = flags & kDtsfAddDot0;
  if ((flags & kDtsfNoNegZero) && negative && (digits_len == 0 || (digits_len == 1 && digits[0] == '0')))
    negative = false;

  bool use_exp = false;
  long vdigits_end = digits_len;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f': vdigits_end = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    case 'r':
      // The switch to exponent notation is at 1e16.
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  long exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  long vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

  std::string out;
  out.reserve(static_cast<size_t>(vdigits_end - vdigits_start) + 10);
  if (negative) out += '-';
  else if (flags & kDtsfSign) out += '+';
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<size_t>(decpt));
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    char buf[16];
    out += upper ? 'E' : 'e';
    out += exp < 0 ? '-' : '+';
    long mag = exp < 0 ? -exp : exp;
    auto r = std::to_chars(buf, buf + sizeof buf, mag);
    if (mag < 10) out += '0';
    out.append(buf, r.ptr);
  }
  return out;
}

}  // namespace

std::string double_to_string(double d, char code, int precision, unsigned flags) {
  bool upper = code == 'E' || code == 'F' || code == 'G';
  char lower = upper ? static_cast<char>(code + ('a' - 'A')) : code;
  if (!std::isfinite(d)) {
    std::string out;
    if (std::isinf(d) && d < 0) out += '-';
    else if (flags & kDtsfSign) out += '+';
    out += std::isinf(d) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
    return out;
  }
  Digits digits;
  switch (lower) {
    case 'e':
      ++precision;
      digits = significant_digits(d, precision);
      break;
    case 'f': digits = fixed_digits(d, precision); break;
    case 'g':
      if (precision == 0) precision = 1;
      digits = significant_digits(d, precision);
      break;
    default:
      lower = 'r';
      precision = 0;
      digits = shortest_digits(d);
      break;
  }
  return format_digits(digits, lower, precision, flags, upper);
}

std::string float_repr(double d) { return double_to_string(d, 'r', 0, kDtsfAddDot0); }

// -- Parsing --

namespace {

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool equals_ignore_case(std::string_view s, std::string_view lower_word) {
  if (s.size() != lower_word.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower_word[i]) return false;
  }
  return true;
}

// The number part of float(): [sign] (digits [. [digits]] | . digits) [e [sign] digits],
// or inf / infinity / nan. ASCII, no underscores, no surrounding space.
bool parse_ascii_float(std::string_view s, double* out) {
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (equals_ignore_case(s, "inf") || equals_ignore_case(s, "infinity")) {
    *out = negative ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (equals_ignore_case(s, "nan")) {
    *out = std::copysign(std::numeric_limits<double>::quiet_NaN(), negative ? -1.0 : 1.0);
    return true;
  }
  // Validate the grammar ourselves: from_chars accepts forms float() does not.
  size_t i = 0, mantissa_digits = 0;
  long first_digit_exp = 0;  // decimal exponent of the first nonzero digit, roughly
  bool seen_nonzero = false;
  long int_digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    if (s[i] != '0' || seen_nonzero) { if (!seen_nonzero) seen_nonzero = true; ++int_digits; }
    ++i, ++mantissa_digits;
  }
  long leading_frac_zeros = 0;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      if (!seen_nonzero) {
        if (s[i] == '0') ++leading_frac_zeros;
        else seen_nonzero = true;
      }
      ++i, ++mantissa_digits;
    }
  }
  if (mantissa_digits == 0) return false;
  long exp = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
    if (i == s.size()) return false;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      if (exp < 100000000) exp = exp * 10 + (s[i] - '0');
      ++i;
    }
    if (exp_negative) exp = -exp;
  }
  if (i != s.size()) return false;
  double value = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), value);
  if (r.ec == std::errc::result_out_of_range) {
    // Overflow to infinity or underflow to zero, told apart by the magnitude.
    first_digit_exp = int_digits > 0 ? int_digits : -leading_frac_zeros;
    value = seen_nonzero && first_digit_exp + exp > 0 ? HUGE_VAL : 0.0;
  } else if (r.ec != std::errc() || r.ptr != s.data() + s.size()) {
    return false;
  }
  *out = negative ? -value : value;
  return true;
}

// Removes underscores that sit between two digits; false if any other underscore.
bool remove_underscores(std::string& s) {
  std::string out;
  char prev = '\0';
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (!(prev >= '0' && prev <= '9')) return false;
    } else {
      if (prev == '_' && !(c >= '0' && c <= '9')) return false;
      out += c;
    }
    prev = c;
  }
  if (prev == '_') return false;
  s = std::move(out);
  return true;
}

}  // namespace

Result<double> parse_float(std::string_view text) {
  // Like CPython: non-ASCII spaces become ' ' and Unicode decimal digits ASCII digits;
  // any other non-ASCII character makes the text invalid. Only ASCII whitespace
  // (" \t\n\v\f\r") is stripped afterwards, so "\x1c1" stays invalid.
  std::string ascii;
  ascii.reserve(text.size());
  bool bad = false;
  for (size_t i = 0; i < text.size();) {
    char32_t c = unicode::decode(text, i);
    if (c < 0x80) {
      ascii += static_cast<char>(c);
    } else if (unicode::is_space(c)) {
      ascii += ' ';
    } else if (int v = unicode::decimal_value(c); v >= 0) {
      ascii += static_cast<char>('0' + v);
    } else {
      bad = true;
      break;
    }
  }
  if (!bad) {
    size_t b = 0, e = ascii.size();
    while (b < e && is_ascii_space(ascii[b])) ++b;
    while (e > b && is_ascii_space(ascii[e - 1])) --e;
    std::string body = ascii.substr(b, e - b);
    double value;
    if (std::memchr(body.data(), '\0', body.size()) == nullptr &&
        (body.find('_') == std::string::npos || remove_underscores(body)) && parse_ascii_float(body, &value))
      return value;
  }
  return value_error("could not convert string to float: " + str_repr(text));
}

}  // namespace sy::pylib
