// int, bool and float: the operators (one native per operator serves every pair of
// numeric classes, and is both the fast native sites link to and the body of the
// __add__/__radd__ methods), comparisons, hashing, constructors and numeric builtins.
#include <gmp.h>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>

#include "core/arith.h"
#include "core/bigint.h"
#include "core/bigint_gmp.h"
#include "frontends/python/lib/float_text.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/sites.h"

namespace sy::py {

bool is_number(Value v) { return v.is_int() || v.is_double() || v.is_bool() || is_instance(v, cls::BigInt); }

namespace {

bool is_integral(Value v) { return v.is_int() || v.is_bool() || is_instance(v, cls::BigInt); }
Value as_int_value(Value v) { return v.is_bool() ? Value::small_int(v.is_true()) : v; }

}  // namespace

bool to_double(VM& vm, Value v, double* out) {
  if (v.is_double()) {
    *out = v.as_double();
    return true;
  }
  if (v.is_int()) {
    *out = static_cast<double>(v.as_int());
    return true;
  }
  if (v.is_bool()) {
    *out = v.is_true();
    return true;
  }
  if (is_instance(v, cls::BigInt)) {
    double d = integer_to_double(v);
    if (std::isinf(d)) {
      raise(vm, types().OverflowError, "int too large to convert to float");
      return false;
    }
    *out = d;
    return true;
  }
  PyType* t = type_of(v);
  if (t->heap) {
    Value m = type_lookup(t, "__float__");
    if (m.is_empty()) m = type_lookup(t, "__index__");
    if (!m.is_empty()) {
      Value r = call_special(vm, m, v, {});
      if (r.is_empty()) return false;
      return to_double(vm, r, out);
    }
  }
  raise_type_error(vm, "must be real number, not " + type_name_of(v));
  return false;
}

std::string float_repr(double d) { return pylib::float_repr(d); }
std::string int_repr(Value v) { return integer_to_string(as_int_value(v)); }

Value int_from_double(VM& vm, double d) {
  if (std::isnan(d)) return raise_value_error(vm, "cannot convert float NaN to integer");
  if (std::isinf(d)) return raise(vm, types().OverflowError, "cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (std::fabs(t) < 9.0e15) return make_int(static_cast<int64_t>(t));
  mpz_t z;
  mpz_init(z);
  mpz_set_d(z, t);
  Value r = integer_from_mpz(z);
  mpz_clear(z);
  return r;
}

// -- Hashing (CPython's numeric hash: reduction modulo 2**61 - 1) --

namespace {
constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
}

int64_t hash_int(Value v) {
  v = as_int_value(v);
  if (v.is_int()) {
    int64_t n = v.as_int();
    uint64_t m = static_cast<uint64_t>(n < 0 ? -n : n) % kModulus;
    int64_t h = n < 0 ? -static_cast<int64_t>(m) : static_cast<int64_t>(m);
    return h == -1 ? -2 : h;
  }
  mpz_t z, r;
  mpz_init(z);
  mpz_init(r);
  integer_to_mpz(v, z);
  int neg = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  mpz_t mod;
  mpz_init_set_ui(mod, 1);
  mpz_mul_2exp(mod, mod, 61);
  mpz_sub_ui(mod, mod, 1);
  mpz_mod(r, z, mod);
  auto h = static_cast<int64_t>(mpz_get_ui(r));
  mpz_clear(z);
  mpz_clear(r);
  mpz_clear(mod);
  if (neg) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hash_double(double d) {
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kModulus) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & kModulus) | x >> (61 - e);
  auto h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

// -- Operators --

namespace {

Value zero_div(VM& vm, const char* msg) { return raise(vm, types().ZeroDivisionError, msg); }

// Float floor division and modulo as CPython's float_divmod.
void float_divmod(double vx, double wx, double* div_out, double* mod_out) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double floordiv;
  if (div) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  *div_out = floordiv;
  *mod_out = mod;
}

Value float_pow(VM& vm, double iv, double iw) {
  if (iw == 0) return Value::number(1.0);
  if (std::isnan(iv)) return Value::number(iw == 0 ? 1.0 : iv);
  if (std::isnan(iw)) return Value::number(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return Value::number(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return Value::number(std::fabs(iw));
    return Value::number(0.0);
  }
  bool iw_is_odd = std::fmod(std::fabs(iw), 2.0) == 1.0;
  if (std::isinf(iv)) {
    if (iw > 0.0) return Value::number(iw_is_odd ? iv : std::fabs(iv));
    return Value::number(iw_is_odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    if (iw < 0.0) return zero_div(vm, "0.0 cannot be raised to a negative power");
    return Value::number(iw_is_odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw))
      return raise_value_error(vm, "complex results are not supported (negative number to a fractional power)");
    iv = -iv;
    negate = iw_is_odd;
  }
  if (iv == 1.0) return Value::number(negate ? -1.0 : 1.0);
  errno = 0;
  double ix = std::pow(iv, iw);
  if (negate) ix = -ix;
  if (std::isinf(ix)) {
    Value e = new_exception(vm, types().OverflowError,
                            Value::object(tuple_of({Value::small_int(34), str("Numerical result out of range")})));
    return vm.raise(e);
  }
  return Value::number(ix);
}

Value int_pow(VM& vm, Value a, Value b) {
  if (is_instance(b, cls::BigInt) || b.as_int() < 0) {
    if (!b.is_int() && bigint_cmp(b, Value::small_int(0)) > 0) {
      // A huge exponent: only 0, 1 and -1 give a result that fits in memory.
      if (a.is_int() && (a.as_int() == 0 || a.as_int() == 1)) return a;
      if (a.is_int() && a.as_int() == -1) {
        mpz_t z;
        mpz_init(z);
        integer_to_mpz(b, z);
        bool odd = mpz_odd_p(z);
        mpz_clear(z);
        return Value::small_int(odd ? -1 : 1);
      }
      return raise(vm, types().MemoryError, "");
    }
    double x, y;
    if (!to_double(vm, a, &x) || !to_double(vm, b, &y)) return Value();
    if (x == 0.0) return zero_div(vm, "0.0 cannot be raised to a negative power");
    return float_pow(vm, x, y);
  }
  uint64_t e = static_cast<uint64_t>(b.as_int());
  if (e == 0) return Value::small_int(1);
  int64_t small = 2;
  if (a.is_int()) small = a.as_int();
  if (small == 0 || small == 1) return a;
  if (small == -1) return Value::small_int(e % 2 ? -1 : 1);
  mpz_t z;
  mpz_init(z);
  integer_to_mpz(a, z);
  mpz_pow_ui(z, z, e);
  Value r = integer_from_mpz(z);
  mpz_clear(z);
  return r;
}

// a / b for ints, correctly rounded (CPython's long_true_divide): a quotient of 66 bits
// with a sticky bit for the remainder, rounded to 53 bits half to even.
Value int_true_divide(VM& vm, Value a, Value b) {
  const int64_t kExact = int64_t{1} << 53;
  if (a.is_int() && b.is_int() && a.as_int() > -kExact && a.as_int() < kExact && b.as_int() > -kExact &&
      b.as_int() < kExact)
    return Value::number(static_cast<double>(a.as_int()) / static_cast<double>(b.as_int()));
  mpz_t x, y, q, r;
  mpz_inits(x, y, q, r, nullptr);
  integer_to_mpz(a, x);
  integer_to_mpz(b, y);
  bool neg = (mpz_sgn(x) < 0) != (mpz_sgn(y) < 0);
  mpz_abs(x, x);
  mpz_abs(y, y);
  double result = 0;
  if (mpz_sgn(x) != 0) {
    long shift = 66 - (static_cast<long>(mpz_sizeinbase(x, 2)) - static_cast<long>(mpz_sizeinbase(y, 2)));
    if (shift >= 0) mpz_mul_2exp(x, x, static_cast<mp_bitcnt_t>(shift));
    else mpz_mul_2exp(y, y, static_cast<mp_bitcnt_t>(-shift));
    mpz_tdiv_qr(q, r, x, y);
    if (mpz_sgn(r) != 0) mpz_setbit(q, 0);  // sticky
    long bits = static_cast<long>(mpz_sizeinbase(q, 2));
    long excess = bits - 53;
    mpz_t top, rest;
    mpz_inits(top, rest, nullptr);
    mpz_tdiv_q_2exp(top, q, static_cast<mp_bitcnt_t>(excess));
    mpz_tdiv_r_2exp(rest, q, static_cast<mp_bitcnt_t>(excess));
    int cmp = mpz_cmp_ui(rest, 0);
    mpz_t half;
    mpz_init_set_ui(half, 1);
    mpz_mul_2exp(half, half, static_cast<mp_bitcnt_t>(excess - 1));
    cmp = mpz_cmp(rest, half);
    if (cmp > 0 || (cmp == 0 && mpz_odd_p(top))) mpz_add_ui(top, top, 1);
    result = std::ldexp(mpz_get_d(top), static_cast<int>(excess - shift));
    mpz_clears(top, rest, half, nullptr);
  }
  mpz_clears(x, y, q, r, nullptr);
  if (std::isinf(result)) return raise(vm, types().OverflowError, "integer division result too large for a float");
  return Value::number(neg ? -result : result);
}

// a op b for two numbers; NotImplemented when either is not a number.
Value num_binary(VM& vm, std::string_view op, Value a, Value b) {
  if (!is_number(a) || !is_number(b)) return notimplemented();
  if (is_integral(a) && is_integral(b)) {
    bool both_bool = a.is_bool() && b.is_bool();
    a = as_int_value(a);
    b = as_int_value(b);
    switch (op[0]) {
      case '+': return arith::add(vm, a, b);
      case '-': return arith::sub(vm, a, b);
      case '*': return op.size() == 2 ? int_pow(vm, a, b) : arith::mul(vm, a, b);
      case '/':
        if (b.is_int() && b.as_int() == 0)
          return zero_div(vm, op.size() == 2 ? "integer division or modulo by zero" : "division by zero");
        if (op.size() == 2) return arith::idiv(vm, a, b);
        return int_true_divide(vm, a, b);
      case '%':
        if (b.is_int() && b.as_int() == 0) return zero_div(vm, "integer modulo by zero");
        return arith::mod(vm, a, b);
      case '<':
        if (b.is_int() ? b.as_int() < 0 : bigint_cmp(b, Value::small_int(0)) < 0)
          return raise_value_error(vm, "negative shift count");
        if (!b.is_int()) return raise(vm, types().OverflowError, "too many digits in integer");
        return arith::shl(vm, a, b);
      case '>':
        if (b.is_int() ? b.as_int() < 0 : bigint_cmp(b, Value::small_int(0)) < 0)
          return raise_value_error(vm, "negative shift count");
        if (!b.is_int()) return Value::small_int(a.is_int() ? (a.as_int() < 0 ? -1 : 0) : (bigint_cmp(a, Value::small_int(0)) < 0 ? -1 : 0));
        return arith::shr(vm, a, b);
      case '&': {
        Value r = arith::band(vm, a, b);
        return both_bool ? Value::boolean(r.as_int() != 0) : r;
      }
      case '|': {
        Value r = arith::bor(vm, a, b);
        return both_bool ? Value::boolean(r.as_int() != 0) : r;
      }
      case '^': {
        Value r = arith::bxor(vm, a, b);
        return both_bool ? Value::boolean(r.as_int() != 0) : r;
      }
      case '@': return notimplemented();
    }
    return notimplemented();
  }
  double x, y;
  if (!to_double(vm, a, &x) || !to_double(vm, b, &y)) return Value();
  switch (op[0]) {
    case '+': return Value::number(x + y);
    case '-': return Value::number(x - y);
    case '*':
      if (op.size() == 2) return float_pow(vm, x, y);
      return Value::number(x * y);
    case '/': {
      if (op.size() == 2) {
        if (y == 0) return zero_div(vm, "float floor division by zero");
        double d, m;
        float_divmod(x, y, &d, &m);
        return Value::number(d);
      }
      if (y == 0) return zero_div(vm, "float division by zero");
      return Value::number(x / y);
    }
    case '%': {
      if (y == 0) return zero_div(vm, "float modulo");
      double d, m;
      float_divmod(x, y, &d, &m);
      return Value::number(m);
    }
    default: return notimplemented();  // shifts and bit operations are not defined on floats
  }
}

Value num_compare(VM& vm, Value a, Value b, CmpOp op) {
  if (!is_number(a) || !is_number(b)) return notimplemented();
  a = as_int_value(a);
  b = as_int_value(b);
  bool r;
  if (a.is_int() && b.is_int()) {
    int64_t x = a.as_int(), y = b.as_int();
    switch (op) {
      case CmpOp::Lt: r = x < y; break;
      case CmpOp::Le: r = x <= y; break;
      case CmpOp::Eq: r = x == y; break;
      case CmpOp::Ne: r = x != y; break;
      case CmpOp::Gt: r = x > y; break;
      default: r = x >= y; break;
    }
    return Value::boolean(r);
  }
  arith::Order o = arith::order(vm, a, b);
  if (o == arith::kError) return Value();
  if (o == arith::kUnordered) return Value::boolean(op == CmpOp::Ne);
  int c = static_cast<int>(o);
  switch (op) {
    case CmpOp::Lt: r = c < 0; break;
    case CmpOp::Le: r = c <= 0; break;
    case CmpOp::Eq: r = c == 0; break;
    case CmpOp::Ne: r = c != 0; break;
    case CmpOp::Gt: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return Value::boolean(r);
}

// -- Fast natives: one per operator, for every pair of numeric classes --

template <char C1, char C2 = 0>
Value fast_num(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Value x = a[0], y = a[1];
  if constexpr (C1 == '+' && C2 == 0) {
    if (x.is_int() && y.is_int()) {
      int64_t r = x.as_int() + y.as_int();
      if (Value::fits_small(r)) return Value::small_int(r);
    } else if (x.is_double() && y.is_double()) {
      return Value::number(x.as_double() + y.as_double());
    }
  } else if constexpr (C1 == '-' && C2 == 0) {
    if (x.is_int() && y.is_int()) {
      int64_t r = x.as_int() - y.as_int();
      if (Value::fits_small(r)) return Value::small_int(r);
    } else if (x.is_double() && y.is_double()) {
      return Value::number(x.as_double() - y.as_double());
    }
  } else if constexpr (C1 == '*' && C2 == 0) {
    if (x.is_int() && y.is_int()) {
      int64_t r;
      if (!__builtin_mul_overflow(x.as_int(), y.as_int(), &r) && Value::fits_small(r)) return Value::small_int(r);
    } else if (x.is_double() && y.is_double()) {
      return Value::number(x.as_double() * y.as_double());
    }
  } else if constexpr (C1 == '/' && C2 == '/') {
    if (x.is_int() && y.is_int() && y.as_int() > 0 && x.as_int() >= 0) return Value::small_int(x.as_int() / y.as_int());
  } else if constexpr (C1 == '%' && C2 == 0) {
    if (x.is_int() && y.is_int() && y.as_int() > 0 && x.as_int() >= 0) return Value::small_int(x.as_int() % y.as_int());
  }
  char op[3] = {C1, C2, 0};
  return num_binary(vm, op, x, y);
}

template <CmpOp Op>
Value fast_cmp(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Value x = a[0], y = a[1];
  if (x.is_int() && y.is_int()) {
    int64_t p = x.as_int(), q = y.as_int();
    if constexpr (Op == CmpOp::Lt) return Value::boolean(p < q);
    if constexpr (Op == CmpOp::Le) return Value::boolean(p <= q);
    if constexpr (Op == CmpOp::Eq) return Value::boolean(p == q);
    if constexpr (Op == CmpOp::Ne) return Value::boolean(p != q);
    if constexpr (Op == CmpOp::Gt) return Value::boolean(p > q);
    if constexpr (Op == CmpOp::Ge) return Value::boolean(p >= q);
  }
  if (x.is_double() && y.is_double()) {
    double p = x.as_double(), q = y.as_double();
    if constexpr (Op == CmpOp::Lt) return Value::boolean(p < q);
    if constexpr (Op == CmpOp::Le) return Value::boolean(p <= q);
    if constexpr (Op == CmpOp::Eq) return Value::boolean(p == q);
    if constexpr (Op == CmpOp::Ne) return Value::boolean(p != q);
    if constexpr (Op == CmpOp::Gt) return Value::boolean(p > q);
    if constexpr (Op == CmpOp::Ge) return Value::boolean(p >= q);
  }
  return num_compare(vm, x, y, Op);
}

Value fast_neg(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Value x = a[0];
  if (x.is_double()) return Value::number(-x.as_double());
  return arith::neg(vm, as_int_value(x));
}
Value fast_pos(VM&, const NativeCallable*, const Value* a, uint32_t) { return as_int_value(a[0]); }
Value fast_invert(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  return arith::bnot(vm, as_int_value(a[0]));
}
Value fast_truth(VM&, const NativeCallable*, const Value* a, uint32_t) {
  Value x = a[0];
  if (x.is_bool()) return x;
  if (x.is_int()) return Value::boolean(x.as_int() != 0);
  if (x.is_double()) return Value::boolean(x.as_double() != 0.0);
  return Value::boolean(true);  // a BigInt is never zero
}
Value none_truth(VM&, const NativeCallable*, const Value*, uint32_t) { return Value::boolean(false); }

// -- Methods (dunders of int, bool and float) --

template <char C1, char C2, bool Reflected>
Value dunder_binop(VM& vm, const Args& a) {
  char op[3] = {C1, C2, 0};
  return Reflected ? num_binary(vm, op, a.pos[1], a.pos[0]) : num_binary(vm, op, a.pos[0], a.pos[1]);
}
template <CmpOp Op>
Value dunder_cmp(VM& vm, const Args& a) {
  return num_compare(vm, a.pos[0], a.pos[1], Op);
}

Value m_neg(VM& vm, const Args& a) { return fast_neg(vm, nullptr, a.pos, 1); }
Value m_pos(VM& vm, const Args& a) { return fast_pos(vm, nullptr, a.pos, 1); }
Value m_invert(VM& vm, const Args& a) { return fast_invert(vm, nullptr, a.pos, 1); }
Value m_abs(VM& vm, const Args& a) {
  Value x = a.pos[0];
  if (x.is_double()) return Value::number(std::fabs(x.as_double()));
  x = as_int_value(x);
  if (x.is_int() ? x.as_int() < 0 : bigint_cmp(x, Value::small_int(0)) < 0) return arith::neg(vm, x);
  return x;
}
Value m_bool(VM& vm, const Args& a) { return fast_truth(vm, nullptr, a.pos, 1); }
Value m_int(VM& vm, const Args& a) {
  Value x = a.pos[0];
  if (x.is_double()) return int_from_double(vm, x.as_double());
  return as_int_value(x);
}
Value m_float(VM& vm, const Args& a) {
  double d;
  if (!to_double(vm, a.pos[0], &d)) return Value();
  return Value::number(d);
}
Value m_hash(VM&, const Args& a) {
  Value x = a.pos[0];
  return Value::small_int(x.is_double() ? hash_double(x.as_double()) : hash_int(x));
}
Value m_repr(VM&, const Args& a) {
  Value x = a.pos[0];
  if (x.is_bool()) return str(x.is_true() ? "True" : "False");
  if (x.is_double()) return str(float_repr(x.as_double()));
  return str(int_repr(x));
}
Value m_bit_length(VM&, const Args& a) {
  Value x = as_int_value(a.pos[0]);
  if (x.is_int()) {
    int64_t n = x.as_int();
    uint64_t m = n < 0 ? static_cast<uint64_t>(-n) : static_cast<uint64_t>(n);
    return Value::small_int(m == 0 ? 0 : 64 - __builtin_clzll(m));
  }
  mpz_t z;
  mpz_init(z);
  integer_to_mpz(x, z);
  size_t bits = mpz_sizeinbase(z, 2);
  mpz_clear(z);
  return Value::small_int(static_cast<int64_t>(bits));
}
Value m_bit_count(VM&, const Args& a) {
  mpz_t z;
  mpz_init(z);
  integer_to_mpz(as_int_value(a.pos[0]), z);
  mpz_abs(z, z);
  auto n = static_cast<int64_t>(mpz_popcount(z));
  mpz_clear(z);
  return Value::small_int(n);
}
Value m_conjugate(VM&, const Args& a) { return a.pos[0].is_double() ? a.pos[0] : as_int_value(a.pos[0]); }
Value m_is_integer(VM&, const Args& a) {
  double d = a.pos[0].as_double();
  return Value::boolean(std::isfinite(d) && d == std::floor(d));
}
Value m_real(VM&, const Args& a) { return a.pos[0].is_double() ? a.pos[0] : as_int_value(a.pos[0]); }
Value m_imag(VM&, const Args& a) { return a.pos[0].is_double() ? Value::number(0.0) : Value::small_int(0); }
Value m_numerator(VM&, const Args& a) { return as_int_value(a.pos[0]); }
Value m_denominator(VM&, const Args&) { return Value::small_int(1); }
Value m_as_integer_ratio(VM& vm, const Args& a) {
  double d = a.pos[0].as_double();
  if (std::isinf(d)) return raise(vm, types().OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return raise_value_error(vm, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  Value num = int_from_double(vm, m), den = Value::small_int(1);
  if (e > 0) num = arith::shl(vm, num, Value::small_int(e));
  else den = arith::shl(vm, den, Value::small_int(-e));
  return Value::object(tuple_of({num, den}));
}

// round(): banker's rounding; for floats with digits, correctly rounded through decimal text.
Value round_number(VM& vm, Value x, Value nd) {
  if (is_integral(x)) {
    x = as_int_value(x);
    if (nd.is_empty() || nd.is_nil()) return x;
    int64_t n;
    if (!index_value(vm, nd, &n, "ndigits")) return Value();
    if (n >= 0) return x;
    // Round to a multiple of 10**-n, half to even.
    Value p = int_pow(vm, Value::small_int(10), Value::small_int(-n));
    Value q = arith::idiv(vm, x, p), r = arith::mod(vm, x, p);
    Value twice = arith::mul(vm, r, Value::small_int(2));
    int c = bigint_cmp(twice, p);
    if (c > 0 || (c == 0 && bigint_cmp(arith::mod(vm, q, Value::small_int(2)), Value::small_int(1)) == 0))
      q = arith::add(vm, q, Value::small_int(1));
    return arith::mul(vm, q, p);
  }
  double d = x.as_double();
  if (nd.is_empty() || nd.is_nil()) {
    double r = std::nearbyint(d);  // the default rounding mode is to nearest, ties to even
    return int_from_double(vm, r);
  }
  int64_t n;
  if (!index_value(vm, nd, &n, "ndigits")) return Value();
  if (!std::isfinite(d) || d == 0.0) return x;
  if (n > 330) return x;
  if (n < -330) return Value::number(std::copysign(0.0, d));
  if (n >= 0) {
    char buf[400];
    auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed, static_cast<int>(n));
    *res.ptr = 0;
    return Value::number(std::strtod(buf, nullptr));
  }
  double p = std::pow(10.0, static_cast<double>(-n));
  double y = d / p;
  double z = std::nearbyint(y);
  if (std::fabs(y - z) == 0.5) z = 2.0 * std::nearbyint(y / 2.0);
  return Value::number(z * p);
}

Value m_round(VM& vm, const Args& a) { return round_number(vm, a.pos[0], a.npos > 1 ? a.pos[1] : Value()); }
Value m_trunc(VM& vm, const Args& a) { return m_int(vm, a); }
Value m_floor(VM& vm, const Args& a) {
  Value x = a.pos[0];
  if (x.is_double()) return int_from_double(vm, std::floor(x.as_double()));
  return as_int_value(x);
}
Value m_ceil(VM& vm, const Args& a) {
  Value x = a.pos[0];
  if (x.is_double()) return int_from_double(vm, std::ceil(x.as_double()));
  return as_int_value(x);
}
Value m_index(VM&, const Args& a) { return as_int_value(a.pos[0]); }
Value m_divmod(VM& vm, const Args& a) {
  if (is_integral(a.pos[0]) && is_integral(a.pos[1])) {  // one division for both
    Value x = as_int_value(a.pos[0]), y = as_int_value(a.pos[1]);
    if (y.is_int() && y.as_int() == 0) return zero_div(vm, "integer division or modulo by zero");
    Value q, r;
    if (!arith::divmod(vm, x, y, &q, &r)) return Value();
    return Value::object(tuple_of({q, r}));
  }
  Value q = num_binary(vm, "//", a.pos[0], a.pos[1]);
  if (q.is_empty() || q == notimplemented()) return q;
  Value r = num_binary(vm, "%", a.pos[0], a.pos[1]);
  if (r.is_empty()) return r;
  return Value::object(tuple_of({q, r}));
}

// -- Constructors --

// int(text, base) as CPython: whitespace, sign, base prefixes, single underscores.
Value parse_int_text(VM& vm, Value text, int64_t base) {
  std::string_view s = sv(text);
  auto fail = [&] {
    return raise_value_error(vm, "invalid literal for int() with base " + std::to_string(base) + ": " +
                                     std::string(to_repr(vm, text).is_empty() ? "" : sv(to_repr(vm, text))));
  };
  size_t i = 0, n = s.size();
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (i < n && space(s[i])) ++i;
  while (n > i && space(s[n - 1])) --n;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  int64_t b = base;
  if (i + 1 < n && s[i] == '0') {
    char p = static_cast<char>(std::tolower(s[i + 1]));
    int64_t pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (b == 0 || b == pb)) {
      b = pb;
      i += 2;
      if (i < n && s[i] == '_') ++i;
    }
  }
  if (b == 0) {
    b = 10;
    // base 0: a decimal with a leading zero must be all zeros.
    if (i < n && s[i] == '0') {
      for (size_t k = i; k < n; ++k)
        if (s[k] != '0' && s[k] != '_') return fail();
    }
  }
  std::string digits;
  bool last_us = true;
  for (size_t k = i; k < n; ++k) {
    char c = s[k];
    if (c == '_') {
      if (last_us) return fail();
      last_us = true;
      continue;
    }
    int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
            : std::isalpha(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10
                                                           : 99;
    if (d >= b) return fail();
    digits += c;
    last_us = false;
  }
  if (digits.empty() || last_us) return fail();
  mpz_t z;
  mpz_init(z);
  if (mpz_set_str(z, digits.c_str(), static_cast<int>(b)) != 0) {
    mpz_clear(z);
    return fail();
  }
  if (neg) mpz_neg(z, z);
  Value r = integer_from_mpz(z);
  mpz_clear(z);
  return r;
}

Value int_new(VM& vm, const Args& a) {
  Value x = arg(a, 0);
  Value base = arg_or_kw(a, 1, 0);
  if (x.is_empty()) {
    if (!base.is_empty()) return raise_type_error(vm, "int() missing string argument");
    return Value::small_int(0);
  }
  if (!base.is_empty()) {
    int64_t b;
    if (!index_value(vm, base, &b, "base")) return Value();
    if (b != 0 && (b < 2 || b > 36)) return raise_value_error(vm, "int() base must be >= 2 and <= 36, or 0");
    if (!is_str(x)) return raise_type_error(vm, "int() can't convert non-string with explicit base");
    return parse_int_text(vm, x, b);
  }
  if (is_integral(x)) return as_int_value(x);
  if (x.is_double()) return int_from_double(vm, x.as_double());
  if (is_str(x)) return parse_int_text(vm, x, 10);
  PyType* t = type_of(x);
  for (const char* m : {"__int__", "__index__", "__trunc__"}) {
    Value f = type_lookup(t, m);
    if (f.is_empty()) continue;
    Value r = call_special(vm, f, x, {});
    if (r.is_empty()) return r;
    if (!is_integral(r)) return raise_type_error(vm, std::string(m) + " returned non-int (type " + type_name_of(r) + ")");
    return as_int_value(r);
  }
  return raise_type_error(vm, "int() argument must be a string, a bytes-like object or a real number, not '" +
                                  type_name_of(x) + "'");
}

Value float_new(VM& vm, const Args& a) {
  Value x = arg(a, 0);
  if (x.is_empty()) return Value::number(0.0);
  if (x.is_double()) return x;
  if (is_str(x)) {
    auto r = pylib::parse_float(sv(x));
    if (!r) return raise_value_error(vm, r.error().message);
    return Value::number(*r);
  }
  if (is_number(x) || type_of(x)->heap) {
    double d;
    if (!to_double(vm, x, &d)) {
      if (isinstance(vm.exception(), types().TypeError) && !is_number(x)) {
        vm.clear_exception();
        return raise_type_error(vm, "float() argument must be a string or a real number, not '" + type_name_of(x) + "'");
      }
      return Value();
    }
    return Value::number(d);
  }
  return raise_type_error(vm, "float() argument must be a string or a real number, not '" + type_name_of(x) + "'");
}

Value bool_new(VM& vm, const Args& a) {
  if (a.npos == 0) return Value::boolean(false);
  int t = truth(vm, a.pos[0]);
  return t < 0 ? Value() : Value::boolean(t);
}

// -- Builtin functions --

Value b_abs(VM& vm, const Args& a) {
  Value x = a.pos[0];
  if (is_number(x)) return m_abs(vm, a);
  Value m = type_lookup(type_of(x), "__abs__");
  if (m.is_empty()) return raise_type_error(vm, "bad operand type for abs(): '" + type_name_of(x) + "'");
  return call_special(vm, m, x, {});
}

Value b_divmod(VM& vm, const Args& a) {
  Value x = a.pos[0], y = a.pos[1];
  if (is_number(x) && is_number(y)) {
    if (x.is_double() || y.is_double()) {
      double p, q;
      if (!to_double(vm, x, &p) || !to_double(vm, y, &q)) return Value();
      if (q == 0) return zero_div(vm, "float divmod()");
      double d, m;
      float_divmod(p, q, &d, &m);
      return Value::object(tuple_of({Value::number(d), Value::number(m)}));
    }
    return m_divmod(vm, a);
  }
  Value r = binary_op(vm, "divmod", x, y);
  return r;
}

Value b_pow(VM& vm, const Args& a) {
  Value x = a.pos[0], y = a.pos[1];
  Value m = a.npos > 2 ? a.pos[2] : arg_or_kw(a, 2, 2);
  if (m.is_empty() || m.is_nil()) return binary_op(vm, "**", x, y);
  if (!is_integral(x) || !is_integral(y) || !is_integral(m))
    return raise_type_error(vm, "pow() 3rd argument not allowed unless all arguments are integers");
  x = as_int_value(x);
  y = as_int_value(y);
  m = as_int_value(m);
  mpz_t b, e, md, r;
  mpz_inits(b, e, md, r, nullptr);
  integer_to_mpz(x, b);
  integer_to_mpz(y, e);
  integer_to_mpz(m, md);
  Value out;
  if (mpz_sgn(md) == 0) {
    out = raise_value_error(vm, "pow() 3rd argument cannot be 0");
  } else {
    bool neg_mod = mpz_sgn(md) < 0;
    mpz_abs(md, md);
    bool ok = true;
    if (mpz_sgn(e) < 0) {
      if (!mpz_invert(b, b, md)) {
        out = raise_value_error(vm, "base is not invertible for the given modulus");
        ok = false;
      }
      mpz_neg(e, e);
    }
    if (ok) {
      mpz_powm(r, b, e, md);
      if (neg_mod && mpz_sgn(r) != 0) mpz_sub(r, r, md);
      out = integer_from_mpz(r);
    }
  }
  mpz_clears(b, e, md, r, nullptr);
  return out;
}

Value b_round(VM& vm, const Args& a) {
  Value x = a.pos[0];
  Value nd = arg_or_kw(a, 1, 1);
  if (is_number(x)) return round_number(vm, x, nd);
  Value m = type_lookup(type_of(x), "__round__");
  if (m.is_empty()) return raise_type_error(vm, "type " + type_name_of(x) + " doesn't define __round__ method");
  if (nd.is_empty()) return call_special(vm, m, x, {});
  Value args[] = {nd};
  return call_special(vm, m, x, args);
}

std::string digits_in_base(VM& vm, Value x, int base, const char* prefix) {
  x = as_int_value(x);
  std::string s = integer_to_string(x, base);
  if (!s.empty() && s[0] == '-') return "-" + std::string(prefix) + s.substr(1);
  return prefix + s;
}

Value index_arg(VM& vm, Value x) {
  if (is_integral(x)) return as_int_value(x);
  Value m = type_lookup(type_of(x), "__index__");
  if (m.is_empty())
    return raise_type_error(vm, "'" + type_name_of(x) + "' object cannot be interpreted as an integer");
  return call_special(vm, m, x, {});
}

Value b_hex(VM& vm, const Args& a) {
  Value x = index_arg(vm, a.pos[0]);
  return x.is_empty() ? x : str(digits_in_base(vm, x, 16, "0x"));
}
Value b_oct(VM& vm, const Args& a) {
  Value x = index_arg(vm, a.pos[0]);
  return x.is_empty() ? x : str(digits_in_base(vm, x, 8, "0o"));
}
Value b_bin(VM& vm, const Args& a) {
  Value x = index_arg(vm, a.pos[0]);
  return x.is_empty() ? x : str(digits_in_base(vm, x, 2, "0b"));
}

void numeric_methods(PyType* t) {
  struct D {
    const char* name;
    BuiltinFn fn;
  };
  static const D binops[] = {
      {"__add__", dunder_binop<'+', 0, false>},       {"__radd__", dunder_binop<'+', 0, true>},
      {"__sub__", dunder_binop<'-', 0, false>},       {"__rsub__", dunder_binop<'-', 0, true>},
      {"__mul__", dunder_binop<'*', 0, false>},       {"__rmul__", dunder_binop<'*', 0, true>},
      {"__truediv__", dunder_binop<'/', 0, false>},   {"__rtruediv__", dunder_binop<'/', 0, true>},
      {"__floordiv__", dunder_binop<'/', '/', false>}, {"__rfloordiv__", dunder_binop<'/', '/', true>},
      {"__mod__", dunder_binop<'%', 0, false>},       {"__rmod__", dunder_binop<'%', 0, true>},
      {"__pow__", dunder_binop<'*', '*', false>},     {"__rpow__", dunder_binop<'*', '*', true>},
      {"__lshift__", dunder_binop<'<', '<', false>},  {"__rlshift__", dunder_binop<'<', '<', true>},
      {"__rshift__", dunder_binop<'>', '>', false>},  {"__rrshift__", dunder_binop<'>', '>', true>},
      {"__and__", dunder_binop<'&', 0, false>},       {"__rand__", dunder_binop<'&', 0, true>},
      {"__or__", dunder_binop<'|', 0, false>},        {"__ror__", dunder_binop<'|', 0, true>},
      {"__xor__", dunder_binop<'^', 0, false>},       {"__rxor__", dunder_binop<'^', 0, true>},
      {"__lt__", dunder_cmp<CmpOp::Lt>},              {"__le__", dunder_cmp<CmpOp::Le>},
      {"__eq__", dunder_cmp<CmpOp::Eq>},              {"__ne__", dunder_cmp<CmpOp::Ne>},
      {"__gt__", dunder_cmp<CmpOp::Gt>},              {"__ge__", dunder_cmp<CmpOp::Ge>},
      {"__divmod__", m_divmod},
  };
  for (const D& d : binops) define_method(t, fn(d.name, d.fn, 2, 2));
  define_method(t, fn("__neg__", m_neg, 1, 1));
  define_method(t, fn("__pos__", m_pos, 1, 1));
  define_method(t, fn("__abs__", m_abs, 1, 1));
  define_method(t, fn("__bool__", m_bool, 1, 1));
  define_method(t, fn("__int__", m_int, 1, 1));
  define_method(t, fn("__float__", m_float, 1, 1));
  define_method(t, fn("__hash__", m_hash, 1, 1));
  define_method(t, fn("__repr__", m_repr, 1, 1));
  define_method(t, fn("__round__", m_round, 1, 2));
  define_method(t, fn("__trunc__", m_trunc, 1, 1));
  define_method(t, fn("__floor__", m_floor, 1, 1));
  define_method(t, fn("__ceil__", m_ceil, 1, 1));
  define_method(t, fn("conjugate", m_conjugate, 1, 1));
  define_getter(t, "real", m_real);
  define_getter(t, "imag", m_imag);
}

}  // namespace

void install_numbers() {
  const Types& t = types();
  numeric_methods(t.int_);
  numeric_methods(t.float_);
  define_method(t.int_, fn("__invert__", m_invert, 1, 1));
  define_method(t.int_, fn("__index__", m_index, 1, 1));
  define_method(t.int_, fn("bit_length", m_bit_length, 1, 1));
  define_method(t.int_, fn("bit_count", m_bit_count, 1, 1));
  define_getter(t.int_, "numerator", m_numerator);
  define_getter(t.int_, "denominator", m_denominator);
  define_method(t.float_, fn("is_integer", m_is_integer, 1, 1));
  define_method(t.float_, fn("as_integer_ratio", m_as_integer_ratio, 1, 1));
  define_type_builtin(t.int_, fn("int", int_new, 0, 2, {"base"}));
  define_type_builtin(t.float_, fn("float", float_new, 0, 1));
  define_type_builtin(t.bool_, fn("bool", bool_new, 0, 1));
  define_function(fn("abs", b_abs, 1, 1));
  define_function(fn("divmod", b_divmod, 2, 2));
  define_function(fn("pow", b_pow, 2, 3, {"base", "exp", "mod"}));
  define_function(fn("round", b_round, 1, 2, {"number", "ndigits"}));
  define_function(fn("hex", b_hex, 1, 1));
  define_function(fn("oct", b_oct, 1, 1));
  define_function(fn("bin", b_bin, 1, 1));

  // Fast natives for every pair of numeric classes.
  const ClassId nums[] = {cls::Int, cls::BigInt, cls::Bool, cls::Float};
  for (ClassId x : nums) {
    for (ClassId y : nums) {
      register_fast("+", x, y, fast_num<'+'>);
      register_fast("-", x, y, fast_num<'-'>);
      register_fast("*", x, y, fast_num<'*'>);
      register_fast("/", x, y, fast_num<'/'>);
      register_fast("//", x, y, fast_num<'/', '/'>);
      register_fast("%", x, y, fast_num<'%'>);
      register_fast("**", x, y, fast_num<'*', '*'>);
      register_fast("<", x, y, fast_cmp<CmpOp::Lt>);
      register_fast("<=", x, y, fast_cmp<CmpOp::Le>);
      register_fast("==", x, y, fast_cmp<CmpOp::Eq>);
      register_fast("!=", x, y, fast_cmp<CmpOp::Ne>);
      register_fast(">", x, y, fast_cmp<CmpOp::Gt>);
      register_fast(">=", x, y, fast_cmp<CmpOp::Ge>);
      if (x != cls::Float && y != cls::Float) {
        register_fast("<<", x, y, fast_num<'<', '<'>);
        register_fast(">>", x, y, fast_num<'>', '>'>);
        register_fast("&", x, y, fast_num<'&'>);
        register_fast("|", x, y, fast_num<'|'>);
        register_fast("^", x, y, fast_num<'^'>);
      }
    }
    register_fast("-", x, fast_neg);
    register_fast("+", x, fast_pos);
    if (x != cls::Float) register_fast("~", x, fast_invert);
    register_fast("truth", x, fast_truth);
  }
  register_fast("truth", cls::Nil, none_truth);
}

}  // namespace sy::py
