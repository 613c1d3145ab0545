#include "frontends/python/lib/int_arith.h"

#include <algorithm>
#include <cmath>

#include "core/bigint.h"
#include "frontends/python/lib/float_arith.h"
#include "frontends/python/lib/mpz.h"

namespace sy::pylib {

namespace {

// Results past this many bits are refused with MemoryError, as CPython would fail to
// allocate them (GMP itself aborts a little beyond).
constexpr uint64_t kMaxResultBits = uint64_t{1} << 32;

bool both_small(Value a, Value b) { return a.is_int() && b.is_int(); }

// x * 2^s rounded to the nearest double, ties to even; x > 0, and `sticky` says that
// nonzero bits below x were dropped (then x must carry at least two bits beyond the
// result's precision, so that they only break ties). Infinity when out of range.
double round_scaled(const mpz_t x, long s, bool sticky) {
  long bits = static_cast<long>(mpz_sizeinbase(x, 2));
  long e = bits - 1 + s;  // exponent of the leading bit
  if (e > 1024) return HUGE_VAL;
  long lsb = std::max(e - 52, -1074L);  // weight of the result's last bit
  long drop = lsb - s;
  if (drop <= 0) return std::ldexp(mpz_get_d(x), static_cast<int>(s));  // exact
  Mpz q;
  mpz_tdiv_q_2exp(q.z, x, static_cast<mp_bitcnt_t>(drop));
  uint64_t m = mpz_get_ui(q.z);
  bool half = mpz_tstbit(x, static_cast<mp_bitcnt_t>(drop - 1));
  bool below = sticky || mpz_scan1(x, 0) < static_cast<mp_bitcnt_t>(drop - 1);
  if (half && (below || (m & 1))) ++m;
  return std::ldexp(static_cast<double>(m), static_cast<int>(lsb));
}

}  // namespace

// -- Basic arithmetic --

// Bignums go to core's limb arithmetic (core/bigint.h): operands read in place, one
// allocation for the result.

Value int_add(Value a, Value b) {
  int64_t r;
  if (both_small(a, b) && !__builtin_add_overflow(a.as_int(), b.as_int(), &r)) return make_int(r);
  return integer_add(a, b);
}

Value int_sub(Value a, Value b) {
  int64_t r;
  if (both_small(a, b) && !__builtin_sub_overflow(a.as_int(), b.as_int(), &r)) return make_int(r);
  return integer_sub(a, b);
}

Value int_mul(Value a, Value b) {
  int64_t r;
  if (both_small(a, b) && !__builtin_mul_overflow(a.as_int(), b.as_int(), &r)) return make_int(r);
  return integer_mul(a, b);
}

Value int_neg(Value a) {
  if (a.is_int()) return make_int(-a.as_int());
  return integer_neg(a);
}

Value int_abs(Value a) { return int_sign(a) < 0 ? int_neg(a) : a; }

int int_compare(Value a, Value b) {
  if (both_small(a, b)) return (a.as_int() > b.as_int()) - (a.as_int() < b.as_int());
  return bigint_cmp(a, b);
}

int int_sign(Value a) {
  if (a.is_int()) return (a.as_int() > 0) - (a.as_int() < 0);
  return integer_sign(a);
}

// -- Division --

Result<Value> int_floordiv(Value a, Value b) {
  if (int_sign(b) == 0) return zero_division("integer division or modulo by zero");
  if (both_small(a, b)) {
    int64_t x = a.as_int(), y = b.as_int(), q = x / y;
    if (x % y != 0 && ((x % y < 0) != (y < 0))) --q;
    return make_int(q);
  }
  Value q;
  integer_divide(a, b, true, &q, nullptr);
  return q;
}

Result<Value> int_mod(Value a, Value b) {
  if (int_sign(b) == 0) return zero_division("integer modulo by zero");
  if (both_small(a, b)) {
    int64_t x = a.as_int(), y = b.as_int(), r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return make_int(r);
  }
  Value r;
  integer_divide(a, b, true, nullptr, &r);
  return r;
}

Result<std::pair<Value, Value>> int_divmod(Value a, Value b) {
  if (int_sign(b) == 0) return zero_division("integer division or modulo by zero");
  if (both_small(a, b)) {
    int64_t x = a.as_int(), y = b.as_int(), q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) --q, r += y;
    return std::pair{make_int(q), make_int(r)};
  }
  std::pair<Value, Value> qr;
  integer_divide(a, b, true, &qr.first, &qr.second);
  return qr;
}

Result<double> int_truediv(Value a, Value b) {
  int sb = int_sign(b);
  if (sb == 0) return zero_division("division by zero");
  constexpr int64_t kExact = int64_t{1} << 53;  // both exact as doubles: one rounding
  if (both_small(a, b) && std::abs(a.as_int()) <= kExact && std::abs(b.as_int()) <= kExact)
    return static_cast<double>(a.as_int()) / static_cast<double>(b.as_int());
  Mpz x(a), y(b), q, r;
  bool negative = (mpz_sgn(x.z) < 0) != (sb < 0);
  if (mpz_sgn(x.z) == 0) return negative ? -0.0 : 0.0;
  mpz_abs(x.z, x.z);
  mpz_abs(y.z, y.z);
  // Scale so that the integer quotient has 55 or 56 bits; the remainder is sticky.
  long s = static_cast<long>(mpz_sizeinbase(x.z, 2)) - static_cast<long>(mpz_sizeinbase(y.z, 2)) - 55;
  if (s > 1100) return overflow_error("integer division result too large for a float");
  if (s < 0) mpz_mul_2exp(x.z, x.z, static_cast<mp_bitcnt_t>(-s));
  else mpz_mul_2exp(y.z, y.z, static_cast<mp_bitcnt_t>(s));
  mpz_tdiv_qr(q.z, r.z, x.z, y.z);
  double d = round_scaled(q.z, s, mpz_sgn(r.z) != 0);
  if (std::isinf(d)) return overflow_error("integer division result too large for a float");
  return negative ? -d : d;
}

// -- Powers --

Result<Value> int_pow(Value a, Value b) {
  if (int_sign(b) < 0) {
    auto x = int_to_double(a);
    if (!x) return x.error();
    auto y = int_to_double(b);
    if (!y) return y.error();
    auto r = float_pow(*x, *y);
    if (!r) return r.error();
    return Value::number(*r);
  }
  int64_t base, exp;
  if (a.is_int() && (base = a.as_int()) >= -1 && base <= 1) {
    if (base == 1 || int_sign(b) == 0) return make_int(1);
    if (base == 0) return make_int(0);
    Mpz e(b);  // (-1) ** b
    return make_int(mpz_odd_p(e.z) ? -1 : 1);
  }
  if (!b.is_int() || (exp = b.as_int()) > static_cast<int64_t>(kMaxResultBits)) return memory_error();
  if (a.is_int()) {  // repeated squaring while it fits in int64
    int64_t result = 1, sq = base, e = exp;
    bool overflow = false;
    while (e > 0 && !overflow) {
      if (e & 1) overflow |= __builtin_mul_overflow(result, sq, &result);
      e >>= 1;
      if (e > 0) overflow |= __builtin_mul_overflow(sq, sq, &sq);
    }
    if (!overflow) return make_int(result);
  }
  Mpz x(a);
  if (static_cast<uint64_t>(exp) * mpz_sizeinbase(x.z, 2) > kMaxResultBits) return memory_error();
  mpz_pow_ui(x.z, x.z, static_cast<unsigned long>(exp));
  return x.value();
}

Result<Value> int_pow_mod(Value a, Value b, Value m) {
  Mpz base(a), exp(b), mod(m), r;
  if (mpz_sgn(mod.z) == 0) return value_error("pow() 3rd argument cannot be 0");
  bool negative_output = mpz_sgn(mod.z) < 0;
  mpz_abs(mod.z, mod.z);
  if (mpz_cmp_ui(mod.z, 1) == 0) return make_int(0);
  if (mpz_sgn(exp.z) < 0) {
    mpz_neg(exp.z, exp.z);
    if (mpz_invert(base.z, base.z, mod.z) == 0) return value_error("base is not invertible for the given modulus");
  }
  mpz_mod(base.z, base.z, mod.z);
  mpz_powm(r.z, base.z, exp.z, mod.z);
  if (negative_output && mpz_sgn(r.z) != 0) mpz_sub(r.z, r.z, mod.z);
  return r.value();
}

// -- Shifts and bits --

Result<Value> int_lshift(Value a, Value n) {
  if (int_sign(n) < 0) return value_error("negative shift count");
  if (int_sign(a) == 0) return make_int(0);
  if (!n.is_int() || static_cast<uint64_t>(n.as_int()) > kMaxResultBits) return memory_error();
  int64_t count = n.as_int();
  if (a.is_int() && count < 62) {
    int64_t x = a.as_int();
    int64_t mag = x < 0 ? -x : x;
    if (count < __builtin_clzll(static_cast<uint64_t>(mag)) - 1) return make_int(x * (int64_t{1} << count));
  }
  return integer_shl(a, static_cast<uint64_t>(count));
}

Result<Value> int_rshift(Value a, Value n) {
  int sn = int_sign(n);
  if (sn < 0) return value_error("negative shift count");
  if (!n.is_int()) return make_int(int_sign(a) < 0 ? -1 : 0);
  int64_t count = n.as_int();
  return integer_shr(a, static_cast<uint64_t>(count));
}

Value int_and(Value a, Value b) {
  if (both_small(a, b)) return make_int(a.as_int() & b.as_int());
  IntegerView x(a), y(b);
  Mpz r;
  mpz_and(r.z, x, y);
  return r.value();
}

Value int_or(Value a, Value b) {
  if (both_small(a, b)) return make_int(a.as_int() | b.as_int());
  IntegerView x(a), y(b);
  Mpz r;
  mpz_ior(r.z, x, y);
  return r.value();
}

Value int_xor(Value a, Value b) {
  if (both_small(a, b)) return make_int(a.as_int() ^ b.as_int());
  IntegerView x(a), y(b);
  Mpz r;
  mpz_xor(r.z, x, y);
  return r.value();
}

Value int_invert(Value a) {
  if (a.is_int()) return make_int(~a.as_int());
  IntegerView x(a);
  Mpz r;
  mpz_com(r.z, x);
  return r.value();
}

int64_t int_bit_length(Value a) {
  if (a.is_int()) {
    int64_t x = a.as_int();
    uint64_t mag = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    return mag == 0 ? 0 : 64 - __builtin_clzll(mag);
  }
  return static_cast<int64_t>(mpz_sizeinbase(IntegerView(a), 2));
}

// -- Conversions --

Result<double> int_to_double(Value a) {
  if (a.is_int()) return static_cast<double>(a.as_int());  // 48 bits: exact
  Mpz x(a);
  bool negative = mpz_sgn(x.z) < 0;
  mpz_abs(x.z, x.z);
  double d = round_scaled(x.z, 0, false);
  if (std::isinf(d)) return overflow_error("int too large to convert to float");
  return negative ? -d : d;
}

Result<Value> double_to_int(double d) {
  if (std::isnan(d)) return value_error("cannot convert float NaN to integer");
  if (std::isinf(d)) return overflow_error("cannot convert float infinity to integer");
  if (std::fabs(d) < 9.0e15) return make_int(static_cast<int64_t>(d));
  Mpz x;
  mpz_set_d(x.z, d);  // truncates; exact for every finite double
  return x.value();
}

Value int_round(Value a, Value ndigits) {
  if (int_sign(ndigits) >= 0) return a;
  Mpz x(a), k(ndigits);
  mpz_neg(k.z, k.z);
  // |a| < 10**k / 2 whenever 10**k has more digits than a: the result is 0.
  if (mpz_cmp_ui(k.z, mpz_sizeinbase(x.z, 10) + 1) > 0) return make_int(0);
  Mpz p, q, r, twice;
  mpz_ui_pow_ui(p.z, 10, mpz_get_ui(k.z));
  mpz_fdiv_qr(q.z, r.z, x.z, p.z);
  mpz_mul_2exp(twice.z, r.z, 1);
  int c = mpz_cmp(twice.z, p.z);
  if (c > 0 || (c == 0 && mpz_odd_p(q.z))) mpz_add_ui(q.z, q.z, 1);
  mpz_mul(q.z, q.z, p.z);
  return q.value();
}

}  // namespace sy::pylib
