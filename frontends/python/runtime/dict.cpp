// dict: an insertion-ordered hash table (CPython's compact layout) with Python's key
// equality -- 1, 1.0 and True are one key, and the first key object stays. Keys hash with
// hash() and compare with ==, which may call __hash__ and __eq__ of classes; str and int
// keys take a path that never leaves C++.
//
// The core's Map (core/object.h) compares keys by class and content, which is Erlang's
// rule, so Python has its own table.
#include <cstring>

#include "core/heap.h"
#include "frontends/python/lib/hash.h"
#include "frontends/python/runtime/attributes.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/exceptions.h"
#include "frontends/python/runtime/iterators.h"
#include "frontends/python/runtime/sequences.h"
#include "frontends/python/runtime/sites.h"

namespace sy::py {

namespace {
constexpr int64_t kEmpty = -1, kDummy = -2;

void dict_resize(Dict* d, uint64_t min_used) {
  uint64_t slots = 8;
  while (slots * 2 < (min_used + 1) * 3) slots *= 2;
  auto* index = static_cast<int64_t*>(heap::alloc_leaf(slots * sizeof(int64_t)));
  for (uint64_t i = 0; i < slots; ++i) index[i] = kEmpty;
  uint64_t cap = slots * 2 / 3 + 1;
  auto* entries = static_cast<DictEntry*>(heap::alloc(cap * sizeof(DictEntry)));
  uint64_t n = 0;
  for (uint64_t i = 0; i < d->used; ++i) {
    if (d->entries[i].key.is_empty()) continue;
    entries[n] = d->entries[i];
    uint64_t mask = slots - 1;
    auto h = static_cast<uint64_t>(entries[n].hash);
    uint64_t j = h & mask, perturb = h;
    while (index[j] != kEmpty) {
      perturb >>= 5;
      j = (j * 5 + perturb + 1) & mask;
    }
    index[j] = static_cast<int64_t>(n);
    ++n;
  }
  d->entries = entries;
  d->index = index;
  d->mask = slots - 1;
  d->capacity = cap;
  d->used = n;
  d->count = n;
}

// Keys whose equality is decided without calling Python code.
bool plain_key(Value k) {
  return k.is_int() || k.is_double() || k.is_bool() || k.is_nil() || is_str(k) || is_instance(k, cls::BigInt);
}

bool same_plain(Value a, Value b) {
  if (a == b) return true;
  if (is_str(a)) {
    if (!is_str(b)) return false;
    String *x = a.as<String>(), *y = b.as<String>();
    return x->length == y->length && std::memcmp(x->chars, y->chars, x->length) == 0;
  }
  return false;
}

// The index slot of key (found: *entry >= 0), or -1 with an exception pending.
bool lookup(VM& vm, Dict* d, Value key, int64_t h, int64_t* entry, uint64_t* slot) {
  uint64_t mask = d->mask, perturb = static_cast<uint64_t>(h);
  uint64_t j = static_cast<uint64_t>(h) & mask;
  int64_t free_slot = -1;
  for (;;) {
    int64_t e = d->index[j];
    if (e == kEmpty) {
      *entry = -1;
      *slot = free_slot >= 0 ? static_cast<uint64_t>(free_slot) : j;
      return true;
    }
    if (e == kDummy) {
      if (free_slot < 0) free_slot = static_cast<int64_t>(j);
    } else {
      DictEntry& en = d->entries[e];
      if (en.key == key) {
        *entry = e;
        *slot = j;
        return true;
      }
      if (en.hash == h) {
        int eq;
        if (plain_key(key) && plain_key(en.key) && (is_str(key) || is_str(en.key))) {
          eq = same_plain(en.key, key);
        } else {
          Value k = en.key;
          eq = equals(vm, k, key);
          if (eq < 0) return false;
          if (d->index[j] != e || d->entries[e].key != k) {
            // The table changed under __eq__: start again.
            return lookup(vm, d, key, h, entry, slot);
          }
        }
        if (eq) {
          *entry = e;
          *slot = j;
          return true;
        }
      }
    }
    perturb >>= 5;
    j = (j * 5 + perturb + 1) & mask;
  }
}

}  // namespace

int64_t hash_str(Value s) {
  // The core's cached string hash (CPython's is randomised per process; only the set
  // order of str keys could show the difference, and programs cannot rely on that).
  int64_t h = string_hash(s.as<String>());
  return h == -1 ? -2 : h;
}

bool hash(VM& vm, Value v, int64_t* out) {
  if (v.is_int()) {
    *out = pylib::hash_int64(v.as_int());
    return true;
  }
  if (is_str(v)) {
    *out = hash_str(v);
    return true;
  }
  if (v.is_double()) {
    *out = pylib::hash_double(v.as_double(), v.bits());
    return true;
  }
  if (v.is_bool() || is_instance(v, cls::BigInt)) {
    *out = v.is_bool() ? pylib::hash_bool(v.is_true()) : pylib::hash_int(v);
    return true;
  }
  if (is_tuple(v)) return tuple_hash(vm, v, out);
  PyType* t = type_of(v);
  auto unhashable = [&] {
    raise_type_error(vm, "unhashable type: '" + type_name_of(v) + "'");
    return false;
  };
  if (!t->heap) {
    if (is_list(v) || is_dict(v) || is_instance(v, classes().set) || is_instance(v, classes().slice))
      return unhashable();
    if (is_instance(v, classes().frozenset)) return frozenset_hash(vm, v, out);
    if (t == types().dict_keys || t == types().dict_items) return unhashable();  // set-like views
    if (is_instance(v, classes().range)) {
      // Equal ranges hash alike (range_hash): (len, start, step), with start and step
      // left out (None) where equality ignores them.
      const Range* r = v.as<Range>();
      bool empty = r->length.is_int() && r->length.as_int() == 0;
      bool single = r->length.is_int() && r->length.as_int() == 1;
      Value parts[] = {r->length, empty ? Value::nil() : r->start, empty || single ? Value::nil() : r->step};
      return tuple_hash(vm, tuple_from(parts), out);
    }
  } else {
    // The first class in the MRO that defines __hash__ or __eq__ decides: a class that
    // defines __eq__ alone has __hash__ = None (type.__new__ does the same).
    const Tuple* mro = t->mro.as<Tuple>();
    for (uint32_t i = 0; i < mro->size(); ++i) {
      PyType* c = mro->items[i].as<PyType>();
      if (!c->heap) break;
      Value own_hash = map_get(c->dict, str_interned("__hash__"));
      if (!own_hash.is_empty()) {
        if (own_hash.is_nil()) return unhashable();
        Value r = call_special(vm, own_hash, v, {});
        if (r.is_empty()) return false;
        if (!r.is_int() && !r.is_bool() && !is_instance(r, cls::BigInt)) {
          raise_type_error(vm, "__hash__ method should return an integer");
          return false;
        }
        // An int that fits is the hash as it is; a bigger one is hashed.
        int64_t h;
        if (r.is_bool()) h = r.is_true();
        else if (!integer_to_int64(r, &h)) h = pylib::hash_int(r);
        *out = h == -1 ? -2 : h;
        return true;
      }
      if (!map_get(c->dict, str_interned("__eq__")).is_empty()) return unhashable();
    }
    // A subclass of a builtin hashes as the builtin does.
    switch (t->layout) {
      case Layout::Str: *out = hash_str(v); return true;
      case Layout::Tuple: return tuple_hash(vm, v, out);
      case Layout::Int:
      case Layout::Float: return hash(vm, unbox(v), out);
      case Layout::Set:
        if (solid_base(t) == types().frozenset) return frozenset_hash(vm, v, out);
        return unhashable();
      case Layout::List:
      case Layout::Dict: return unhashable();
      default: break;
    }
  }
  // object.__hash__: from the identity.
  *out = pylib::hash_identity(v.bits());
  return true;
}

Dict* new_dict(uint64_t capacity_hint) {
  auto* d = static_cast<Dict*>(heap::alloc(sizeof(Dict)));
  d->h.cls = classes().dict;
  dict_resize(d, capacity_hint);
  return d;
}

Dict* new_dict_of_class(ClassId c, size_t bytes) {
  auto* d = static_cast<Dict*>(heap::alloc(bytes));
  d->h.cls = c;
  dict_resize(d, 0);
  return d;
}

Value dict_value(Dict* d) { return Value::object(d); }

bool dict_get(VM& vm, Dict* d, Value key, Value* out) {
  int64_t h;
  if (!hash(vm, key, &h)) return false;
  int64_t e;
  uint64_t slot;
  if (!lookup(vm, d, key, h, &e, &slot)) return false;
  *out = e < 0 ? Value() : d->entries[e].value;
  return true;
}

namespace {
void insert_new(Dict* d, Value key, Value value, int64_t h, uint64_t slot) {
  if (d->used >= d->capacity) {
    dict_resize(d, d->count + 1);
    uint64_t mask = d->mask, perturb = static_cast<uint64_t>(h);
    uint64_t j = static_cast<uint64_t>(h) & mask;
    while (d->index[j] >= 0) {
      perturb >>= 5;
      j = (j * 5 + perturb + 1) & mask;
    }
    slot = j;
  }
  d->entries[d->used] = {key, value, h};
  d->index[slot] = static_cast<int64_t>(d->used);
  ++d->used;
  ++d->count;
  ++d->version;
}
}  // namespace

bool dict_set(VM& vm, Dict* d, Value key, Value value) {
  if (d->reserved & kDictReadOnly) [[unlikely]] {
    raise_type_error(vm, "'mappingproxy' object does not support item assignment");
    return false;
  }
  int64_t h;
  if (!hash(vm, key, &h)) return false;
  int64_t e;
  uint64_t slot;
  if (!lookup(vm, d, key, h, &e, &slot)) return false;
  if (e >= 0) d->entries[e].value = value;
  else insert_new(d, key, value, h, slot);
  if (d->reserved & kDictMirrorsInstance) mirror_store(d, key, value);
  return true;
}

bool dict_del(VM& vm, Dict* d, Value key, bool* found) {
  if (d->reserved & kDictReadOnly) [[unlikely]] {
    raise_type_error(vm, "'mappingproxy' object does not support item deletion");
    return false;
  }
  int64_t h;
  if (!hash(vm, key, &h)) return false;
  int64_t e;
  uint64_t slot;
  if (!lookup(vm, d, key, h, &e, &slot)) return false;
  *found = e >= 0;
  if (e < 0) return true;
  if (d->reserved & kDictMirrorsInstance) mirror_delete(d, d->entries[e].key);
  d->entries[e].key = Value();
  d->entries[e].value = Value();
  d->index[slot] = kDummy;
  --d->count;
  ++d->version;
  return true;
}

Value dict_get_str(Dict* d, std::string_view key) {
  int64_t h = string_hash(intern(key));
  if (h == -1) h = -2;
  uint64_t mask = d->mask, perturb = static_cast<uint64_t>(h);
  uint64_t j = static_cast<uint64_t>(h) & mask;
  for (;;) {
    int64_t e = d->index[j];
    if (e == kEmpty) return Value();
    if (e >= 0) {
      DictEntry& en = d->entries[e];
      if (en.hash == h && is_str(en.key) && sv(en.key) == key) return en.value;
    }
    perturb >>= 5;
    j = (j * 5 + perturb + 1) & mask;
  }
}

void dict_set_str(Dict* d, Value key, Value value) {
  int64_t h = hash_str(key);
  uint64_t mask = d->mask, perturb = static_cast<uint64_t>(h);
  uint64_t j = static_cast<uint64_t>(h) & mask;
  int64_t free_slot = -1;
  for (;;) {
    int64_t e = d->index[j];
    if (e == kEmpty) break;
    if (e == kDummy) {
      if (free_slot < 0) free_slot = static_cast<int64_t>(j);
    } else {
      DictEntry& en = d->entries[e];
      if (en.hash == h && is_str(en.key) && sv(en.key) == sv(key)) {
        en.value = value;
        return;
      }
    }
    perturb >>= 5;
    j = (j * 5 + perturb + 1) & mask;
  }
  insert_new(d, key, value, h, free_slot >= 0 ? static_cast<uint64_t>(free_slot) : j);
}

bool dict_update_from(VM& vm, Dict* d, Value m, bool) {
  if (is_dict(m)) {
    Dict* s = m.as<Dict>();
    for (uint64_t i = 0; i < s->used; ++i)
      if (!s->entries[i].key.is_empty() && !dict_set(vm, d, s->entries[i].key, s->entries[i].value)) return false;
    return true;
  }
  if (!type_lookup(type_of(m), "keys").is_empty()) {
    Value keys = call_method(vm, m, "keys", {});
    if (keys.is_empty()) return false;
    return for_each(vm, keys, [&](Value k) {
      Value v = get_item(vm, m, k);
      if (v.is_empty()) return false;
      return dict_set(vm, d, k, v);
    });
  }
  // An iterable of pairs.
  int64_t n = 0;
  bool ok = for_each(vm, m, [&](Value pair) {
    Value l = sequence_to_list(vm, pair);
    if (l.is_empty()) {
      if (isinstance(vm.exception(), types().TypeError)) {
        vm.clear_exception();
        raise_type_error(vm, "cannot convert dictionary update sequence element #" + std::to_string(n) +
                                 " to a sequence");
      }
      return false;
    }
    if (l.as<Array>()->length != 2) {
      raise_value_error(vm, "dictionary update sequence element #" + std::to_string(n) + " has length " +
                                std::to_string(l.as<Array>()->length) + "; 2 is required");
      return false;
    }
    ++n;
    return dict_set(vm, d, l.as<Array>()->items[0], l.as<Array>()->items[1]);
  });
  return ok;
}

namespace {

Dict* D(Value v) { return v.as<Dict>(); }

// -- Fast natives --

Value d_getitem(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Value v;
  if (!dict_get(vm, D(a[0]), a[1], &v)) return Value();
  if (v.is_empty()) {
    // A subclass's __missing__ answers for missing keys.
    if (!is_dict(a[0])) {
      Value m = type_lookup(type_of(a[0]), "__missing__");
      if (!m.is_empty()) return call_special(vm, m, a[0], std::span<const Value>(a + 1, 1));
    }
    return raise_key_error(vm, a[1]);
  }
  return v;
}
Value d_setitem(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  return dict_set(vm, D(a[0]), a[1], a[2]) ? Value::nil() : Value();
}
Value d_delitem(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  bool found;
  if (!dict_del(vm, D(a[0]), a[1], &found)) return Value();
  if (!found) return raise_key_error(vm, a[1]);
  return Value::nil();
}
Value d_contains(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Value v;
  if (!dict_get(vm, D(a[0]), a[1], &v)) return Value();
  return Value::boolean(!v.is_empty());
}
Value d_iter(VM&, const NativeCallable*, const Value* a, uint32_t) { return new_dict_iter(a[0], DictPart::Keys); }
Value d_len(VM&, const NativeCallable*, const Value* a, uint32_t) {
  return Value::small_int(static_cast<int64_t>(D(a[0])->count));
}
Value d_truth(VM&, const NativeCallable*, const Value* a, uint32_t) { return Value::boolean(D(a[0])->count != 0); }

Value dict_eq_impl(VM& vm, Dict* x, Dict* y) {
  if (x->count != y->count) return Value::boolean(false);
  NestingGuard nest(vm, " in comparison");
  if (!nest.ok()) return Value();
  for (uint64_t i = 0; i < x->used; ++i) {
    if (x->entries[i].key.is_empty()) continue;
    Value k = x->entries[i].key, v = x->entries[i].value, w;
    if (!dict_get(vm, y, k, &w)) return Value();
    if (w.is_empty()) return Value::boolean(false);
    int e = equals(vm, v, w);
    if (e < 0) return Value();
    if (!e) return Value::boolean(false);
  }
  return Value::boolean(true);
}
Value d_eq(VM& vm, const NativeCallable*, const Value* a, uint32_t) { return dict_eq_impl(vm, D(a[0]), D(a[1])); }
Value d_ne(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Value r = dict_eq_impl(vm, D(a[0]), D(a[1]));
  return r.is_empty() ? r : Value::boolean(!r.is_true());
}
Value d_or(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Dict* d = new_dict(D(a[0])->count);
  if (!dict_update_from(vm, d, a[0], false) || !dict_update_from(vm, d, a[1], false)) return Value();
  return Value::object(d);
}
Value d_ior(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  return dict_update_from(vm, D(a[0]), a[1], false) ? a[0] : Value();
}

// -- Methods --

Value dm_get(VM& vm, const Args& a) {
  Value v;
  if (!dict_get(vm, D(a.pos[0]), a.pos[1], &v)) return Value();
  if (v.is_empty()) return a.npos > 2 ? a.pos[2] : Value::nil();
  return v;
}
Value dm_setdefault(VM& vm, const Args& a) {
  Value v;
  if (!dict_get(vm, D(a.pos[0]), a.pos[1], &v)) return Value();
  if (!v.is_empty()) return v;
  Value dflt = a.npos > 2 ? a.pos[2] : Value::nil();
  if (!dict_set(vm, D(a.pos[0]), a.pos[1], dflt)) return Value();
  return dflt;
}
Value dm_pop(VM& vm, const Args& a) {
  Value v;
  if (!dict_get(vm, D(a.pos[0]), a.pos[1], &v)) return Value();
  if (v.is_empty()) {
    if (a.npos > 2) return a.pos[2];
    return raise_key_error(vm, a.pos[1]);
  }
  bool found;
  if (!dict_del(vm, D(a.pos[0]), a.pos[1], &found)) return Value();
  return v;
}
Value dm_popitem(VM& vm, const Args& a) {
  Dict* d = D(a.pos[0]);
  for (uint64_t i = d->used; i-- > 0;) {
    if (d->entries[i].key.is_empty()) continue;
    Value k = d->entries[i].key, v = d->entries[i].value;
    bool found;
    if (!dict_del(vm, d, k, &found)) return Value();
    d->used = i;  // the last entry is free again
    return Value::object(tuple_of({k, v}));
  }
  return raise(vm, types().KeyError, "popitem(): dictionary is empty");
}
Value dm_update(VM& vm, const Args& a) {
  Dict* d = D(a.pos[0]);
  if (a.npos > 1 && !dict_update_from(vm, d, a.pos[1], false)) return Value();
  if (!a.kw[0].is_empty() && !dict_update_from(vm, d, a.kw[0], false)) return Value();
  return Value::nil();
}
Value dm_clear(VM& vm, const Args& a) {
  Dict* d = D(a.pos[0]);
  if (d->reserved & kDictReadOnly) return raise_type_error(vm, "'mappingproxy' object does not support item deletion");
  if (d->reserved & kDictMirrorsInstance)
    for (uint64_t i = 0; i < d->used; ++i)
      if (!d->entries[i].key.is_empty()) mirror_delete(d, d->entries[i].key);
  d->used = 0;
  dict_resize(d, 0);
  ++d->version;
  return Value::nil();
}
Value dm_copy(VM& vm, const Args& a) {
  Dict* d = new_dict(D(a.pos[0])->count);
  if (!dict_update_from(vm, d, a.pos[0], false)) return Value();
  return Value::object(d);
}
Value dm_fromkeys(VM& vm, const Args& a) {
  // dict.fromkeys(iterable, value=None): called on the class (pos[0]) or an instance.
  // pos[0] is the class: messages count the arguments after it.
  if (a.npos < 2) return raise_type_error(vm, "fromkeys expected at least 1 argument, got 0");
  if (a.npos > 3)
    return raise_type_error(vm, "fromkeys expected at most 2 arguments, got " + std::to_string(a.npos - 1));
  Dict* d = new_dict();
  Value v = a.npos > 2 ? a.pos[2] : Value::nil();
  bool ok = for_each(vm, a.pos[1], [&](Value k) { return dict_set(vm, d, k, v); });
  return ok ? Value::object(d) : Value();
}

// -- Views --

struct DictView {
  ObjHeader h;
  uint32_t reserved;
  Value dict;
};
ClassId g_keys_cls, g_values_cls, g_items_cls;

Value make_view(Value d, ClassId c) {
  auto* v = static_cast<DictView*>(heap::alloc(sizeof(DictView)));
  v->h.cls = c;
  v->dict = d;
  return Value::object(v);
}
Value dm_keys(VM&, const Args& a) { return make_view(a.pos[0], g_keys_cls); }
Value dm_values(VM&, const Args& a) { return make_view(a.pos[0], g_values_cls); }
Value dm_items(VM&, const Args& a) { return make_view(a.pos[0], g_items_cls); }

Value view_dict(Value v) { return v.as<DictView>()->dict; }
DictPart part_of(Value v) {
  ClassId c = v.as_object()->cls;
  return c == g_keys_cls ? DictPart::Keys : c == g_values_cls ? DictPart::Values : DictPart::Items;
}
Value view_iter(VM&, const NativeCallable*, const Value* a, uint32_t) {
  return new_dict_iter(view_dict(a[0]), part_of(a[0]));
}
Value view_len(VM&, const NativeCallable*, const Value* a, uint32_t) {
  return Value::small_int(static_cast<int64_t>(D(view_dict(a[0]))->count));
}
Value view_truth(VM&, const NativeCallable*, const Value* a, uint32_t) {
  return Value::boolean(D(view_dict(a[0]))->count != 0);
}
Value view_contains(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Dict* d = D(view_dict(a[0]));
  switch (part_of(a[0])) {
    case DictPart::Keys: {
      Value v;
      if (!dict_get(vm, d, a[1], &v)) return Value();
      return Value::boolean(!v.is_empty());
    }
    case DictPart::Items: {
      if (!is_tuple(a[1]) || a[1].as<Tuple>()->size() != 2) return Value::boolean(false);
      Value v;
      if (!dict_get(vm, d, a[1].as<Tuple>()->items[0], &v)) return Value();
      if (v.is_empty()) return Value::boolean(false);
      int e = equals(vm, v, a[1].as<Tuple>()->items[1]);
      return e < 0 ? Value() : Value::boolean(e);
    }
    case DictPart::Values:
      for (uint64_t i = 0; i < d->used; ++i) {
        if (d->entries[i].key.is_empty()) continue;
        int e = equals(vm, d->entries[i].value, a[1]);
        if (e < 0) return Value();
        if (e) return Value::boolean(true);
      }
      return Value::boolean(false);
  }
  return Value::boolean(false);
}
Value view_reversed(VM&, const Args& a) {
  Dict* d = D(view_dict(a.pos[0]));
  DictPart p = part_of(a.pos[0]);
  Array* out = new_array(d->count);
  for (uint64_t i = d->used; i-- > 0;) {
    const DictEntry& e = d->entries[i];
    if (e.key.is_empty()) continue;
    array_push(out, p == DictPart::Keys ? e.key : p == DictPart::Values ? e.value
                                                                          : Value::object(tuple_of({e.key, e.value})));
  }
  return new_seq_iter(Value::object(out));
}
Value dict_reversed(VM& vm, const Args& a) {
  Value view = make_view(a.pos[0], g_keys_cls);
  Args b{&view, 1, a.kw};
  return view_reversed(vm, b);
}

// Set operations on keys and items views give sets.
template <char Op>
Value view_setop(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Value x = set_from_iterable(vm, a[0]);
  if (x.is_empty()) return x;
  const char op[2] = {Op, 0};
  return binary_op(vm, op, x, set_from_iterable(vm, a[1]));
}
Value view_eq(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  if (part_of(a[0]) == DictPart::Values || !is_set_like(a[1])) {
    if (a[1].is_object() && (a[1].as_object()->cls == g_keys_cls || a[1].as_object()->cls == g_items_cls)) {
      Value x = set_from_iterable(vm, a[0]), y = set_from_iterable(vm, a[1]);
      return rich_compare(vm, x, y, CmpOp::Eq);
    }
    return Value::boolean(a[0] == a[1]);
  }
  Value x = set_from_iterable(vm, a[0]);
  return rich_compare(vm, x, a[1], CmpOp::Eq);
}

// The same operators with any iterable as the other operand (k | [1], [1] | k): the
// generic dispatch finds these as __or__ / __ror__ ... of dict_keys and dict_items.
template <char Op, bool Reflected>
Value view_setop_method(VM& vm, const Args& a) {
  if (Op == '&') {
    // The other operand's items that are in the view (they need not be hashable).
    Value out = new_set(false);
    bool ok = for_each(vm, a.pos[1], [&](Value v) {
      Value args[] = {a.pos[0], v};
      Value in = view_contains(vm, nullptr, args, 2);
      if (in.is_empty()) return false;
      return !in.is_true() || set_add(vm, out, v);
    });
    return ok ? out : Value();
  }
  Value x = set_from_iterable(vm, a.pos[0]);
  if (x.is_empty()) return x;
  Value y = set_from_iterable(vm, a.pos[1]);
  if (y.is_empty()) return y;
  const char op[2] = {Op, 0};
  return Reflected ? binary_op(vm, op, y, x) : binary_op(vm, op, x, y);
}
// Ordering of a keys or items view against a set or another such view: as sets.
template <CmpOp C>
Value view_cmp(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Value x = set_from_iterable(vm, a[0]);
  if (x.is_empty()) return x;
  Value y = set_from_iterable(vm, a[1]);
  if (y.is_empty()) return y;
  return rich_compare(vm, x, y, C);
}

Value view_isdisjoint(VM& vm, const Args& a) {
  bool disjoint = true;
  bool ok = for_each(vm, a.pos[1], [&](Value k) {
    Value args[] = {a.pos[0], k};
    Value in = view_contains(vm, nullptr, args, 2);
    if (in.is_empty()) return false;
    if (in.is_true()) disjoint = false;
    return disjoint;
  });
  if (!ok) return Value();
  return Value::boolean(disjoint);
}

// -- Constructor --

Value dict_new(VM& vm, const Args& a) {
  Dict* d = new_dict();
  if (a.npos > 0 && !dict_update_from(vm, d, a.pos[0], false)) return Value();
  if (!a.kw[0].is_empty() && !dict_update_from(vm, d, a.kw[0], false)) return Value();
  return Value::object(d);
}

}  // namespace

Value dict_kwargs_new(VM& vm, const Value* pos, uint32_t npos, Value kwargs);

void install_dict() {
  const Types& t = types();
  ClassId dc = classes().dict;
  register_fast("[]", dc, kAnyClass, d_getitem);
  register_fast("[]=", dc, kAnyClass, d_setitem);
  register_fast("del[]", dc, kAnyClass, d_delitem);
  register_fast("in", dc, d_contains);
  register_fast("iter", dc, d_iter);
  register_fast("len", dc, d_len);
  register_fast("truth", dc, d_truth);
  register_fast("==", dc, dc, d_eq);
  register_fast("!=", dc, dc, d_ne);
  register_fast("|", dc, dc, d_or);
  register_fast("|=", dc, kAnyClass, d_ior);
  PyType* d = t.dict;
  define_method(d, fn("get", dm_get, 2, 3));
  define_method(d, fn("setdefault", dm_setdefault, 2, 3));
  define_method(d, fn("pop", dm_pop, 2, 3));
  define_method(d, fn("popitem", dm_popitem, 1, 1));
  {
    auto* update = new Builtin{"update", dm_update, 1, 2, {}};
    update->varkw = true;
    define_method(d, update);
  }
  define_method(d, fn("clear", dm_clear, 1, 1));
  define_method(d, fn("copy", dm_copy, 1, 1));
  define_method(d, fn("keys", dm_keys, 1, 1));
  define_method(d, fn("values", dm_values, 1, 1));
  define_method(d, fn("items", dm_items, 1, 1));
  define_method(d, fn("__reversed__", dict_reversed, 1, 1));
  {
    // fromkeys is a class method: d.fromkeys(...) and dict.fromkeys(...) both work.
    auto* spec = new Builtin{"fromkeys", dm_fromkeys, 1, -1, {}, nullptr, "dict.fromkeys"};
    auto* w = static_cast<FuncWrapper*>(heap::alloc_root(sizeof(FuncWrapper)));
    w->h.cls = classes().classmethod;
    w->func = builtin_value(spec);
    define_attr(d, "fromkeys", Value::object(w));
  }
  {
    auto* ctor = new Builtin{"dict", dict_new, 0, 1, {}};
    ctor->varkw = true;
    define_type_builtin(d, ctor);
  }

  g_keys_cls = classes().dictview;
  g_values_cls = register_class("dict_values", false);
  g_items_cls = register_class("dict_items", false);
  map_class_to_type(g_values_cls, t.dict_values);
  map_class_to_type(g_items_cls, t.dict_items);
  for (ClassId c : {g_keys_cls, g_values_cls, g_items_cls}) {
    register_fast("iter", c, view_iter);
    register_fast("len", c, view_len);
    register_fast("truth", c, view_truth);
    register_fast("in", c, view_contains);
  }
  for (PyType* vt : {t.dict_keys, t.dict_values, t.dict_items})
    define_method(vt, fn("__reversed__", view_reversed, 1, 1));
  for (PyType* vt : {t.dict_keys, t.dict_items}) define_method(vt, fn("isdisjoint", view_isdisjoint, 2, 2));
  for (ClassId c : {g_keys_cls, g_items_cls}) {
    for (ClassId o : {g_keys_cls, g_items_cls, classes().set, classes().frozenset}) {
      register_fast("&", c, o, view_setop<'&'>);
      register_fast("|", c, o, view_setop<'|'>);
      register_fast("-", c, o, view_setop<'-'>);
      register_fast("^", c, o, view_setop<'^'>);
      register_fast("==", c, o, view_eq);
      register_fast("<", c, o, view_cmp<CmpOp::Lt>);
      register_fast("<=", c, o, view_cmp<CmpOp::Le>);
      register_fast(">", c, o, view_cmp<CmpOp::Gt>);
      register_fast(">=", c, o, view_cmp<CmpOp::Ge>);
      if (o == classes().set || o == classes().frozenset) {
        register_fast("==", o, c, view_cmp<CmpOp::Eq>);
        register_fast("!=", o, c, view_cmp<CmpOp::Ne>);
        register_fast("<", o, c, view_cmp<CmpOp::Lt>);
        register_fast("<=", o, c, view_cmp<CmpOp::Le>);
        register_fast(">", o, c, view_cmp<CmpOp::Gt>);
        register_fast(">=", o, c, view_cmp<CmpOp::Ge>);
      }
    }
  }
  for (PyType* vt : {t.dict_keys, t.dict_items}) {
    define_method(vt, fn("__and__", view_setop_method<'&', false>, 2, 2));
    define_method(vt, fn("__or__", view_setop_method<'|', false>, 2, 2));
    define_method(vt, fn("__sub__", view_setop_method<'-', false>, 2, 2));
    define_method(vt, fn("__xor__", view_setop_method<'^', false>, 2, 2));
    define_method(vt, fn("__rand__", view_setop_method<'&', true>, 2, 2));
    define_method(vt, fn("__ror__", view_setop_method<'|', true>, 2, 2));
    define_method(vt, fn("__rsub__", view_setop_method<'-', true>, 2, 2));
    define_method(vt, fn("__rxor__", view_setop_method<'^', true>, 2, 2));
  }
}

}  // namespace sy::py
