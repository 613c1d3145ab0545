#include "core/bigint.h"

#include <gmp.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>

#include "core/arith.h"
#include "core/bigint_gmp.h"
#include "core/heap.h"
#include "core/int_box.h"
#include "core/object.h"
#include "core/vm.h"

namespace sy {

// A BigInt's digits follow it in the same allocation: results are immutable, so the
// mpz_t can point at its own trailing limbs (GMP only reads them). The one exception is
// an int box owned by a register, which the interpreter overwrites (core/int_box.h).
struct BigInt {
  ObjHeader h;
  mpz_t z;
  mp_limb_t limbs[];
};
static_assert(sizeof(mp_limb_t) == sizeof(uint64_t));
static_assert(offsetof(BigInt, z) + offsetof(__mpz_struct, _mp_alloc) == offsetof(int_box::Layout, alloc));
static_assert(offsetof(BigInt, z) + offsetof(__mpz_struct, _mp_size) == offsetof(int_box::Layout, size));
static_assert(offsetof(BigInt, z) + offsetof(__mpz_struct, _mp_d) == offsetof(int_box::Layout, digits));
static_assert(offsetof(BigInt, limbs) == offsetof(int_box::Layout, limb));

namespace {

// An mpz_t on the C stack, for GMP functions that compute into an mpz; the collector
// sees its limb pointer there.
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
  b->z->_mp_size = 0;
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

// -- Sign and magnitude arithmetic on limbs --
//
// The operations below read their operands' limbs in place and write the result's
// magnitude straight into the bignum that becomes the result: one allocation per
// operation, none when the result is a small int, no mpz_t in between.

// An integer's sign and magnitude, read in place: a bignum's own limbs, or a small int's
// magnitude in `own`. n counts no high zero limbs (0 for zero).
struct Mag {
  const mp_limb_t* d;
  mp_size_t n;
  bool neg;
  mp_limb_t own;

  explicit Mag(Value v) {
    if (v.is_int()) {
      int64_t x = v.as_int();
      neg = x < 0;
      own = neg ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
      d = &own;
      n = x != 0;
    } else {
      const BigInt* b = v.as<BigInt>();
      d = b->z->_mp_d;
      n = b->z->_mp_size < 0 ? -static_cast<mp_size_t>(b->z->_mp_size) : b->z->_mp_size;
      neg = b->z->_mp_size < 0;
    }
  }
  Mag(const Mag&) = delete;
  Mag& operator=(const Mag&) = delete;
};

int cmp_mag(const Mag& x, const Mag& y) {
  if (x.n != y.n) return x.n < y.n ? -1 : 1;
  if (x.n == 0) return 0;
  int c = mpn_cmp(x.d, y.d, x.n);
  return (c > 0) - (c < 0);
}

// Where an operation writes its result's magnitude, given a bound on its limbs: the C
// stack for bounds of a few limbs (such results are often small ints, which need no
// allocation), otherwise a new bignum that finish() makes the result.
class Out {
 public:
  explicit Out(mp_size_t bound) : bound_(bound) {
    if (bound <= kStackLimbs) {
      d = stack_;
    } else {
      big_ = new_bigint(static_cast<size_t>(bound));
      d = big_->limbs;
    }
  }
  Out(const Out&) = delete;
  Out& operator=(const Out&) = delete;

  // The value of the n limbs at d (high zero limbs allowed), negated if neg: a small int
  // when it fits, so that a BigInt never holds a small value.
  Value finish(mp_size_t n, bool neg) {
    while (n > 0 && d[n - 1] == 0) --n;
    if (n <= 1) {
      uint64_t m = n ? d[0] : 0;
      if (m <= static_cast<uint64_t>(Value::kIntMax)) {
        auto v = static_cast<int64_t>(m);
        return Value::small_int(neg ? -v : v);
      }
      if (neg && m == uint64_t{1} << 47) return Value::small_int(Value::kIntMin);
    }
    BigInt* b = big_;
    // A result far below its bound (a difference of near-equal numbers) gets its own
    // object rather than keeping the bound's limbs alive.
    if (!b || bound_ - n > std::max<mp_size_t>(n, 8)) {
      b = new_bigint(static_cast<size_t>(n));
      std::memcpy(b->limbs, d, static_cast<size_t>(n) * sizeof(mp_limb_t));
    }
    b->z->_mp_size = static_cast<int>(neg ? -n : n);
    return Value::object(b);
  }

  mp_limb_t* d;

 private:
  static constexpr mp_size_t kStackLimbs = 4;
  mp_size_t bound_;
  BigInt* big_ = nullptr;
  mp_limb_t stack_[kStackLimbs];
};

// Limbs an operation needs but does not return (the quotient of a modulo, the remainder
// of a floor division).
class Scratch {
 public:
  Scratch() = default;
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  mp_limb_t* get(mp_size_t n) {
    if (n <= kStackLimbs) return stack_;
    heap_.reset(new mp_limb_t[static_cast<size_t>(n)]);
    return heap_.get();
  }

 private:
  static constexpr mp_size_t kStackLimbs = 32;
  mp_limb_t stack_[kStackLimbs];
  std::unique_ptr<mp_limb_t[]> heap_;
};

Value negate(Value a) {
  if (a.is_int()) return make_int(-a.as_int());
  Mag x(a);
  Out out(x.n);
  std::memcpy(out.d, x.d, static_cast<size_t>(x.n) * sizeof(mp_limb_t));
  return out.finish(x.n, !x.neg);
}

// a + b, or a - b when subtract.
Value add_integers(Value a, Value b, bool subtract) {
  Mag x(a), y(b);
  if (y.n == 0) return a;
  if (x.n == 0) return subtract ? negate(b) : b;
  bool yneg = y.neg != subtract;
  if (x.neg == yneg) {
    const Mag& p = x.n >= y.n ? x : y;  // mpn_add wants the longer operand first
    const Mag& q = x.n >= y.n ? y : x;
    Out out(p.n + 1);
    out.d[p.n] = mpn_add(out.d, p.d, p.n, q.d, q.n);
    return out.finish(p.n + 1, x.neg);
  }
  int c = cmp_mag(x, y);
  if (c == 0) return Value::small_int(0);
  const Mag& p = c > 0 ? x : y;
  const Mag& q = c > 0 ? y : x;
  Out out(p.n);
  mpn_sub(out.d, p.d, p.n, q.d, q.n);
  return out.finish(p.n, c > 0 ? x.neg : yneg);
}

Value mul_integers(Value a, Value b) {
  Mag x(a), y(b);
  if (x.n == 0 || y.n == 0) return Value::small_int(0);
  const Mag& p = x.n >= y.n ? x : y;  // mpn_mul wants the longer operand first
  const Mag& q = x.n >= y.n ? y : x;
  mp_size_t n = p.n + q.n;
  Out out(n);
  if (q.n == 1) out.d[p.n] = mpn_mul_1(out.d, p.d, p.n, q.d[0]);
  else if (p.d == q.d) mpn_sqr(out.d, p.d, p.n);
  else mpn_mul(out.d, p.d, p.n, q.d, q.n);
  return out.finish(n, x.neg != y.neg);
}

// The quotient and remainder of a / b (b nonzero), rounded toward minus infinity when
// floor (the remainder takes b's sign) or toward zero (it takes a's); q or r may be null
// when that part is not wanted. One division either way: floor fixes up the truncated
// results with one limb addition and one subtraction.
void divide_integers(Value a, Value b, bool floor, Value* q, Value* r) {
  Mag x(a), y(b);
  bool qneg = x.neg != y.neg;
  if (x.n < y.n) {  // |a| < |b|
    if (!floor || !qneg || x.n == 0) {
      if (q) *q = Value::small_int(0);
      if (r) *r = a;
      return;
    }
    if (q) *q = Value::small_int(-1);
    if (r) {  // a + b: |b| - |a| with b's sign
      Out out(y.n);
      mpn_sub(out.d, y.d, y.n, x.d, x.n);
      *r = out.finish(y.n, y.neg);
    }
    return;
  }
  mp_size_t qn = x.n - y.n + 1;
  std::optional<Out> qout, rout;
  Scratch qscratch, rscratch;
  mp_limb_t* qd = q ? qout.emplace(qn + 1).d : qscratch.get(qn + 1);  // + 1: the floor's carry
  mp_limb_t* rd = r ? rout.emplace(y.n).d : rscratch.get(y.n);
  if (y.n == 1) rd[0] = mpn_divrem_1(qd, 0, x.d, x.n, y.d[0]);
  else mpn_tdiv_qr(qd, rd, 0, x.d, x.n, y.d, y.n);
  qd[qn] = 0;
  mp_size_t rn = y.n;
  while (rn > 0 && rd[rn - 1] == 0) --rn;
  bool adjust = floor && qneg && rn > 0;  // truncation rounded up: step down one
  if (q) {
    if (adjust) qd[qn] = mpn_add_1(qd, qd, qn, 1);
    *q = qout->finish(qn + 1, qneg);
  }
  if (r) {
    if (adjust) {
      mpn_sub(rd, y.d, y.n, rd, rn);  // |b| - |r|
      rn = y.n;
    }
    *r = rout->finish(rn, adjust ? y.neg : x.neg);
  }
}

Value shl_integer(Value a, uint64_t n) {
  Mag x(a);
  if (x.n == 0) return Value::small_int(0);
  auto limbs = static_cast<mp_size_t>(n / GMP_NUMB_BITS);
  auto bits = static_cast<unsigned>(n % GMP_NUMB_BITS);
  mp_size_t size = x.n + limbs + 1;
  Out out(size);
  std::fill(out.d, out.d + limbs, mp_limb_t{0});
  if (bits) {
    out.d[size - 1] = mpn_lshift(out.d + limbs, x.d, x.n, bits);
  } else {
    std::memcpy(out.d + limbs, x.d, static_cast<size_t>(x.n) * sizeof(mp_limb_t));
    out.d[size - 1] = 0;
  }
  return out.finish(size, x.neg);
}

// Rounds toward minus infinity: a negative number from which nonzero bits are shifted
// out steps down by one.
Value shr_integer(Value a, uint64_t n) {
  Mag x(a);
  if (n / GMP_NUMB_BITS >= static_cast<uint64_t>(x.n)) return Value::small_int(x.neg ? -1 : 0);
  auto limbs = static_cast<mp_size_t>(n / GMP_NUMB_BITS);
  auto bits = static_cast<unsigned>(n % GMP_NUMB_BITS);
  mp_size_t size = x.n - limbs;
  Out out(size + 1);
  bool dropped = false;
  for (mp_size_t i = 0; i < limbs; ++i) dropped |= x.d[i] != 0;
  if (bits) dropped |= mpn_rshift(out.d, x.d + limbs, size, bits) != 0;
  else std::memcpy(out.d, x.d + limbs, static_cast<size_t>(size) * sizeof(mp_limb_t));
  out.d[size] = x.neg && dropped ? mpn_add_1(out.d, out.d, size, 1) : 0;
  return out.finish(size + 1, x.neg);
}

// Small ints and one-limb bignums within int64: the fast path of add, sub and mul.
bool as_int64(Value v, int64_t* out) { return int_box::read(v, out); }

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

Value int_box::make_owned(int64_t n) {
  Value v = box_int64(n);
  v.as_object()->aux = kOwnedByRegister;
  return v;
}

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
  Mag x(a), y(b);
  if (x.neg != y.neg) return x.neg ? -1 : 1;
  int c = cmp_mag(x, y);
  return x.neg ? -c : c;
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
  if (v.is_int()) {
    char buf[72];  // 48 bits in base 2, and a sign
    auto end = std::to_chars(buf, buf + sizeof buf, v.as_int(), base).ptr;
    return std::string(buf, end);
  }
  IntegerView m(v);
  std::string s(mpz_sizeinbase(m, base) + 2, '\0');
  mpz_get_str(s.data(), base, m);
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

IntegerView::IntegerView(Value v) {
  if (v.is_int()) {
    int64_t n = v.as_int();
    limb_ = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
    mpz_roinit_n(z_, &limb_, n < 0 ? -1 : n > 0 ? 1 : 0);
  } else {
    *z_ = *v.as<BigInt>()->z;
  }
}

// -- Arithmetic on integers --

Value integer_add(Value a, Value b) {
  int64_t x, y, r;
  if (as_int64(a, &x) && as_int64(b, &y) && !__builtin_add_overflow(x, y, &r)) return make_int(r);
  return add_integers(a, b, false);
}

Value integer_sub(Value a, Value b) {
  int64_t x, y, r;
  if (as_int64(a, &x) && as_int64(b, &y) && !__builtin_sub_overflow(x, y, &r)) return make_int(r);
  return add_integers(a, b, true);
}

Value integer_mul(Value a, Value b) {
  int64_t x, y, r;
  if (as_int64(a, &x) && as_int64(b, &y) && !__builtin_mul_overflow(x, y, &r)) return make_int(r);
  return mul_integers(a, b);
}

Value integer_neg(Value a) { return negate(a); }

int integer_sign(Value a) {
  if (a.is_int()) return (a.as_int() > 0) - (a.as_int() < 0);
  return a.as<BigInt>()->z->_mp_size < 0 ? -1 : 1;  // a bignum is never zero
}

void integer_divide(Value a, Value b, bool floor, Value* q, Value* r) {
  int64_t x, y;
  if (as_int64(a, &x) && as_int64(b, &y) && !(x == INT64_MIN && y == -1)) {
    int64_t qq = x / y, rr = x % y;
    if (floor && rr != 0 && (rr < 0) != (y < 0)) {
      qq -= 1;
      rr += y;
    }
    if (q) *q = make_int(qq);
    if (r) *r = make_int(rr);
    return;
  }
  divide_integers(a, b, floor, q, r);
}

Value integer_shl(Value a, uint64_t n) {
  if (a.is_int() && n < 16) return make_int(a.as_int() * (int64_t{1} << n));  // |a| < 2^47
  return shl_integer(a, n);
}

Value integer_shr(Value a, uint64_t n) {
  if (a.is_int()) return Value::small_int(a.as_int() >> std::min<uint64_t>(n, 63));
  return shr_integer(a, n);
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

bool is_zero(Value v) { return v.is_int() ? v.as_int() == 0 : v.is_double() && v.as_double() == 0.0; }

}  // namespace

// Two small ints first (their sum and difference always fit int64), then integers:
// integer_add and the others try int64 arithmetic, so integers past the small range but
// within 64 bits (sums, hashes) cost one allocation and no GMP call.
Value add(VM& vm, Value a, Value b) {
  if (a.is_int() && b.is_int()) return make_int(a.as_int() + b.as_int());
  if (is_integer(a) && is_integer(b)) return integer_add(a, b);
  if (is_num(a) && is_num(b)) return Value::number(to_d(a) + to_d(b));
  return type_error(vm, "add", a, b);
}
Value sub(VM& vm, Value a, Value b) {
  if (a.is_int() && b.is_int()) return make_int(a.as_int() - b.as_int());
  if (is_integer(a) && is_integer(b)) return integer_sub(a, b);
  if (is_num(a) && is_num(b)) return Value::number(to_d(a) - to_d(b));
  return type_error(vm, "sub", a, b);
}
Value mul(VM& vm, Value a, Value b) {
  int64_t r;
  if (a.is_int() && b.is_int() && !__builtin_mul_overflow(a.as_int(), b.as_int(), &r)) return make_int(r);
  if (is_integer(a) && is_integer(b)) return integer_mul(a, b);
  if (is_num(a) && is_num(b)) return Value::number(to_d(a) * to_d(b));
  return type_error(vm, "mul", a, b);
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
    Value quotient;
    integer_divide(a, b, true, &quotient, nullptr);
    return quotient;
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
    Value remainder;
    integer_divide(a, b, true, nullptr, &remainder);
    return remainder;
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

bool divmod(VM& vm, Value a, Value b, Value* q, Value* r) {
  if (!is_integer(a) || !is_integer(b)) {
    *q = idiv(vm, a, b);
    if (q->is_empty()) return false;
    *r = mod(vm, a, b);
    return !r->is_empty();
  }
  if (is_zero(b)) {
    zero_division(vm);
    return false;
  }
  integer_divide(a, b, true, q, r);
  return true;
}

Value tdiv(VM& vm, Value a, Value b) {
  if (!is_integer(a) || !is_integer(b)) return type_error(vm, "tdiv", a, b);
  if (is_zero(b)) return zero_division(vm);
  Value quotient;
  integer_divide(a, b, false, &quotient, nullptr);
  return quotient;
}

Value rem(VM& vm, Value a, Value b) {
  if (!is_integer(a) || !is_integer(b)) return type_error(vm, "rem", a, b);
  if (is_zero(b)) return zero_division(vm);
  Value remainder;
  integer_divide(a, b, false, nullptr, &remainder);
  return remainder;
}

Value neg(VM& vm, Value a) {
  if (a.is_double()) return Value::number(-a.as_double());
  if (!is_integer(a)) return vm.raise("type_error", "bad operand type for neg: " + std::string(class_name(class_of(a))));
  return negate(a);
}

#define SY_BITWISE(fname, gmpfn)                                               \
  Value fname(VM& vm, Value a, Value b) {                                      \
    if (!is_integer(a) || !is_integer(b)) return type_error(vm, #fname, a, b); \
    IntegerView x(a), y(b);                                                    \
    Mpz r;                                                                     \
    gmpfn(r.z, x, y);                                                          \
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
  if (!left) return integer_shr(a, static_cast<uint64_t>(n));
  if (n > (int64_t{1} << 32)) return vm.raise("overflow", "shift count too large");
  return integer_shl(a, static_cast<uint64_t>(n));
}
Value shl(VM& vm, Value a, Value b) { return shift(vm, "shl", a, b, true); }
Value shr(VM& vm, Value a, Value b) { return shift(vm, "shr", a, b, false); }

Value bnot(VM& vm, Value a) {
  if (!is_integer(a)) return vm.raise("type_error", "bad operand type for bnot: " + std::string(class_name(class_of(a))));
  IntegerView x(a);
  Mpz r;
  mpz_com(r.z, x);
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
    int r = mpz_cmp_d(IntegerView(i), d);
    c = (r > 0) - (r < 0);
  }
  return flip ? -c : c;
}

}  // namespace sy
