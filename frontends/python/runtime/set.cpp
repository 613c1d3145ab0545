// set and frozenset: the Python API and operators over a table of elements.
//
// The table is the dict table (insertion order). CPython iterates a set in its hash
// table's order; the Python value library brings a table with that order, and this file
// moves onto it then (the set API below does not change).
#include "core/heap.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/iterators.h"
#include "frontends/python/runtime/sites.h"

namespace sy::py {

namespace {
struct PySet {
  ObjHeader h;
  uint32_t reserved;
  Dict* table;
};
PySet* S(Value v) { return v.as<PySet>(); }
bool is_frozen(Value v) { return is_instance(v, classes().frozenset); }
}  // namespace

bool is_set_like(Value v) { return is_instance(v, classes().set) || is_instance(v, classes().frozenset); }

Value new_set(bool frozen) {
  auto* s = static_cast<PySet*>(heap::alloc(sizeof(PySet)));
  s->h.cls = frozen ? classes().frozenset : classes().set;
  s->table = new_dict();
  return Value::object(s);
}

bool set_add(VM& vm, Value set, Value item) { return dict_set(vm, S(set)->table, item, Value::nil()); }

int set_contains(VM& vm, Value set, Value item) {
  Value v;
  if (!dict_get(vm, S(set)->table, item, &v)) {
    // `[1] in s`: an unhashable set element is looked up as a frozenset, else it is an error.
    return -1;
  }
  return !v.is_empty();
}

bool set_discard(VM& vm, Value set, Value item, bool* found) { return dict_del(vm, S(set)->table, item, found); }
uint64_t set_size(Value set) { return S(set)->table->count; }

Value set_from_iterable(VM& vm, Value iterable) {
  Value s = new_set(false);
  if (is_set_like(iterable)) {
    Dict* d = S(iterable)->table;
    for (uint64_t i = 0; i < d->used; ++i)
      if (!d->entries[i].key.is_empty()) dict_set(vm, S(s)->table, d->entries[i].key, Value::nil());
    return s;
  }
  bool ok = for_each(vm, iterable, [&](Value v) { return set_add(vm, s, v); });
  return ok ? s : Value();
}

bool frozenset_hash(VM& vm, Value v, int64_t* out) {
  Dict* d = S(v)->table;
  uint64_t h = 0;
  for (uint64_t i = 0; i < d->used; ++i) {
    if (d->entries[i].key.is_empty()) continue;
    auto eh = static_cast<uint64_t>(d->entries[i].hash);
    h ^= ((eh ^ 89869747ull) ^ (eh << 16)) * 3644798167ull;
  }
  h ^= (d->count + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  auto r = static_cast<int64_t>(h);
  *out = r == -1 ? 590923713 : r;
  (void)vm;
  return true;
}

namespace {

template <class F>
bool each(Value set, F f) {
  Dict* d = S(set)->table;
  for (uint64_t i = 0; i < d->used; ++i)
    if (!d->entries[i].key.is_empty() && !f(d->entries[i].key)) return false;
  return true;
}

// The other operand of a set operation as a set (methods accept any iterable).
Value as_set(VM& vm, Value v) { return is_set_like(v) ? v : set_from_iterable(vm, v); }

Value copy_of(VM& vm, Value s, bool frozen) {
  Value out = new_set(frozen);
  bool ok = each(s, [&](Value k) { return set_add(vm, out, k); });
  return ok ? out : Value();
}

Value set_union(VM& vm, Value a, Value b, bool frozen) {
  Value out = copy_of(vm, a, frozen);
  if (out.is_empty()) return out;
  bool ok = each(b, [&](Value k) { return set_add(vm, out, k); });
  return ok ? out : Value();
}
Value set_inter(VM& vm, Value a, Value b, bool frozen) {
  Value out = new_set(frozen);
  bool ok = each(a, [&](Value k) {
    int c = set_contains(vm, b, k);
    if (c < 0) return false;
    return c == 0 || set_add(vm, out, k);
  });
  return ok ? out : Value();
}
Value set_diff(VM& vm, Value a, Value b, bool frozen) {
  Value out = new_set(frozen);
  bool ok = each(a, [&](Value k) {
    int c = set_contains(vm, b, k);
    if (c < 0) return false;
    return c == 1 || set_add(vm, out, k);
  });
  return ok ? out : Value();
}
Value set_symdiff(VM& vm, Value a, Value b, bool frozen) {
  Value out = set_diff(vm, a, b, frozen);
  if (out.is_empty()) return out;
  bool ok = each(b, [&](Value k) {
    int c = set_contains(vm, a, k);
    if (c < 0) return false;
    return c == 1 || set_add(vm, out, k);
  });
  return ok ? out : Value();
}
int subset(VM& vm, Value a, Value b) {
  if (set_size(a) > set_size(b)) return 0;
  int r = 1;
  bool ok = each(a, [&](Value k) {
    int c = set_contains(vm, b, k);
    if (c < 0) {
      r = -1;
      return false;
    }
    if (!c) {
      r = 0;
      return false;
    }
    return true;
  });
  return ok || r == 0 ? r : -1;
}

// -- Fast natives --

template <char Op>
Value f_setop(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  bool frozen = is_frozen(a[0]);
  switch (Op) {
    case '|': return set_union(vm, a[0], a[1], frozen);
    case '&': return set_inter(vm, a[0], a[1], frozen);
    case '-': return set_diff(vm, a[0], a[1], frozen);
    default: return set_symdiff(vm, a[0], a[1], frozen);
  }
}
template <char Op>
Value f_setiop(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Value r = f_setop<Op>(vm, nullptr, a, 2);
  if (r.is_empty()) return r;
  S(a[0])->table = S(r)->table;
  return a[0];
}
template <CmpOp Op>
Value f_setcmp(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Value x = a[0], y = a[1];
  int r = 0;
  switch (Op) {
    case CmpOp::Le: r = subset(vm, x, y); break;
    case CmpOp::Ge: r = subset(vm, y, x); break;
    case CmpOp::Lt: r = set_size(x) < set_size(y) ? subset(vm, x, y) : 0; break;
    case CmpOp::Gt: r = set_size(y) < set_size(x) ? subset(vm, y, x) : 0; break;
    case CmpOp::Eq: r = set_size(x) == set_size(y) ? subset(vm, x, y) : 0; break;
    case CmpOp::Ne: r = set_size(x) == set_size(y) ? subset(vm, x, y) : 0; break;
  }
  if (r < 0) return Value();
  return Value::boolean(Op == CmpOp::Ne ? !r : r);
}
Value f_contains(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  int c = set_contains(vm, a[0], a[1]);
  if (c < 0 && is_set_like(a[1]) && isinstance(vm.exception(), types().TypeError)) {
    vm.clear_exception();
    Value f = copy_of(vm, a[1], true);
    if (f.is_empty()) return f;
    c = set_contains(vm, a[0], f);
  }
  return c < 0 ? Value() : Value::boolean(c);
}
Value f_iter(VM&, const NativeCallable*, const Value* a, uint32_t) {
  return new_dict_iter(Value::object(S(a[0])->table), DictPart::Keys);
}
Value f_len(VM&, const NativeCallable*, const Value* a, uint32_t) {
  return Value::small_int(static_cast<int64_t>(set_size(a[0])));
}
Value f_truth(VM&, const NativeCallable*, const Value* a, uint32_t) { return Value::boolean(set_size(a[0]) != 0); }

// -- Methods --

Value m_add(VM& vm, const Args& a) { return set_add(vm, a.pos[0], a.pos[1]) ? Value::nil() : Value(); }
Value m_remove(VM& vm, const Args& a) {
  bool found;
  if (!set_discard(vm, a.pos[0], a.pos[1], &found)) return Value();
  if (!found) return raise_key_error(vm, a.pos[1]);
  return Value::nil();
}
Value m_discard(VM& vm, const Args& a) {
  bool found;
  return set_discard(vm, a.pos[0], a.pos[1], &found) ? Value::nil() : Value();
}
Value m_pop(VM& vm, const Args& a) {
  Dict* d = S(a.pos[0])->table;
  for (uint64_t i = 0; i < d->used; ++i) {
    if (d->entries[i].key.is_empty()) continue;
    Value k = d->entries[i].key;
    bool found;
    if (!set_discard(vm, a.pos[0], k, &found)) return Value();
    return k;
  }
  return raise(vm, types().KeyError, "pop from an empty set");
}
Value m_clear(VM&, const Args& a) {
  S(a.pos[0])->table = new_dict();
  return Value::nil();
}
Value m_copy(VM& vm, const Args& a) {
  if (is_frozen(a.pos[0])) return a.pos[0];
  return copy_of(vm, a.pos[0], false);
}
template <char Op>
Value m_multi(VM& vm, const Args& a) {
  Value acc = copy_of(vm, a.pos[0], is_frozen(a.pos[0]));
  for (uint32_t i = 1; i < a.npos && !acc.is_empty(); ++i) {
    Value other = as_set(vm, a.pos[i]);
    if (other.is_empty()) return other;
    Value args[] = {acc, other};
    acc = f_setop<Op>(vm, nullptr, args, 2);
  }
  return acc;
}
template <char Op>
Value m_update(VM& vm, const Args& a) {
  for (uint32_t i = 1; i < a.npos; ++i) {
    Value other = as_set(vm, a.pos[i]);
    if (other.is_empty()) return other;
    Value args[] = {a.pos[0], other};
    if (f_setiop<Op>(vm, nullptr, args, 2).is_empty()) return Value();
  }
  return Value::nil();
}
Value m_issubset(VM& vm, const Args& a) {
  Value o = as_set(vm, a.pos[1]);
  if (o.is_empty()) return o;
  int r = subset(vm, a.pos[0], o);
  return r < 0 ? Value() : Value::boolean(r);
}
Value m_issuperset(VM& vm, const Args& a) {
  Value o = as_set(vm, a.pos[1]);
  if (o.is_empty()) return o;
  int r = subset(vm, o, a.pos[0]);
  return r < 0 ? Value() : Value::boolean(r);
}
Value m_isdisjoint(VM& vm, const Args& a) {
  Value o = as_set(vm, a.pos[1]);
  if (o.is_empty()) return o;
  Value i = set_inter(vm, a.pos[0], o, false);
  return i.is_empty() ? i : Value::boolean(set_size(i) == 0);
}

Value set_new(VM& vm, const Args& a) {
  if (a.npos == 0) return new_set(false);
  return set_from_iterable(vm, a.pos[0]);
}
Value frozenset_new(VM& vm, const Args& a) {
  if (a.npos == 0) return new_set(true);
  if (is_frozen(a.pos[0])) return a.pos[0];
  Value s = set_from_iterable(vm, a.pos[0]);
  if (s.is_empty()) return s;
  S(s)->h.cls = classes().frozenset;
  return s;
}

}  // namespace

void install_set() {
  const Types& t = types();
  ClassId sc = classes().set, fc = classes().frozenset;
  for (ClassId c : {sc, fc}) {
    register_fast("in", c, f_contains);
    register_fast("iter", c, f_iter);
    register_fast("len", c, f_len);
    register_fast("truth", c, f_truth);
    for (ClassId o : {sc, fc}) {
      register_fast("|", c, o, f_setop<'|'>);
      register_fast("&", c, o, f_setop<'&'>);
      register_fast("-", c, o, f_setop<'-'>);
      register_fast("^", c, o, f_setop<'^'>);
      register_fast("<", c, o, f_setcmp<CmpOp::Lt>);
      register_fast("<=", c, o, f_setcmp<CmpOp::Le>);
      register_fast("==", c, o, f_setcmp<CmpOp::Eq>);
      register_fast("!=", c, o, f_setcmp<CmpOp::Ne>);
      register_fast(">", c, o, f_setcmp<CmpOp::Gt>);
      register_fast(">=", c, o, f_setcmp<CmpOp::Ge>);
    }
  }
  for (ClassId o : {sc, fc}) {
    register_fast("|=", sc, o, f_setiop<'|'>);
    register_fast("&=", sc, o, f_setiop<'&'>);
    register_fast("-=", sc, o, f_setiop<'-'>);
    register_fast("^=", sc, o, f_setiop<'^'>);
  }
  for (PyType* st : {t.set, t.frozenset}) {
    define_method(st, fn("copy", m_copy, 1, 1));
    define_method(st, fn("union", m_multi<'|'>, 1, -1));
    define_method(st, fn("intersection", m_multi<'&'>, 1, -1));
    define_method(st, fn("difference", m_multi<'-'>, 1, -1));
    define_method(st, fn("symmetric_difference", m_multi<'^'>, 2, 2));
    define_method(st, fn("issubset", m_issubset, 2, 2));
    define_method(st, fn("issuperset", m_issuperset, 2, 2));
    define_method(st, fn("isdisjoint", m_isdisjoint, 2, 2));
  }
  PyType* s = t.set;
  define_method(s, fn("add", m_add, 2, 2));
  define_method(s, fn("remove", m_remove, 2, 2));
  define_method(s, fn("discard", m_discard, 2, 2));
  define_method(s, fn("pop", m_pop, 1, 1));
  define_method(s, fn("clear", m_clear, 1, 1));
  define_method(s, fn("update", m_update<'|'>, 1, -1));
  define_method(s, fn("intersection_update", m_update<'&'>, 1, -1));
  define_method(s, fn("difference_update", m_update<'-'>, 1, -1));
  define_method(s, fn("symmetric_difference_update", m_update<'^'>, 2, 2));
  define_type_builtin(t.set, fn("set", set_new, 0, 1));
  define_type_builtin(t.frozenset, fn("frozenset", frozenset_new, 0, 1));
}

}  // namespace sy::py
