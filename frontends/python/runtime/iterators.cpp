#include "frontends/python/runtime/iterators.h"

#include "core/arith.h"
#include "core/bigint.h"
#include "core/heap.h"
#include "frontends/python/lib/unicode.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/internal.h"
#include "frontends/python/runtime/sites.h"

namespace sy::py {

namespace {

struct IterClasses {
  ClassId list_it, tuple_it, str_it, range_it, longrange_it, dict_keys_it, dict_values_it, dict_items_it,
      reversed_it, getitem_it, enumerate, zip, map, filter;
};
IterClasses g_ic;

Iter* new_iter(ClassId c, Value src) {
  auto* it = static_cast<Iter*>(heap::alloc(sizeof(Iter)));
  it->h.cls = c;
  it->src = src;
  it->aux = Value::nil();
  return it;
}

Value self_iter(VM&, const NativeCallable*, const Value* a, uint32_t) { return a[0]; }

// A finished iterator forgets its source (so it stays finished, as CPython's).
Value finished(Iter* it) {
  it->src = Value::nil();
  return stop();
}

Value list_next(VM&, const NativeCallable*, const Value* a, uint32_t) {
  Iter* it = a[0].as<Iter>();
  if (it->src.is_nil()) return stop();
  Array* l = it->src.as<Array>();
  if (static_cast<uint64_t>(it->index) < l->length) return l->items[it->index++];
  return finished(it);
}

Value tuple_next(VM&, const NativeCallable*, const Value* a, uint32_t) {
  Iter* it = a[0].as<Iter>();
  if (it->src.is_nil()) return stop();
  Tuple* t = it->src.as<Tuple>();
  if (it->index < t->size()) return t->items[it->index++];
  return finished(it);
}

Value str_next(VM&, const NativeCallable*, const Value* a, uint32_t) {
  Iter* it = a[0].as<Iter>();
  if (it->src.is_nil()) return stop();
  std::string_view s = sv(it->src);
  if (static_cast<size_t>(it->index) >= s.size()) return finished(it);
  size_t i = static_cast<size_t>(it->index);
  char32_t c = pylib::unicode::decode(s, i);
  it->index = static_cast<int64_t>(i);
  return char_str(c);
}

Value range_next(VM&, const NativeCallable*, const Value* a, uint32_t) {
  Iter* it = a[0].as<Iter>();
  if (it->end <= 0) return stop();
  --it->end;
  int64_t v = it->index;
  it->index += it->step;
  return Value::small_int(v);
}

// A range beyond the small ints: the next value in aux, the step in src, the items
// left in end (a length past 2**63 counts as 2**63 - 1, more than any loop can take).
Value longrange_next(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Iter* it = a[0].as<Iter>();
  if (it->end <= 0) return stop();
  --it->end;
  Value v = it->aux;
  Value next = arith::add(vm, v, it->src);
  if (next.is_empty()) return next;
  it->aux = next;
  return v;
}

Value reversed_next(VM&, const NativeCallable*, const Value* a, uint32_t) {
  Iter* it = a[0].as<Iter>();
  if (it->src.is_nil() || it->index < 0) return finished(it);
  if (list_like(it->src)) {
    Array* l = it->src.as<Array>();
    if (static_cast<uint64_t>(it->index) >= l->length) return finished(it);
    return l->items[it->index--];
  }
  Tuple* t = it->src.as<Tuple>();
  return t->items[it->index--];
}

Value dict_next(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Iter* it = a[0].as<Iter>();
  if (it->src.is_nil()) return stop();
  Dict* d = it->src.as<Dict>();
  if (static_cast<int64_t>(d->count) != it->end) {
    it->end = -1;
    return raise(vm, types().RuntimeError, "dictionary changed size during iteration");
  }
  while (static_cast<uint64_t>(it->index) < d->used) {
    DictEntry& e = d->entries[it->index++];
    if (e.key.is_empty()) continue;
    if (it->h.cls == g_ic.dict_keys_it) return e.key;
    if (it->h.cls == g_ic.dict_values_it) return e.value;
    return Value::object(tuple_of({e.key, e.value}));
  }
  return finished(it);
}

Value getitem_next(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Iter* it = a[0].as<Iter>();
  if (it->src.is_nil()) return stop();
  Value r = get_item(vm, it->src, Value::small_int(it->index));
  if (r.is_empty()) {
    if (isinstance(vm.exception(), types().IndexError) || isinstance(vm.exception(), types().StopIteration)) {
      vm.clear_exception();
      return finished(it);
    }
    return r;
  }
  ++it->index;
  return r;
}

// enumerate counts in index up to here (a small int either way), then in aux.
constexpr int64_t kMaxCounter = int64_t{1} << 46;

Value enumerate_next(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Iter* it = a[0].as<Iter>();
  Value v = iter_next(vm, it->src);
  if (v.is_empty() || v == stop()) return v;
  if (it->aux.is_nil()) {
    Value n = Value::small_int(it->index);
    if (it->index < kMaxCounter) {
      ++it->index;
      return Value::object(tuple_of({n, v}));
    }
    it->aux = make_int_value(it->index);  // counting on past the small ints
  }
  Value n = it->aux;
  Value next = arith::add(vm, n, Value::small_int(1));
  if (next.is_empty()) return next;
  it->aux = next;
  return Value::object(tuple_of({n, v}));
}

Value zip_next(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Iter* it = a[0].as<Iter>();
  if (it->aux.is_nil()) return stop();
  Tuple* its = it->aux.as<Tuple>();
  if (its->size() == 0) return stop();
  Tuple* out = new_tuple(its->size());
  for (uint32_t i = 0; i < its->size(); ++i) {
    Value v = iter_next(vm, its->items[i]);
    if (v.is_empty()) return v;
    if (v == stop()) {
      it->aux = Value::nil();
      if (it->index) {  // strict=True: every iterator must end here (CPython's messages)
        auto plural = [](uint32_t k) { return std::string(k == 1 ? " " : "s 1-") + std::to_string(k); };
        if (i > 0)
          return raise_value_error(vm, "zip() argument " + std::to_string(i + 1) + " is shorter than argument" +
                                           plural(i));
        for (uint32_t j = 1; j < its->size(); ++j) {
          Value w = iter_next(vm, its->items[j]);
          if (w.is_empty()) return w;
          if (w != stop())
            return raise_value_error(vm, "zip() argument " + std::to_string(j + 1) + " is longer than argument" +
                                             plural(j));
        }
      }
      return stop();
    }
    out->items[i] = v;
  }
  return Value::object(out);
}

Value map_next(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Iter* it = a[0].as<Iter>();
  if (it->aux.is_nil()) return stop();
  Tuple* its = it->aux.as<Tuple>();
  Value buf[8];
  heap::RootedVector<Value> big;
  Value* args = buf;
  if (its->size() > 8) {
    big.resize(its->size());
    args = big.data();
  }
  for (uint32_t i = 0; i < its->size(); ++i) {
    Value v = iter_next(vm, its->items[i]);
    if (v.is_empty()) return v;
    if (v == stop()) {
      it->aux = Value::nil();
      return stop();
    }
    args[i] = v;
  }
  return call(vm, it->src, {args, its->size()});
}

Value filter_next(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Iter* it = a[0].as<Iter>();
  for (;;) {
    Value v = iter_next(vm, it->aux);
    if (v.is_empty() || v == stop()) return v;
    int t;
    if (it->src.is_nil()) {
      t = truth(vm, v);
    } else {
      Value args[] = {v};
      Value r = call(vm, it->src, args);
      if (r.is_empty()) return r;
      t = truth(vm, r);
    }
    if (t < 0) return Value();
    if (t) return v;
  }
}

// __next__ of the builtin iterators: the fornext native, raising at the end.
Value next_method(VM& vm, const Args& a) {
  Value f = find_fast("next", class_of(a.pos[0]));
  const auto* n = f.as<NativeCallable>();
  Value r = n->call(vm, n, a.pos, 1);
  if (r == stop()) return raise_stop_iteration(vm, Value::nil());
  return r;
}
Value iter_method(VM&, const Args& a) { return a.pos[0]; }

PyType* iterator_type(const char* name, ClassId* c, NativeCall next) {
  *c = register_class(name, false);
  PyType* t = make_builtin_type(name, *c, types().object);
  register_fast("iter", *c, self_iter);
  register_fast("next", *c, next);
  static Builtin next_spec{"__next__", next_method, 1, 1, {}};
  static Builtin iter_spec{"__iter__", iter_method, 1, 1, {}};
  define_method(t, new Builtin(next_spec));
  define_method(t, new Builtin(iter_spec));
  return t;
}

// -- The constructors enumerate, zip, map, filter, reversed --

Value enumerate_new(VM& vm, const Args& a) {
  Value src = a.npos > 0 ? a.pos[0] : a.kwarg(0);
  if (src.is_empty()) return raise_type_error(vm, "enumerate() missing required argument 'iterable'");
  Iter* e = new_iter(g_ic.enumerate, Value::nil());  // start is checked before the iterable
  e->index = 0;
  Value start = a.npos > 1 ? a.pos[1] : a.kwarg(1);
  if (!start.is_empty()) {
    // Any int (operator.index of start): big ones count in aux.
    if (type_of(start)->heap && !type_lookup(type_of(start), "__index__").is_empty()) {
      start = call_special(vm, type_lookup(type_of(start), "__index__"), start, {});
      if (start.is_empty()) return start;
      if (!start.is_int() && !start.is_bool() && !is_instance(start, cls::BigInt))
        return raise_type_error(vm, "__index__ returned non-int (type " + type_name_of(start) + ")");
    }
    if (start.is_bool()) start = Value::small_int(start.is_true());
    if (start.is_int() && start.as_int() < kMaxCounter && start.as_int() > -kMaxCounter) e->index = start.as_int();
    else if (start.is_int() || is_instance(start, cls::BigInt)) e->aux = start;
    else return raise_type_error(vm, quoted_type_name(start) + " object cannot be interpreted as an integer");
  }
  e->src = get_iter(vm, src);
  if (e->src.is_empty()) return e->src;
  return Value::object(e);
}

Value zip_new(VM& vm, const Args& a) {
  Tuple* its = new_tuple(a.npos);
  for (uint32_t i = 0; i < a.npos; ++i) {
    Value it = get_iter(vm, a.pos[i]);
    if (it.is_empty()) return it;
    its->items[i] = it;
  }
  Iter* z = new_iter(g_ic.zip, Value::nil());
  z->aux = Value::object(its);
  Value strict = a.kw[0];
  if (!strict.is_empty()) {
    int t = truth(vm, strict);
    if (t < 0) return Value();
    z->index = t;
  }
  return Value::object(z);
}

Value map_new(VM& vm, const Args& a) {
  if (a.npos < 2) return raise_type_error(vm, "map() must have at least two arguments.");
  Tuple* its = new_tuple(a.npos - 1);
  for (uint32_t i = 1; i < a.npos; ++i) {
    Value it = get_iter(vm, a.pos[i]);
    if (it.is_empty()) return it;
    its->items[i - 1] = it;
  }
  Iter* m = new_iter(g_ic.map, a.pos[0]);
  m->aux = Value::object(its);
  return Value::object(m);
}

Value filter_new(VM& vm, const Args& a) {
  Value it = get_iter(vm, a.pos[1]);
  if (it.is_empty()) return it;
  Iter* f = new_iter(g_ic.filter, a.pos[0]);
  f->aux = it;
  return Value::object(f);
}

Value reversed_new(VM& vm, const Args& a) {
  Value v = a.pos[0];
  if (is_list(v) || is_tuple(v)) return new_reversed_seq_iter(v);
  PyType* t = type_of(v);
  Value m = type_lookup(t, "__reversed__");
  if (!m.is_empty()) return call_special(vm, m, v, {});
  // Sequences (str, range, classes with __len__ and __getitem__): index from the end.
  int64_t n;
  if (type_lookup(t, "__getitem__").is_empty() && find_fast("[]", class_of(v), cls::Int).is_empty()) {
    return raise_type_error(vm, quoted_type_name(v) + " object is not reversible");
  }
  if (!length(vm, v, &n)) return Value();
  Value items = new_list(static_cast<uint64_t>(n));
  for (int64_t i = n - 1; i >= 0; --i) {
    Value x = get_item(vm, v, Value::small_int(i));
    if (x.is_empty()) return x;
    array_push(items.as<Array>(), x);
  }
  return new_seq_iter(items);
}

}  // namespace

Value char_str(char32_t c) {
  static Value* ascii = [] {
    auto* t = static_cast<Value*>(heap::alloc_root(128 * sizeof(Value)));
    for (int i = 0; i < 128; ++i) {
      char ch = static_cast<char>(i);
      t[i] = str_interned(std::string_view(&ch, 1));
    }
    return t;
  }();
  if (c < 128) return ascii[c];
  std::string s;
  pylib::unicode::encode(s, c);
  return str(s);
}

Value new_seq_iter(Value seq) {
  ClassId c = list_like(seq) ? g_ic.list_it : tuple_like(seq) ? g_ic.tuple_it : g_ic.str_it;
  Iter* it = new_iter(c, seq);
  it->index = 0;
  return Value::object(it);
}

Value new_reversed_seq_iter(Value seq) {
  Iter* it = new_iter(g_ic.reversed_it, seq);
  it->index = list_like(seq) ? static_cast<int64_t>(seq.as<Array>()->length) - 1
                           : static_cast<int64_t>(seq.as<Tuple>()->size()) - 1;
  return Value::object(it);
}

Value new_range_iter(int64_t start, int64_t step, int64_t count) {
  Iter* it = new_iter(g_ic.range_it, Value::nil());
  it->index = start;
  it->step = step;
  it->end = count;
  return Value::object(it);
}

int64_t iterator_length_hint(Value it) {
  if (!it.is_object()) return -1;
  ClassId c = it.as_object()->cls;
  if (c == g_ic.range_it || c == g_ic.longrange_it) return it.as<Iter>()->end;
  return -1;
}

Value new_long_range_iter(Value start, Value step, Value length) {
  Iter* it = new_iter(g_ic.longrange_it, step);
  it->aux = start;
  if (!integer_to_int64(length, &it->end)) it->end = INT64_MAX;
  return Value::object(it);
}

Value new_dict_iter(Value dict, DictPart part) {
  ClassId c = part == DictPart::Keys ? g_ic.dict_keys_it : part == DictPart::Values ? g_ic.dict_values_it
                                                                                     : g_ic.dict_items_it;
  Iter* it = new_iter(c, dict);
  it->index = 0;
  it->end = static_cast<int64_t>(dict.as<Dict>()->count);
  return Value::object(it);
}

Value new_getitem_iterator(Value obj) {
  Iter* it = new_iter(g_ic.getitem_it, obj);
  it->index = 0;
  return Value::object(it);
}

void install_iterators() {
  iterator_type("list_iterator", &g_ic.list_it, list_next);
  iterator_type("tuple_iterator", &g_ic.tuple_it, tuple_next);
  iterator_type("str_ascii_iterator", &g_ic.str_it, str_next);
  iterator_type("range_iterator", &g_ic.range_it, range_next);
  iterator_type("longrange_iterator", &g_ic.longrange_it, longrange_next);
  iterator_type("dict_keyiterator", &g_ic.dict_keys_it, dict_next);
  iterator_type("dict_valueiterator", &g_ic.dict_values_it, dict_next);
  iterator_type("dict_itemiterator", &g_ic.dict_items_it, dict_next);
  iterator_type("list_reverseiterator", &g_ic.reversed_it, reversed_next);
  iterator_type("iterator", &g_ic.getitem_it, getitem_next);
  PyType* en = iterator_type("enumerate", &g_ic.enumerate, enumerate_next);
  PyType* zi = iterator_type("zip", &g_ic.zip, zip_next);
  PyType* ma = iterator_type("map", &g_ic.map, map_next);
  PyType* fi = iterator_type("filter", &g_ic.filter, filter_next);
  define_type_builtin(en, new Builtin{"enumerate", enumerate_new, 0, 2, {"iterable", "start"}});
  define_type_builtin(zi, fn("zip", zip_new, 0, -1, {"strict"}));
  define_type_builtin(ma, new Builtin{"map", map_new, 0, -1, {}});
  define_type_builtin(fi, new Builtin{"filter", filter_new, 2, 2, {}});
  PyType* rev = make_builtin_type("reversed", register_class("reversed", false), types().object);
  define_type_builtin(rev, new Builtin{"reversed", reversed_new, 1, 1, {}});
}

}  // namespace sy::py
