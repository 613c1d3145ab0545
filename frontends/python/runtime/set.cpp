// set and frozenset: the Python API and operators over the value library's copy of
// CPython's set table (frontends/python/lib/set_table.h), so that sets iterate and print
// in CPython's order. Keys are Values; equality and hashing are Python's (which may call
// __eq__ and __hash__).
#include <new>

#include "core/heap.h"
#include "frontends/python/lib/hash.h"
#include "frontends/python/lib/set_table.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/iterators.h"
#include "frontends/python/runtime/sites.h"

namespace sy::py {

namespace {

using pylib::SetTable;

// Tables live in collected memory the collector scans (they hold Values); nothing is
// freed by hand.
SetTable::Entry* table_alloc(size_t n) {
  return static_cast<SetTable::Entry*>(heap::alloc(n * sizeof(SetTable::Entry)));
}
void table_release(SetTable::Entry*, size_t) {}
const SetTable::Memory kHeapMemory{table_alloc, table_release};

// The set object: its table is in the object (the collector scans it in place).
struct PySet {
  ObjHeader h;
  uint32_t reserved;
  SetTable table;
};
PySet* S(Value v) { return v.as<PySet>(); }
SetTable& T(Value v) { return S(v)->table; }
bool is_frozen(Value v) {
  return is_instance(v, classes().frozenset) ||
         (has_layout(v, Layout::Set) && solid_base(type_of(v)) == types().frozenset);
}

int key_eq(void* ctx, uint64_t stored, uint64_t probe) {
  return equals(*static_cast<VM*>(ctx), Value::from_bits(stored), Value::from_bits(probe));
}
SetTable::KeyEq eq_for(VM& vm) { return {key_eq, &vm}; }

// Runs a table operation; a failed comparison's exception is already pending.
bool ok(int r) { return r != SetTable::kError; }

// Iteration over a set: (key, hash) pairs in table order.
struct SetIter {
  ObjHeader h;
  uint32_t reserved;
  Value set;
  uint64_t pos;
  uint64_t size;  // the size seen at the start (a change is an error)
};
ClassId g_setiter;

}  // namespace

bool is_set_like(Value v) {
  return is_instance(v, classes().set) || is_instance(v, classes().frozenset) || has_layout(v, Layout::Set);
}

Value new_set(bool frozen) {
  auto* s = static_cast<PySet*>(heap::alloc(sizeof(PySet)));
  s->h.cls = frozen ? classes().frozenset : classes().set;
  new (&s->table) SetTable(&kHeapMemory);
  return Value::object(s);
}

size_t set_struct_size() { return sizeof(PySet); }

Value new_set_of_class(ClassId c, size_t bytes) {
  auto* s = static_cast<PySet*>(heap::alloc(bytes));
  s->h.cls = c;
  new (&s->table) SetTable(&kHeapMemory);
  return Value::object(s);
}

bool set_add(VM& vm, Value set, Value item) {
  int64_t h;
  if (!hash(vm, item, &h)) return false;
  return ok(T(set).add(item.bits(), h, eq_for(vm)));
}

int set_contains(VM& vm, Value set, Value item) {
  int64_t h;
  if (!hash(vm, item, &h)) return -1;
  int r = T(set).contains(item.bits(), h, eq_for(vm));
  return r == SetTable::kError ? -1 : r;
}

bool set_discard(VM& vm, Value set, Value item, bool* found) {
  int64_t h;
  if (!hash(vm, item, &h)) return false;
  int r = T(set).discard(item.bits(), h, eq_for(vm));
  if (r == SetTable::kError) return false;
  *found = r == 1;
  return true;
}

uint64_t set_size(Value set) { return T(set).size(); }

Value set_from_iterable(VM& vm, Value iterable) {
  Value s = new_set(false);
  if (is_set_like(iterable)) return ok(T(s).merge(T(iterable), eq_for(vm))) ? s : Value();
  if (is_dict(iterable)) T(s).presize(iterable.as<Dict>()->count);
  bool good = for_each(vm, iterable, [&](Value v) { return set_add(vm, s, v); });
  return good ? s : Value();
}

bool set_update_from(VM& vm, Value set, Value iterable) {
  if (is_set_like(iterable)) return ok(T(set).merge(T(iterable), eq_for(vm)));
  if (is_dict(iterable)) T(set).presize(set_size(set) + iterable.as<Dict>()->count);
  return for_each(vm, iterable, [&](Value v) { return set_add(vm, set, v); });
}

void set_clear(Value set) { T(set).clear(); }

bool frozenset_hash(VM&, Value v, int64_t* out) {
  std::vector<int64_t> hashes;
  size_t pos = 0;
  SetTable::Entry e;
  while (T(v).next(&pos, &e)) hashes.push_back(e.hash);
  *out = pylib::hash_frozenset(hashes.data(), hashes.size());
  return true;
}

namespace {

template <class F>
bool each(Value set, F f) {
  size_t pos = 0;
  SetTable::Entry e;
  while (T(set).next(&pos, &e))
    if (!f(Value::from_bits(e.key))) return false;
  return true;
}

// The other operand of a set method as a set (methods accept any iterable).
Value as_set(VM& vm, Value v) { return is_set_like(v) ? v : set_from_iterable(vm, v); }

Value copy_of(VM& vm, Value s, bool frozen) {
  Value out = new_set(frozen);
  return ok(T(out).merge(T(s), eq_for(vm))) ? out : Value();
}

Value set_op(VM& vm, char op, Value a, Value b, bool frozen) {
  Value out = new_set(frozen);
  int r = 0;
  switch (op) {
    case '|': r = pylib::set_union(T(a), T(b), T(out), eq_for(vm)); break;
    case '&': r = pylib::set_intersection(T(a), T(b), T(out), eq_for(vm)); break;
    case '-': r = pylib::set_difference(T(a), T(b), T(out), eq_for(vm)); break;
    default: r = pylib::set_symmetric_difference(T(a), T(b), T(out), eq_for(vm)); break;
  }
  return ok(r) ? out : Value();
}

bool set_update_op(VM& vm, char op, Value a, Value b) {
  int r = 0;
  switch (op) {
    case '|': r = T(a).merge(T(b), eq_for(vm)); break;
    case '&': r = pylib::set_intersection_update(T(a), T(b), eq_for(vm)); break;
    case '-': r = pylib::set_difference_update(T(a), T(b), eq_for(vm)); break;
    default: r = pylib::set_symmetric_difference_update(T(a), T(b), eq_for(vm)); break;
  }
  return ok(r);
}

int subset(VM& vm, Value a, Value b) {
  if (set_size(a) > set_size(b)) return 0;
  int r = 1;
  each(a, [&](Value k) {
    int c = set_contains(vm, b, k);
    if (c <= 0) {
      r = c;
      return false;
    }
    return true;
  });
  return r;
}

// -- Fast natives --

template <char Op>
Value f_setop(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  return set_op(vm, Op, a[0], a[1], is_frozen(a[0]));
}
template <char Op>
Value f_setiop(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  return set_update_op(vm, Op, a[0], a[1]) ? a[0] : Value();
}
template <CmpOp Op>
Value f_setcmp(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Value x = a[0], y = a[1];
  NestingGuard nest(vm, " in comparison");
  if (!nest.ok()) return Value();
  int r = 0;
  switch (Op) {
    case CmpOp::Le: r = subset(vm, x, y); break;
    case CmpOp::Ge: r = subset(vm, y, x); break;
    case CmpOp::Lt: r = set_size(x) < set_size(y) ? subset(vm, x, y) : 0; break;
    case CmpOp::Gt: r = set_size(y) < set_size(x) ? subset(vm, y, x) : 0; break;
    case CmpOp::Eq:
    case CmpOp::Ne: r = set_size(x) == set_size(y) ? subset(vm, x, y) : 0; break;
  }
  if (r < 0) return Value();
  return Value::boolean(Op == CmpOp::Ne ? !r : r);
}
Value f_contains(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  int c = set_contains(vm, a[0], a[1]);
  if (c < 0 && is_instance(a[1], classes().set) && isinstance(vm.exception(), types().TypeError)) {
    // `{1} in s`: an unhashable set is looked up as the frozenset of its elements.
    vm.clear_exception();
    Value f = copy_of(vm, a[1], true);
    if (f.is_empty()) return f;
    c = set_contains(vm, a[0], f);
  }
  return c < 0 ? Value() : Value::boolean(c);
}
Value f_iter(VM&, const NativeCallable*, const Value* a, uint32_t) {
  auto* it = static_cast<SetIter*>(heap::alloc(sizeof(SetIter)));
  it->h.cls = g_setiter;
  it->set = a[0];
  it->pos = 0;
  it->size = set_size(a[0]);
  return Value::object(it);
}
Value f_next(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  SetIter* it = a[0].as<SetIter>();
  if (it->set.is_nil()) return stop();
  if (set_size(it->set) != it->size) {
    it->size = UINT64_MAX;
    return raise(vm, types().RuntimeError, "Set changed size during iteration");
  }
  size_t pos = it->pos;
  SetTable::Entry e;
  if (!T(it->set).next(&pos, &e)) {
    it->set = Value::nil();
    return stop();
  }
  it->pos = pos;
  return Value::from_bits(e.key);
}
Value f_len(VM&, const NativeCallable*, const Value* a, uint32_t) {
  return Value::small_int(static_cast<int64_t>(set_size(a[0])));
}
Value f_truth(VM&, const NativeCallable*, const Value* a, uint32_t) { return Value::boolean(set_size(a[0]) != 0); }

// -- Methods --

Value m_add(VM& vm, const Args& a) { return set_add(vm, a.pos[0], a.pos[1]) ? Value::nil() : Value(); }
// discard/remove of an unhashable set look for the frozenset of its elements, as `in`.
bool discard_key(VM& vm, Value set, Value key, bool* found) {
  if (set_discard(vm, set, key, found)) return true;
  if (!is_instance(key, classes().set) || !isinstance(vm.exception(), types().TypeError)) return false;
  vm.clear_exception();
  Value f = copy_of(vm, key, true);
  return !f.is_empty() && set_discard(vm, set, f, found);
}
Value m_remove(VM& vm, const Args& a) {
  bool found;
  if (!discard_key(vm, a.pos[0], a.pos[1], &found)) return Value();
  if (!found) return raise_key_error(vm, a.pos[1]);
  return Value::nil();
}
Value m_discard(VM& vm, const Args& a) {
  bool found;
  return discard_key(vm, a.pos[0], a.pos[1], &found) ? Value::nil() : Value();
}
Value m_pop(VM& vm, const Args& a) {
  SetTable::Entry e;
  if (!T(a.pos[0]).pop(&e)) return raise(vm, types().KeyError, "pop from an empty set");
  return Value::from_bits(e.key);
}
Value m_clear(VM&, const Args& a) {
  T(a.pos[0]).clear();
  return Value::nil();
}
Value m_copy(VM& vm, const Args& a) {
  if (is_frozen(a.pos[0])) return a.pos[0];
  return copy_of(vm, a.pos[0], false);
}
template <char Op>
Value m_multi(VM& vm, const Args& a) {
  bool frozen = is_frozen(a.pos[0]);
  Value acc = copy_of(vm, a.pos[0], frozen);
  for (uint32_t i = 1; i < a.npos && !acc.is_empty(); ++i) {
    Value o = a.pos[i];
    if ((Op == '&' || Op == '-') && !is_set_like(o) && !is_dict(o)) {
      // Another iterable is walked, not made a set first (setobject.c): & keeps the
      // iterable's own keys (1 for True) in its order, - discards from a copy.
      Value next = Op == '&' ? new_set(frozen) : acc;
      bool good = for_each(vm, o, [&](Value k) {
        if (Op == '-') {
          bool found;
          return set_discard(vm, next, k, &found);
        }
        int c = set_contains(vm, acc, k);
        return c == 0 || (c > 0 && set_add(vm, next, k));
      });
      if (!good) return Value();
      if (Op == '-') T(next).compact_if_sparse();
      acc = next;
      continue;
    }
    Value other = as_set(vm, o);
    if (other.is_empty()) return other;
    acc = set_op(vm, Op, acc, other, frozen);
  }
  return acc;
}
template <char Op>
Value m_update(VM& vm, const Args& a) {
  for (uint32_t i = 1; i < a.npos; ++i) {
    if (Op == '|' && !is_set_like(a.pos[i])) {
      // update(iterable): element by element, in the iterable's order.
      if (is_dict(a.pos[i])) T(a.pos[0]).presize(set_size(a.pos[0]) + a.pos[i].as<Dict>()->count);
      if (!for_each(vm, a.pos[i], [&](Value v) { return set_add(vm, a.pos[0], v); })) return Value();
      continue;
    }
    if (Op == '&' && !is_set_like(a.pos[i]) && !is_dict(a.pos[i])) {
      // As s.intersection(iterable), whose result replaces the contents.
      Value pair[] = {a.pos[0], a.pos[i]};
      Value r = m_multi<'&'>(vm, Args{pair, 2, a.kw});
      if (r.is_empty()) return r;
      T(a.pos[0]).swap(T(r));
      continue;
    }
    Value other = as_set(vm, a.pos[i]);
    if (other.is_empty()) return other;
    if (!set_update_op(vm, Op, a.pos[0], other)) return Value();
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
  bool disjoint = true;
  bool good = for_each(vm, a.pos[1], [&](Value v) {
    int c = set_contains(vm, a.pos[0], v);
    if (c < 0) return false;
    if (c) disjoint = false;
    return disjoint;
  });
  if (!good) return Value();
  return Value::boolean(disjoint);
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
  g_setiter = classes().setiter;
  register_fast("next", g_setiter, f_next);
  register_fast("iter", g_setiter, [](VM&, const NativeCallable*, const Value* a, uint32_t) { return a[0]; });
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
