// Call-site bootstraps. Every `py.*` site is a PIC (pic/pic.h): this file gives each its
// selector and the lookup that answers a selector it has not seen. A lookup returns the
// target for that selector: a fast native of a builtin type, the Python function itself,
// or an adapter (adapters.h) that runs the special-method protocol in IR.
//
// Invariant for value-selected sites (calls): the target keeps the selecting object
// alive, so a cached key can never match a new object at a reused address.
#include "frontends/python/runtime/sites.h"

#include <memory>
#include <unordered_map>

#include "callsite/call_site.h"
#include "core/format.h"
#include "core/heap.h"
#include "frontends/python/runtime/adapters.h"
#include "frontends/python/runtime/attributes.h"
#include "frontends/python/runtime/calls.h"
#include "frontends/python/runtime/internal.h"
#include "frontends/python/runtime/runtime.h"
#include "pic/pic.h"

namespace sy::py {

// -- Fast natives --
// Keyed by (operation, class, class): single-operand operations index per-class arrays,
// the others one hash table of integer keys. C++ protocols look up with the operation's
// index, never a string.

namespace {

const char* const kFastOpNames[] = {
#define SY_PY_FAST_NAME(id, name) name,
    SY_PY_FAST_OPS(SY_PY_FAST_NAME)
#undef SY_PY_FAST_NAME
};
constexpr uint32_t kFastOpCount = sizeof(kFastOpNames) / sizeof(kFastOpNames[0]);

struct FastTable {
  std::unordered_map<uint64_t, uint32_t> pairs;  // key -> index into values
  heap::RootedVector<Value> values;
  heap::RootedVector<Value> single[kFastOpCount];  // by class id, for ops on one operand
};
FastTable& fast_table() {
  static auto* t = new FastTable();
  return *t;
}
uint64_t pair_key(FastOp op, ClassId a, ClassId b) {
  return uint64_t{static_cast<uint32_t>(op)} << 56 | uint64_t{a & 0xFFFFFF} << 28 | (b & 0xFFFFFFF);
}

}  // namespace

FastOp fast_op(std::string_view name) {
  for (uint32_t i = 0; i < kFastOpCount; ++i)
    if (name == kFastOpNames[i]) return static_cast<FastOp>(i);
  return FastOp::None;
}

void register_fast_handle(FastOp op, ClassId a, ClassId b, Value handle) {
  auto& t = fast_table();
  if (b == kNoClass) {
    auto& v = t.single[static_cast<uint32_t>(op)];
    if (v.size() <= a) v.resize(a + 1);
    v[a] = handle;
    return;
  }
  t.pairs[pair_key(op, a, b)] = static_cast<uint32_t>(t.values.size());
  t.values.push_back(handle);
}

void register_fast(std::string_view op, ClassId a, ClassId b, NativeCall fn) {
  register_fast_handle(fast_op(op), a, b, Value::object(new_native_callable(fn, kAnyArity)));
}
void register_fast(std::string_view op, ClassId a, NativeCall fn) { register_fast(op, a, kNoClass, fn); }
void register_fast_handle(std::string_view op, ClassId a, Value handle) {
  register_fast_handle(fast_op(op), a, kNoClass, handle);
}

Value find_fast(FastOp op, ClassId a, ClassId b) {
  auto& t = fast_table();
  if (b == kNoClass) {
    auto& v = t.single[static_cast<uint32_t>(op)];
    return a < v.size() ? v[a] : Value();
  }
  auto it = t.pairs.find(pair_key(op, a, b));
  if (it != t.pairs.end()) return t.values[it->second];
  it = t.pairs.find(pair_key(op, a, kAnyClass));
  if (it != t.pairs.end()) return t.values[it->second];
  return Value();
}

Value find_fast(std::string_view op, ClassId a, ClassId b) { return find_fast(fast_op(op), a, b); }

bool has_fast(FastOp op, ClassId c, bool right) {
  auto& t = fast_table();
  auto& v = t.single[static_cast<uint32_t>(op)];
  if (!right && c < v.size() && !v[c].is_empty()) return true;
  for (const auto& [key, index] : t.pairs) {
    if ((key >> 56) != static_cast<uint32_t>(op)) continue;
    ClassId a = static_cast<ClassId>((key >> 28) & 0xFFFFFF), b = static_cast<ClassId>(key & 0xFFFFFFF);
    if ((right ? b : a) == (c & (right ? 0xFFFFFFF : 0xFFFFFF))) return true;
  }
  return false;
}

namespace {
const BinopNames kBinops[] = {
    {"+", "__add__", "__radd__", "__iadd__"},          {"-", "__sub__", "__rsub__", "__isub__"},
    {"*", "__mul__", "__rmul__", "__imul__"},          {"@", "__matmul__", "__rmatmul__", "__imatmul__"},
    {"/", "__truediv__", "__rtruediv__", "__itruediv__"}, {"//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"%", "__mod__", "__rmod__", "__imod__"},          {"**", "__pow__", "__rpow__", "__ipow__"},
    {"<<", "__lshift__", "__rlshift__", "__ilshift__"}, {">>", "__rshift__", "__rrshift__", "__irshift__"},
    {"&", "__and__", "__rand__", "__iand__"},          {"|", "__or__", "__ror__", "__ior__"},
    {"^", "__xor__", "__rxor__", "__ixor__"},
};
}  // namespace

const BinopNames* binop_names(std::string_view op) {
  if (op.empty()) return nullptr;
  if (!op.empty() && op.back() == '=' && op != "==" && op != "!=" && op != "<=" && op != ">=")
    op.remove_suffix(1);
  for (const auto& b : kBinops)
    if (op == b.op) return &b;
  return nullptr;
}

// A delegate that is not a generator ends `yield from` with StopIteration(value): the site
// answers stop() and keeps the value here for py.yf_value, which runs next.
Value& yf_stop_value() {
  static Value* v = [] {
    auto* p = static_cast<Value*>(heap::alloc_root(sizeof(Value)));
    *p = Value::nil();
    return p;
  }();
  return *v;
}

namespace {

enum class Kind : uint8_t {
  Call, CallMethod, CallEx, GetAttr, SetAttr, DelAttr, BinOp, Compare, CmpBool, Unary, Truth, Contains,
  GetItem, SetItem, DelItem, Iter, ForNext, YfSend, YfThrow,
};

struct SiteSpec {
  Kind kind;
  std::string name;
  Value iname;  // interned name (root memory: specs are immortal)
  std::vector<std::string> kwnames;
  uint32_t arity;
  Value lookup;
};

// One spec (and one lookup handle) per distinct operation: megamorphic sites with the same
// operation share the global cache entries.
std::unordered_map<std::string, SiteSpec*>& specs() {
  static auto* m = new std::unordered_map<std::string, SiteSpec*>();
  return *m;
}

Value lookup_entry(VM& vm, const NativeCallable* self, const Value* args, uint32_t argc);

SiteSpec* spec_for(Kind kind, const SiteDescriptor& d) {
  std::string key = std::to_string(static_cast<int>(kind)) + "|" + std::to_string(d.arity);
  for (Value v : d.static_args) {
    key += '|';
    key += is_str(v) ? std::string(sv(v)) : repr(v);
  }
  auto it = specs().find(key);
  if (it != specs().end()) return it->second;
  auto* s = new SiteSpec{kind, "", Value(), {}, d.arity, Value()};
  size_t first_kw = 0;
  if (kind != Kind::Call && kind != Kind::CallEx && !d.static_args.empty()) {
    s->name = std::string(sv(d.static_args[0]));
    first_kw = 1;
  }
  if (kind == Kind::Call || kind == Kind::CallMethod)
    for (size_t i = first_kw; i < d.static_args.size(); ++i) s->kwnames.emplace_back(sv(d.static_args[i]));
  auto* iname = static_cast<Value*>(heap::alloc_root(sizeof(Value) * 2));
  iname[0] = str_interned(s->name);
  iname[1] = Value::object(new_native_callable(lookup_entry, d.arity, s));
  s->iname = iname[0];
  s->lookup = iname[1];
  specs()[key] = s;
  return s;
}

template <Kind K>
Value bootstrap(VM& vm, const Module&, const SiteDescriptor& d) {
  SiteSpec* s = spec_for(K, d);
  pic::Selector sel;
  switch (K) {
    case Kind::Call:
    case Kind::CallEx: sel = pic::Selector::value(0); break;
    case Kind::BinOp:
    case Kind::Compare:
    case Kind::CmpBool:
    case Kind::GetItem:
    case Kind::SetItem:
    case Kind::DelItem: sel = pic::Selector::classes({0, 1}); break;
    default: sel = pic::Selector::class_of(0); break;
  }
  return pic::pic_site(vm, sel, s->lookup);
}

// -- Adapters used by lookups --

// (a, b...) -> target(a, a, b...): a special method of a's class called on a.
Function* dup_adapter(uint32_t n) {
  return adapter_function("dup/" + std::to_string(n), "dup", [n] {
    return "func dup/" + std::to_string(n) + " regs " + std::to_string(n + 1) + "\n    cap r" + std::to_string(n) +
           ", 0\n    tailcallv r" + std::to_string(n) + ", r0" + reg_list(0, n) + "\nend\n";
  });
}

Value special_target(VM& vm, Value f, uint32_t n) {
  Value t = call_target(vm, f, n, {});
  if (t.is_empty()) return t;
  return adapter_closure(dup_adapter(n), {t});
}

// The binary protocol: try each (target, swapped) in turn while the result is
// NotImplemented; then `fail` (a TypeError, or identity for == and !=).
Value binop_adapter(VM& vm, const std::vector<std::pair<Value, bool>>& tries, const char* fail, Value op,
                    bool as_bool) {
  std::string key = std::string("binop/") + fail + (as_bool ? "/bool" : "");
  for (auto& [t, swapped] : tries) key += swapped ? "R" : "L";
  Function* f = adapter_function(key, "binop", [&] {
    uint32_t ni = 2, t = 3, r = 4, o = 5;
    std::string s = as_bool ? "site tr \"truth\" 1 py.truth \"truth\"\n" : "";
    s += "func binop/2 regs 6\n    cap r" + std::to_string(ni) + ", " + std::to_string(tries.size()) + "\n";
    for (size_t i = 0; i < tries.size(); ++i) {
      s += "    cap r" + std::to_string(t) + ", " + std::to_string(i) + "\n";
      s += "    callv r" + std::to_string(r) + ", r" + std::to_string(t) + ", r" + std::to_string(t) +
           (tries[i].second ? ", r1, r0\n" : ", r0, r1\n");
      s += "    jne r" + std::to_string(r) + ", r" + std::to_string(ni) + ", done\n";
    }
    s += "    cap r" + std::to_string(o) + ", " + std::to_string(tries.size() + 1) + "\n";
    s += "    ncall r" + std::to_string(r) + ", " + fail + ", r0, r1, r" + std::to_string(o) + "\n";
    s += "done:\n";
    if (as_bool) s += "    indy r" + std::to_string(r) + ", tr, r" + std::to_string(r) + "\n";
    s += "    ret r" + std::to_string(r) + "\nend\n";
    return s;
  });
  std::vector<Value> caps;
  for (auto& [t, swapped] : tries) caps.push_back(t);
  caps.push_back(notimplemented());
  caps.push_back(op);
  return adapter_closure(f, caps);
}

const char* reflected_cmp(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return "__gt__";
    case CmpOp::Le: return "__ge__";
    case CmpOp::Eq: return "__eq__";
    case CmpOp::Ne: return "__ne__";
    case CmpOp::Gt: return "__lt__";
    case CmpOp::Ge: return "__le__";
  }
  return "";
}
const char* cmp_dunder(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return "__lt__";
    case CmpOp::Le: return "__le__";
    case CmpOp::Eq: return "__eq__";
    case CmpOp::Ne: return "__ne__";
    case CmpOp::Gt: return "__gt__";
    case CmpOp::Ge: return "__ge__";
  }
  return "";
}

Value generic_binop(VM& vm, const NativeCallable* self, const Value* a, uint32_t) {
  return binary_op(vm, sv(self->payload), a[0], a[1]);
}
Value generic_compare(VM& vm, const NativeCallable* self, const Value* a, uint32_t) {
  return rich_compare(vm, a[0], a[1], static_cast<CmpOp>(self->payload.as_int()));
}
Value generic_cmpbool(VM& vm, const NativeCallable* self, const Value* a, uint32_t) {
  int r = rich_compare_bool(vm, a[0], a[1], static_cast<CmpOp>(self->payload.as_int()));
  return r < 0 ? Value() : Value::boolean(r);
}

bool both_builtin(PyType* a, PyType* b) { return !a->heap && !b->heap; }

// A right operand whose class defines the reflected method in Python must get its turn
// (first when it subclasses the left operand's class, else when the left's method answers
// NotImplemented), even where a fast native accepts any right operand (`2 * FloatSub()`):
// the site then takes the dunder path, whose builtin methods answer as the natives do.
bool right_defines(PyType* ta, PyType* tb, const char* rdunder) {
  return tb != ta && tb->heap && is_function(type_lookup(tb, rdunder));
}

// A builtin left operand's method answers NotImplemented for a right operand of a class
// that defines the reflected method in Python, unless its C implementation takes the
// right operand's builtin base as its own (float's arithmetic and comparisons take ints);
// the builtin dunders here answer more widely, so such a right operand is asked first.
bool builtin_declines(PyType* ta, PyType* tb, const char* rdunder) {
  if (ta->heap || !right_defines(ta, tb, rdunder)) return false;
  const Types& t = types();
  if (is_subtype(tb, ta)) return false;  // the subclass rule decides
  return !(ta == t.float_ && is_subtype(tb, t.int_));
}

Value binop_lookup(VM& vm, SiteSpec* s, Value a, Value b) {
  const BinopNames* names = binop_names(s->name);
  bool inplace = s->name.back() == '=';
  PyType *ta = type_of(a), *tb = type_of(b);
  if (!right_defines(ta, tb, names->rdunder)) {
    Value f = find_fast(s->name, class_of(a), class_of(b));
    if (f.is_empty() && inplace) f = find_fast(names->op, class_of(a), class_of(b));
    if (!f.is_empty()) return f;
  }
  if (both_builtin(ta, tb)) return Value::object(new_native_callable(generic_binop, 2, nullptr, str_interned(s->name)));
  std::vector<std::pair<Value, bool>> tries;
  if (inplace) {
    Value fi = type_lookup(ta, names->idunder);
    if (!fi.is_empty()) {
      Value t = call_target(vm, fi, 2, {});
      if (t.is_empty()) return t;
      tries.emplace_back(t, false);
    }
  }
  Value l = type_lookup(ta, names->dunder);
  Value r = ta != tb ? type_lookup(tb, names->rdunder) : Value();
  if (!r.is_empty() && r == type_lookup(ta, names->rdunder)) r = Value();  // the same slot
  bool right_first = !r.is_empty() && ((is_subtype(tb, ta) && ta != tb) || builtin_declines(ta, tb, names->rdunder));
  auto add = [&](Value m, bool swapped) -> bool {
    if (m.is_empty()) return true;
    Value t = call_target(vm, m, 2, {});
    if (t.is_empty()) return false;
    tries.emplace_back(t, swapped);
    return true;
  };
  if (right_first && !add(r, true)) return Value();
  if (!add(l, false)) return Value();
  if (!right_first && !add(r, true)) return Value();
  return binop_adapter(vm, tries, "py.binop_fail", str(s->name), false);
}

Value compare_lookup(VM& vm, SiteSpec* s, Value a, Value b, bool as_bool) {
  CmpOp op = cmp_op(s->name);
  PyType *ta = type_of(a), *tb = type_of(b);
  if (!right_defines(ta, tb, reflected_cmp(op))) {
    Value f = find_fast(s->name, class_of(a), class_of(b));
    if (!f.is_empty()) return f;
  }
  if (both_builtin(ta, tb))
    return Value::object(new_native_callable(as_bool ? generic_cmpbool : generic_compare, 2, nullptr,
                                             Value::small_int(static_cast<int>(op))));
  Value l = type_lookup(ta, cmp_dunder(op));
  Value r = type_lookup(tb, reflected_cmp(op));
  Value obj_l = type_lookup(types().object, cmp_dunder(op)), obj_r = type_lookup(types().object, reflected_cmp(op));
  std::vector<std::pair<Value, bool>> tries;
  auto add = [&](Value m, bool swapped) -> bool {
    if (m.is_empty()) return true;
    Value t = call_target(vm, m, 2, {});
    if (t.is_empty()) return false;
    tries.emplace_back(t, swapped);
    return true;
  };
  // object's own comparisons only ever answer NotImplemented (or identity, for ==):
  // the fallback below does the same without calling them.
  // (object.__ne__ is the exception: it answers from __eq__.)
  if (l == obj_l && op != CmpOp::Ne) l = Value();
  if (r == obj_r && op != CmpOp::Ne) r = Value();
  bool right_first = (ta != tb && is_subtype(tb, ta)) || (!r.is_empty() && builtin_declines(ta, tb, reflected_cmp(op)));
  if (right_first && !add(r, true)) return Value();
  if (!add(l, false)) return Value();
  if (!right_first && !add(r, true)) return Value();
  return binop_adapter(vm, tries, "py.compare_fail", Value::small_int(static_cast<int>(op)), as_bool);
}

// -- Single-operand protocols --

Value native_of(NativeCall fn, uint32_t arity, Value payload = Value::nil()) {
  return Value::object(new_native_callable(fn, arity, nullptr, payload));
}

Value raise_unary(VM& vm, const NativeCallable* self, const Value* a, uint32_t) {
  return raise_type_error(vm, "bad operand type for unary " + std::string(sv(self->payload)) + ": '" +
                                  type_name_of(a[0]) + "'");
}
Value always_true(VM&, const NativeCallable*, const Value*, uint32_t) { return Value::boolean(true); }
Value generic_truth(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  int t = truth(vm, a[0]);
  return t < 0 ? Value() : Value::boolean(t);
}
Value generic_contains(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  int r = contains(vm, a[0], a[1]);
  return r < 0 ? Value() : Value::boolean(r);
}
Value generic_getitem(VM& vm, const NativeCallable*, const Value* a, uint32_t) { return get_item(vm, a[0], a[1]); }
Value generic_setitem(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  return set_item(vm, a[0], a[1], a[2]) ? Value::nil() : Value();
}
Value generic_delitem(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  return del_item(vm, a[0], a[1]) ? Value::nil() : Value();
}
Value generic_iter(VM& vm, const NativeCallable*, const Value* a, uint32_t) { return get_iter(vm, a[0]); }
Value generic_next(VM& vm, const NativeCallable*, const Value* a, uint32_t) { return iter_next(vm, a[0]); }

// (x) -> target(x, x), then a conversion native: __bool__, __len__ and __contains__.
Value convert_adapter(VM& vm, Value f, uint32_t n, const char* convert) {
  Value t = call_target(vm, f, n, {});
  if (t.is_empty()) return t;
  Function* fn = adapter_function(std::string("convert/") + std::to_string(n) + "/" + convert, "convert", [&] {
    std::string s = "func convert/" + std::to_string(n) + " regs " + std::to_string(n + 2) + "\n";
    s += "    cap r" + std::to_string(n) + ", 0\n";
    s += "    callv r" + std::to_string(n + 1) + ", r" + std::to_string(n) + ", r0" + reg_list(0, n) + "\n";
    s += "    ncall r" + std::to_string(n + 1) + ", " + convert + ", r" + std::to_string(n + 1) + "\n";
    s += "    ret r" + std::to_string(n + 1) + "\nend\n";
    return s;
  });
  return adapter_closure(fn, {t});
}

// __next__ with StopIteration turned into the stop marker.
Value next_adapter(VM& vm, Value f) {
  Value t = call_target(vm, f, 1, {});
  if (t.is_empty()) return t;
  Function* fn = adapter_function("next_dunder", "next", [] {
    return "func next/1 regs 4\n    cap r1, 0\nstart:\n    callv r2, r1, r0, r0\nstop:\n    ret r2\n"
           "caught:\n    ncall r3, py.catch, r3\n    ncall r2, py.stop_or_reraise, r3\n    ret r2\n"
           "    .handler start, stop, caught, r3\nend\n";
  });
  return adapter_closure(fn, {t});
}

Value unary_lookup(VM& vm, SiteSpec* s, Value a) {
  Value f = find_fast(s->name, class_of(a));
  if (!f.is_empty()) return f;
  const char* dunder = s->name == "-" ? "__neg__" : s->name == "+" ? "__pos__" : "__invert__";
  Value m = type_lookup(type_of(a), dunder);
  if (m.is_empty()) return native_of(raise_unary, 1, str(s->name));
  return special_target(vm, m, 1);
}

Value truth_lookup(VM& vm, Value a) {
  Value f = find_fast("truth", class_of(a));
  if (!f.is_empty()) return f;
  PyType* t = type_of(a);
  if (!t->heap) return native_of(generic_truth, 1);
  Value b = type_lookup(t, "__bool__");
  if (!b.is_empty()) return convert_adapter(vm, b, 1, "py.check_bool");
  Value l = type_lookup(t, "__len__");
  if (!l.is_empty()) return convert_adapter(vm, l, 1, "py.len_truth");
  return native_of(always_true, 1);
}

Value contains_lookup(VM& vm, Value c) {
  Value f = find_fast("in", class_of(c));
  if (!f.is_empty()) return f;
  PyType* t = type_of(c);
  Value m = t->heap ? type_lookup(t, "__contains__") : Value();
  if (!m.is_empty()) return convert_adapter(vm, m, 2, "py.truth_of");
  return native_of(generic_contains, 2);
}

Value item_lookup(VM& vm, Kind k, Value o, Value key) {
  const char* op = k == Kind::GetItem ? "[]" : k == Kind::SetItem ? "[]=" : "del[]";
  Value f = find_fast(op, class_of(o), class_of(key));
  if (!f.is_empty()) return f;
  PyType* t = type_of(o);
  const char* dunder = k == Kind::GetItem ? "__getitem__" : k == Kind::SetItem ? "__setitem__" : "__delitem__";
  Value m = t->heap ? type_lookup(t, dunder) : Value();
  if (!m.is_empty()) return special_target(vm, m, k == Kind::SetItem ? 3 : 2);
  return native_of(k == Kind::GetItem ? generic_getitem : k == Kind::SetItem ? generic_setitem : generic_delitem,
                   k == Kind::SetItem ? 3 : 2);
}

Value iter_lookup(VM& vm, Value o) {
  Value f = find_fast("iter", class_of(o));
  if (!f.is_empty()) return f;
  PyType* t = type_of(o);
  Value m = t->heap ? type_lookup(t, "__iter__") : Value();
  if (!m.is_empty()) return convert_adapter(vm, m, 1, "py.check_iterator");
  return native_of(generic_iter, 1);
}

Value next_lookup(VM& vm, Value it) {
  Value f = find_fast("next", class_of(it));
  if (!f.is_empty()) return f;
  PyType* t = type_of(it);
  Value m = t->heap ? type_lookup(t, "__next__") : Value();
  if (!m.is_empty()) return next_adapter(vm, m);
  return native_of(generic_next, 1);
}

// -- Method calls --

// (obj, obj, a...) -> target(slot, a...): a staticmethod, self dropped.
Function* drop_self_adapter(uint32_t n) {
  return adapter_function("dropself/" + std::to_string(n), "dropself", [n] {
    return "func dropself/" + std::to_string(n) + " regs " + std::to_string(n + 1) + "\n    cap r" +
           std::to_string(n) + ", 0\n    tailcallv r" + std::to_string(n) + ", r0" + reg_list(2, n) + "\nend\n";
  });
}
// (obj, obj, a...) -> target(slot, cls, a...): a classmethod.
Function* class_self_adapter(uint32_t n) {
  return adapter_function("clsself/" + std::to_string(n), "clsself", [n] {
    return "func clsself/" + std::to_string(n) + " regs " + std::to_string(n + 2) + "\n    cap r" +
           std::to_string(n) + ", 0\n    cap r" + std::to_string(n + 1) + ", 1\n    tailcallv r" + std::to_string(n) +
           ", r0, r" + std::to_string(n + 1) + reg_list(2, n) + "\nend\n";
  });
}
// The general case: look the attribute up, then call what it gives.
Function* callmethod_generic(uint32_t n, const std::vector<std::string>& kwnames) {
  std::string key = "callmethod/" + std::to_string(n);
  for (const auto& k : kwnames) key += "," + k;
  return adapter_function(key, "callmethod", [&] {
    uint32_t nargs = n - 2;  // after (obj, obj)
    std::string s = "site m \"call\" " + std::to_string(nargs + 2) + " py.call" + kw_statics(kwnames) + "\n";
    s += "site a \"call\" " + std::to_string(nargs + 1) + " py.call" + kw_statics(kwnames) + "\n";
    uint32_t rn = n, rf = n + 1, rr = n + 2, rnil = n + 3;
    s += "func callmethod/" + std::to_string(n) + " regs " + std::to_string(n + 4) + "\n";
    s += "    cap r" + std::to_string(rn) + ", 0\n";
    s += "    ncall r" + std::to_string(rf) + ", py.method_or_nil, r1, r" + std::to_string(rn) + "\n";
    s += "    const r" + std::to_string(rnil) + ", nil\n";
    s += "    jeq r" + std::to_string(rf) + ", r" + std::to_string(rnil) + ", attr\n";
    s += "    indy r" + std::to_string(rr) + ", m, r" + std::to_string(rf) + ", r1" + reg_list(2, n) + "\n";
    s += "    ret r" + std::to_string(rr) + "\n";
    s += "attr:\n    ncall r" + std::to_string(rf) + ", py.getattr, r1, r" + std::to_string(rn) + "\n";
    s += "    indy r" + std::to_string(rr) + ", a, r" + std::to_string(rf) + reg_list(2, n) + "\n";
    s += "    ret r" + std::to_string(rr) + "\nend\n";
    return s;
  });
}

Value callmethod_lookup(VM& vm, SiteSpec* s, const Value* args, uint32_t argc) {
  Value obj = args[0];
  PyType* t = type_of(obj);
  uint32_t npos = argc - 2 - static_cast<uint32_t>(s->kwnames.size());
  bool plain = !is_type(obj) && !as_module(obj) && !is_instance(obj, classes().super) &&
               !instances_may_have(t, s->iname) &&
               (!t->heap || type_lookup(t, "__getattribute__") == type_lookup(types().object, "__getattribute__"));
  if (plain) {
    Value d = type_lookup(t, s->iname);
    if (!d.is_empty()) {
      if (is_function(d) || (builtin_spec(d) && builtin_spec(d)->owner))
        return call_target(vm, d, npos + 1, s->kwnames);
      if (is_instance(d, classes().staticmethod)) {
        Value tg = call_target(vm, d.as<FuncWrapper>()->func, npos, s->kwnames);
        if (tg.is_empty()) return tg;
        return adapter_closure(drop_self_adapter(argc), {tg});
      }
      if (is_instance(d, classes().classmethod)) {
        Value tg = call_target(vm, d.as<FuncWrapper>()->func, npos + 1, s->kwnames);
        if (tg.is_empty()) return tg;
        return adapter_closure(class_self_adapter(argc), {tg, type_value(t)});
      }
    }
  }
  return adapter_closure(callmethod_generic(argc, s->kwnames), {s->iname});
}

// -- Generators and yield from --

Value yf_stopped(VM& vm, Value r) {
  if (r.is_empty() && isinstance(vm.exception(), types().StopIteration)) {
    Value e = vm.exception();
    vm.clear_exception();
    Value v = getattr(vm, e, str_interned("value"));
    if (v.is_empty()) return v;
    yf_stop_value() = v;
    return stop();
  }
  if (r == stop()) yf_stop_value() = Value::nil();
  return r;
}

Value yf_send_generic(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  if (a[1].is_nil()) {
    PyType* t = type_of(a[0]);
    Value m = t->heap ? type_lookup(t, "__next__") : Value();
    return yf_stopped(vm, m.is_empty() ? iter_next(vm, a[0]) : call_special(vm, m, a[0], {}));
  }
  Value args[] = {a[1]};
  return yf_stopped(vm, call_method(vm, a[0], "send", args));
}

Value yf_throw_generic(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  bool found;
  if (isinstance(a[1], types().GeneratorExit)) {
    // The delegating generator is being closed: close the delegate first (if it can be).
    Value close = getattr_opt(vm, a[0], str_interned("close"), &found);
    if (found && call(vm, close, {}).is_empty()) return Value();
    if (!found && vm.has_exception()) vm.clear_exception();
    return vm.raise(a[1]);
  }
  Value m = getattr_opt(vm, a[0], str_interned("throw"), &found);
  if (!found) {
    if (vm.has_exception()) vm.clear_exception();
    return vm.raise(a[1]);
  }
  Value args[] = {a[1]};
  return yf_stopped(vm, call(vm, m, args));
}

// -- The lookup --

Value lookup_entry(VM& vm, const NativeCallable* self, const Value* args, uint32_t argc) {
  auto* s = static_cast<SiteSpec*>(const_cast<void*>(self->data));
  switch (s->kind) {
    case Kind::Call: return call_target(vm, args[0], argc - 1 - static_cast<uint32_t>(s->kwnames.size()), s->kwnames);
    case Kind::CallEx: return callex_target();
    case Kind::CallMethod: return callmethod_lookup(vm, s, args, argc);
    case Kind::GetAttr: return getattr_target(vm, type_of(args[0]), s->iname);
    case Kind::SetAttr: return setattr_target(vm, type_of(args[0]), s->iname);
    case Kind::DelAttr: return delattr_target(vm, type_of(args[0]), s->iname);
    case Kind::BinOp: return binop_lookup(vm, s, args[0], args[1]);
    case Kind::Compare: return compare_lookup(vm, s, args[0], args[1], false);
    case Kind::CmpBool: return compare_lookup(vm, s, args[0], args[1], true);
    case Kind::Unary: return unary_lookup(vm, s, args[0]);
    case Kind::Truth: return truth_lookup(vm, args[0]);
    case Kind::Contains: return contains_lookup(vm, args[0]);
    case Kind::GetItem:
    case Kind::SetItem:
    case Kind::DelItem: return item_lookup(vm, s->kind, args[0], args[1]);
    case Kind::Iter: return iter_lookup(vm, args[0]);
    case Kind::ForNext: return next_lookup(vm, args[0]);
    case Kind::YfSend: {
      Value f = find_fast("yfsend", class_of(args[0]));
      return f.is_empty() ? native_of(yf_send_generic, 2) : f;
    }
    case Kind::YfThrow: {
      Value f = find_fast("yfthrow", class_of(args[0]));
      return f.is_empty() ? native_of(yf_throw_generic, 2) : f;
    }
  }
  return vm.raise("link_error", "unknown python site kind");
}

}  // namespace

void install_sites() {
  cs::register_bootstrap("py.call", bootstrap<Kind::Call>);
  cs::register_bootstrap("py.callmethod", bootstrap<Kind::CallMethod>);
  cs::register_bootstrap("py.callex", bootstrap<Kind::CallEx>);
  cs::register_bootstrap("py.getattr", bootstrap<Kind::GetAttr>);
  cs::register_bootstrap("py.setattr", bootstrap<Kind::SetAttr>);
  cs::register_bootstrap("py.delattr", bootstrap<Kind::DelAttr>);
  cs::register_bootstrap("py.binop", bootstrap<Kind::BinOp>);
  cs::register_bootstrap("py.compare", bootstrap<Kind::Compare>);
  cs::register_bootstrap("py.cmpbool", bootstrap<Kind::CmpBool>);
  cs::register_bootstrap("py.unary", bootstrap<Kind::Unary>);
  cs::register_bootstrap("py.truth", bootstrap<Kind::Truth>);
  cs::register_bootstrap("py.contains", bootstrap<Kind::Contains>);
  cs::register_bootstrap("py.getitem", bootstrap<Kind::GetItem>);
  cs::register_bootstrap("py.setitem", bootstrap<Kind::SetItem>);
  cs::register_bootstrap("py.delitem", bootstrap<Kind::DelItem>);
  cs::register_bootstrap("py.iter", bootstrap<Kind::Iter>);
  cs::register_bootstrap("py.fornext", bootstrap<Kind::ForNext>);
  cs::register_bootstrap("py.yfsend", bootstrap<Kind::YfSend>);
  cs::register_bootstrap("py.yfthrow", bootstrap<Kind::YfThrow>);
}

}  // namespace sy::py
