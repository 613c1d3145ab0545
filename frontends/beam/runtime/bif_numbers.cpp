// Arithmetic, comparison and boolean BIFs, and the math module. Erlang's rules on top of
// core's arithmetic: integer-only operators reject floats, every failure is badarith,
// and a float result that is not finite is badarith too.
#include <cmath>

#include "core/arith.h"
#include "core/bigint.h"
#include "frontends/beam/runtime/bif_impl.h"
#include "frontends/beam/runtime/compare.h"

namespace sy::beam::bif {

bool is_integer_term(Value v) { return v.is_int() || is_instance(v, cls::BigInt); }

namespace {

bool is_zero(Value v) { return (v.is_int() && v.as_int() == 0) || (v.is_double() && v.as_double() == 0.0); }

double to_double(Value v) { return v.is_double() ? v.as_double() : integer_to_double(v); }

// A float result must be finite.
Value checked(BifContext& cx, Value r) {
  if (r.is_double() && !std::isfinite(r.as_double())) return cx.badarith();
  return r;
}

int sign_of(Value v) { return bigint_cmp(v, Value::small_int(0)); }

// The largest shift erts accepts before system_limit: results of up to 2^32 bits.
constexpr int64_t kMaxShift = int64_t{1} << 32;

Value shift(BifContext& cx, Value a, Value b, bool left) {
  if (!is_integer_term(a) || !is_integer_term(b)) return cx.badarith();
  int64_t n;
  bool fits = integer_to_int64(b, &n);
  bool leftward = left ? (!fits ? sign_of(b) > 0 : n >= 0) : (!fits ? sign_of(b) < 0 : n < 0);
  if (fits && n == INT64_MIN) fits = false;
  int64_t amount = fits ? (n < 0 ? -n : n) : INT64_MAX;
  if (sign_of(a) == 0) return Value::small_int(0);
  if (leftward) {
    if (amount > kMaxShift) return cx.system_limit();
    return arith::shl(cx.vm, a, make_int(amount));
  }
  if (amount > kMaxShift) return Value::small_int(sign_of(a) < 0 ? -1 : 0);
  return arith::shr(cx.vm, a, make_int(amount));
}

Value boolean_of(bool b) { return Value::boolean(b); }

// math functions: badarg for a non-number, badarith outside the domain.
// Inlined into each BIF, so that f is known there (std::sqrt becomes one instruction).
[[gnu::always_inline]] inline Value math1(BifContext& cx, Value x, double (*f)(double)) {
  if (!is_number(x)) return cx.badarg();
  if (!std::isfinite(to_double(x))) return cx.badarith();
  double r = f(to_double(x));
  if (!std::isfinite(r)) return cx.badarith();
  return Value::number(r);
}

}  // namespace

// -- Arithmetic --

Value erlang_plus_2(BifContext& cx, const Value* a) {
  if (!is_number(a[0]) || !is_number(a[1])) return cx.badarith();
  return checked(cx, arith::add(cx.vm, a[0], a[1]));
}
Value erlang_minus_2(BifContext& cx, const Value* a) {
  if (!is_number(a[0]) || !is_number(a[1])) return cx.badarith();
  return checked(cx, arith::sub(cx.vm, a[0], a[1]));
}
Value erlang_times_2(BifContext& cx, const Value* a) {
  if (!is_number(a[0]) || !is_number(a[1])) return cx.badarith();
  return checked(cx, arith::mul(cx.vm, a[0], a[1]));
}
// erts converts both operands to floats first (a bignum quotient is not rounded once).
Value erlang_divide_2(BifContext& cx, const Value* a) {
  if (!is_number(a[0]) || !is_number(a[1]) || is_zero(a[1])) return cx.badarith();
  return checked(cx, Value::number(to_double(a[0]) / to_double(a[1])));
}
Value erlang_div_2(BifContext& cx, const Value* a) {
  if (!is_integer_term(a[0]) || !is_integer_term(a[1]) || is_zero(a[1])) return cx.badarith();
  return arith::tdiv(cx.vm, a[0], a[1]);
}
Value erlang_rem_2(BifContext& cx, const Value* a) {
  if (!is_integer_term(a[0]) || !is_integer_term(a[1]) || is_zero(a[1])) return cx.badarith();
  return arith::rem(cx.vm, a[0], a[1]);
}
Value erlang_band_2(BifContext& cx, const Value* a) {
  if (!is_integer_term(a[0]) || !is_integer_term(a[1])) return cx.badarith();
  return arith::band(cx.vm, a[0], a[1]);
}
Value erlang_bor_2(BifContext& cx, const Value* a) {
  if (!is_integer_term(a[0]) || !is_integer_term(a[1])) return cx.badarith();
  return arith::bor(cx.vm, a[0], a[1]);
}
Value erlang_bxor_2(BifContext& cx, const Value* a) {
  if (!is_integer_term(a[0]) || !is_integer_term(a[1])) return cx.badarith();
  return arith::bxor(cx.vm, a[0], a[1]);
}
Value erlang_bsl_2(BifContext& cx, const Value* a) { return shift(cx, a[0], a[1], true); }
Value erlang_bsr_2(BifContext& cx, const Value* a) { return shift(cx, a[0], a[1], false); }
Value erlang_bnot_1(BifContext& cx, const Value* a) {
  if (!is_integer_term(a[0])) return cx.badarith();
  return arith::bnot(cx.vm, a[0]);
}
Value erlang_plus_1(BifContext& cx, const Value* a) { return is_number(a[0]) ? a[0] : cx.badarith(); }
Value erlang_minus_1(BifContext& cx, const Value* a) {
  if (!is_number(a[0])) return cx.badarith();
  return arith::neg(cx.vm, a[0]);
}

Value erlang_abs_1(BifContext& cx, const Value* a) {
  Value x = a[0];
  if (x.is_double()) return Value::number(std::fabs(x.as_double()));
  if (!is_integer_term(x)) return cx.badarg();
  return sign_of(x) < 0 ? arith::neg(cx.vm, x) : x;
}
Value erlang_float_1(BifContext& cx, const Value* a) {
  if (a[0].is_double()) return a[0];
  if (!is_integer_term(a[0])) return cx.badarg();
  double d = integer_to_double(a[0]);
  if (!std::isfinite(d)) return cx.badarg();
  return Value::number(d);
}

namespace {
Value to_integer(BifContext& cx, Value x, double (*f)(double)) {
  if (is_integer_term(x)) return x;
  if (!x.is_double()) return cx.badarg();
  return integer_from_double(f(x.as_double()));
}
}  // namespace

Value erlang_trunc_1(BifContext& cx, const Value* a) { return to_integer(cx, a[0], std::trunc); }
Value erlang_round_1(BifContext& cx, const Value* a) { return to_integer(cx, a[0], std::round); }
Value erlang_ceil_1(BifContext& cx, const Value* a) { return to_integer(cx, a[0], std::ceil); }
Value erlang_floor_1(BifContext& cx, const Value* a) { return to_integer(cx, a[0], std::floor); }

// -- Comparison and booleans --

Value erlang_eq_exact_2(BifContext&, const Value* a) { return boolean_of(exact_equal_fast(a[0], a[1])); }
Value erlang_ne_exact_2(BifContext&, const Value* a) { return boolean_of(!exact_equal_fast(a[0], a[1])); }
Value erlang_eq_2(BifContext&, const Value* a) { return boolean_of(compare(a[0], a[1]) == 0); }
Value erlang_ne_2(BifContext&, const Value* a) { return boolean_of(compare(a[0], a[1]) != 0); }
Value erlang_lt_2(BifContext&, const Value* a) { return boolean_of(compare(a[0], a[1]) < 0); }
Value erlang_le_2(BifContext&, const Value* a) { return boolean_of(compare(a[0], a[1]) <= 0); }
Value erlang_gt_2(BifContext&, const Value* a) { return boolean_of(compare(a[0], a[1]) > 0); }
Value erlang_ge_2(BifContext&, const Value* a) { return boolean_of(compare(a[0], a[1]) >= 0); }

Value erlang_and_2(BifContext& cx, const Value* a) {
  if (!a[0].is_bool() || !a[1].is_bool()) return cx.badarg();
  return boolean_of(a[0].is_true() && a[1].is_true());
}
Value erlang_or_2(BifContext& cx, const Value* a) {
  if (!a[0].is_bool() || !a[1].is_bool()) return cx.badarg();
  return boolean_of(a[0].is_true() || a[1].is_true());
}
Value erlang_xor_2(BifContext& cx, const Value* a) {
  if (!a[0].is_bool() || !a[1].is_bool()) return cx.badarg();
  return boolean_of(a[0].is_true() != a[1].is_true());
}
Value erlang_not_1(BifContext& cx, const Value* a) {
  if (!a[0].is_bool()) return cx.badarg();
  return boolean_of(!a[0].is_true());
}

// max/min: Term1 when the two compare equal.
Value erlang_max_2(BifContext&, const Value* a) { return compare(a[0], a[1]) < 0 ? a[1] : a[0]; }
Value erlang_min_2(BifContext&, const Value* a) { return compare(a[0], a[1]) > 0 ? a[1] : a[0]; }

// -- math --

Value math_pi_0(BifContext&, const Value*) { return Value::number(M_PI); }
Value math_sin_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::sin); }
Value math_cos_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::cos); }
Value math_tan_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::tan); }
Value math_asin_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::asin); }
Value math_acos_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::acos); }
Value math_atan_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::atan); }
Value math_sinh_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::sinh); }
Value math_cosh_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::cosh); }
Value math_tanh_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::tanh); }
Value math_asinh_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::asinh); }
Value math_acosh_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::acosh); }
Value math_atanh_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::atanh); }
Value math_exp_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::exp); }
Value math_log2_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::log2); }
Value math_log10_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::log10); }
Value math_sqrt_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::sqrt); }
Value math_erf_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::erf); }
Value math_erfc_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::erfc); }
Value math_ceil_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::ceil); }
Value math_floor_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::floor); }
Value math_log_1(BifContext& cx, const Value* a) { return math1(cx, a[0], std::log); }
Value math_atan2_2(BifContext& cx, const Value* a) {
  if (!is_number(a[0]) || !is_number(a[1])) return cx.badarg();
  return Value::number(std::atan2(to_double(a[0]), to_double(a[1])));
}
Value math_pow_2(BifContext& cx, const Value* a) {
  if (!is_number(a[0]) || !is_number(a[1])) return cx.badarg();
  double r = std::pow(to_double(a[0]), to_double(a[1]));
  if (!std::isfinite(r)) return cx.badarith();
  return Value::number(r);
}
Value math_fmod_2(BifContext& cx, const Value* a) {
  if (!is_number(a[0]) || !is_number(a[1])) return cx.badarg();
  double r = std::fmod(to_double(a[0]), to_double(a[1]));
  if (!std::isfinite(r)) return cx.badarith();
  return Value::number(r);
}

}  // namespace sy::beam::bif
