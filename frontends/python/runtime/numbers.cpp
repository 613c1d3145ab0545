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
#include "frontends/python/lib/float_arith.h"
#include "frontends/python/lib/float_text.h"
#include "frontends/python/lib/hash.h"
#include "frontends/python/lib/int_arith.h"
#include "frontends/python/lib/int_text.h"
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
    auto d = pylib::int_to_double(v);
    if (!d) {
      raise_lib(vm, d.error());
      return false;
    }
    *out = *d;
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
std::string int_repr(Value v) {
  auto r = pylib::int_to_decimal(as_int_value(v));
  return r ? *r : pylib::int_to_base(as_int_value(v), 10);
}

bool append_int(VM& vm, std::string& out, Value v) {
  auto r = pylib::int_to_decimal(as_int_value(v));
  if (!r) {
    raise_lib(vm, r.error());
    return false;
  }
  out += *r;
  return true;
}

Value int_from_double(VM& vm, double d) {
  auto r = pylib::double_to_int(d);
  return r ? *r : raise_lib(vm, r.error());
}

// -- Operators --

namespace {

template <class T>
Value lib_value(VM& vm, pylib::Result<T> r) {
  if (!r) return raise_lib(vm, r.error());
  if constexpr (std::is_same_v<T, double>) return Value::number(*r);
  else return *r;
}

// a op b for two numbers; NotImplemented when either is not a number.
Value num_binary(VM& vm, std::string_view op, Value a, Value b) {
  if (!is_number(a) || !is_number(b)) return notimplemented();
  if (is_integral(a) && is_integral(b)) {
    bool both_bool = a.is_bool() && b.is_bool();
    a = as_int_value(a);
    b = as_int_value(b);
    switch (op[0]) {
      case '+': return pylib::int_add(a, b);
      case '-': return pylib::int_sub(a, b);
      case '*': return op.size() == 2 ? lib_value(vm, pylib::int_pow(a, b)) : pylib::int_mul(a, b);
      case '/':
        if (op.size() == 2) return lib_value(vm, pylib::int_floordiv(a, b));
        return lib_value(vm, pylib::int_truediv(a, b));
      case '%': return lib_value(vm, pylib::int_mod(a, b));
      case '<': return lib_value(vm, pylib::int_lshift(a, b));
      case '>': return lib_value(vm, pylib::int_rshift(a, b));
      case '&': {
        Value r = pylib::int_and(a, b);
        return both_bool ? Value::boolean(r.as_int() != 0) : r;
      }
      case '|': {
        Value r = pylib::int_or(a, b);
        return both_bool ? Value::boolean(r.as_int() != 0) : r;
      }
      case '^': {
        Value r = pylib::int_xor(a, b);
        return both_bool ? Value::boolean(r.as_int() != 0) : r;
      }
      default: return notimplemented();
    }
  }
  double x, y;
  if (!to_double(vm, a, &x) || !to_double(vm, b, &y)) return Value();
  switch (op[0]) {
    case '+': return Value::number(x + y);
    case '-': return Value::number(x - y);
    case '*':
      if (op.size() == 2) return lib_value(vm, pylib::float_pow(x, y));
      return Value::number(x * y);
    case '/':
      if (op.size() == 2) return lib_value(vm, pylib::float_floordiv(x, y));
      return lib_value(vm, pylib::float_truediv(x, y));
    case '%': return lib_value(vm, pylib::float_mod(x, y));
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
  } else if constexpr (C1 == '&' && C2 == 0) {
    if (x.is_int() && y.is_int()) return Value::small_int(x.as_int() & y.as_int());
  } else if constexpr (C1 == '|' && C2 == 0) {
    if (x.is_int() && y.is_int()) return Value::small_int(x.as_int() | y.as_int());
  } else if constexpr (C1 == '^' && C2 == 0) {
    if (x.is_int() && y.is_int()) return Value::small_int(x.as_int() ^ y.as_int());
  } else if constexpr (C1 == '>' && C2 == '>') {
    if (x.is_int() && y.is_int() && y.as_int() >= 0)
      return Value::small_int(y.as_int() >= 63 ? (x.as_int() < 0 ? -1 : 0) : x.as_int() >> y.as_int());
  } else if constexpr (C1 == '<' && C2 == '<') {
    if (x.is_int() && y.is_int() && y.as_int() >= 0 && y.as_int() < 47) {
      int64_t v = x.as_int(), r = v << y.as_int();
      if ((r >> y.as_int()) == v && Value::fits_small(r)) return Value::small_int(r);
    }
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
  Value x = a.pos[0], y = unbox(a.pos[1]);  // an int/float subclass instance is its number
  return Reflected ? num_binary(vm, op, y, x) : num_binary(vm, op, x, y);
}
template <CmpOp Op>
Value dunder_cmp(VM& vm, const Args& a) {
  return num_compare(vm, a.pos[0], unbox(a.pos[1]), Op);
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
  return make_int(x.is_double() ? pylib::hash_double(x.as_double(), x.bits()) : pylib::hash_int(as_int_value(x)));
}
Value m_repr(VM&, const Args& a) {
  Value x = a.pos[0];
  if (x.is_bool()) return str(x.is_true() ? "True" : "False");
  if (x.is_double()) return str(float_repr(x.as_double()));
  return str(int_repr(x));
}
Value m_bit_length(VM&, const Args& a) {
  return Value::small_int(pylib::int_bit_length(as_int_value(a.pos[0])));
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

// round(): ties to even; floats with digits correctly rounded through their decimal digits.
Value round_number(VM& vm, Value x, Value nd) {
  if (is_integral(x)) {
    x = as_int_value(x);
    if (nd.is_empty() || nd.is_nil()) return x;
    Value n = nd.is_bool() ? Value::small_int(nd.is_true()) : nd;
    if (!is_integral(n)) {
      int64_t k;
      if (!index_value(vm, nd, &k, "ndigits")) return Value();
      n = make_int(k);
    }
    return pylib::int_round(x, n);
  }
  double d = x.as_double();
  if (nd.is_empty() || nd.is_nil()) return lib_value(vm, pylib::float_round_to_int(d));
  int64_t n;
  if (nd.is_double()) return raise_type_error(vm, "'float' object cannot be interpreted as an integer");
  if (!index_value(vm, nd, &n, "ndigits")) return Value();
  return lib_value(vm, pylib::float_round(d, n));
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
Value divmod_numbers(VM& vm, Value x, Value y) {
  if (!is_number(x) || !is_number(y)) return notimplemented();
  if (is_integral(x) && is_integral(y)) {
    auto r = pylib::int_divmod(as_int_value(x), as_int_value(y));
    if (!r) return raise_lib(vm, r.error());
    return Value::object(tuple_of({r->first, r->second}));
  }
  double p, q;
  if (!to_double(vm, x, &p) || !to_double(vm, y, &q)) return Value();
  auto r = pylib::float_divmod(p, q);
  if (!r) return raise_lib(vm, r.error());
  return Value::object(tuple_of({Value::number(r->first), Value::number(r->second)}));
}
Value m_divmod(VM& vm, const Args& a) { return divmod_numbers(vm, a.pos[0], unbox(a.pos[1])); }
Value m_rdivmod(VM& vm, const Args& a) { return divmod_numbers(vm, unbox(a.pos[1]), a.pos[0]); }

// -- Constructors --

Value parse_int_text(VM& vm, Value text, int64_t base) {
  auto r = pylib::parse_int(sv(text), static_cast<int>(base));
  return r ? *r : raise_lib(vm, r.error());
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
    if (is_instance(base, cls::BigInt)) b = -1;  // out of range whatever its size
    else if (!index_value(vm, base, &b, "base")) return Value();
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
  if (is_number(x) && is_number(y)) return divmod_numbers(vm, x, y);
  PyType *tx = type_of(x), *ty = type_of(y);
  Value m = type_lookup(tx, "__divmod__");
  if (!m.is_empty() && tx->heap) {
    Value args[] = {y};
    Value r = call_special(vm, m, x, args);
    if (r.is_empty() || r != notimplemented()) return r;
  }
  Value rm = type_lookup(ty, "__rdivmod__");
  if (!rm.is_empty() && ty->heap) {
    Value args[] = {x};
    Value r = call_special(vm, rm, y, args);
    if (r.is_empty() || r != notimplemented()) return r;
  }
  return raise_type_error(vm, "unsupported operand type(s) for divmod(): '" + type_name_of(x) + "' and '" +
                                  type_name_of(y) + "'");
}

// Parameter i of a builtin whose positional parameters may also be given by keyword
// (pow(base=2, exp=5), round(number=x)): keyword slot i names positional parameter i.
// Empty if not given; false with a TypeError pending when it is given both ways, or is
// required and missing.
bool param(VM& vm, const Args& a, const char* fn, const char* name, uint32_t i, bool required, Value* out) {
  if (i < a.npos) {
    if (a.has_kw(i)) {
      raise_type_error(vm, std::string("argument for ") + fn + "() given by name ('" + name + "') and position (" +
                               std::to_string(i + 1) + ")");
      return false;
    }
    *out = a.pos[i];
    return true;
  }
  *out = a.kw[i];
  if (required && out->is_empty()) {
    raise_type_error(vm, std::string(fn) + "() missing required argument '" + name + "' (pos " +
                             std::to_string(i + 1) + ")");
    return false;
  }
  return true;
}

// More arguments than parameters, counting those given by keyword.
bool too_many(VM& vm, const Args& a, const char* fn, uint32_t max) {
  uint32_t n = a.npos;
  for (uint32_t i = 0; i < max; ++i) n += a.has_kw(i);
  if (n <= max) return false;
  raise_type_error(vm, std::string(fn) + "() takes at most " + std::to_string(max) + " arguments (" +
                           std::to_string(n) + " given)");
  return true;
}

Value b_pow(VM& vm, const Args& a) {
  if (too_many(vm, a, "pow", 3)) return Value();
  Value x, y, m;
  if (!param(vm, a, "pow", "base", 0, true, &x) || !param(vm, a, "pow", "exp", 1, true, &y) ||
      !param(vm, a, "pow", "mod", 2, false, &m))
    return Value();
  if (m.is_empty() || m.is_nil()) return binary_op(vm, "**", x, y);
  if (!is_integral(x) || !is_integral(y) || !is_integral(m)) {
    // ternary_op: only the base's own __pow__ takes a modulus (never __rpow__).
    PyType* tx = type_of(x);
    Value f = tx->heap ? type_lookup(tx, "__pow__") : Value();
    if (!f.is_empty() && is_function(f)) {
      Value args[] = {y, m};
      Value r = call_special(vm, f, x, args);
      if (r != notimplemented()) return r;
    }
    auto floaty = [](Value v) { return v.is_double() || isinstance(v, types().float_); };
    if (floaty(x) || floaty(y) || floaty(m))
      return raise_type_error(vm, "pow() 3rd argument not allowed unless all arguments are integers");
    return raise_type_error(vm, "unsupported operand type(s) for ** or pow(): '" + type_name_of(x) + "', '" +
                                    type_name_of(y) + "', '" + type_name_of(m) + "'");
  }
  return lib_value(vm, pylib::int_pow_mod(as_int_value(x), as_int_value(y), as_int_value(m)));
}

Value b_round(VM& vm, const Args& a) {
  if (too_many(vm, a, "round", 2)) return Value();
  Value x, nd;
  if (!param(vm, a, "round", "number", 0, true, &x) || !param(vm, a, "round", "ndigits", 1, false, &nd))
    return Value();
  if (is_number(x)) return round_number(vm, x, nd);
  Value m = type_lookup(type_of(x), "__round__");
  if (m.is_empty()) return raise_type_error(vm, "type " + type_name_of(x) + " doesn't define __round__ method");
  if (nd.is_empty()) return call_special(vm, m, x, {});
  Value args[] = {nd};
  return call_special(vm, m, x, args);
}

std::string digits_in_base(VM&, Value x, int base, const char*) {
  return pylib::int_to_prefixed(as_int_value(x), base);
}

Value index_arg(VM& vm, Value x) {
  if (is_integral(x)) return as_int_value(x);
  Value m = type_lookup(type_of(x), "__index__");
  if (m.is_empty())
    return raise_type_error(vm, quoted_type_name(x) + " object cannot be interpreted as an integer");
  Value r = call_special(vm, m, x, {});
  if (r.is_empty() || is_integral(r)) return r.is_bool() ? Value::small_int(r.is_true()) : r;
  return raise_type_error(vm, "__index__ returned non-int (type " + type_name_of(r) + ")");
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
      {"__divmod__", m_divmod},           {"__rdivmod__", m_rdivmod},
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
  define_function(fn("pow", b_pow, 0, -1, {"base", "exp", "mod"}));
  define_function(fn("round", b_round, 0, -1, {"number", "ndigits"}));
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
