#include "frontends/python/lib/float_arith.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <string>

#include "frontends/python/lib/int_arith.h"

namespace sy::pylib {

namespace {

// CPython's _float_div_mod: fmod is exact, the quotient is snapped to an integer.
void div_mod(double vx, double wx, double* floordiv, double* mod) {
  *mod = std::fmod(vx, wx);
  double div = (vx - *mod) / wx;
  if (*mod != 0) {
    if ((wx < 0) != (*mod < 0)) {  // the remainder takes the sign of the divisor
      *mod += wx;
      div -= 1.0;
    }
  } else {
    *mod = std::copysign(0.0, wx);
  }
  if (div != 0) {
    *floordiv = std::floor(div);
    if (div - *floordiv > 0.5) *floordiv += 1.0;
  } else {
    *floordiv = std::copysign(0.0, vx / wx);
  }
}

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

}  // namespace

Result<double> float_floordiv(double x, double y) {
  if (y == 0) return zero_division("float floor division by zero");
  double q, r;
  div_mod(x, y, &q, &r);
  return q;
}

Result<double> float_mod(double x, double y) {
  if (y == 0) return zero_division("float modulo");
  double mod = std::fmod(x, y);
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return mod;
}

Result<std::pair<double, double>> float_divmod(double x, double y) {
  if (y == 0) return zero_division("float divmod()");
  double q, r;
  div_mod(x, y, &q, &r);
  return std::pair{q, r};
}

Result<double> float_truediv(double x, double y) {
  if (y == 0) return zero_division("float division by zero");
  return x / y;
}

// CPython's float_pow: the special cases first, then the C library's pow.
Result<double> float_pow(double iv, double iw) {
  if (iw == 0) return 1.0;
  if (std::isnan(iv)) return iv;
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return 1.0;
    if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
    return 0.0;
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return odd ? iv : std::fabs(iv);
    return odd ? std::copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    if (iw < 0.0) return zero_division("0.0 cannot be raised to a negative power");
    return is_odd_integer(iw) ? iv : 0.0;
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) return value_error("negative number cannot be raised to a fractional power");
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return negate ? -1.0 : 1.0;
  double ix = std::pow(iv, iw);
  if (std::isinf(ix)) return overflow_error("(34, 'Numerical result out of range')");
  return negate ? -ix : ix;
}

Result<Value> float_round_to_int(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);  // ties to even
  return double_to_int(rounded);
}

Result<double> float_round(double x, int64_t ndigits) {
  if (!std::isfinite(x)) return x;
  // Beyond these every double rounds to itself, or to zero (CPython's NDIGITS_MAX/MIN).
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  double ax = std::fabs(x);
  if (ax == 0) return x;
  // The decimal exponent of the leading digit: 17 digits cannot round up to a power of 10.
  char buf[1100];
  auto r = std::to_chars(buf, buf + sizeof buf, ax, std::chars_format::scientific, 16);
  std::string_view text(buf, static_cast<size_t>(r.ptr - buf));
  long exp10 = std::stol(std::string(text.substr(text.find('e') + 1)));
  long keep = exp10 + static_cast<long>(ndigits) + 1;  // significant digits that stay
  if (keep >= 17) return x;  // 17 digits read back as x itself
  if (keep < 0) return std::copysign(0.0, x);
  double result;
  if (keep == 0) {
    // 0 or one unit of 10**(exp10 + 1): up when |x| > 5 * 10**exp10; a tie goes to 0.
    r = std::to_chars(buf, buf + sizeof buf, ax, std::chars_format::scientific, 800);  // exact
    text = std::string_view(buf, static_cast<size_t>(r.ptr - buf));
    bool up = text[0] > '5';
    if (text[0] == '5') {
      size_t e = text.find('e');
      for (size_t i = 2; i < e; ++i) up |= text[i] != '0';
    }
    if (!up) return std::copysign(0.0, x);
    std::string one = "1e" + std::to_string(exp10 + 1);
    std::from_chars(one.data(), one.data() + one.size(), result);
  } else {
    r = std::to_chars(buf, buf + sizeof buf, ax, std::chars_format::scientific, static_cast<int>(keep - 1));
    auto back = std::from_chars(buf, r.ptr, result);
    if (back.ec == std::errc::result_out_of_range) return overflow_error("rounded value too large to represent");
  }
  return std::copysign(result, x);
}

}  // namespace sy::pylib
