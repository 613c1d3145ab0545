// list, tuple, range and slice: methods, operators (fast natives for the sites), and
// CPython's slice index arithmetic.
#include <algorithm>
#include <cstring>

#include "core/arith.h"
#include "core/bigint.h"
#include "core/heap.h"
#include "frontends/python/lib/hash.h"
#include "frontends/python/lib/sort.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/iterators.h"
#include "frontends/python/runtime/sequences.h"
#include "frontends/python/runtime/sites.h"

namespace sy::py {

// -- Slices --

bool slice_indices(VM& vm, Value slice, int64_t length, SliceIndices* out) {
  Slice* s = slice.as<Slice>();
  auto get = [&](Value v, int64_t* r) -> bool {
    if (v.is_int()) {
      *r = v.as_int();
      return true;
    }
    if (v.is_nil()) return true;
    if (!v.is_int() && !v.is_bool() && !is_instance(v, cls::BigInt) && !type_of(v)->heap) {
      raise_type_error(vm, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (is_instance(v, cls::BigInt)) {  // exact up to +-2**62, clamped beyond (no overflow below)
      if (!integer_to_int64(v, r) || *r > INT64_MAX / 2 || *r < INT64_MIN / 2)
        *r = bigint_cmp(v, Value::small_int(0)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
      return true;
    }
    return index_value(vm, v, r, "slice indices");
  };
  int64_t step = 1;
  if (!get(s->step, &step)) return false;
  if (step == 0) {
    raise_value_error(vm, "slice step cannot be zero");
    return false;
  }
  int64_t start, stop;
  bool has_start = !s->start.is_nil(), has_stop = !s->stop.is_nil();
  if (!get(s->start, &start) || !get(s->stop, &stop)) return false;
  if (step > 0) {
    if (!has_start) start = 0;
    else if (start < 0) start = std::max<int64_t>(start + length, 0);
    else start = std::min(start, length);
    if (!has_stop) stop = length;
    else if (stop < 0) stop = std::max<int64_t>(stop + length, 0);
    else stop = std::min(stop, length);
  } else {
    if (!has_start) start = length - 1;
    else if (start < 0) start = std::max<int64_t>(start + length, -1);
    else start = std::min(start, length - 1);
    if (!has_stop) stop = -1;
    else if (stop < 0) stop = std::max<int64_t>(stop + length, -1);
    else stop = std::min(stop, length - 1);
  }
  int64_t count = 0;
  if (step > 0 && start < stop) count = (stop - start - 1) / step + 1;
  if (step < 0 && stop < start) count = (start - stop - 1) / (-step) + 1;
  *out = {start, stop, step, count};
  return true;
}

namespace {

bool normalize_index(VM& vm, Value key, int64_t length, int64_t* out, const char* what) {
  int64_t i;
  if (key.is_int()) i = key.as_int();
  else if (!index_value(vm, key, &i, what)) return false;
  if (i < 0) i += length;
  if (i < 0 || i >= length) {
    *out = -1;
    return true;
  }
  *out = i;
  return true;
}

// -- Comparison of sequences (lists with lists, tuples with tuples) --

Value seq_compare(VM& vm, const Value* x, uint64_t nx, const Value* y, uint64_t ny, CmpOp op) {
  NestingGuard nest(vm, " in comparison");
  if (!nest.ok()) return Value();
  uint64_t i = 0;
  for (; i < nx && i < ny; ++i) {
    int e = equals(vm, x[i], y[i]);
    if (e < 0) return Value();
    if (!e) break;
  }
  if (i >= nx || i >= ny) {
    bool r;
    switch (op) {
      case CmpOp::Lt: r = nx < ny; break;
      case CmpOp::Le: r = nx <= ny; break;
      case CmpOp::Eq: r = nx == ny; break;
      case CmpOp::Ne: r = nx != ny; break;
      case CmpOp::Gt: r = nx > ny; break;
      default: r = nx >= ny; break;
    }
    return Value::boolean(r);
  }
  if (op == CmpOp::Eq) return Value::boolean(false);
  if (op == CmpOp::Ne) return Value::boolean(true);
  return rich_compare(vm, x[i], y[i], op);
}

std::pair<const Value*, uint64_t> items_of(Value v) {
  if (list_like(v)) return {v.as<Array>()->items, v.as<Array>()->length};
  return {v.as<Tuple>()->items, v.as<Tuple>()->size()};
}

template <CmpOp Op>
Value fast_seq_cmp(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  // Copy to a list when a comparison calls back and the sequence might change.
  auto [x, nx] = items_of(a[0]);
  auto [y, ny] = items_of(a[1]);
  return seq_compare(vm, x, nx, y, ny, Op);
}

template <CmpOp Op>
Value dunder_seq_cmp(VM& vm, const Args& a) {
  bool same = (list_like(a.pos[0]) && list_like(a.pos[1])) || (tuple_like(a.pos[0]) && tuple_like(a.pos[1]));
  if (!same) return notimplemented();
  return fast_seq_cmp<Op>(vm, nullptr, a.pos, 2);
}

// -- list --

Array* L(Value v) { return v.as<Array>(); }

void list_reserve(Array* a, uint64_t n) {
  if (n <= a->capacity) return;
  uint64_t cap = std::max<uint64_t>(n, a->capacity * 2);
  auto* items = static_cast<Value*>(heap::alloc(cap * sizeof(Value)));
  if (a->length) std::memcpy(items, a->items, a->length * sizeof(Value));
  a->items = items;
  a->capacity = cap;
}

Value list_getitem_int(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Array* l = L(a[0]);
  Value k = a[1];
  if (k.is_int()) {
    int64_t i = k.as_int();
    if (i < 0) i += static_cast<int64_t>(l->length);
    if (i >= 0 && static_cast<uint64_t>(i) < l->length) return l->items[i];
    return raise_index_error(vm, "list index out of range");
  }
  int64_t i;
  if (!normalize_index(vm, k, static_cast<int64_t>(l->length), &i, "list indices")) return Value();
  if (i < 0) return raise_index_error(vm, "list index out of range");
  return l->items[i];
}

Value seq_getslice(VM& vm, Value seq, Value slice) {
  auto [items, n] = items_of(seq);
  SliceIndices s;
  if (!slice_indices(vm, slice, static_cast<int64_t>(n), &s)) return Value();
  if (list_like(seq)) {
    Array* out = new_array(static_cast<uint64_t>(s.count));
    for (int64_t i = 0, j = s.start; i < s.count; ++i, j += s.step) out->items[i] = items[j];
    out->length = static_cast<uint64_t>(s.count);
    return Value::object(out);
  }
  Tuple* t = new_tuple(static_cast<uint32_t>(s.count));
  for (int64_t i = 0, j = s.start; i < s.count; ++i, j += s.step) t->items[i] = items[j];
  return Value::object(t);
}

Value list_getitem_slice(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  return seq_getslice(vm, a[0], a[1]);
}

Value list_getitem_any(VM& vm, const NativeCallable* n, const Value* a, uint32_t c) {
  if (is_instance(a[1], classes().slice)) return list_getitem_slice(vm, n, a, c);
  if (!a[1].is_int() && !a[1].is_bool() && !is_instance(a[1], cls::BigInt) && !type_of(a[1])->heap)
    return raise_type_error(vm, "list indices must be integers or slices, not " + type_name_of(a[1]));
  return list_getitem_int(vm, n, a, c);
}

bool list_assign_slice(VM& vm, Array* l, Value slice, Value v) {
  SliceIndices s;
  if (!slice_indices(vm, slice, static_cast<int64_t>(l->length), &s)) return false;
  Value src = (v.bits() == Value::object(l).bits()) ? sequence_to_list(vm, v) : v;
  if (!list_like(src) && !tuple_like(src)) {
    if (get_iter(vm, src).is_empty()) {
      if (isinstance(vm.exception(), types().TypeError)) {
        vm.clear_exception();
        raise_type_error(vm, s.step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
      }
      return false;
    }
    src = sequence_to_list(vm, src);
    if (src.is_empty()) return false;
  }
  auto [items, n] = items_of(src);
  if (s.step == 1) {
    int64_t lo = s.start, hi = std::max(s.start, s.stop);
    uint64_t removed = static_cast<uint64_t>(hi - lo);
    uint64_t old_len = l->length, new_len = old_len - removed + n;
    list_reserve(l, new_len);  // src is another object (a copy when it was l)
    std::memmove(l->items + lo + n, l->items + hi, (old_len - static_cast<uint64_t>(hi)) * sizeof(Value));
    for (uint64_t i = 0; i < n; ++i) l->items[lo + i] = items[i];
    for (uint64_t i = new_len; i < old_len; ++i) l->items[i] = Value::nil();  // let go of dropped items
    l->length = new_len;
    return true;
  }
  if (static_cast<int64_t>(n) != s.count) {
    raise_value_error(vm, "attempt to assign sequence of size " + std::to_string(n) + " to extended slice of size " +
                              std::to_string(s.count));
    return false;
  }
  for (int64_t i = 0, j = s.start; i < s.count; ++i, j += s.step) l->items[j] = items[i];
  return true;
}

bool list_delete_slice(VM& vm, Array* l, Value slice) {
  SliceIndices s;
  if (!slice_indices(vm, slice, static_cast<int64_t>(l->length), &s)) return false;
  if (s.count == 0) return true;
  std::vector<bool> gone(l->length, false);
  for (int64_t i = 0, j = s.start; i < s.count; ++i, j += s.step) gone[j] = true;
  uint64_t w = 0;
  for (uint64_t r = 0; r < l->length; ++r)
    if (!gone[r]) l->items[w++] = l->items[r];
  for (uint64_t r = w; r < l->length; ++r) l->items[r] = Value::nil();
  l->length = w;
  return true;
}

Value list_setitem(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Array* l = L(a[0]);
  if (is_instance(a[1], classes().slice)) return list_assign_slice(vm, l, a[1], a[2]) ? Value::nil() : Value();
  if (!a[1].is_int() && !a[1].is_bool() && !type_of(a[1])->heap)
    return raise_type_error(vm, "list indices must be integers or slices, not " + type_name_of(a[1]));
  int64_t i;
  if (!normalize_index(vm, a[1], static_cast<int64_t>(l->length), &i, "list indices")) return Value();
  if (i < 0) return raise_index_error(vm, "list assignment index out of range");
  l->items[i] = a[2];
  return Value::nil();
}

Value list_delitem(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Array* l = L(a[0]);
  if (is_instance(a[1], classes().slice)) return list_delete_slice(vm, l, a[1]) ? Value::nil() : Value();
  if (!a[1].is_int() && !a[1].is_bool() && !type_of(a[1])->heap)
    return raise_type_error(vm, "list indices must be integers or slices, not " + type_name_of(a[1]));
  int64_t i;
  if (!normalize_index(vm, a[1], static_cast<int64_t>(l->length), &i, "list indices")) return Value();
  if (i < 0) return raise_index_error(vm, "list assignment index out of range");
  std::memmove(l->items + i, l->items + i + 1, (l->length - i - 1) * sizeof(Value));
  l->items[--l->length] = Value::nil();
  return Value::nil();
}

Value seq_contains(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  auto [items, n] = items_of(a[0]);
  for (uint64_t i = 0; i < n; ++i) {
    // The list may change while __eq__ runs: re-read it each time.
    auto [cur, cn] = items_of(a[0]);
    if (i >= cn) break;
    int e = equals(vm, cur[i], a[1]);
    if (e < 0) return Value();
    if (e) return Value::boolean(true);
  }
  (void)items;
  return Value::boolean(false);
}

Value seq_iter(VM&, const NativeCallable*, const Value* a, uint32_t) { return new_seq_iter(a[0]); }
Value seq_len(VM&, const NativeCallable*, const Value* a, uint32_t) {
  return Value::small_int(static_cast<int64_t>(items_of(a[0]).second));
}
Value seq_truth(VM&, const NativeCallable*, const Value* a, uint32_t) { return Value::boolean(items_of(a[0]).second != 0); }

Value seq_concat(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  auto [x, nx] = items_of(a[0]);
  auto [y, ny] = items_of(a[1]);
  if (list_like(a[0])) {
    Array* out = new_array(nx + ny);
    for (uint64_t i = 0; i < nx; ++i) out->items[i] = x[i];
    for (uint64_t i = 0; i < ny; ++i) out->items[nx + i] = y[i];
    out->length = nx + ny;
    return Value::object(out);
  }
  Tuple* t = new_tuple(static_cast<uint32_t>(nx + ny));
  for (uint64_t i = 0; i < nx; ++i) t->items[i] = x[i];
  for (uint64_t i = 0; i < ny; ++i) t->items[nx + i] = y[i];
  (void)vm;
  return Value::object(t);
}

Value seq_repeat_impl(VM& vm, Value seq, Value count) {
  int64_t k;
  if (!index_value(vm, count, &k, "can't multiply sequence by non-int of type")) return Value();
  if (k < 0) k = 0;
  auto [x, n] = items_of(seq);
  if (n && static_cast<uint64_t>(k) > (uint64_t{1} << 40) / n) return raise(vm, types().MemoryError, "");
  uint64_t total = n * static_cast<uint64_t>(k);
  if (list_like(seq)) {
    Array* out = new_array(total);
    for (uint64_t i = 0; i < total; ++i) out->items[i] = x[i % n];
    out->length = total;
    return Value::object(out);
  }
  Tuple* t = new_tuple(static_cast<uint32_t>(total));
  for (uint64_t i = 0; i < total; ++i) t->items[i] = x[i % n];
  return Value::object(t);
}
Value seq_repeat(VM& vm, const NativeCallable*, const Value* a, uint32_t) { return seq_repeat_impl(vm, a[0], a[1]); }
Value seq_rrepeat(VM& vm, const NativeCallable*, const Value* a, uint32_t) { return seq_repeat_impl(vm, a[1], a[0]); }

Value list_iadd(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Array* l = L(a[0]);
  Value src = a[1];
  if (src == a[0]) src = sequence_to_list(vm, src);
  bool ok = for_each(vm, src, [&](Value v) {
    array_push(l, v);
    return true;
  });
  return ok ? a[0] : Value();
}
Value list_imul(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Array* l = L(a[0]);
  int64_t k;
  if (!index_value(vm, a[1], &k, "can't multiply sequence by non-int of type")) return Value();
  uint64_t n = l->length;
  if (k <= 0) {
    l->length = 0;
    return a[0];
  }
  list_reserve(l, n * static_cast<uint64_t>(k));
  for (int64_t r = 1; r < k; ++r)
    for (uint64_t i = 0; i < n; ++i) l->items[l->length++] = l->items[i];
  return a[0];
}

// list methods
Value lm_append(VM&, const Args& a) {
  array_push(L(a.pos[0]), a.pos[1]);
  return Value::nil();
}
Value lm_extend(VM& vm, const Args& a) {
  Value args[] = {a.pos[0], a.pos[1]};
  return list_iadd(vm, nullptr, args, 2).is_empty() ? Value() : Value::nil();
}
Value lm_insert(VM& vm, const Args& a) {
  Array* l = L(a.pos[0]);
  int64_t i;
  if (!index_value(vm, a.pos[1], &i, "index")) return Value();
  auto n = static_cast<int64_t>(l->length);
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  if (i > n) i = n;
  array_push(l, Value::nil());
  std::memmove(l->items + i + 1, l->items + i, (n - i) * sizeof(Value));
  l->items[i] = a.pos[2];
  return Value::nil();
}
Value lm_pop(VM& vm, const Args& a) {
  Array* l = L(a.pos[0]);
  if (l->length == 0) return raise_index_error(vm, "pop from empty list");
  int64_t i = static_cast<int64_t>(l->length) - 1;
  if (a.npos > 1) {
    if (!index_value(vm, a.pos[1], &i, "index")) return Value();
    if (i < 0) i += static_cast<int64_t>(l->length);
    if (i < 0 || static_cast<uint64_t>(i) >= l->length) return raise_index_error(vm, "pop index out of range");
  }
  Value v = l->items[i];
  std::memmove(l->items + i, l->items + i + 1, (l->length - i - 1) * sizeof(Value));
  l->items[--l->length] = Value::nil();
  return v;
}
Value lm_remove(VM& vm, const Args& a) {
  Array* l = L(a.pos[0]);
  for (uint64_t i = 0; i < l->length; ++i) {
    int e = equals(vm, l->items[i], a.pos[1]);
    if (e < 0) return Value();
    if (e) {
      std::memmove(l->items + i, l->items + i + 1, (l->length - i - 1) * sizeof(Value));
      l->items[--l->length] = Value::nil();
      return Value::nil();
    }
  }
  return raise_value_error(vm, "list.remove(x): x not in list");
}
Value lm_clear(VM&, const Args& a) {
  L(a.pos[0])->length = 0;
  return Value::nil();
}
Value lm_copy(VM&, const Args& a) {
  Array* l = L(a.pos[0]);
  return list_from({l->items, l->length});
}
Value lm_reverse(VM&, const Args& a) {
  Array* l = L(a.pos[0]);
  std::reverse(l->items, l->items + l->length);
  return Value::nil();
}

bool bounds(VM& vm, const Args& a, uint32_t from, int64_t n, int64_t* lo, int64_t* hi) {
  *lo = 0;
  *hi = n;
  if (a.npos > from && !index_value(vm, a.pos[from], lo, "slice bounds")) return false;
  if (a.npos > from + 1 && !index_value(vm, a.pos[from + 1], hi, "slice bounds")) return false;
  if (*lo < 0) *lo = std::max<int64_t>(*lo + n, 0);
  if (*hi < 0) *hi = std::max<int64_t>(*hi + n, 0);
  if (*hi > n) *hi = n;
  return true;
}

Value seqm_index(VM& vm, const Args& a) {
  auto [items, n] = items_of(a.pos[0]);
  int64_t lo, hi;
  if (!bounds(vm, a, 2, static_cast<int64_t>(n), &lo, &hi)) return Value();
  for (int64_t i = lo; i < hi; ++i) {
    auto [cur, cn] = items_of(a.pos[0]);
    if (static_cast<uint64_t>(i) >= cn) break;
    int e = equals(vm, cur[i], a.pos[1]);
    if (e < 0) return Value();
    if (e) return Value::small_int(i);
  }
  (void)items;
  if (!list_like(a.pos[0])) return raise_value_error(vm, "tuple.index(x): x not in tuple");
  Value r = to_repr(vm, a.pos[1]);
  if (r.is_empty()) return r;
  return raise_value_error(vm, std::string(sv(r)) + " is not in list");
}
Value seqm_count(VM& vm, const Args& a) {
  auto [items, n] = items_of(a.pos[0]);
  int64_t c = 0;
  for (uint64_t i = 0; i < n; ++i) {
    int e = equals(vm, items[i], a.pos[1]);
    if (e < 0) return Value();
    c += e;
  }
  return Value::small_int(c);
}

}  // namespace

namespace {

// The sort's merge buffers hold Values: they live where the collector looks.
uint64_t* sort_alloc(size_t n) { return static_cast<uint64_t*>(heap::alloc(n * sizeof(uint64_t))); }
void sort_release(uint64_t*, size_t) {}
const pylib::SortMemory kSortMemory{sort_alloc, sort_release};

int sort_less(void* ctx, uint64_t x, uint64_t y) {
  Value a = Value::from_bits(x), b = Value::from_bits(y);
  if (a.is_int() && b.is_int()) return a.as_int() < b.as_int();
  if (a.is_double() && b.is_double()) return a.as_double() < b.as_double();
  if (is_str(a) && is_str(b)) return sv(a) < sv(b);
  return rich_compare_bool(*static_cast<VM*>(ctx), a, b, CmpOp::Lt);
}

}  // namespace

// list.sort: CPython's TimSort (pylib::list_sort), keys computed first.
bool sort_list(VM& vm, Value list, Value key, bool reverse) {
  Array* l = list.as<Array>();
  uint64_t n = l->length;
  heap::RootedVector<Value> items(l->items, l->items + n);
  // While sorting, the list looks empty (as CPython): changes are detected afterwards.
  l->length = 0;
  heap::RootedVector<Value> keys;
  if (!key.is_nil()) {
    keys.resize(n);
    for (uint64_t i = 0; i < n; ++i) {
      Value args[] = {items[i]};
      Value k = call(vm, key, args);
      if (k.is_empty()) {
        l->length = 0;
        for (uint64_t j = 0; j < n; ++j) array_push(l, items[j]);
        return false;
      }
      keys[i] = k;
    }
  }
  static_assert(sizeof(Value) == sizeof(uint64_t));
  bool ok = pylib::list_sort(reinterpret_cast<uint64_t*>(items.data()),
                             keys.empty() ? nullptr : reinterpret_cast<uint64_t*>(keys.data()), n, reverse,
                             pylib::SortLess{sort_less, &vm}, kSortMemory) == 0;
  bool modified = l->length != 0;
  l->length = 0;
  for (uint64_t i = 0; i < n; ++i) array_push(l, items[i]);
  if (ok && modified) {
    raise_value_error(vm, "list modified during sort");
    return false;
  }
  return ok;
}

namespace {

Value lm_sort(VM& vm, const Args& a) {
  uint32_t given = a.npos - 1 + a.has_kw(0) + a.has_kw(1);
  if (given > 2) return raise_type_error(vm, "sort() takes at most 2 arguments (" + std::to_string(given) + " given)");
  if (a.npos > 1) return raise_type_error(vm, "sort() takes no positional arguments");
  Value key = a.kw[0].is_empty() ? Value::nil() : a.kw[0];
  int rev = a.kw[1].is_empty() ? 0 : truth(vm, a.kw[1]);
  if (rev < 0) return Value();
  return sort_list(vm, a.pos[0], key, rev) ? Value::nil() : Value();
}

Value tuple_getitem_any(VM& vm, const NativeCallable* n, const Value* a, uint32_t c);
Value seqm_getitem(VM& vm, const Args& a) {
  Value args[] = {a.pos[0], a.pos[1]};
  if (list_like(a.pos[0])) return list_getitem_any(vm, nullptr, args, 2);
  if (tuple_like(a.pos[0])) return tuple_getitem_any(vm, nullptr, args, 2);
  return get_item(vm, a.pos[0], a.pos[1]);
}
Value seqm_len(VM&, const Args& a) { return Value::small_int(static_cast<int64_t>(items_of(a.pos[0]).second)); }
Value seqm_contains(VM& vm, const Args& a) { return seq_contains(vm, nullptr, a.pos, 2); }
Value seqm_iter(VM&, const Args& a) { return new_seq_iter(a.pos[0]); }
Value seqm_add(VM& vm, const Args& a) {
  bool same = (list_like(a.pos[0]) && list_like(a.pos[1])) || (tuple_like(a.pos[0]) && tuple_like(a.pos[1]));
  if (!same) return notimplemented();
  return seq_concat(vm, nullptr, a.pos, 2);
}
Value seqm_mul(VM& vm, const Args& a) {
  if (!a.pos[1].is_int() && !a.pos[1].is_bool() && !is_instance(a.pos[1], cls::BigInt)) return notimplemented();
  return seq_repeat_impl(vm, a.pos[0], a.pos[1]);
}

// -- tuple --

Value tuple_getitem_int(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Tuple* t = a[0].as<Tuple>();
  int64_t i;
  if (a[1].is_int()) {
    i = a[1].as_int();
    if (i < 0) i += t->size();
    if (i >= 0 && i < static_cast<int64_t>(t->size())) return t->items[i];
    return raise_index_error(vm, "tuple index out of range");
  }
  if (!normalize_index(vm, a[1], t->size(), &i, "tuple indices")) return Value();
  if (i < 0) return raise_index_error(vm, "tuple index out of range");
  return t->items[i];
}
Value tuple_getitem_any(VM& vm, const NativeCallable* n, const Value* a, uint32_t c) {
  if (is_instance(a[1], classes().slice)) return seq_getslice(vm, a[0], a[1]);
  if (!a[1].is_int() && !a[1].is_bool() && !is_instance(a[1], cls::BigInt) && !type_of(a[1])->heap)
    return raise_type_error(vm, "tuple indices must be integers or slices, not " + type_name_of(a[1]));
  return tuple_getitem_int(vm, n, a, c);
}

// -- range --

Range* R(Value v) { return v.as<Range>(); }

bool is_neg(Value v) { return v.is_int() ? v.as_int() < 0 : bigint_cmp(v, Value::small_int(0)) < 0; }
bool is_pos(Value v) { return v.is_int() ? v.as_int() > 0 : bigint_cmp(v, Value::small_int(0)) > 0; }

Value make_range_values(VM& vm, Value start, Value stop, Value step) {
  auto* r = static_cast<Range*>(heap::alloc(sizeof(Range)));
  r->h.cls = classes().range;
  r->start = start;
  r->stop = stop;
  r->step = step;
  // len = (stop - start - 1) // step + 1 when the range is not empty, else 0.
  Value n = Value::small_int(0);
  bool up = is_pos(step);
  int c = bigint_cmp(start, stop);
  if ((up && c < 0) || (!up && c > 0)) {
    Value diff = up ? arith::sub(vm, stop, start) : arith::sub(vm, start, stop);
    Value s = up ? step : arith::neg(vm, step);
    n = arith::add(vm, arith::idiv(vm, arith::sub(vm, diff, Value::small_int(1)), s), Value::small_int(1));
  }
  r->length = n;
  r->small = start.is_int() && stop.is_int() && step.is_int() && n.is_int();
  return Value::object(r);
}

// The item at index i (0 <= i < len) as an int.
Value range_item(VM& vm, Range* r, Value i) {
  if (r->small && i.is_int()) return make_int(r->start.as_int() + i.as_int() * r->step.as_int());
  return arith::add(vm, r->start, arith::mul(vm, i, r->step));
}

Value range_new(VM& vm, const Args& a) {
  if (a.npos == 0) return raise_type_error(vm, "range expected at least 1 argument, got 0");
  Value v[3] = {Value::small_int(0), Value::small_int(0), Value::small_int(1)};
  for (uint32_t i = 0; i < a.npos; ++i) {
    Value x = a.pos[i];
    if (x.is_bool()) x = Value::small_int(x.is_true());
    if (!x.is_int() && !is_instance(x, cls::BigInt)) {
      Value m = type_of(x)->heap ? type_lookup(type_of(x), "__index__") : Value();
      if (m.is_empty()) return raise_type_error(vm, quoted_type_name(x) + " object cannot be interpreted as an integer");
      x = call_special(vm, m, x, {});
      if (x.is_empty()) return x;
      if (x.is_bool()) x = Value::small_int(x.is_true());
      if (!x.is_int() && !is_instance(x, cls::BigInt))
        return raise_type_error(vm, "__index__ returned non-int (type " + type_name_of(x) + ")");
    }
    v[i] = x;
  }
  if (a.npos == 1) return make_range_values(vm, Value::small_int(0), v[0], Value::small_int(1));
  if (a.npos == 3 && v[2].is_int() && v[2].as_int() == 0) return raise_value_error(vm, "range() arg 3 must not be zero");
  return make_range_values(vm, v[0], v[1], a.npos == 3 ? v[2] : Value::small_int(1));
}

// Huge bounds (rare) count with ints of any size.
Value range_iter(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Range* r = R(a[0]);
  if (r->small) return new_range_iter(r->start.as_int(), r->step.as_int(), r->length.as_int());
  return new_long_range_iter(r->start, r->step, r->length);
}
Value range_len(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Range* r = R(a[0]);
  int64_t n;
  if (!integer_to_int64(r->length, &n))
    return raise(vm, types().OverflowError, "Python int too large to convert to C ssize_t");
  return r->length;
}
Value range_truth(VM&, const NativeCallable*, const Value* a, uint32_t) {
  Value n = R(a[0])->length;
  return Value::boolean(!(n.is_int() && n.as_int() == 0));
}
// A slice of a range longer than 2**63 (CPython's _PySlice_GetLongIndices), in ints of
// any size.
Value range_big_slice(VM& vm, Range* r, const Slice* sl) {
  auto as_index = [&](Value v) -> Value {
    if (v.is_bool()) return Value::small_int(v.is_true());
    if (v.is_int() || is_instance(v, cls::BigInt)) return v;
    Value m = type_of(v)->heap ? type_lookup(type_of(v), "__index__") : Value();
    if (m.is_empty())
      return raise_type_error(vm, "slice indices must be integers or None or have an __index__ method");
    Value i = call_special(vm, m, v, {});
    if (i.is_empty() || i.is_int() || is_instance(i, cls::BigInt)) return i;
    return raise_type_error(vm, "__index__ returned non-int (type " + type_name_of(i) + ")");
  };
  Value step = Value::small_int(1);
  if (!sl->step.is_nil() && (step = as_index(sl->step)).is_empty()) return step;
  if (bigint_cmp(step, Value::small_int(0)) == 0) return raise_value_error(vm, "slice step cannot be zero");
  bool down = is_neg(step);
  Value lower = down ? Value::small_int(-1) : Value::small_int(0);
  Value upper = down ? arith::sub(vm, r->length, Value::small_int(1)) : r->length;
  auto bound = [&](Value v, Value dflt) -> Value {
    if (v.is_nil()) return dflt;
    Value i = as_index(v);
    if (i.is_empty()) return i;
    if (is_neg(i)) {
      i = arith::add(vm, i, r->length);
      return bigint_cmp(i, lower) < 0 ? lower : i;
    }
    return bigint_cmp(i, upper) > 0 ? upper : i;
  };
  Value start = bound(sl->start, down ? upper : lower);
  if (start.is_empty()) return start;
  Value stop = bound(sl->stop, down ? lower : upper);
  if (stop.is_empty()) return stop;
  return make_range_values(vm, arith::add(vm, r->start, arith::mul(vm, start, r->step)),
                           arith::add(vm, r->start, arith::mul(vm, stop, r->step)), arith::mul(vm, r->step, step));
}

Value range_getitem(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Range* r = R(a[0]);
  if (is_instance(a[1], classes().slice)) {
    int64_t length;
    const Slice* sl = a[1].as<Slice>();
    bool big = is_instance(sl->start, cls::BigInt) || is_instance(sl->stop, cls::BigInt) ||
               is_instance(sl->step, cls::BigInt);
    if (big || !integer_to_int64(r->length, &length)) return range_big_slice(vm, r, sl);
    SliceIndices s;
    if (!slice_indices(vm, a[1], length, &s)) return Value();
    Value start = range_item(vm, r, make_int_value(s.start));
    Value stop = range_item(vm, r, make_int_value(s.stop));
    return make_range_values(vm, start, stop, arith::mul(vm, r->step, make_int_value(s.step)));
  }
  Value k = a[1];
  if (k.is_bool()) k = Value::small_int(k.is_true());
  if (!k.is_int() && !is_instance(k, cls::BigInt)) {
    if (!type_of(k)->heap)
      return raise_type_error(vm, "range indices must be integers or slices, not " + type_name_of(k));
    int64_t i;
    if (!index_value(vm, k, &i, "range indices")) return Value();
    k = make_int_value(i);
  }
  if (is_neg(k)) k = arith::add(vm, k, r->length);
  if (is_neg(k) || bigint_cmp(k, r->length) >= 0) return raise_index_error(vm, "range object index out of range");
  return range_item(vm, r, k);
}
// Whether x is one of the range's items; *index gets its position.
int range_find(VM& vm, Range* r, Value x, Value* index) {
  if (x.is_bool()) x = Value::small_int(x.is_true());
  if (!x.is_int() && !is_instance(x, cls::BigInt)) {
    Value n = r->length;
    if (!n.is_int()) return 0;
    for (int64_t i = 0; i < n.as_int(); ++i) {
      int e = equals(vm, range_item(vm, r, Value::small_int(i)), x);
      if (e < 0) return -1;
      if (e) {
        *index = Value::small_int(i);
        return 1;
      }
    }
    return 0;
  }
  bool up = is_pos(r->step);
  int lo = bigint_cmp(x, r->start), hi = bigint_cmp(x, r->stop);
  bool inside = up ? (lo >= 0 && hi < 0) : (lo <= 0 && hi > 0);
  if (!inside) return 0;
  Value off = arith::sub(vm, x, r->start);
  if (!is_neg(r->step) && !arith::mod(vm, off, r->step).is_int()) return 0;
  Value rem = arith::mod(vm, off, r->step);
  if (!(rem.is_int() && rem.as_int() == 0)) return 0;
  *index = arith::idiv(vm, off, r->step);
  return 1;
}
Value range_contains(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Value idx;
  int f = range_find(vm, R(a[0]), a[1], &idx);
  return f < 0 ? Value() : Value::boolean(f);
}
Value rm_index(VM& vm, const Args& a) {
  Value idx;
  int f = range_find(vm, R(a.pos[0]), a.pos[1], &idx);
  if (f < 0) return Value();
  if (!f) {
    Value r = to_repr(vm, a.pos[1]);
    if (r.is_empty()) return r;
    return raise_value_error(vm, std::string(sv(r)) + " is not in range");
  }
  return idx;
}
Value rm_count(VM& vm, const Args& a) {
  Value idx;
  int f = range_find(vm, R(a.pos[0]), a.pos[1], &idx);
  return f < 0 ? Value() : Value::small_int(f);
}
Value range_eq(VM&, const NativeCallable*, const Value* a, uint32_t) {
  Range *x = R(a[0]), *y = R(a[1]);
  if (bigint_cmp(x->length, y->length) != 0) return Value::boolean(false);
  if (x->length.is_int() && x->length.as_int() == 0) return Value::boolean(true);
  if (bigint_cmp(x->start, y->start) != 0) return Value::boolean(false);
  return Value::boolean((x->length.is_int() && x->length.as_int() == 1) || bigint_cmp(x->step, y->step) == 0);
}
Value range_ne(VM& vm, const NativeCallable* n, const Value* a, uint32_t c) {
  return Value::boolean(!range_eq(vm, n, a, c).is_true());
}
Value rg_start(VM&, const Args& a) { return R(a.pos[0])->start; }
Value rg_stop(VM&, const Args& a) { return R(a.pos[0])->stop; }
Value rg_step(VM&, const Args& a) { return R(a.pos[0])->step; }
Value range_reversed(VM& vm, const Args& a) {
  Range* r = R(a.pos[0]);
  if (r->small) {
    int64_t n = r->length.as_int(), start = r->start.as_int(), step = r->step.as_int();
    return new_range_iter(start + (n - 1) * step, -step, n);
  }
  // From the last item down: start + (length - 1) * step, by -step.
  Value last = arith::add(vm, r->start, arith::mul(vm, arith::sub(vm, r->length, Value::small_int(1)), r->step));
  return new_long_range_iter(last, arith::neg(vm, r->step), r->length);
}

// -- slice --

Value slice_new(VM& vm, const Args& a) {
  Value parts[3] = {Value::nil(), Value::nil(), Value::nil()};
  if (a.npos == 0) return raise_type_error(vm, "slice expected at least 1 argument, got 0");
  if (a.npos == 1) parts[1] = a.pos[0];
  else
    for (uint32_t i = 0; i < a.npos; ++i) parts[i] = a.pos[i];
  auto* s = static_cast<Slice*>(heap::alloc(sizeof(Slice)));
  s->h.cls = classes().slice;
  s->start = parts[0];
  s->stop = parts[1];
  s->step = parts[2];
  return Value::object(s);
}
Value sl_start(VM&, const Args& a) { return a.pos[0].as<Slice>()->start; }
Value sl_stop(VM&, const Args& a) { return a.pos[0].as<Slice>()->stop; }
Value sl_step(VM&, const Args& a) { return a.pos[0].as<Slice>()->step; }
Value sl_indices(VM& vm, const Args& a) {
  int64_t n;
  if (!index_value(vm, a.pos[1], &n, "length")) return Value();
  if (n < 0) return raise_value_error(vm, "length should not be negative");
  SliceIndices s;
  if (!slice_indices(vm, a.pos[0], n, &s)) return Value();
  return Value::object(tuple_of({make_int_value(s.start), make_int_value(s.stop), make_int_value(s.step)}));
}

// Slices compare as the tuples (start, stop, step).
template <CmpOp C>
Value slice_cmp(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  const Slice *x = a[0].as<Slice>(), *y = a[1].as<Slice>();
  Value tx[] = {x->start, x->stop, x->step}, ty[] = {y->start, y->stop, y->step};
  return rich_compare(vm, tuple_from(tx), tuple_from(ty), C);
}

// -- Constructors --

Value list_new(VM& vm, const Args& a) {
  if (a.npos == 0) return new_list();
  return sequence_to_list(vm, a.pos[0]);
}
Value tuple_new(VM& vm, const Args& a) {
  if (a.npos == 0) return empty_tuple();
  if (is_tuple(a.pos[0])) return a.pos[0];  // exactly a tuple: itself
  Value l = sequence_to_list(vm, a.pos[0]);
  if (l.is_empty()) return l;
  return tuple_from({l.as<Array>()->items, l.as<Array>()->length});
}

}  // namespace

bool tuple_hash(VM& vm, Value t, int64_t* out) {
  // CPython hashes nested tuples without a recursion check; only the native stack limits it.
  if (!native_stack_ok(vm)) return false;
  Tuple* tp = t.as<Tuple>();
  pylib::TupleHasher h;
  for (uint32_t i = 0; i < tp->size(); ++i) {
    int64_t item;
    Value x = tp->items[i];
    if (is_tuple(x)) {
      if (!tuple_hash(vm, x, &item)) return false;
    } else if (!hash(vm, x, &item)) {
      return false;
    }
    h.add(item);
  }
  *out = h.finish();
  return true;
}

void install_sequences() {
  const Types& t = types();
  const ClassId lst = cls::Array, tup = cls::Tuple, rng = classes().range;
  const ClassId slc = classes().slice;
  for (ClassId k : {cls::Int, cls::Bool}) {
    register_fast("[]", lst, k, list_getitem_int);
    register_fast("[]", tup, k, tuple_getitem_int);
  }
  register_fast("[]", lst, slc, list_getitem_slice);
  register_fast("[]", lst, kAnyClass, list_getitem_any);
  register_fast("[]", tup, slc, list_getitem_slice);
  register_fast("[]", tup, kAnyClass, tuple_getitem_any);
  register_fast("[]=", lst, kAnyClass, list_setitem);
  register_fast("del[]", lst, kAnyClass, list_delitem);
  for (ClassId c : {lst, tup}) {
    register_fast("in", c, seq_contains);
    register_fast("iter", c, seq_iter);
    register_fast("len", c, seq_len);
    register_fast("truth", c, seq_truth);
    register_fast("+", c, c, seq_concat);
    for (ClassId k : {cls::Int, cls::Bool, cls::BigInt}) {
      register_fast("*", c, k, seq_repeat);
      register_fast("*", k, c, seq_rrepeat);
    }
    register_fast("<", c, c, fast_seq_cmp<CmpOp::Lt>);
    register_fast("<=", c, c, fast_seq_cmp<CmpOp::Le>);
    register_fast("==", c, c, fast_seq_cmp<CmpOp::Eq>);
    register_fast("!=", c, c, fast_seq_cmp<CmpOp::Ne>);
    register_fast(">", c, c, fast_seq_cmp<CmpOp::Gt>);
    register_fast(">=", c, c, fast_seq_cmp<CmpOp::Ge>);
  }
  register_fast("+=", lst, kAnyClass, list_iadd);
  for (ClassId k : {cls::Int, cls::Bool}) register_fast("*=", lst, k, list_imul);

  PyType* l = t.list;
  define_method(l, fn("append", lm_append, 2, 2));
  define_method(l, fn("extend", lm_extend, 2, 2));
  define_method(l, fn("insert", lm_insert, 3, 3));
  define_method(l, fn("pop", lm_pop, 1, 2));
  define_method(l, fn("remove", lm_remove, 2, 2));
  define_method(l, fn("clear", lm_clear, 1, 1));
  define_method(l, fn("copy", lm_copy, 1, 1));
  define_method(l, fn("reverse", lm_reverse, 1, 1));
  define_method(l, fn("sort", lm_sort, 1, -1, {"key", "reverse"}));
  define_method(l, fn("index", seqm_index, 2, 4));
  define_method(l, fn("count", seqm_count, 2, 2));
  for (PyType* s : {t.list, t.tuple}) {
    define_method(s, fn("__getitem__", seqm_getitem, 2, 2));
    define_method(s, fn("__len__", seqm_len, 1, 1));
    define_method(s, fn("__contains__", seqm_contains, 2, 2));
    define_method(s, fn("__iter__", seqm_iter, 1, 1));
    define_method(s, fn("__add__", seqm_add, 2, 2));
    define_method(s, fn("__mul__", seqm_mul, 2, 2));
    define_method(s, fn("__rmul__", seqm_mul, 2, 2));
    define_method(s, fn("__lt__", dunder_seq_cmp<CmpOp::Lt>, 2, 2));
    define_method(s, fn("__le__", dunder_seq_cmp<CmpOp::Le>, 2, 2));
    define_method(s, fn("__eq__", dunder_seq_cmp<CmpOp::Eq>, 2, 2));
    define_method(s, fn("__ne__", dunder_seq_cmp<CmpOp::Ne>, 2, 2));
    define_method(s, fn("__gt__", dunder_seq_cmp<CmpOp::Gt>, 2, 2));
    define_method(s, fn("__ge__", dunder_seq_cmp<CmpOp::Ge>, 2, 2));
  }
  define_method(t.tuple, fn("index", seqm_index, 2, 4));
  define_method(t.tuple, fn("count", seqm_count, 2, 2));
  define_type_builtin(t.list, fn("list", list_new, 0, 1));
  define_type_builtin(t.tuple, fn("tuple", tuple_new, 0, 1));

  PyType* r = t.range;
  define_type_builtin(r, fn("range", range_new, 0, 3));
  register_fast("iter", rng, range_iter);
  register_fast("len", rng, range_len);
  register_fast("truth", rng, range_truth);
  register_fast("in", rng, range_contains);
  register_fast("[]", rng, kAnyClass, range_getitem);
  register_fast("==", rng, rng, range_eq);
  register_fast("!=", rng, rng, range_ne);
  define_method(r, fn("index", rm_index, 2, 2));
  define_method(r, fn("count", rm_count, 2, 2));
  define_method(r, fn("__reversed__", range_reversed, 1, 1));
  define_getter(r, "start", rg_start);
  define_getter(r, "stop", rg_stop);
  define_getter(r, "step", rg_step);

  define_type_builtin(t.slice, fn("slice", slice_new, 0, 3));
  define_getter(t.slice, "start", sl_start);
  define_getter(t.slice, "stop", sl_stop);
  define_getter(t.slice, "step", sl_step);
  define_method(t.slice, fn("indices", sl_indices, 2, 2));
  register_fast("==", slc, slc, slice_cmp<CmpOp::Eq>);
  register_fast("!=", slc, slc, slice_cmp<CmpOp::Ne>);
  register_fast("<", slc, slc, slice_cmp<CmpOp::Lt>);
  register_fast("<=", slc, slc, slice_cmp<CmpOp::Le>);
  register_fast(">", slc, slc, slice_cmp<CmpOp::Gt>);
  register_fast(">=", slc, slc, slice_cmp<CmpOp::Ge>);
}

}  // namespace sy::py
