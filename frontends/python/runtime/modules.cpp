// Modules: the builtin modules sys, math and unicodedata, the standard streams, and import
// of the program's sibling .py files (compiled ahead of time by the loader when it can see
// the import, otherwise when the import runs).
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <numeric>
#include <unordered_map>

#include "core/arith.h"
#include "core/bigint.h"
#include "core/bigint_gmp.h"
#include "core/heap.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/sites.h"
#include "frontends/python/runtime/calls.h"
#include "frontends/python/runtime/exceptions.h"
#include "frontends/python/runtime/runtime.h"
#include "frontends/python/runtime/stdio.h"
#include "frontends/python/syntax/parser.h"
#include "frontends/python/syntax/unicode.h"
#include "frontends/python/syntax/unicode_names.h"

namespace sy::py {

namespace {

// -- Streams --

struct Stream {
  ObjHeader h;
  uint32_t reserved;
  std::FILE* file;
};
ClassId g_stream_cls;
Value g_streams[3];  // stdout, stderr, stdin

Value stream_write(VM& vm, const Args& a) {
  if (!is_str(a.pos[1])) return raise_type_error(vm, "write() argument must be str, not " + type_name_of(a.pos[1]));
  Stream* s = a.pos[0].as<Stream>();
  std::string_view t = sv(a.pos[1]);
  if (s->file == stderr) std::fflush(stdout);
  std::fwrite(t.data(), 1, t.size(), s->file);
  return Value::small_int(static_cast<int64_t>(str_length(a.pos[1])));
}
Value stream_flush(VM&, const Args& a) {
  std::fflush(a.pos[0].as<Stream>()->file);
  return Value::nil();
}

// Input bytes as str: valid UTF-8 is kept, any other byte becomes U+FFFD (strs are
// well-formed UTF-8 throughout the runtime).
Value text_from_bytes(std::string_view b) {
  std::string out;
  out.reserve(b.size());
  for (size_t i = 0; i < b.size();) {
    auto c = static_cast<unsigned char>(b[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    bool ok = n > 0 && i + n <= b.size();
    for (size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(b[i + k]) & 0xC0) == 0x80;
    if (ok) {
      out.append(b.substr(i, n));
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return str(out);
}

bool read_line(std::FILE* f, std::string* line) {
  line->clear();
  int c;
  while ((c = std::fgetc(f)) != EOF) {
    line->push_back(static_cast<char>(c));
    if (c == '\n') break;
  }
  return !line->empty();
}

Value stream_readline(VM&, const Args& a) {
  std::string line;
  read_line(a.pos[0].as<Stream>()->file, &line);
  return text_from_bytes(line);
}
Value stream_read(VM& vm, const Args& a) {
  int64_t limit = -1;
  if (a.npos > 1 && !a.pos[1].is_nil() && !index_value(vm, a.pos[1], &limit, "size")) return Value();
  std::FILE* f = a.pos[0].as<Stream>()->file;
  std::string out;
  int c;
  // A size counts characters: read whole UTF-8 sequences.
  for (int64_t n = 0; (limit < 0 || n < limit) && (c = std::fgetc(f)) != EOF; ++n) {
    out.push_back(static_cast<char>(c));
    auto b = static_cast<unsigned char>(c);
    size_t more = b < 0xC0 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
    for (size_t k = 0; k < more && (c = std::fgetc(f)) != EOF; ++k) out.push_back(static_cast<char>(c));
  }
  return text_from_bytes(out);
}
Value stream_readlines(VM&, const Args& a) {
  Array* out = new_array(0);
  std::string line;
  while (read_line(a.pos[0].as<Stream>()->file, &line)) array_push(out, text_from_bytes(line));
  return Value::object(out);
}
Value stream_iter(VM&, const Args& a) { return a.pos[0]; }
Value stream_next(VM& vm, const Args& a) {
  std::string line;
  if (!read_line(a.pos[0].as<Stream>()->file, &line)) return raise_stop_iteration(vm, Value::nil());
  return text_from_bytes(line);
}

// For loops over a stream: the fast natives of the iter and fornext sites.
Value stream_fast_iter(VM&, const NativeCallable*, const Value* a, uint32_t) { return a[0]; }
Value stream_fast_next(VM&, const NativeCallable*, const Value* a, uint32_t) {
  std::string line;
  if (!read_line(a[0].as<Stream>()->file, &line)) return stop();
  return text_from_bytes(line);
}

Value new_stream(std::FILE* f) {
  auto* s = static_cast<Stream*>(heap::alloc_root(sizeof(Stream)));
  s->h.cls = g_stream_cls;
  s->file = f;
  return Value::object(s);
}

}  // namespace

Value stdout_object() { return g_streams[0]; }

Value read_input_line() {
  std::string line;
  if (!read_line(stdin, &line)) return Value();
  if (!line.empty() && line.back() == '\n') line.pop_back();
  return text_from_bytes(line);
}
Value stderr_object() { return g_streams[1]; }

bool write_to_file(VM& vm, Value file, std::string_view text) {
  if (file.is_nil()) file = stdout_object();
  if (is_instance(file, g_stream_cls)) {
    std::FILE* f = file.as<Stream>()->file;
    if (f == stderr) std::fflush(stdout);
    std::fwrite(text.data(), 1, text.size(), f);
    return true;
  }
  Value args[] = {str(text)};
  return !call_method(vm, file, "write", args).is_empty();
}

void flush_file(Value file) {
  if (file.is_nil()) file = stdout_object();
  if (is_instance(file, g_stream_cls)) std::fflush(file.as<Stream>()->file);
}

namespace {

// -- sys --

StartOptions g_start;
Value g_sys, g_math;
int64_t g_recursion_limit = 1000;

// Python frames sit above the start-up frames; the VM counts every frame.
constexpr uint64_t kFramesBelowMain = 1;

Value sys_exit(VM& vm, const Args& a) {
  Value args = a.npos ? Value::object(tuple_of({a.pos[0]})) : empty_tuple();
  return vm.raise(new_exception(vm, types().SystemExit, args));
}
Value sys_setrecursionlimit(VM& vm, const Args& a) {
  int64_t n;
  if (!a.pos[0].is_int() && !is_instance(a.pos[0], cls::BigInt) && !a.pos[0].is_bool() &&
      (!type_of(a.pos[0])->heap || type_lookup(type_of(a.pos[0]), "__index__").is_empty()))
    return raise_type_error(vm, quoted_type_name(a.pos[0]) + " object cannot be interpreted as an integer");
  if (!index_value(vm, a.pos[0], &n, "limit")) return Value();
  if (n < 1) return raise_value_error(vm, "recursion limit must be greater or equal than 1");
  if (static_cast<uint64_t>(n) + kFramesBelowMain < vm.depth) {
    return raise(vm, types().RecursionError, "cannot set the recursion limit to " + std::to_string(n) +
                                                 " at the recursion depth " + std::to_string(vm.depth - kFramesBelowMain) +
                                                 ": the limit is too low");
  }
  g_recursion_limit = n;
  vm.set_max_depth(static_cast<uint64_t>(n) + kFramesBelowMain);
  return Value::nil();
}
Value sys_getrecursionlimit(VM&, const Args&) { return Value::small_int(g_recursion_limit); }
Value sys_intern(VM& vm, const Args& a) {
  if (!is_str(a.pos[0])) return raise_type_error(vm, "intern() argument must be str, not " + type_name_of(a.pos[0]));
  return str_interned(sv(a.pos[0]));
}
Value sys_getsizeof(VM&, const Args&) { return Value::small_int(64); }

// -- math --

bool real(VM& vm, Value v, double* d) {
  if (!is_number(v) && !type_of(v)->heap)
    return raise_type_error(vm, "must be real number, not " + type_name_of(v)), false;
  return to_double(vm, v, d);
}
Value domain_error(VM& vm) { return raise_value_error(vm, "math domain error"); }
Value range_error(VM& vm) { return raise(vm, types().OverflowError, "math range error"); }

// f(x) with CPython's error rules: a finite argument giving nan is a domain error, a
// finite argument giving inf a range error (unless `can_overflow` is false).
// Where CPython's math_1 has can_overflow 0 (acosh, asinh, atanh), an infinite result is
// a domain error.
template <double (*F)(double), bool kCanOverflow = true>
Value math1(VM& vm, const Args& a) {
  double x;
  if (!real(vm, a.pos[0], &x)) return Value();
  errno = 0;
  double r = F(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x))
    return errno == EDOM || !kCanOverflow ? domain_error(vm) : range_error(vm);
  return Value::number(r);
}

double m_sqrt(double x) { return x < 0 ? NAN : std::sqrt(x); }
double m_exp(double x) { return std::exp(x); }
double m_sin(double x) { return std::sin(x); }
double m_cos(double x) { return std::cos(x); }
double m_tan(double x) { return std::tan(x); }
double m_asin(double x) { return std::asin(x); }
double m_acos(double x) { return std::acos(x); }
double m_atan(double x) { return std::atan(x); }
double m_sinh(double x) { return std::sinh(x); }
double m_cosh(double x) { return std::cosh(x); }
double m_tanh(double x) { return std::tanh(x); }
double m_fabs(double x) { return std::fabs(x); }
double m_exp2(double x) { return std::exp2(x); }
double m_cbrt(double x) { return std::cbrt(x); }
double m_expm1(double x) { return std::expm1(x); }
double m_log1p(double x) { return x <= -1 ? NAN : std::log1p(x); }
double m_acosh(double x) { return std::acosh(x); }
double m_asinh(double x) { return std::asinh(x); }
double m_atanh(double x) { return std::fabs(x) >= 1 ? NAN : std::atanh(x); }
double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }
double m_degrees(double x) { return x * 180.0 / M_PI; }
double m_radians(double x) { return x * M_PI / 180.0; }

Value int_arg(VM& vm, Value v, const char* what) {
  if (v.is_bool()) return Value::small_int(v.is_true());
  if (is_int(v)) return v;
  if (v.is_double()) return raise_type_error(vm, "'float' object cannot be interpreted as an integer");
  Value m = type_lookup(type_of(v), "__index__");
  if (m.is_empty()) return raise_type_error(vm, quoted_type_name(v) + " object cannot be interpreted as an integer");
  (void)what;
  Value r = call_special(vm, m, v, {});
  if (r.is_empty() || is_int(r)) return r;
  if (r.is_bool()) return Value::small_int(r.is_true());
  return raise_type_error(vm, "__index__ returned non-int (type " + type_name_of(r) + ")");
}

// CPython's loghelper: func of the value, for ints too big for a double
// func(mantissa) + exponent * func(2).
bool log_of(VM& vm, Value v, double (*func)(double), double* out) {
  if (is_int(v) || v.is_bool()) {
    Value x = v.is_bool() ? Value::small_int(v.is_true()) : v;
    if (bigint_cmp(x, Value::small_int(0)) <= 0) return domain_error(vm), false;
    double d = integer_to_double(x);
    if (std::isfinite(d)) {
      *out = func(d);
      return true;
    }
    mpz_t z;
    mpz_init(z);
    integer_to_mpz(x, z);
    long e;
    double m = mpz_get_d_2exp(&e, z);
    mpz_clear(z);
    *out = func(m) + static_cast<double>(e) * func(2.0);
    return true;
  }
  double d;
  if (!real(vm, v, &d)) return false;
  if (std::isnan(d) || (std::isinf(d) && d > 0)) {
    *out = d;
    return true;
  }
  if (d <= 0) return domain_error(vm), false;
  *out = func(d);
  return true;
}
double ln(double x) { return std::log(x); }
double lg2(double x) { return std::log2(x); }
double lg10(double x) { return std::log10(x); }

Value math_log(VM& vm, const Args& a) {
  double x;
  if (!log_of(vm, a.pos[0], ln, &x)) return Value();
  if (a.npos > 1) {
    double b;
    if (!log_of(vm, a.pos[1], ln, &b)) return Value();
    if (b == 0) return raise(vm, types().ZeroDivisionError, "float division by zero");
    return Value::number(x / b);
  }
  return Value::number(x);
}
Value math_log2(VM& vm, const Args& a) {
  double x;
  if (!log_of(vm, a.pos[0], lg2, &x)) return Value();
  return Value::number(x);
}
Value math_log10(VM& vm, const Args& a) {
  double x;
  if (!log_of(vm, a.pos[0], lg10, &x)) return Value();
  return Value::number(x);
}

// math.floor and math.ceil: an int as it is, then the class's `dunder`, then the float's.
Value rounded(VM& vm, Value v, const char* dunder, double (*round)(double)) {
  if (is_int(v)) return v;
  if (v.is_bool()) return Value::small_int(v.is_true());
  if (type_of(v)->heap) {
    Value m = type_lookup(type_of(v), dunder);
    if (!m.is_empty()) return call_special(vm, m, v, {});
  }
  double d;
  if (!real(vm, v, &d)) return Value();
  return int_from_double(vm, round(d));
}
Value math_floor(VM& vm, const Args& a) {
  return rounded(vm, a.pos[0], "__floor__", [](double d) { return std::floor(d); });
}
Value math_ceil(VM& vm, const Args& a) {
  return rounded(vm, a.pos[0], "__ceil__", [](double d) { return std::ceil(d); });
}
Value math_trunc(VM& vm, const Args& a) {
  Value v = a.pos[0];
  if (is_int(v)) return v;
  if (v.is_bool()) return Value::small_int(v.is_true());
  if (type_of(v)->heap) {
    Value m = type_lookup(type_of(v), "__trunc__");
    if (!m.is_empty()) return call_special(vm, m, v, {});
    if (!is_number(v))
      return raise_type_error(vm, "type " + type_name_of(v) + " doesn't define __trunc__ method");
  }
  double d;
  if (!real(vm, v, &d)) return Value();
  return int_from_double(vm, std::trunc(d));
}
Value math_pow(VM& vm, const Args& a) {
  double x, y;
  if (!real(vm, a.pos[0], &x) || !real(vm, a.pos[1], &y)) return Value();
  if (x == 0 && y < 0) return domain_error(vm);
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) return domain_error(vm);
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error(vm);
  return Value::number(r);
}
Value math_atan2(VM& vm, const Args& a) {
  double y, x;
  if (!real(vm, a.pos[0], &y) || !real(vm, a.pos[1], &x)) return Value();
  return Value::number(std::atan2(y, x));
}
Value math_hypot(VM& vm, const Args& a) {
  double acc = 0;
  std::vector<double> v;
  for (uint32_t i = 0; i < a.npos; ++i) {
    double d;
    if (!real(vm, a.pos[i], &d)) return Value();
    v.push_back(d);
  }
  if (v.size() == 2) return Value::number(std::hypot(v[0], v[1]));
  for (double d : v) acc = std::hypot(acc, d);
  return Value::number(acc);
}
Value math_fmod(VM& vm, const Args& a) {
  double x, y;
  if (!real(vm, a.pos[0], &x) || !real(vm, a.pos[1], &y)) return Value();
  if (y == 0 && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(x) && !std::isnan(y)) return domain_error(vm);
  return Value::number(std::fmod(x, y));
}
Value math_copysign(VM& vm, const Args& a) {
  double x, y;
  if (!real(vm, a.pos[0], &x) || !real(vm, a.pos[1], &y)) return Value();
  return Value::number(std::copysign(x, y));
}
Value math_isnan(VM& vm, const Args& a) {
  double x;
  if (!real(vm, a.pos[0], &x)) return Value();
  return Value::boolean(std::isnan(x));
}
Value math_isinf(VM& vm, const Args& a) {
  double x;
  if (!real(vm, a.pos[0], &x)) return Value();
  return Value::boolean(std::isinf(x));
}
Value math_isfinite(VM& vm, const Args& a) {
  double x;
  if (!real(vm, a.pos[0], &x)) return Value();
  return Value::boolean(std::isfinite(x));
}
Value math_isclose(VM& vm, const Args& a) {
  double x, y, rel = 1e-9, abs_tol = 0;
  if (!real(vm, a.pos[0], &x) || !real(vm, a.pos[1], &y)) return Value();
  if (!a.kw[0].is_empty() && !real(vm, a.kw[0], &rel)) return Value();
  if (!a.kw[1].is_empty() && !real(vm, a.kw[1], &abs_tol)) return Value();
  if (rel < 0 || abs_tol < 0) return raise_value_error(vm, "tolerances must be non-negative");
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double diff = std::fabs(y - x);
  return Value::boolean((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || diff <= abs_tol);
}
Value math_modf(VM& vm, const Args& a) {
  double x, ip;
  if (!real(vm, a.pos[0], &x)) return Value();
  double fp = std::modf(x, &ip);
  return Value::object(tuple_of({Value::number(fp), Value::number(ip)}));
}
Value math_frexp(VM& vm, const Args& a) {
  double x;
  if (!real(vm, a.pos[0], &x)) return Value();
  int e;
  double m = std::frexp(x, &e);
  return Value::object(tuple_of({Value::number(m), Value::small_int(e)}));
}
Value math_ldexp(VM& vm, const Args& a) {
  double x;
  if (!real(vm, a.pos[0], &x)) return Value();
  Value e = int_arg(vm, a.pos[1], "ldexp");
  if (e.is_empty()) return e;
  int64_t n = e.is_int() ? e.as_int() : (bigint_cmp(e, Value::small_int(0)) < 0 ? -100000 : 100000);
  double r = std::ldexp(x, static_cast<int>(std::max<int64_t>(std::min<int64_t>(n, 100000), -100000)));
  if (std::isinf(r) && std::isfinite(x)) return range_error(vm);
  return Value::number(r);
}

Value gcd2(VM& vm, Value a, Value b) {
  mpz_t x, y;
  mpz_init(x);
  mpz_init(y);
  integer_to_mpz(a, x);
  integer_to_mpz(b, y);
  mpz_gcd(x, x, y);
  Value r = integer_from_mpz(x);
  mpz_clear(x);
  mpz_clear(y);
  (void)vm;
  return r;
}
Value math_gcd(VM& vm, const Args& a) {
  Value acc = Value::small_int(0);
  for (uint32_t i = 0; i < a.npos; ++i) {
    Value v = int_arg(vm, a.pos[i], "gcd");
    if (v.is_empty()) return v;
    acc = gcd2(vm, acc, v);
  }
  return acc;
}
Value math_lcm(VM& vm, const Args& a) {
  Value acc = Value::small_int(1);
  for (uint32_t i = 0; i < a.npos; ++i) {
    Value v = int_arg(vm, a.pos[i], "lcm");
    if (v.is_empty()) return v;
    mpz_t x, y;
    mpz_init(x);
    mpz_init(y);
    integer_to_mpz(acc, x);
    integer_to_mpz(v, y);
    mpz_lcm(x, x, y);
    acc = integer_from_mpz(x);
    mpz_clear(x);
    mpz_clear(y);
  }
  return acc;
}
Value math_isqrt(VM& vm, const Args& a) {
  Value v = int_arg(vm, a.pos[0], "isqrt");
  if (v.is_empty()) return v;
  if (bigint_cmp(v, Value::small_int(0)) < 0) return raise_value_error(vm, "isqrt() argument must be nonnegative");
  mpz_t x;
  mpz_init(x);
  integer_to_mpz(v, x);
  mpz_sqrt(x, x);
  Value r = integer_from_mpz(x);
  mpz_clear(x);
  return r;
}
Value math_factorial(VM& vm, const Args& a) {
  if (a.pos[0].is_double()) return raise_type_error(vm, "'float' object cannot be interpreted as an integer");
  Value v = int_arg(vm, a.pos[0], "factorial");
  if (v.is_empty()) return v;
  if (bigint_cmp(v, Value::small_int(0)) < 0) return raise_value_error(vm, "factorial() not defined for negative values");
  if (!v.is_int()) return raise(vm, types().OverflowError, "factorial() argument should not exceed 9223372036854775807");
  mpz_t x;
  mpz_init(x);
  mpz_fac_ui(x, static_cast<unsigned long>(v.as_int()));
  Value r = integer_from_mpz(x);
  mpz_clear(x);
  return r;
}
Value math_comb(VM& vm, const Args& a) {
  Value n = int_arg(vm, a.pos[0], "comb"), k = int_arg(vm, a.pos[1], "comb");
  if (n.is_empty() || k.is_empty()) return Value();
  if (bigint_cmp(n, Value::small_int(0)) < 0) return raise_value_error(vm, "n must be a non-negative integer");
  if (bigint_cmp(k, Value::small_int(0)) < 0) return raise_value_error(vm, "k must be a non-negative integer");
  mpz_t x;
  mpz_init(x);
  integer_to_mpz(n, x);
  mpz_bin_ui(x, x, static_cast<unsigned long>(k.as_int()));
  Value r = integer_from_mpz(x);
  mpz_clear(x);
  return r;
}
Value math_perm(VM& vm, const Args& a) {
  Value n = int_arg(vm, a.pos[0], "perm");
  if (n.is_empty()) return n;
  Value k = a.npos > 1 && !a.pos[1].is_nil() ? int_arg(vm, a.pos[1], "perm") : n;
  if (k.is_empty()) return k;
  if (bigint_cmp(n, Value::small_int(0)) < 0) return raise_value_error(vm, "n must be a non-negative integer");
  if (bigint_cmp(k, Value::small_int(0)) < 0) return raise_value_error(vm, "k must be a non-negative integer");
  if (bigint_cmp(k, n) > 0) return Value::small_int(0);
  Value acc = Value::small_int(1);
  for (int64_t i = 0; i < k.as_int(); ++i) acc = arith::mul(vm, acc, arith::sub(vm, n, Value::small_int(i)));
  return acc;
}
Value math_prod(VM& vm, const Args& a) {
  Value acc = a.kw[0].is_empty() ? Value::small_int(1) : a.kw[0];
  bool ok = for_each(vm, a.pos[0], [&](Value v) {
    acc = binary_op(vm, "*", acc, v);
    return !acc.is_empty();
  });
  return ok ? acc : Value();
}
// fsum: Shewchuk's algorithm, as CPython's msum (exact partial sums).
Value math_fsum(VM& vm, const Args& a) {
  std::vector<double> partials;
  double special = 0, inf_sum = 0;
  bool ok = for_each(vm, a.pos[0], [&](Value v) {
    double x;
    if (!real(vm, v, &x)) return false;
    if (!std::isfinite(x)) {
      if (std::isinf(x)) inf_sum += x;
      special += x;
      return true;
    }
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y, lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    partials.push_back(x);
    return true;
  });
  if (!ok) return Value();
  if (std::isnan(inf_sum)) return raise_value_error(vm, "-inf + inf in fsum");
  if (special != 0 || std::isnan(special)) return Value::number(special);
  double hi = 0;
  if (!partials.empty()) {
    size_t n = partials.size();
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0, x = hi + y, yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::number(hi);
}
Value math_remainder(VM& vm, const Args& a) {
  double x, y;
  if (!real(vm, a.pos[0], &x) || !real(vm, a.pos[1], &y)) return Value();
  if (std::isnan(x) || std::isnan(y)) return Value::number(NAN);
  if (std::isinf(x) || y == 0) return domain_error(vm);
  if (std::isinf(y)) return Value::number(x);
  return Value::number(std::remainder(x, y));
}
Value math_nextafter(VM& vm, const Args& a) {
  double x, y;
  if (!real(vm, a.pos[0], &x) || !real(vm, a.pos[1], &y)) return Value();
  return Value::number(std::nextafter(x, y));
}
Value math_ulp(VM& vm, const Args& a) {
  double x;
  if (!real(vm, a.pos[0], &x)) return Value();
  if (std::isnan(x)) return Value::number(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::number(x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return Value::number(x - std::nextafter(x, -INFINITY));
  return Value::number(up - x);
}
Value math_dist(VM& vm, const Args& a) {
  Value p = sequence_to_list(vm, a.pos[0]), q = sequence_to_list(vm, a.pos[1]);
  if (p.is_empty() || q.is_empty()) return Value();
  Array *x = p.as<Array>(), *y = q.as<Array>();
  if (x->length != y->length) return raise_value_error(vm, "both points must have the same number of dimensions");
  double acc = 0;
  for (uint64_t i = 0; i < x->length; ++i) {
    double u, v;
    if (!real(vm, x->items[i], &u) || !real(vm, y->items[i], &v)) return Value();
    acc = std::hypot(acc, u - v);
  }
  return Value::number(acc);
}

// -- Building modules --

Value module_with(std::string_view name, std::initializer_list<std::pair<const char*, Value>> attrs) {
  Value m = new_native_module(name);
  Dict* d = as_module(m)->extra.as<Dict>();
  for (auto& [k, v] : attrs) dict_set_str(d, str(k), v);
  return m;
}
void add_fn(Value m, const Builtin* spec) {
  dict_set_str(as_module(m)->extra.as<Dict>(), str(spec->name), builtin_value(spec));
}

// sys.exc_info() and sys.exception(): the exception being handled. (No traceback objects:
// the third item is None.)
Value sys_exc_info(VM&, const Args&) {
  Value e = handled_exception();
  if (e.is_nil()) return Value::object(tuple_of({Value::nil(), Value::nil(), Value::nil()}));
  return Value::object(tuple_of({type_value(type_of(e)), e, Value::nil()}));
}
Value sys_exception(VM&, const Args&) { return handled_exception(); }

Value make_sys(VM&) {
  Array* argv = new_array(0);
  for (const std::string& s : g_start.argv) array_push(argv, str(s));
  Value m = module_with("sys", {
                                   {"argv", Value::object(argv)},
                                   {"stdout", stdout_object()},
                                   {"stderr", stderr_object()},
                                   {"stdin", g_streams[2]},
                                   {"maxsize", make_int(INT64_MAX)},
                                   {"platform", str("linux")},
                                   {"byteorder", str("little")},
                                   {"version", str("3.11.7 (switchyard)")},
                                   {"implementation", str("switchyard")},
                                   {"maxunicode", Value::small_int(0x10FFFF)},
                               });
  add_fn(m, fn("exit", sys_exit, 0, 1));
  add_fn(m, fn("exc_info", sys_exc_info, 0, 0));
  add_fn(m, fn("exception", sys_exception, 0, 0));
  add_fn(m, fn("setrecursionlimit", sys_setrecursionlimit, 1, 1));
  add_fn(m, fn("getrecursionlimit", sys_getrecursionlimit, 0, 0));
  add_fn(m, fn("intern", sys_intern, 1, 1));
  add_fn(m, fn("getsizeof", sys_getsizeof, 1, 2));
  dict_set_str(as_module(m)->extra.as<Dict>(), str("version_info"),
               Value::object(tuple_of({Value::small_int(3), Value::small_int(11), Value::small_int(7), str("final"),
                                       Value::small_int(0)})));
  return m;
}

// -- unicodedata: the character names of \N{...} escapes --

Value unicodedata_lookup(VM& vm, const Args& a) {
  if (!is_str(a.pos[0])) return raise_type_error(vm, "a bytes-like object is required, not '" + type_name_of(a.pos[0]) + "'");
  std::string_view name = sv(a.pos[0]);
  if (name.size() > 256) return raise(vm, types().KeyError, "name too long");
  std::string out;
  if (!lookup_name_or_sequence(name, &out))
    return raise(vm, types().KeyError, "undefined character name '" + std::string(name) + "'");
  return str(out);
}
Value unicodedata_name(VM& vm, const Args& a) {
  Value c = a.pos[0];
  if (!is_str(c) || str_length(c) != 1)
    return raise_type_error(vm, "name() argument 1 must be a unicode character, not " + type_name_of(c));
  size_t n;
  std::string name = character_name(utf8_decode(sv(c), &n));
  if (!name.empty()) return str(name);
  if (a.npos > 1) return a.pos[1];
  return raise_value_error(vm, "no such name");
}

Value make_unicodedata(VM&) {
  Value m = module_with("unicodedata", {{"unidata_version", str("14.0.0")}});
  add_fn(m, fn("lookup", unicodedata_lookup, 1, 1));
  add_fn(m, fn("name", unicodedata_name, 1, 2));
  return m;
}

Value make_math(VM&) {
  Value m = module_with("math", {
                                    {"pi", Value::number(M_PI)},
                                    {"e", Value::number(M_E)},
                                    {"tau", Value::number(2 * M_PI)},
                                    {"inf", Value::number(INFINITY)},
                                    {"nan", Value::number(NAN)},
                                });
  add_fn(m, fn("sqrt", math1<m_sqrt>, 1, 1));
  add_fn(m, fn("exp", math1<m_exp>, 1, 1));
  add_fn(m, fn("exp2", math1<m_exp2>, 1, 1));
  add_fn(m, fn("expm1", math1<m_expm1>, 1, 1));
  add_fn(m, fn("log1p", math1<m_log1p>, 1, 1));
  add_fn(m, fn("cbrt", math1<m_cbrt>, 1, 1));
  add_fn(m, fn("sin", math1<m_sin>, 1, 1));
  add_fn(m, fn("cos", math1<m_cos>, 1, 1));
  add_fn(m, fn("tan", math1<m_tan>, 1, 1));
  add_fn(m, fn("asin", math1<m_asin>, 1, 1));
  add_fn(m, fn("acos", math1<m_acos>, 1, 1));
  add_fn(m, fn("atan", math1<m_atan>, 1, 1));
  add_fn(m, fn("sinh", math1<m_sinh>, 1, 1));
  add_fn(m, fn("cosh", math1<m_cosh>, 1, 1));
  add_fn(m, fn("tanh", math1<m_tanh>, 1, 1));
  add_fn(m, fn("fabs", math1<m_fabs>, 1, 1));
  add_fn(m, fn("acosh", math1<m_acosh, false>, 1, 1));
  add_fn(m, fn("asinh", math1<m_asinh, false>, 1, 1));
  add_fn(m, fn("atanh", math1<m_atanh, false>, 1, 1));
  add_fn(m, fn("erf", math1<m_erf>, 1, 1));
  add_fn(m, fn("erfc", math1<m_erfc>, 1, 1));
  add_fn(m, fn("remainder", math_remainder, 2, 2));
  add_fn(m, fn("nextafter", math_nextafter, 2, 2));
  add_fn(m, fn("ulp", math_ulp, 1, 1));
  add_fn(m, fn("degrees", math1<m_degrees>, 1, 1));
  add_fn(m, fn("radians", math1<m_radians>, 1, 1));
  add_fn(m, fn("log", math_log, 1, 2));
  add_fn(m, fn("log2", math_log2, 1, 1));
  add_fn(m, fn("log10", math_log10, 1, 1));
  add_fn(m, fn("floor", math_floor, 1, 1));
  add_fn(m, fn("ceil", math_ceil, 1, 1));
  add_fn(m, fn("trunc", math_trunc, 1, 1));
  add_fn(m, fn("pow", math_pow, 2, 2));
  add_fn(m, fn("atan2", math_atan2, 2, 2));
  add_fn(m, fn("hypot", math_hypot, 0, -1));
  add_fn(m, fn("fmod", math_fmod, 2, 2));
  add_fn(m, fn("copysign", math_copysign, 2, 2));
  add_fn(m, fn("isnan", math_isnan, 1, 1));
  add_fn(m, fn("isinf", math_isinf, 1, 1));
  add_fn(m, fn("isfinite", math_isfinite, 1, 1));
  add_fn(m, fn("isclose", math_isclose, 2, 2, {"rel_tol", "abs_tol"}));
  add_fn(m, fn("modf", math_modf, 1, 1));
  add_fn(m, fn("frexp", math_frexp, 1, 1));
  add_fn(m, fn("ldexp", math_ldexp, 2, 2));
  add_fn(m, fn("gcd", math_gcd, 0, -1));
  add_fn(m, fn("lcm", math_lcm, 0, -1));
  add_fn(m, fn("isqrt", math_isqrt, 1, 1));
  add_fn(m, fn("factorial", math_factorial, 1, 1));
  add_fn(m, fn("comb", math_comb, 2, 2));
  add_fn(m, fn("perm", math_perm, 1, 2));
  add_fn(m, fn("prod", math_prod, 1, 1, {"start"}));
  add_fn(m, fn("fsum", math_fsum, 1, 1));
  add_fn(m, fn("dist", math_dist, 2, 2));
  return m;
}

// -- Import --

struct Imports {
  std::unordered_map<std::string, uint32_t> loaded;  // name -> index in modules
  heap::RootedVector<Value> modules;
  std::unordered_map<std::string, CompiledModule*> precompiled;
  std::unordered_map<std::string, SyntaxError> failed;  // compiled ahead of time, in vain
};
Imports& imports() {
  static auto* i = new Imports();
  return *i;
}

}  // namespace

void set_start_options(const StartOptions& o) { g_start = o; }
void add_precompiled(const std::string& name, CompiledModule* m) { imports().precompiled[name] = m; }
void add_precompile_failure(const std::string& name, const SyntaxError& error) { imports().failed[name] = error; }
uint64_t recursion_depth_base() { return kFramesBelowMain; }
int64_t recursion_limit() { return g_recursion_limit; }

Value native_module(std::string_view name) {
  (void)name;
  return Value();
}

Value import_module(VM& vm, std::string_view name) {
  Imports& im = imports();
  std::string n(name);
  auto it = im.loaded.find(n);
  if (it != im.loaded.end()) {
    Value m = im.modules[it->second];
    if (m.is_nil()) return raise(vm, types().ImportError, "cannot import name '" + n + "' (circular import)");
    return m;
  }
  Value m;
  if (n == "sys") m = make_sys(vm);
  else if (n == "math") m = make_math(vm);
  else if (n == "unicodedata") m = make_unicodedata(vm);
  if (!m.is_empty()) {
    im.loaded[n] = static_cast<uint32_t>(im.modules.size());
    im.modules.push_back(m);
    return m;
  }
  // A sibling .py file of the program.
  CompiledModule* cm = nullptr;
  if (auto p = im.precompiled.find(n); p != im.precompiled.end()) cm = p->second;
  if (auto f = im.failed.find(n); f != im.failed.end()) return raise_syntax_error(vm, f->second);
  if (!cm) {
    std::filesystem::path path = std::filesystem::path(g_start.script_dir) / (n + ".py");
    if (n.find('.') != std::string::npos || !std::filesystem::exists(path))
      return raise_name_error(vm, types().ModuleNotFoundError, "No module named '" + n + "'", str(n));
    // Named as the loader names the modules it compiles ahead of time.
    std::string display = g_start.script_dir == "." ? n + ".py" : path.string();
    SyntaxError error;
    cm = compile_file(display, n, &error);
    if (!cm) return raise_syntax_error(vm, error);
  }
  Value mod = module_object(*cm);
  // A module is visible (partially initialised) while its body runs.
  uint32_t slot = static_cast<uint32_t>(im.modules.size());
  im.loaded[n] = slot;
  im.modules.push_back(mod);
  Value r = vm.call(cm->body, {});
  if (r.is_empty()) {
    im.loaded.erase(n);
    return r;
  }
  return mod;
}

void install_modules() {
  g_stream_cls = register_class("TextIOWrapper", false);
  PyType* st = make_builtin_type("TextIOWrapper", g_stream_cls, types().object);
  define_method(st, fn("write", stream_write, 2, 2));
  define_method(st, fn("flush", stream_flush, 1, 1));
  define_method(st, fn("read", stream_read, 1, 2));
  define_method(st, fn("readline", stream_readline, 1, 1));
  define_method(st, fn("readlines", stream_readlines, 1, 1));
  define_method(st, fn("__iter__", stream_iter, 1, 1));
  define_method(st, fn("__next__", stream_next, 1, 1));
  g_streams[0] = new_stream(stdout);
  g_streams[1] = new_stream(stderr);
  g_streams[2] = new_stream(stdin);
  register_fast("iter", g_stream_cls, stream_fast_iter);
  register_fast("next", g_stream_cls, stream_fast_next);
}

}  // namespace sy::py
