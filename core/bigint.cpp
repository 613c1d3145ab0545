#include "core/bigint.h"

#include <gmp.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/arith.h"
#include "core/bigint_gmp.h"
#include "core/heap.h"
#include "core/object.h"
#include "core/vm.h"

namespace sy {

// A BigInt's digits follow it in the same allocation: results are immutable, so the
// mpz_t can point at its own trailing limbs (GMP only reads them).
struct BigInt {
  ObjHeader h;
  mpz_t z;
  mp_limb_t limbs[];
};

namespace {

// An mpz_t on the C stack; the collector sees its limb pointer there.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  explicit Mpz(Value v) {
    if (v.is_int()) mpz_init_set_si(z, v.as_int());
    else mpz_init_set(z, v.as<BigInt>()->z);
  }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
};

// A leaf allocation: the only pointer inside is the mpz_t's to its own limbs, so the
// collector need not scan the digits (scanning them costs most of a bignum-heavy run's
// time and lets digit patterns that look like addresses keep garbage alive).
BigInt* new_bigint(size_t nlimbs) {
  auto* b = static_cast<BigInt*>(heap::alloc_leaf(sizeof(BigInt) + nlimbs * sizeof(mp_limb_t)));
  b->h.cls = cls::BigInt;
  b->h.aux = 0;
  b->z->_mp_alloc = static_cast<int>(nlimbs);
  b->z->_mp_d = b->limbs;
  return b;
}

// An int64 outside the small range, in one allocation and without GMP.
Value box_int64(int64_t n) {
  BigInt* b = new_bigint(1);
  uint64_t mag = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  b->limbs[0] = static_cast<mp_limb_t>(mag);
  b->z->_mp_size = n < 0 ? -1 : 1;
  return Value::object(b);
}

Value from_mpz(const mpz_t z) {
  if (mpz_fits_slong_p(z)) {
    long n = mpz_get_si(z);
    if (Value::fits_small(n)) return Value::small_int(n);
  }
  size_t n = mpz_size(z);
  BigInt* b = new_bigint(n);
  std::memcpy(b->limbs, z->_mp_d, n * sizeof(mp_limb_t));
  b->z->_mp_size = z->_mp_size;
  return Value::object(b);
}

// Small ints and one-limb bignums within int64: the fast path of add, sub and mul.
bool as_int64(Value v, int64_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (!is_instance(v, cls::BigInt)) return false;
  const BigInt* b = v.as<BigInt>();
  int size = b->z->_mp_size;
  if (size != 1 && size != -1) return false;
  uint64_t mag = b->limbs[0];
  if (size == 1 && mag <= static_cast<uint64_t>(INT64_MAX)) {
    *out = static_cast<int64_t>(mag);
    return true;
  }
  if (size == -1 && mag <= uint64_t{1} << 63) {
    *out = static_cast<int64_t>(0 - mag);
    return true;
  }
  return false;
}

bool is_big(Value v) { return is_instance(v, cls::BigInt); }

// z * 2^scale rounded to the nearest double, ties to even (mpz_get_d truncates). z keeps
// 53 bits, a round bit and a sticky bit; a caller that dropped nonzero bits below z
// passes sticky.
double round_to_double(const mpz_t z, long scale, bool sticky = false) {
  size_t bits = mpz_sizeinbase(z, 2);
  if (bits <= 53 && !sticky) return std::ldexp(mpz_get_d(z), static_cast<int>(scale));
  Mpz mag;
  mpz_abs(mag.z, z);
  mp_bitcnt_t drop = bits > 54 ? bits - 54 : 0;
  sticky = sticky || mpz_scan1(mag.z, 0) < drop;
  mpz_tdiv_q_2exp(mag.z, mag.z, drop);
  mpz_mul_2exp(mag.z, mag.z, 54 - (bits - drop));  // exactly 54 bits: 53 + round
  uint64_t m = mpz_get_ui(mag.z);
  bool round = m & 1, odd = m & 2;
  m >>= 1;
  if (round && (sticky || odd)) ++m;
  long exp = scale + static_cast<long>(bits) - 53;
  double d = std::ldexp(static_cast<double>(m), static_cast<int>(std::clamp(exp, -2200L, 2200L)));
  return mpz_sgn(z) < 0 ? -d : d;
}

}  // namespace

Value make_int(int64_t n) { return Value::fits_small(n) ? Value::small_int(n) : box_int64(n); }

Value parse_int(std::string_view digits) {
  std::string s(digits);
  if (s.empty()) return Value();
  size_t start = (s[0] == '-' || s[0] == '+') ? 1 : 0;
  if (start == s.size()) return Value();
  for (size_t i = start; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return Value();
  Mpz m;
  if (mpz_set_str(m.z, s.c_str() + (s[0] == '+'), 10) != 0) return Value();
  return from_mpz(m.z);
}

bool is_integer(Value v) { return v.is_int() || is_big(v); }

int bigint_cmp(Value a, Value b) {
  if (a.is_int() && b.is_int()) return (a.as_int() > b.as_int()) - (a.as_int() < b.as_int());
  Mpz x(a), y(b);
  int c = mpz_cmp(x.z, y.z);
  return (c > 0) - (c < 0);
}

uint64_t bigint_hash(Value v) {
  const BigInt* b = v.as<BigInt>();
  uint64_t h = static_cast<uint64_t>(b->z->_mp_size);
  size_t n = mpz_size(b->z);
  for (size_t i = 0; i < n; ++i) h = h * 0x100000001b3ull ^ mpz_getlimbn(b->z, i);
  return h;
}

double integer_to_double(Value v) {
  return v.is_int() ? static_cast<double>(v.as_int()) : round_to_double(v.as<BigInt>()->z, 0);
}

std::string integer_to_string(Value v, int base) {
  Mpz m(v);
  std::string s(mpz_sizeinbase(m.z, base) + 2, '\0');
  mpz_get_str(s.data(), base, m.z);
  s.resize(std::strlen(s.c_str()));
  return s;
}

bool integer_to_int64(Value v, int64_t* out) {
  if (v.is_int()) { *out = v.as_int(); return true; }
  const BigInt* b = v.as<BigInt>();
  if (!mpz_fits_slong_p(b->z)) return false;
  *out = mpz_get_si(b->z);
  return true;
}

void integer_to_mpz(Value v, mpz_t out) {
  if (v.is_int()) mpz_set_si(out, v.as_int());
  else mpz_set(out, v.as<BigInt>()->z);
}

Value integer_from_mpz(const mpz_t z) { return from_mpz(z); }

Value parse_int_base(std::string_view digits, int base) {
  if (base < 2 || base > 36 || digits.empty()) return Value();
  size_t start = (digits[0] == '-' || digits[0] == '+') ? 1 : 0;
  if (start == digits.size()) return Value();
  for (size_t i = start; i < digits.size(); ++i) {
    char c = digits[i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
    if (d >= base) return Value();
  }
  std::string s(digits.substr(start));
  Mpz m;
  if (mpz_set_str(m.z, s.c_str(), base) != 0) return Value();
  if (digits[0] == '-') mpz_neg(m.z, m.z);
  return from_mpz(m.z);
}

std::string integer_magnitude_bytes(Value v, bool* negative) {
  Mpz m(v);
  *negative = mpz_sgn(m.z) < 0;
  std::string out((mpz_sizeinbase(m.z, 2) + 7) / 8, '\0');
  size_t n = 0;
  if (mpz_sgn(m.z) != 0) mpz_export(out.data(), &n, -1, 1, 0, 0, m.z);
  out.resize(n);
  return out;
}

Value integer_from_magnitude_bytes(const uint8_t* little_endian, size_t n, bool negative) {
  Mpz m;
  if (n) mpz_import(m.z, n, -1, 1, 0, 0, little_endian);
  if (negative) mpz_neg(m.z, m.z);
  return from_mpz(m.z);
}

Value integer_from_double(double d) {
  if (d > -9.0e15 && d < 9.0e15) return make_int(static_cast<int64_t>(d));
  Mpz m;
  mpz_set_d(m.z, d);
  return from_mpz(m.z);
}

// -- Arithmetic slow paths --

namespace arith {
namespace {

bool is_num(Value v) { return v.is_double() || is_integer(v); }
double to_d(Value v) { return v.is_double() ? v.as_double() : integer_to_double(v); }

Value type_error(VM& vm, const char* op, Value a, Value b) {
  std::string msg = std::string("unsupported operand types for ") + op + ": " +
                    std::string(class_name(class_of(a))) + " and " + std::string(class_name(class_of(b)));
  return vm.raise("type_error", msg);
}

Value zero_division(VM& vm) { return vm.raise("zero_division", "division by zero"); }

template <class IntOp, class FloatOp>
Value numeric(VM& vm, const char* name, Value a, Value b, IntOp iop, FloatOp fop) {
  if (is_integer(a) && is_integer(b)) {
    Mpz x(a), y(b), r;
    iop(r.z, x.z, y.z);
    return from_mpz(r.z);
  }
  if (is_num(a) && is_num(b)) return Value::number(fop(to_d(a), to_d(b)));
  return type_error(vm, name, a, b);
}

bool is_zero(Value v) { return v.is_int() ? v.as_int() == 0 : v.is_double() && v.as_double() == 0.0; }

}  // namespace

// add, sub and mul first try int64 arithmetic: integers past the small range but within
// 64 bits (sums, hashes) then cost one allocation and no GMP call.
Value add(VM& vm, Value a, Value b) {
  int64_t x, y, r;
  if (as_int64(a, &x) && as_int64(b, &y) && !__builtin_add_overflow(x, y, &r)) return make_int(r);
  return numeric(vm, "add", a, b, mpz_add, [](double x, double y) { return x + y; });
}
Value sub(VM& vm, Value a, Value b) {
  int64_t x, y, r;
  if (as_int64(a, &x) && as_int64(b, &y) && !__builtin_sub_overflow(x, y, &r)) return make_int(r);
  return numeric(vm, "sub", a, b, mpz_sub, [](double x, double y) { return x - y; });
}
Value mul(VM& vm, Value a, Value b) {
  int64_t x, y, r;
  if (as_int64(a, &x) && as_int64(b, &y) && !__builtin_mul_overflow(x, y, &r)) return make_int(r);
  return numeric(vm, "mul", a, b, mpz_mul, [](double x, double y) { return x * y; });
}

Value div(VM& vm, Value a, Value b) {
  if (!is_num(a) || !is_num(b)) return type_error(vm, "div", a, b);
  if (is_zero(b)) return zero_division(vm);
  if (is_integer(a) && is_integer(b) && !(a.is_int() && b.is_int())) {
    // Exact quotient of big integers, then one rounding: scale x so the integer quotient
    // has at least 55 bits, and let a nonzero remainder be the sticky bit.
    Mpz x(a), y(b), q, r;
    long scale = 55 + static_cast<long>(mpz_sizeinbase(y.z, 2)) - static_cast<long>(mpz_sizeinbase(x.z, 2));
    if (scale > 0) mpz_mul_2exp(x.z, x.z, scale);
    else mpz_mul_2exp(y.z, y.z, -scale);
    mpz_tdiv_qr(q.z, r.z, x.z, y.z);
    return Value::number(round_to_double(q.z, -scale, mpz_sgn(r.z) != 0));
  }
  return Value::number(to_d(a) / to_d(b));
}

Value idiv(VM& vm, Value a, Value b) {
  if (!is_num(a) || !is_num(b)) return type_error(vm, "idiv", a, b);
  if (is_zero(b)) return zero_division(vm);
  if (is_integer(a) && is_integer(b)) {
    Mpz x(a), y(b), r;
    mpz_fdiv_q(r.z, x.z, y.z);
    return from_mpz(r.z);
  }
  // CPython's float_floor_div: exact for every pair of doubles.
  double x = to_d(a), y = to_d(b);
  double m = std::fmod(x, y);
  double q = (x - m) / y;
  if (m != 0 && ((y < 0) != (m < 0))) q -= 1.0;
  if (q == 0) return Value::number(std::copysign(0.0, x / y));
  double f = std::floor(q);
  if (q - f > 0.5) f += 1.0;
  return Value::number(f);
}

Value mod(VM& vm, Value a, Value b) {
  if (!is_num(a) || !is_num(b)) return type_error(vm, "mod", a, b);
  if (is_zero(b)) return zero_division(vm);
  if (is_integer(a) && is_integer(b)) {
    Mpz x(a), y(b), r;
    mpz_fdiv_r(r.z, x.z, y.z);
    return from_mpz(r.z);
  }
  double x = to_d(a), y = to_d(b);
  double m = std::fmod(x, y);
  if (m != 0) {
    if ((y < 0) != (m < 0)) m += y;
  } else {
    m = std::copysign(0.0, y);
  }
  return Value::number(m);
}

Value tdiv(VM& vm, Value a, Value b) {
  if (!is_integer(a) || !is_integer(b)) return type_error(vm, "tdiv", a, b);
  if (is_zero(b)) return zero_division(vm);
  Mpz x(a), y(b), r;
  mpz_tdiv_q(r.z, x.z, y.z);
  return from_mpz(r.z);
}

Value rem(VM& vm, Value a, Value b) {
  if (!is_integer(a) || !is_integer(b)) return type_error(vm, "rem", a, b);
  if (is_zero(b)) return zero_division(vm);
  Mpz x(a), y(b), r;
  mpz_tdiv_r(r.z, x.z, y.z);
  return from_mpz(r.z);
}

Value neg(VM& vm, Value a) {
  if (a.is_double()) return Value::number(-a.as_double());
  if (!is_integer(a)) return vm.raise("type_error", "bad operand type for neg: " + std::string(class_name(class_of(a))));
  Mpz x(a), r;
  mpz_neg(r.z, x.z);
  return from_mpz(r.z);
}

#define SY_BITWISE(fname, gmpfn)                                               \
  Value fname(VM& vm, Value a, Value b) {                                      \
    if (!is_integer(a) || !is_integer(b)) return type_error(vm, #fname, a, b); \
    Mpz x(a), y(b), r;                                                         \
    gmpfn(r.z, x.z, y.z);                                                      \
    return from_mpz(r.z);                                                      \
  }
SY_BITWISE(band, mpz_and)
SY_BITWISE(bor, mpz_ior)
SY_BITWISE(bxor, mpz_xor)
#undef SY_BITWISE

static Value shift(VM& vm, const char* name, Value a, Value b, bool left) {
  if (!is_integer(a) || !is_integer(b)) return type_error(vm, name, a, b);
  int64_t n;
  if (!integer_to_int64(b, &n)) {
    if (bigint_cmp(b, Value::small_int(0)) < 0) return vm.raise("value_error", "negative shift count");
    if (!left) return Value::small_int(bigint_cmp(a, Value::small_int(0)) < 0 ? -1 : 0);
    return vm.raise("overflow", "shift count too large");
  }
  if (n < 0) return vm.raise("value_error", "negative shift count");
  Mpz x(a), r;
  if (left) {
    if (n > (int64_t{1} << 32)) return vm.raise("overflow", "shift count too large");
    mpz_mul_2exp(r.z, x.z, static_cast<mp_bitcnt_t>(n));
  } else {
    mpz_fdiv_q_2exp(r.z, x.z, static_cast<mp_bitcnt_t>(n));
  }
  return from_mpz(r.z);
}
Value shl(VM& vm, Value a, Value b) { return shift(vm, "shl", a, b, true); }
Value shr(VM& vm, Value a, Value b) { return shift(vm, "shr", a, b, false); }

Value bnot(VM& vm, Value a) {
  if (!is_integer(a)) return vm.raise("type_error", "bad operand type for bnot: " + std::string(class_name(class_of(a))));
  Mpz x(a), r;
  mpz_com(r.z, x.z);
  return from_mpz(r.z);
}

Order order(VM& vm, Value a, Value b) {
  if (is_num(a) && is_num(b)) {
    if ((a.is_double() && std::isnan(a.as_double())) || (b.is_double() && std::isnan(b.as_double())))
      return kUnordered;
    return static_cast<Order>(compare_numbers(a, b));
  }
  if (is_instance(a, cls::String) && is_instance(b, cls::String)) {
    int c = string_view_of(a).compare(string_view_of(b));
    return static_cast<Order>((c > 0) - (c < 0));
  }
  std::string msg = "cannot order " + std::string(class_name(class_of(a))) + " and " +
                    std::string(class_name(class_of(b)));
  vm.raise("type_error", msg);
  return kError;
}

}  // namespace arith

int compare_numbers(Value a, Value b) {
  if (is_integer(a) && is_integer(b)) return bigint_cmp(a, b);
  if (a.is_double() && b.is_double()) {
    double x = a.as_double(), y = b.as_double();
    return (x > y) - (x < y);
  }
  // One integer, one float: compare exactly, not through a rounded double.
  bool flip = a.is_double();
  Value i = flip ? b : a;
  double d = flip ? a.as_double() : b.as_double();
  int c;
  if (std::isinf(d)) {
    c = d > 0 ? -1 : 1;
  } else {
    Mpz x(i);
    int r = mpz_cmp_d(x.z, d);
    c = (r > 0) - (r < 0);
  }
  return flip ? -c : c;
}

}  // namespace sy
