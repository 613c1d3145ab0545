// The generic protocols (CPython's abstract.c and object.c): what natives call and what
// call sites fall back on. Builtin types answer through their fast natives
// (sites.h); classes through their special methods, called back in the VM.
#include <cstring>

#include "core/heap.h"
#include "frontends/python/runtime/calls.h"
#include "frontends/python/runtime/internal.h"
#include "frontends/python/runtime/iterators.h"
#include "frontends/python/runtime/runtime.h"
#include "frontends/python/runtime/sites.h"

namespace sy::py {

namespace {
// A fast target: a native (called directly) or an IR helper (run in the VM).
Value call_fast(VM& vm, Value f, std::initializer_list<Value> args) {
  Value buf[3];
  uint32_t i = 0;
  for (Value v : args) buf[i++] = v;
  if (is_instance(f, cls::NativeFn)) {
    const auto* n = f.as<NativeCallable>();
    return n->call(vm, n, buf, i);
  }
  ReentryGuard guard(vm);
  if (!guard.ok()) return Value();
  return vm.call_value(f, {buf, i});
}
}  // namespace

// -- Truth --

int truth(VM& vm, Value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_nil()) return 0;
  if (v.is_int()) return v.as_int() != 0;
  if (v.is_double()) return v.as_double() != 0.0;
  Value f = find_fast(FastOp::Truth, class_of(v));
  if (!f.is_empty()) {
    Value r = call_fast(vm, f, {v});
    return r.is_empty() ? -1 : r.is_true();
  }
  PyType* t = type_of(v);
  if (!t->heap) return 1;
  Value b = type_lookup(t, "__bool__");
  if (!b.is_empty()) {
    Value r = call_special(vm, b, v, {});
    if (r.is_empty()) return -1;
    if (!r.is_bool()) {
      raise_type_error(vm, "__bool__ should return bool, returned " + type_name_of(r));
      return -1;
    }
    return r.is_true();
  }
  Value l = type_lookup(t, "__len__");
  if (!l.is_empty()) {
    int64_t n;
    if (!length(vm, v, &n)) return -1;
    return n != 0;
  }
  return 1;
}

// -- Comparison --

CmpOp cmp_op(std::string_view n) {
  if (n == "<") return CmpOp::Lt;
  if (n == "<=") return CmpOp::Le;
  if (n == "==") return CmpOp::Eq;
  if (n == "!=") return CmpOp::Ne;
  if (n == ">") return CmpOp::Gt;
  return CmpOp::Ge;
}

const char* cmp_symbol(CmpOp op) {
  static const char* const s[] = {"<", "<=", "==", "!=", ">", ">="};
  return s[static_cast<int>(op)];
}

namespace {
const char* dunder_of(CmpOp op) {
  static const char* const s[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  return s[static_cast<int>(op)];
}
CmpOp swapped(CmpOp op) {
  static const CmpOp s[] = {CmpOp::Gt, CmpOp::Ge, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le};
  return s[static_cast<int>(op)];
}
}  // namespace

Value compare_fallback(VM& vm, Value a, Value b, CmpOp op) {
  if (op == CmpOp::Eq) return Value::boolean(a == b);
  if (op == CmpOp::Ne) return Value::boolean(a != b);
  return raise_type_error(vm, std::string("'") + cmp_symbol(op) + "' not supported between instances of '" +
                                  type_name_of(a) + "' and '" + type_name_of(b) + "'");
}

static_assert(static_cast<int>(FastOp::Ge) - static_cast<int>(FastOp::Lt) ==
              static_cast<int>(CmpOp::Ge) - static_cast<int>(CmpOp::Lt));

Value rich_compare(VM& vm, Value a, Value b, CmpOp op) {
  Value f = find_fast(static_cast<FastOp>(static_cast<int>(FastOp::Lt) + static_cast<int>(op)), class_of(a), class_of(b));
  if (!f.is_empty()) return call_fast(vm, f, {a, b});
  ReentryGuard guard(vm);
  if (!guard.ok()) return Value();
  PyType *ta = type_of(a), *tb = type_of(b);
  bool checked_reverse = false;
  if (ta != tb && is_subtype(tb, ta)) {
    Value r = type_lookup(tb, dunder_of(swapped(op)));
    if (!r.is_empty()) {
      checked_reverse = true;
      Value args[] = {a};
      Value res = call_special(vm, r, b, args);
      if (res.is_empty() || res != notimplemented()) return res;
    }
  }
  Value l = type_lookup(ta, dunder_of(op));
  if (!l.is_empty()) {
    Value args[] = {b};
    Value res = call_special(vm, l, a, args);
    if (res.is_empty() || res != notimplemented()) return res;
  }
  if (!checked_reverse) {
    Value r = type_lookup(tb, dunder_of(swapped(op)));
    if (!r.is_empty()) {
      Value args[] = {a};
      Value res = call_special(vm, r, b, args);
      if (res.is_empty() || res != notimplemented()) return res;
    }
  }
  return compare_fallback(vm, a, b, op);
}

int rich_compare_bool(VM& vm, Value a, Value b, CmpOp op) {
  Value r = rich_compare(vm, a, b, op);
  if (r.is_empty()) return -1;
  if (r.is_bool()) return r.is_true();
  return truth(vm, r);
}

// PyObject_RichCompareBool: identity first (so a NaN equals itself here, not under ==).
int equals(VM& vm, Value a, Value b) {
  if (a == b) return 1;
  if (a.is_int() && b.is_int()) return 0;
  if (is_str(a) && is_str(b)) {
    String *x = a.as<String>(), *y = b.as<String>();
    return x->length == y->length && std::memcmp(x->chars, y->chars, x->length) == 0;
  }
  return rich_compare_bool(vm, a, b, CmpOp::Eq);
}

// -- Binary operators --

Value binary_op(VM& vm, std::string_view op, Value a, Value b) {
  Value f = find_fast(op, class_of(a), class_of(b));
  bool inplace = op.size() >= 2 && op.back() == '=' && op != "==" && op != "!=" && op != "<=" && op != ">=";
  const BinopNames* names = binop_names(op);
  if (f.is_empty() && inplace) f = find_fast(names->op, class_of(a), class_of(b));
  if (!f.is_empty()) return call_fast(vm, f, {a, b});
  ReentryGuard guard(vm);
  if (!guard.ok()) return Value();
  PyType *ta = type_of(a), *tb = type_of(b);
  Value args[] = {b};
  if (inplace) {
    Value m = type_lookup(ta, names->idunder);
    if (!m.is_empty()) {
      Value r = call_special(vm, m, a, args);
      if (r.is_empty() || r != notimplemented()) return r;
    }
  }
  Value l = type_lookup(ta, names->dunder);
  Value r = ta != tb ? type_lookup(tb, names->rdunder) : Value();
  if (!r.is_empty() && r == type_lookup(ta, names->rdunder)) r = Value();
  Value rargs[] = {a};
  if (!r.is_empty() && is_subtype(tb, ta)) {
    Value res = call_special(vm, r, b, rargs);
    if (res.is_empty() || res != notimplemented()) return res;
    r = Value();
  }
  if (!l.is_empty()) {
    Value res = call_special(vm, l, a, args);
    if (res.is_empty() || res != notimplemented()) return res;
  }
  if (!r.is_empty()) {
    Value res = call_special(vm, r, b, rargs);
    if (res.is_empty() || res != notimplemented()) return res;
  }
  return binop_error(vm, op, a, b);
}

namespace {
// str, list or tuple, subclasses included: they answer + and * as sequences.
const char* sequence_name(Value v) {
  PyType* t = type_of(v);
  for (PyType* s : {types().str, types().list, types().tuple})
    if (is_subtype(t, s)) return s == types().str ? "str" : s == types().list ? "list" : "tuple";
  return nullptr;
}
}  // namespace

Value binop_error(VM& vm, std::string_view op, Value a, Value b) {
  std::string_view base = op;
  if (base.size() > 1 && base.back() == '=') base.remove_suffix(1);
  if (base == "+") {
    if (const char* s = sequence_name(a))
      return raise_type_error(vm, std::string("can only concatenate ") + s + " (not \"" + type_name_of(b) + "\") to " + s);
  }
  if (base == "*") {
    // Reached only when the count is not an int: CPython's sq_repeat takes any object
    // with __index__ (the error path is no hot path), and refuses the rest, floats too.
    for (int i = 0; i < 2; ++i) {
      Value seq = i ? b : a, count = i ? a : b;
      if (!sequence_name(seq) || !type_of(count)->heap || type_lookup(type_of(count), "__index__").is_empty()) continue;
      int64_t k;
      if (!index_value(vm, count, &k, "can't multiply sequence by non-int of type")) return Value();
      return i ? binary_op(vm, op, make_int(k), seq) : binary_op(vm, op, seq, make_int(k));
    }
    const char* repeat = "can't multiply sequence by non-int of type ";
    if (sequence_name(a)) return raise_type_error(vm, repeat + quoted_type_name(b));
    // x *= seq repeats seq only when x has no sequence slots at all (numbers, None);
    // every class and every builtin container has them (PyNumber_InPlaceMultiply).
    bool left_has_slots = type_of(a)->heap || !find_fast(FastOp::Iter, class_of(a)).is_empty();
    bool inplace = op != base;
    if (sequence_name(b) && !(inplace && left_has_slots)) return raise_type_error(vm, repeat + quoted_type_name(a));
  }
  std::string shown = op == "**" ? "** or pow()" : std::string(op);
  return raise_type_error(vm, "unsupported operand type(s) for " + shown + ": '" + type_name_of(a) +
                                  "' and '" + type_name_of(b) + "'");
}

Value unary_op(VM& vm, std::string_view op, Value a) {
  Value f = find_fast(op, class_of(a));
  if (!f.is_empty()) return call_fast(vm, f, {a});
  const char* dunder = op == "-" ? "__neg__" : op == "+" ? "__pos__" : "__invert__";
  Value m = type_lookup(type_of(a), dunder);
  if (m.is_empty())
    return raise_type_error(vm, "bad operand type for unary " + std::string(op) + ": '" + type_name_of(a) + "'");
  return call_special(vm, m, a, {});
}

// -- Length, items, containment --

bool length(VM& vm, Value v, int64_t* out) {
  Value f = find_fast(FastOp::Len, class_of(v));
  Value r;
  if (!f.is_empty()) {
    r = call_fast(vm, f, {v});
  } else {
    Value m = type_of(v)->heap ? type_lookup(type_of(v), "__len__") : Value();
    if (m.is_empty()) {
      raise_type_error(vm, "object of type '" + type_name_of(v) + "' has no len()");
      return false;
    }
    r = call_special(vm, m, v, {});
  }
  if (r.is_empty()) return false;
  if (r.is_bool()) r = Value::small_int(r.is_true());
  int64_t n;
  if (r.is_int()) {
    n = r.as_int();
  } else if (is_instance(r, cls::BigInt)) {
    if (!integer_to_int64(r, &n) && bigint_cmp(r, Value::small_int(0)) > 0) {
      raise(vm, types().OverflowError, "cannot fit 'int' into an index-sized integer");
      return false;
    }
    if (bigint_cmp(r, Value::small_int(0)) < 0) n = -1;
  } else {
    raise_type_error(vm, quoted_type_name(r) + " object cannot be interpreted as an integer");
    return false;
  }
  if (n < 0) {
    raise_value_error(vm, "__len__() should return >= 0");
    return false;
  }
  *out = n;
  return true;
}

Value get_item(VM& vm, Value o, Value key) {
  Value f = find_fast(FastOp::GetItem, class_of(o), class_of(key));
  if (!f.is_empty()) return call_fast(vm, f, {o, key});
  PyType* t = type_of(o);
  Value m = type_lookup(t, "__getitem__");
  if (!m.is_empty() && t->heap) {
    Value args[] = {key};
    return call_special(vm, m, o, args);
  }
  if (is_type(o)) {
    Value cg = type_lookup(o.as<PyType>(), "__class_getitem__");
    if (!cg.is_empty()) {
      Value args[] = {o, key};
      return call(vm, is_instance(cg, classes().classmethod) ? cg.as<FuncWrapper>()->func : cg, args);
    }
    return raise_type_error(vm, "type '" + std::string(type_name(o.as<PyType>())) + "' is not subscriptable");
  }
  return raise_type_error(vm, quoted_type_name(o) + " object is not subscriptable");
}

bool set_item(VM& vm, Value o, Value key, Value v) {
  Value f = find_fast(FastOp::SetItem, class_of(o), class_of(key));
  if (!f.is_empty()) {
    const auto* n = f.as<NativeCallable>();
    Value args[] = {o, key, v};
    return !n->call(vm, n, args, 3).is_empty();
  }
  PyType* t = type_of(o);
  Value m = t->heap ? type_lookup(t, "__setitem__") : Value();
  if (!m.is_empty()) {
    Value args[] = {key, v};
    return !call_special(vm, m, o, args).is_empty();
  }
  raise_type_error(vm, quoted_type_name(o) + " object does not support item assignment");
  return false;
}

bool del_item(VM& vm, Value o, Value key) {
  Value f = find_fast(FastOp::DelItem, class_of(o), class_of(key));
  if (!f.is_empty()) return !call_fast(vm, f, {o, key}).is_empty();
  PyType* t = type_of(o);
  Value m = t->heap ? type_lookup(t, "__delitem__") : Value();
  if (!m.is_empty()) {
    Value args[] = {key};
    return !call_special(vm, m, o, args).is_empty();
  }
  // CPython words it by path: PySequence_DelItem (a type with sequence slots, which
  // every class has, and an index key) says "doesn't", PyObject_DelItem "does not".
  bool sequence_like = t->heap || !find_fast(FastOp::Iter, class_of(o)).is_empty();
  bool index_key = key.is_int() || key.is_bool() || is_instance(key, cls::BigInt) ||
                   (type_of(key)->heap && !type_lookup(type_of(key), "__index__").is_empty());
  raise_type_error(vm, quoted_type_name(o) + (sequence_like && index_key ? " object doesn't support item deletion"
                                                                          : " object does not support item deletion"));
  return false;
}

int contains(VM& vm, Value c, Value item) {
  Value f = find_fast(FastOp::In, class_of(c));
  if (!f.is_empty()) {
    Value r = call_fast(vm, f, {c, item});
    return r.is_empty() ? -1 : r.is_true();
  }
  PyType* t = type_of(c);
  Value m = t->heap ? type_lookup(t, "__contains__") : Value();
  if (!m.is_empty()) {
    Value args[] = {item};
    Value r = call_special(vm, m, c, args);
    if (r.is_empty()) return -1;
    return truth(vm, r);
  }
  bool iterable = !find_fast(FastOp::Iter, class_of(c)).is_empty() ||
                  (t->heap && (!type_lookup(t, "__iter__").is_empty() || !type_lookup(t, "__getitem__").is_empty()));
  if (!iterable) {
    raise_type_error(vm, "argument of type '" + type_name_of(c) + "' is not iterable");
    return -1;
  }
  int found = 0;
  bool ok = for_each(vm, c, [&](Value x) {
    int e = equals(vm, x, item);
    if (e < 0) {
      found = -1;
      return false;
    }
    if (e) {
      found = 1;
      return false;
    }
    return true;
  });
  if (!ok) return -1;
  return found;
}

// -- Iteration --

Value get_iter(VM& vm, Value v) {
  Value f = find_fast(FastOp::Iter, class_of(v));
  if (!f.is_empty()) return call_fast(vm, f, {v});
  PyType* t = type_of(v);
  if (t->heap) {
    Value m = type_lookup(t, "__iter__");
    if (!m.is_empty()) {
      Value it = call_special(vm, m, v, {});
      if (it.is_empty()) return it;
      PyType* it_t = type_of(it);
      if (find_fast(FastOp::Next, class_of(it)).is_empty() && (!it_t->heap || type_lookup(it_t, "__next__").is_empty()))
        return raise_type_error(vm, "iter() returned non-iterator of type '" + type_name_of(it) + "'");
      return it;
    }
    if (!type_lookup(t, "__getitem__").is_empty()) return new_getitem_iterator(v);
  }
  return raise_type_error(vm, quoted_type_name(v) + " object is not iterable");
}

Value iter_next(VM& vm, Value it) {
  Value f = find_fast(FastOp::Next, class_of(it));
  if (!f.is_empty()) return call_fast(vm, f, {it});
  PyType* t = type_of(it);
  Value m = t->heap ? type_lookup(t, "__next__") : Value();
  if (m.is_empty()) return raise_type_error(vm, quoted_type_name(it) + " object is not an iterator");
  Value r = call_special(vm, m, it, {});
  if (r.is_empty() && isinstance(vm.exception(), types().StopIteration)) {
    vm.clear_exception();
    return stop();
  }
  return r;
}

bool for_each(VM& vm, Value iterable, const std::function<bool(Value)>& fn) {
  // Lists and tuples directly (the common case, and no iterator object).
  if (is_list(iterable)) {
    Array* a = iterable.as<Array>();
    for (uint64_t i = 0; i < a->length; ++i)
      if (!fn(a->items[i])) return !vm.has_exception();
    return true;
  }
  if (is_tuple(iterable)) {
    Tuple* t = iterable.as<Tuple>();
    for (uint32_t i = 0; i < t->size(); ++i)
      if (!fn(t->items[i])) return !vm.has_exception();
    return true;
  }
  Value it = get_iter(vm, iterable);
  if (it.is_empty()) return false;
  for (;;) {
    Value v = iter_next(vm, it);
    if (v.is_empty()) return false;
    if (v == stop()) return true;
    if (!fn(v)) return !vm.has_exception();
  }
}

Value sequence_to_list(VM& vm, Value iterable) {
  Value out = new_list();
  Array* a = out.as<Array>();
  if (is_list(iterable)) {
    Array* src = iterable.as<Array>();
    Array* copy = new_array(src->length);
    for (uint64_t i = 0; i < src->length; ++i) copy->items[i] = src->items[i];
    copy->length = src->length;
    return Value::object(copy);
  }
  // A list that could never be allocated fails at once, as CPython's preallocation from
  // the length does, instead of growing until memory runs out (the limit of [x] * n).
  constexpr int64_t kMaxItems = int64_t{1} << 40;
  int64_t hint = iterator_length_hint(iterable);
  if (is_instance(iterable, classes().range) && !integer_to_int64(iterable.as<Range>()->length, &hint))
    hint = INT64_MAX;
  if (hint == INT64_MAX)  // a length past a Py_ssize_t
    return raise(vm, types().OverflowError, "Python int too large to convert to C ssize_t");
  if (hint > kMaxItems) return raise(vm, types().MemoryError, "");
  bool ok = for_each(vm, iterable, [&](Value v) {
    array_push(a, v);
    return true;
  });
  return ok ? out : Value();
}

// -- Integers as indexes --

namespace {
// `source`: the object whose __index__ gave v, which messages name (nil: v itself).
bool index_value_of(VM& vm, Value v, int64_t* out, const char* what, Value source);
}  // namespace

bool index_value(VM& vm, Value v, int64_t* out, const char* what) {
  return index_value_of(vm, v, out, what, Value::nil());
}

namespace {
bool index_value_of(VM& vm, Value v, int64_t* out, const char* what, Value source) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.is_true();
    return true;
  }
  if (is_instance(v, cls::BigInt)) {
    int64_t fits;
    if (integer_to_int64(v, &fits)) {  // beyond the small ints, within a Py_ssize_t
      *out = fits;
      return true;
    }
    // Too big for an index: what CPython's PyNumber_AsSsize_t callers do with it.
    std::string_view w = what;
    // Clipped: by _PyEval_SliceIndex, and by round()'s PyNumber_AsSsize_t(ndigits, NULL).
    if (w == "slice indices" || w == "slice bounds" || w == "ndigits") {
      *out = bigint_cmp(v, Value::small_int(0)) < 0 ? INT64_MIN : INT64_MAX;
      return true;
    }
    std::string cannot_fit =
        std::string("cannot fit ") + quoted_type_name(source.is_nil() ? v : source) + " into an index-sized integer";
    if (w == "list indices" || w == "string indices" || w == "range indices" || w == "tuple indices")
      raise(vm, types().IndexError, cannot_fit);
    else if (w.rfind("can't multiply", 0) == 0)
      raise(vm, types().OverflowError, cannot_fit);
    else if (w == "chr")
      raise(vm, types().OverflowError, "Python int too large to convert to C int");
    else
      raise(vm, types().OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  PyType* t = type_of(v);
  if (t->heap) {
    Value m = type_lookup(t, "__index__");
    if (!m.is_empty()) {
      Value r = call_special(vm, m, v, {});
      if (r.is_empty()) return false;
      if (r.is_int() || r.is_bool() || is_instance(r, cls::BigInt)) return index_value_of(vm, r, out, what, v);
      raise_type_error(vm, "__index__ returned non-int (type " + type_name_of(r) + ")");
      return false;
    }
  }
  // CPython's message depends on the caller: subscripts name the container, slices and
  // sequence repetition have their own wording, and every other integer argument (widths,
  // counts, list.pop/insert positions, chr, round's ndigits...) is PyNumber_Index's.
  std::string_view w = what;
  if (w == "slice indices")
    raise_type_error(vm, "slice indices must be integers or None or have an __index__ method");
  else if (w == "slice bounds")  // list.index/tuple.index start and stop: None is refused
    raise_type_error(vm, "slice indices must be integers or have an __index__ method");
  else if (w.rfind("can't multiply", 0) == 0)
    raise_type_error(vm, "can't multiply sequence by non-int of type " + quoted_type_name(v));
  else if (w.size() > 8 && w.substr(w.size() - 8) == " indices")
    raise_type_error(vm, std::string(what) + " must be integers or slices, not " + type_name_of(v));
  else
    raise_type_error(vm, quoted_type_name(v) + " object cannot be interpreted as an integer");
  return false;
}

}  // namespace

void install_protocols() {}

}  // namespace sy::py
