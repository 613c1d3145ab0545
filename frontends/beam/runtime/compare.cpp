#include "frontends/beam/runtime/compare.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "core/ir/module.h"
#include "frontends/beam/runtime/maps.h"

namespace sy::beam {

namespace {

// The classes of the term order, lowest first. Values of other languages (core strings,
// arrays, objects) sort after every Erlang term, by class and then by identity.
enum Rank : int {
  kNumber, kAtom, kRef, kLocalFun, kExportFun, kPort, kPid, kTuple, kMap, kNil, kCons, kBits,
  kForeign
};

Rank rank_of(Value v) {
  if (v.is_int() || v.is_double()) return kNumber;
  if (v.is_atom() || v.is_bool()) return kAtom;
  if (v.is_nil()) return kNil;
  if (v.is_pair()) return kCons;
  if (!v.is_object()) return kForeign;
  ClassId c = v.as_object()->cls;
  switch (c) {
    case cls::BigInt: return kNumber;
    case cls::Tuple: return kTuple;
    case cls::Map: return kMap;
    case cls::Closure:
    case cls::NativeFn: return kLocalFun;
    default: break;
  }
  if (c == classes.binary) return kBits;
  if (c == classes.pid) return kPid;
  if (c == classes.ref) return kRef;
  if (c == classes.export_fun) return kExportFun;
  if (c == classes.port) return kPort;
  return kForeign;
}

template <class T>
int three_way(T x, T y) {
  return (x > y) - (x < y);
}

int compare_atoms(Value a, Value b) {
  std::string_view x = atom_text(a), y = atom_text(b);
  int c = std::memcmp(x.data(), y.data(), std::min(x.size(), y.size()));
  return c ? three_way(c, 0) : three_way(x.size(), y.size());
}

int compare_bits(const Binary* x, const Binary* y) {
  uint64_t common = std::min(x->bit_size, y->bit_size);
  uint64_t whole = common >> 3;
  if (x->aligned() && y->aligned()) {
    if (int c = std::memcmp(x->data(), y->data(), whole)) return three_way(c, 0);
  } else {
    for (uint64_t i = 0; i < whole; ++i)
      if (uint8_t p = byte_at(x, i), q = byte_at(y, i); p != q) return three_way(p, q);
  }
  if (unsigned rest = common & 7) {
    auto mask = static_cast<uint8_t>(0xFF << (8 - rest));
    uint8_t p = byte_at(x, whole) & mask, q = byte_at(y, whole) & mask;
    if (p != q) return three_way(p, q);
  }
  return three_way(x->bit_size, y->bit_size);
}

// A pair still to compare, and whether in exact mode.
struct Pending {
  Value a, b;
  bool exact;
};

// A stack of pending pairs: nested terms are compared without C++ recursion (apart
// from map keys), so a deeply nested term cannot overflow the C++ stack.
class Worklist {
 public:
  void push(Value a, Value b, bool exact) {
    if (n_ < kInline) inline_[n_] = {a, b, exact};
    else more_.push_back({a, b, exact});
    ++n_;
  }
  bool empty() const { return n_ == 0; }
  Pending pop() {
    --n_;
    if (n_ < kInline) return inline_[n_];
    Pending p = more_.back();
    more_.pop_back();
    return p;
  }

 private:
  static constexpr size_t kInline = 32;
  Pending inline_[kInline];
  std::vector<Pending> more_;  // the values stay reachable from the terms compared
  size_t n_ = 0;
};

int compare_terms(Value a, Value b, bool exact);

// Compares what can be compared at the top of a and b; pushes the parts still to compare.
int compare_step(Value a, Value b, bool exact, Worklist& work) {
  if (a == b) return 0;
  if (a.is_int() && b.is_int()) return three_way(a.as_int(), b.as_int());
  if (a.is_double() && b.is_double()) return three_way(a.as_double(), b.as_double());
  Rank ra = rank_of(a), rb = rank_of(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case kNumber:
      if (exact && a.is_double() != b.is_double()) return a.is_double() ? 1 : -1;
      return compare_numbers(a, b);
    case kAtom: return compare_atoms(a, b);
    case kNil: return 0;
    case kRef: {
      const uint32_t *x = a.as<Ref>()->words, *y = b.as<Ref>()->words;
      for (int i = 2; i >= 0; --i)
        if (x[i] != y[i]) return three_way(x[i], y[i]);
      return 0;
    }
    case kLocalFun: {
      if (!is_instance(a, cls::Closure) || !is_instance(b, cls::Closure))
        return three_way(a.bits(), b.bits());  // native functions: by identity
      auto *x = a.as<Closure>(), *y = b.as<Closure>();
      const FunInfo *fx = fun_info(x->fn), *fy = fun_info(y->fn);
      if (fx && fy) {
        if (int c = compare_atoms(fx->module, fy->module)) return c;
        if (fx->index != fy->index) return three_way(fx->index, fy->index);
        if (fx->old_uniq != fy->old_uniq) return three_way(fx->old_uniq, fy->old_uniq);
      } else if (x->fn != y->fn) {
        return fx ? -1 : fy ? 1 : three_way(reinterpret_cast<uintptr_t>(x->fn), reinterpret_cast<uintptr_t>(y->fn));
      }
      if (x->h.aux != y->h.aux) return three_way(x->h.aux, y->h.aux);
      for (uint32_t i = x->h.aux; i-- > 0;) work.push(x->captures[i], y->captures[i], exact);
      return 0;
    }
    case kExportFun: {
      auto *x = a.as<ExportFun>(), *y = b.as<ExportFun>();
      if (int c = compare_atoms(x->module, y->module)) return c;
      if (int c = compare_atoms(x->function, y->function)) return c;
      return three_way(x->arity(), y->arity());
    }
    case kPort: return three_way(a.as<Port>()->number, b.as<Port>()->number);
    case kPid: {
      auto *x = a.as<Pid>(), *y = b.as<Pid>();
      if (x->serial != y->serial) return three_way(x->serial, y->serial);
      return three_way(x->number, y->number);
    }
    case kTuple: {
      auto *x = a.as<Tuple>(), *y = b.as<Tuple>();
      if (x->size() != y->size()) return three_way(x->size(), y->size());
      for (uint32_t i = x->size(); i-- > 0;) work.push(x->items[i], y->items[i], exact);
      return 0;
    }
    case kMap: {
      auto *x = a.as<Map>(), *y = b.as<Map>();
      if (x->count != y->count) return three_way(x->count, y->count);
      std::vector<const MapEntry*> ex = entries_in_key_order(x), ey = entries_in_key_order(y);
      for (size_t i = 0; i < ex.size(); ++i)
        if (int c = compare_terms(ex[i]->key, ey[i]->key, true)) return c;
      for (size_t i = ex.size(); i-- > 0;) work.push(ex[i]->value, ey[i]->value, exact);
      return 0;
    }
    case kCons: {
      work.push(tail(a), tail(b), exact);
      work.push(head(a), head(b), exact);
      return 0;
    }
    case kBits: return compare_bits(a.as<Binary>(), b.as<Binary>());
    case kForeign: {
      ClassId ca = class_of(a), cb = class_of(b);
      if (ca != cb) return three_way(ca, cb);
      if (ca == cls::String) return three_way(string_view_of(a).compare(string_view_of(b)), 0);
      return three_way(a.bits(), b.bits());
    }
  }
  return 0;
}

int compare_terms(Value a, Value b, bool exact) {
  Worklist work;
  for (;;) {
    if (int c = compare_step(a, b, exact, work)) return c;
    if (work.empty()) return 0;
    Pending p = work.pop();
    a = p.a;
    b = p.b;
    exact = p.exact;
  }
}

}  // namespace

// The worklist keeps parts of a and b where the collector does not look, and comparing
// big integers allocates: a and b stay reachable until the end.
int compare(Value a, Value b) {
  int c = compare_terms(a, b, false);
  keep_alive(a);
  keep_alive(b);
  return c;
}
int compare_exact(Value a, Value b) {
  int c = compare_terms(a, b, true);
  keep_alive(a);
  keep_alive(b);
  return c;
}

// =:= without ordering: maps are compared by looking keys up, not by sorting them.
bool exact_equal(Value a0, Value b0) {
  Worklist work;
  Value a = a0, b = b0;
  bool result = true;
  for (;;) {
    if (a != b) {
      if (a.is_double() && b.is_double()) {
        if (a.as_double() != b.as_double()) { result = false; break; }
      } else if (a.is_pair() && b.is_pair()) {
        work.push(tail(a), tail(b), true);
        work.push(head(a), head(b), true);
      } else if (!a.is_object() || !b.is_object() || a.as_object()->cls != b.as_object()->cls) {
        result = false;
        break;
      } else {
        ClassId c = a.as_object()->cls;
        bool same = true;
        if (c == cls::Tuple) {
          auto *x = a.as<Tuple>(), *y = b.as<Tuple>();
          same = x->size() == y->size();
          for (uint32_t i = x->size(); same && i-- > 0;) work.push(x->items[i], y->items[i], true);
        } else if (c == cls::Map) {
          auto *x = a.as<Map>(), *y = b.as<Map>();
          same = x->count == y->count;
          for (uint64_t i = 0; same && i < x->used; ++i) {
            const MapEntry& e = x->entries[i];
            if (e.key.is_empty()) continue;
            Value other = map_get(y, e.key);
            if (other.is_empty()) same = false;
            else work.push(e.value, other, true);
          }
        } else if (c == cls::Closure) {
          auto *x = a.as<Closure>(), *y = b.as<Closure>();
          same = x->fn == y->fn && x->h.aux == y->h.aux;
          for (uint32_t i = x->h.aux; same && i-- > 0;) work.push(x->captures[i], y->captures[i], true);
        } else {
          same = compare_step(a, b, true, work) == 0;
        }
        if (!same) { result = false; break; }
      }
    }
    if (work.empty()) break;
    Pending p = work.pop();
    a = p.a;
    b = p.b;
  }
  keep_alive(a0);
  keep_alive(b0);
  return result;
}

}  // namespace sy::beam
