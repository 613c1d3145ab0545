// The builtin functions (print, len, sorted, min, isinstance, ...), object, type,
// property, staticmethod, classmethod and super.
#include <cstdio>
#include <cstring>

#include "core/heap.h"
#include "frontends/python/lib/unicode.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/calls.h"
#include "frontends/python/runtime/attributes.h"
#include "frontends/python/runtime/exceptions.h"
#include "frontends/python/runtime/generators.h"
#include "frontends/python/runtime/iterators.h"
#include "frontends/python/runtime/sequences.h"
#include "frontends/python/runtime/sites.h"
#include "frontends/python/runtime/stdio.h"

namespace sy::py {

namespace {

// -- print --

Value b_print(VM& vm, const Args& a) {
  Value sep = a.kw[0], end = a.kw[1], file = a.kw[2], flush = a.kw[3];
  auto text = [&](Value v, const char* dflt, const char* what) -> std::string {
    if (v.is_empty() || v.is_nil()) return dflt;
    if (!is_str(v)) {
      raise_type_error(vm, std::string(what) + " must be None or a string, not " + type_name_of(v));
      return "\x01";
    }
    return std::string(sv(v));
  };
  std::string s = text(sep, " ", "sep");
  if (s == "\x01") return Value();
  std::string e = text(end, "\n", "end");
  if (e == "\x01") return Value();
  int do_flush = flush.is_empty() ? 0 : truth(vm, flush);
  if (do_flush < 0) return Value();
  if (!file.is_empty() && !file.is_nil()) {
    // An explicit file gets each piece by its own write() call, as CPython does (a
    // user object sees the separators and the end separately).
    for (uint32_t i = 0; i < a.npos; ++i) {
      if (i && !write_to_file(vm, file, s)) return Value();
      std::string item;
      if (!append_str(vm, item, a.pos[i]) || !write_to_file(vm, file, item)) return Value();
    }
    if (!write_to_file(vm, file, e)) return Value();
    if (do_flush && call_method(vm, file, "flush", {}).is_empty()) return Value();
    return Value::nil();
  }
  std::string out;
  for (uint32_t i = 0; i < a.npos; ++i) {
    if (i) out += s;
    if (!append_str(vm, out, a.pos[i])) return Value();
  }
  out += e;
  if (!write_to_file(vm, Value::nil(), out)) return Value();
  if (do_flush) flush_file(Value::nil());
  return Value::nil();
}

Value b_input(VM& vm, const Args& a) {
  if (a.npos > 0) {
    std::string p;
    if (!append_str(vm, p, a.pos[0])) return Value();
    std::fwrite(p.data(), 1, p.size(), stdout);
  }
  std::fflush(stdout);
  Value line = read_input_line();
  if (line.is_empty()) return raise(vm, types().EOFError, "EOF when reading a line");
  return line;
}

// -- Small builtins --

Value b_len(VM& vm, const Args& a) {
  int64_t n;
  if (!length(vm, a.pos[0], &n)) return Value();
  return make_int_value(n);
}
Value b_repr(VM& vm, const Args& a) { return to_repr(vm, a.pos[0]); }
Value b_ascii(VM& vm, const Args& a) { return ascii_of(vm, a.pos[0]); }
Value b_format(VM& vm, const Args& a) {
  Value spec = a.npos > 1 ? a.pos[1] : str("");
  if (!is_str(spec))  // CPython's _PyArg_BadArgument says None, not NoneType
    return raise_type_error(vm, "format() argument 2 must be str, not " + (spec.is_nil() ? "None" : type_name_of(spec)));
  return format_value(vm, a.pos[0], spec);
}
Value b_hash(VM& vm, const Args& a) {
  int64_t h;
  if (!hash(vm, a.pos[0], &h)) return Value();
  return make_int_value(h);
}
Value b_id(VM&, const Args& a) { return make_int_value(static_cast<int64_t>(a.pos[0].bits() & 0x7FFFFFFFFFFFull)); }
Value b_callable(VM&, const Args& a) {
  Value v = a.pos[0];
  if (is_function(v) || is_instance(v, cls::NativeFn) || is_type(v) || is_instance(v, classes().method) ||
      is_instance(v, classes().staticmethod))
    return Value::boolean(true);
  return Value::boolean(!type_lookup(type_of(v), "__call__").is_empty());
}
Value b_ord(VM& vm, const Args& a) {
  Value v = a.pos[0];
  if (!is_str(v)) return raise_type_error(vm, "ord() expected string of length 1, but " + type_name_of(v) + " found");
  uint64_t n = str_length(v);
  if (n != 1)
    return raise_type_error(vm, "ord() expected a character, but string of length " + std::to_string(n) + " found");
  size_t i = 0;
  return Value::small_int(pylib::unicode::decode(sv(v), i));
}
Value b_chr(VM& vm, const Args& a) {
  int64_t c;
  if (a.pos[0].is_double()) return raise_type_error(vm, "'float' object cannot be interpreted as an integer");
  if (!index_value(vm, a.pos[0], &c, "chr")) return Value();
  if (c < 0 || c > 0x10FFFF) return raise_value_error(vm, "chr() arg not in range(0x110000)");
  return char_str(static_cast<char32_t>(c));
}

bool class_or_tuple(VM& vm, Value c, const char* fn_name, const std::function<bool(PyType*)>& test, bool* out) {
  if (is_type(c)) {
    *out = test(c.as<PyType>());
    return true;
  }
  if (tuple_like(c)) {
    Tuple* t = c.as<Tuple>();
    for (uint32_t i = 0; i < t->size(); ++i) {
      bool r;
      if (!class_or_tuple(vm, t->items[i], fn_name, test, &r)) return false;
      if (r) {
        *out = true;
        return true;
      }
    }
    *out = false;
    return true;
  }
  raise_type_error(vm, std::string(fn_name) + (std::string_view(fn_name) == "issubclass"
                                                    ? "() arg 2 must be a class, a tuple of classes, or a union"
                                                    : "() arg 2 must be a type, a tuple of types, or a union"));
  return false;
}
Value b_isinstance(VM& vm, const Args& a) {
  Value v = a.pos[0];
  bool r;
  if (!class_or_tuple(vm, a.pos[1], "isinstance", [&](PyType* t) { return isinstance(v, t); }, &r)) return Value();
  return Value::boolean(r);
}
Value b_issubclass(VM& vm, const Args& a) {
  if (!is_type(a.pos[0])) return raise_type_error(vm, "issubclass() arg 1 must be a class");
  PyType* c = a.pos[0].as<PyType>();
  bool r;
  if (!class_or_tuple(vm, a.pos[1], "issubclass", [&](PyType* t) { return is_subtype(c, t); }, &r)) return Value();
  return Value::boolean(r);
}

Value attr_name(VM& vm, Value n, const char* fn_name) {
  if (!is_str(n))
    return raise_type_error(vm, "attribute name must be string, not '" + type_name_of(n) + "'");
  return str_interned(sv(n));
}
Value b_getattr(VM& vm, const Args& a) {
  Value n = attr_name(vm, a.pos[1], "getattr");
  if (n.is_empty()) return n;
  if (a.npos > 2) {
    bool found;
    Value v = getattr_opt(vm, a.pos[0], n, &found);
    if (found) return v;
    if (vm.has_exception()) {
      if (!isinstance(vm.exception(), types().AttributeError)) return Value();
      vm.clear_exception();
    }
    return a.pos[2];
  }
  return getattr(vm, a.pos[0], n);
}
Value b_setattr(VM& vm, const Args& a) {
  Value n = attr_name(vm, a.pos[1], "setattr");
  if (n.is_empty()) return n;
  return setattr(vm, a.pos[0], n, a.pos[2]) ? Value::nil() : Value();
}
Value b_delattr(VM& vm, const Args& a) {
  Value n = attr_name(vm, a.pos[1], "delattr");
  if (n.is_empty()) return n;
  return delattr(vm, a.pos[0], n) ? Value::nil() : Value();
}
Value b_hasattr(VM& vm, const Args& a) {
  Value n = attr_name(vm, a.pos[1], "hasattr");
  if (n.is_empty()) return n;
  bool found;
  Value v = getattr_opt(vm, a.pos[0], n, &found);
  if (v.is_empty() && vm.has_exception()) {
    if (!isinstance(vm.exception(), types().AttributeError)) return Value();
    vm.clear_exception();
    return Value::boolean(false);
  }
  return Value::boolean(found);
}

// -- Iteration --

struct CallIter {
  ObjHeader h;
  uint32_t reserved;
  Value fn, sentinel;
};
ClassId g_calliter;
Value calliter_next(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  CallIter* it = a[0].as<CallIter>();
  if (it->fn.is_nil()) return stop();
  Value v = call(vm, it->fn, {});
  if (v.is_empty()) return v;
  int e = equals(vm, v, it->sentinel);
  if (e < 0) return Value();
  if (e) {
    it->fn = Value::nil();
    return stop();
  }
  return v;
}
Value b_iter(VM& vm, const Args& a) {
  if (a.npos == 2) {
    if (!b_callable(vm, a).is_true()) return raise_type_error(vm, "iter(v, w): v must be callable");
    auto* it = static_cast<CallIter*>(heap::alloc(sizeof(CallIter)));
    it->h.cls = g_calliter;
    it->fn = a.pos[0];
    it->sentinel = a.pos[1];
    return Value::object(it);
  }
  return get_iter(vm, a.pos[0]);
}
Value b_next(VM& vm, const Args& a) {
  Value it = a.pos[0];
  PyType* t = type_of(it);
  if (find_fast("next", class_of(it)).is_empty()) {
    Value m = t->heap ? type_lookup(t, "__next__") : Value();
    if (m.is_empty()) return raise_type_error(vm, quoted_type_name(it) + " object is not an iterator");
    // A class's __next__: its StopIteration (and value) goes out as it is.
    Value v = call_special(vm, m, it, {});
    if (v.is_empty() && a.npos > 1 && isinstance(vm.exception(), types().StopIteration)) {
      vm.clear_exception();
      return a.pos[1];
    }
    return v;
  }
  Value v = iter_next(vm, it);
  if (v.is_empty()) return v;
  if (v == stop()) {
    if (a.npos > 1) return a.pos[1];
    return raise_stop_iteration(vm, generator_return_value(it));
  }
  return v;
}

Value b_sorted(VM& vm, const Args& a) {
  if (a.npos != 1) return raise_type_error(vm, "sorted expected 1 argument, got " + std::to_string(a.npos));
  Value l = sequence_to_list(vm, a.pos[0]);
  if (l.is_empty()) return l;
  Value key = a.kw[0].is_empty() ? Value::nil() : a.kw[0];
  int rev = a.kw[1].is_empty() ? 0 : truth(vm, a.kw[1]);
  if (rev < 0) return Value();
  if (!sort_list(vm, l, key, rev)) return Value();
  return l;
}

Value minmax(VM& vm, const Args& a, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Value key = a.kw[0].is_empty() || a.kw[0].is_nil() ? Value() : a.kw[0];
  Value dflt = a.kw[1];
  if (a.npos == 0) return raise_type_error(vm, std::string(name) + " expected at least 1 argument, got 0");
  if (a.npos > 1 && !dflt.is_empty())
    return raise_type_error(vm, std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
  Value best, best_key;
  auto consider = [&](Value v) -> bool {
    Value k = v;
    if (!key.is_empty()) {
      Value args[] = {v};
      k = call(vm, key, args);
      if (k.is_empty()) return false;
    }
    if (best.is_empty()) {
      best = v;
      best_key = k;
      return true;
    }
    int r = rich_compare_bool(vm, k, best_key, is_max ? CmpOp::Gt : CmpOp::Lt);
    if (r < 0) return false;
    if (r) {
      best = v;
      best_key = k;
    }
    return true;
  };
  bool ok;
  if (a.npos == 1) {
    ok = for_each(vm, a.pos[0], consider);
  } else {
    ok = true;
    for (uint32_t i = 0; i < a.npos && ok; ++i) ok = consider(a.pos[i]);
  }
  if (!ok) return Value();
  if (best.is_empty()) {
    if (!dflt.is_empty()) return dflt;
    return raise_value_error(vm, std::string(name) + "() arg is an empty sequence");
  }
  return best;
}
Value b_min(VM& vm, const Args& a) { return minmax(vm, a, false); }
Value b_max(VM& vm, const Args& a) { return minmax(vm, a, true); }

Value b_sum(VM& vm, const Args& a) {
  Value acc = a.npos > 1 ? a.pos[1] : a.kw[0].is_empty() ? Value::small_int(0) : a.kw[0];
  if (is_str(acc)) return raise_type_error(vm, "sum() can't sum strings [use ''.join(seq) instead]");
  bool ok = for_each(vm, a.pos[0], [&](Value v) {
    if (acc.is_int() && v.is_int()) {
      int64_t r = acc.as_int() + v.as_int();
      if (Value::fits_small(r)) {
        acc = Value::small_int(r);
        return true;
      }
    }
    if (acc.is_double() && v.is_double()) {
      acc = Value::number(acc.as_double() + v.as_double());
      return true;
    }
    acc = binary_op(vm, "+", acc, v);
    return !acc.is_empty();
  });
  return ok ? acc : Value();
}

Value b_any(VM& vm, const Args& a) {
  bool found = false;
  bool ok = for_each(vm, a.pos[0], [&](Value v) {
    int t = truth(vm, v);
    if (t < 0) return false;
    if (t) found = true;
    return !found;
  });
  if (!ok) return Value();
  return Value::boolean(found);
}
Value b_all(VM& vm, const Args& a) {
  bool all = true;
  bool ok = for_each(vm, a.pos[0], [&](Value v) {
    int t = truth(vm, v);
    if (t < 0) return false;
    if (!t) all = false;
    return all;
  });
  if (!ok) return Value();
  return Value::boolean(all);
}

Value b_vars(VM& vm, const Args& a) { return getattr(vm, a.pos[0], str_interned("__dict__")); }

// dir(obj): a user __dir__, or the names the runtime knows (dir() of a scope is not provided).
Value b_dir(VM& vm, const Args& a) {
  if (a.npos == 0) return raise_type_error(vm, "dir() without an argument is not supported");
  PyType* t = type_of(a.pos[0]);
  if (t->heap && !is_type(a.pos[0])) {
    Value m = type_lookup(t, "__dir__");
    if (!m.is_empty() && m != type_lookup(types().object, "__dir__")) {
      Value r = call_special(vm, m, a.pos[0], {});
      if (r.is_empty()) return r;
      Value l = sequence_to_list(vm, r);
      if (l.is_empty() || !sort_list(vm, l, Value::nil(), false)) return Value();
      return l;
    }
  }
  Array* out = new_array(0);
  for (const std::string& n : dir_names(vm, a.pos[0])) array_push(out, str(n));
  return Value::object(out);
}

Value b_exit(VM& vm, const Args& a) {
  Value args = a.npos ? Value::object(tuple_of({a.pos[0]})) : empty_tuple();
  return vm.raise(new_exception(vm, types().SystemExit, args));
}

// -- type, object --

Value type_new(VM& vm, const Args& a) {
  if (a.npos == 1) return type_value(type_of(a.pos[0]));
  if (a.npos != 3) return raise_type_error(vm, "type() takes 1 or 3 arguments");
  if (!is_str(a.pos[0])) return raise_type_error(vm, "type.__new__() argument 1 must be str, not " + type_name_of(a.pos[0]));
  if (!is_tuple(a.pos[1])) return raise_type_error(vm, "type.__new__() argument 2 must be tuple, not " + type_name_of(a.pos[1]));
  if (!is_dict(a.pos[2])) return raise_type_error(vm, "type.__new__() argument 3 must be dict, not " + type_name_of(a.pos[2]));
  Dict* ns = new_dict();
  if (!dict_update_from(vm, ns, a.pos[2], false)) return Value();
  Value mod = dict_get_str(ns, "__module__");
  return make_class(vm, str_interned(sv(a.pos[0])), a.pos[0], mod.is_empty() ? str("__main__") : mod, a.pos[1],
                    Value::object(ns));
}

Value object_new(VM& vm, const Args& a) {
  if (a.npos > 0) return raise_type_error(vm, "object() takes no arguments");
  return Value::object(new_object(cls::Object));
}
// object.__init__(self, *args): arguments are only allowed when a class overrides __new__.
Value object_init(VM& vm, const Args& a) {
  bool keywords = a.kw && !a.kw[0].is_empty() && a.kw[0].is_object() && dict_like(a.kw[0]) &&
                  a.kw[0].as<Dict>()->count > 0;
  if (a.npos > 1 || keywords) {
    PyType* t = type_of(a.pos[0]);
    if (type_lookup(t, "__init__") != type_lookup(types().object, "__init__"))
      return raise_type_error(vm, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (type_lookup(t, "__new__") == type_lookup(types().object, "__new__"))
      return raise_type_error(vm, std::string(type_name(t)) + "() takes no arguments");
  }
  return Value::nil();
}
// object.__init_subclass__(cls): nothing to do (keywords are refused by the arity check).
Value object_init_subclass(VM&, const Args&) { return Value::nil(); }
// object.__new__(cls, *args)
Value object_dunder_new(VM& vm, const Args& a) {
  if (a.npos == 0 || !is_type(a.pos[0])) return raise_type_error(vm, "object.__new__(X): X is not a type object");
  PyType* t = a.pos[0].as<PyType>();
  Value o = new_instance(vm, t);
  if (!o.is_empty() && t->layout == Layout::Exception) as_exc(o)->args = tuple_from({a.pos + 1, a.npos - 1});
  return o;
}
Value object_eq(VM&, const Args& a) { return a.pos[0] == a.pos[1] ? Value::boolean(true) : notimplemented(); }
Value object_ne(VM& vm, const Args& a) {
  Value eq = type_lookup(type_of(a.pos[0]), "__eq__");
  if (eq.is_empty()) return notimplemented();
  Value args[] = {a.pos[1]};
  Value r = call_special(vm, eq, a.pos[0], args);
  if (r.is_empty() || r == notimplemented()) return r;
  int t = truth(vm, r);
  return t < 0 ? Value() : Value::boolean(!t);
}
Value object_notimpl(VM&, const Args&) { return notimplemented(); }
Value object_hash(VM& vm, const Args& a) {
  int64_t h;
  uint64_t bits = a.pos[0].bits();
  h = static_cast<int64_t>((bits >> 4) | (bits << 60));
  (void)vm;
  return make_int_value(h == -1 ? -2 : h);
}
Value object_repr(VM& vm, const Args& a) {
  PyType* t = type_of(a.pos[0]);
  std::string_view mod = sv(t->module);
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(a.pos[0].bits()));
  std::string name = mod == "builtins" ? std::string(sv(t->qualname)) : std::string(mod) + "." + std::string(sv(t->qualname));
  (void)vm;
  return str("<" + name + " object at " + buf + ">");
}
Value object_str(VM& vm, const Args& a) { return to_repr(vm, a.pos[0]); }
Value object_format(VM& vm, const Args& a) {
  if (a.npos > 1 && is_str(a.pos[1]) && !sv(a.pos[1]).empty())
    return raise_type_error(vm, "unsupported format string passed to " + type_name_of(a.pos[0]) + ".__format__");
  return to_str(vm, a.pos[0]);
}
Value object_getattribute(VM& vm, const Args& a) {
  // Reaching here means a subclass calls object.__getattribute__ itself.
  if (!is_str(a.pos[1])) return raise_type_error(vm, "attribute name must be string");
  PyType* t = type_of(a.pos[0]);
  Value name = str_interned(sv(a.pos[1]));
  Value d = type_lookup(t, name);
  if (Object* o = instance_attrs(a.pos[0], false)) {
    Value v = object_get(o, name);
    if (!v.is_empty() && v != unbound()) return v;
  }
  if (!d.is_empty()) return bind_descriptor(vm, d, a.pos[0], t);
  return raise_attribute_error(vm, a.pos[0], name);
}
Value object_setattr(VM& vm, const Args& a) {
  if (!is_str(a.pos[1])) return raise_type_error(vm, "attribute name must be string");
  Value obj = a.pos[0], name = str_interned(sv(a.pos[1]));
  PyType* t = type_of(obj);
  Value d = type_lookup(t, name);
  if (!d.is_empty() && is_instance(d, classes().property)) {
    Property* p = d.as<Property>();
    if (p->fset.is_nil())
      return raise(vm, types().AttributeError, "property '" + std::string(sv(name)) + "' of '" +
                                                   std::string(type_name(t)) + "' object has no setter");
    Value args[] = {obj, a.pos[2]};
    return call(vm, p->fset, args).is_empty() ? Value() : Value::nil();
  }
  if (Object* o = instance_attrs(obj, true)) {
    note_instance_attribute(t, name);
    object_set(o, name, a.pos[2]);
    return Value::nil();
  }
  return raise_attribute_error(vm, obj, name);
}
Value object_delattr(VM& vm, const Args& a) {
  Value name = str_interned(sv(a.pos[1]));
  Value obj = a.pos[0];
  if (Object* o = instance_attrs(obj, false)) {
    int64_t slot = shape_slot(o->shape, name);
    if (slot >= 0 && o->slots[slot] != unbound()) {
      o->slots[slot] = unbound();
      return Value::nil();
    }
  }
  return raise_attribute_error(vm, obj, name);
}

// -- Descriptors --

Value property_new(VM&, const Args& a) {
  auto* p = static_cast<Property*>(heap::alloc(sizeof(Property)));
  p->h.cls = classes().property;
  p->fget = arg_or_kw(a, 0, 0);
  p->fset = arg_or_kw(a, 1, 1);
  p->fdel = arg_or_kw(a, 2, 2);
  p->doc = arg_or_kw(a, 3, 3);
  for (Value* v : {&p->fget, &p->fset, &p->fdel, &p->doc})
    if (v->is_empty()) *v = Value::nil();
  if (p->doc.is_nil() && !p->fget.is_nil()) {
    if (FuncInfo* fi = function_info(p->fget)) p->doc = fi->doc;
  }
  return Value::object(p);
}
Value property_copy(Value self, int which, Value f) {
  Property* o = self.as<Property>();
  auto* p = static_cast<Property*>(heap::alloc(sizeof(Property)));
  *p = *o;
  if (which == 0) p->fget = f;
  else if (which == 1) p->fset = f;
  else p->fdel = f;
  return Value::object(p);
}
Value property_getter(VM&, const Args& a) { return property_copy(a.pos[0], 0, a.pos[1]); }
Value property_setter(VM&, const Args& a) { return property_copy(a.pos[0], 1, a.pos[1]); }
Value property_deleter(VM&, const Args& a) { return property_copy(a.pos[0], 2, a.pos[1]); }
Value property_fget(VM&, const Args& a) { return a.pos[0].as<Property>()->fget; }
Value property_fset(VM&, const Args& a) { return a.pos[0].as<Property>()->fset; }
Value property_doc(VM&, const Args& a) { return a.pos[0].as<Property>()->doc; }
// property.__get__(self, obj, type=None)
Value property_get(VM& vm, const Args& a) {
  if (a.npos < 2 || a.pos[1].is_nil()) return a.pos[0];
  Property* p = a.pos[0].as<Property>();
  if (p->fget.is_nil()) return raise(vm, types().AttributeError, "unreadable attribute");
  Value args[] = {a.pos[1]};
  return call(vm, p->fget, args);
}

}  // namespace

Value wrapper_new(ClassId c, Value f) {
  auto* w = static_cast<FuncWrapper*>(heap::alloc(sizeof(FuncWrapper)));
  w->h.cls = c;
  w->func = f;
  return Value::object(w);
}

namespace {
Value staticmethod_new(VM&, const Args& a) { return wrapper_new(classes().staticmethod, a.pos[0]); }
Value classmethod_new(VM&, const Args& a) { return wrapper_new(classes().classmethod, a.pos[0]); }
Value wrapper_func(VM&, const Args& a) { return a.pos[0].as<FuncWrapper>()->func; }

Value super_new(VM& vm, const Args& a) {
  if (a.npos == 0) return raise(vm, types().RuntimeError, "super(): no arguments");
  if (!is_type(a.pos[0])) return raise_type_error(vm, "super() argument 1 must be a type, not " + type_name_of(a.pos[0]));
  if (a.npos == 1) return raise_type_error(vm, "super() with one argument is not supported");
  return make_super(vm, a.pos[0], a.pos[1]);
}

// Function attributes.
Value fn_name(VM&, const Args& a) {
  if (FuncInfo* fi = function_info(a.pos[0])) return fi->name;
  return Value::nil();
}
Value fn_qualname(VM&, const Args& a) { return function_info(a.pos[0])->qualname; }
Value fn_doc(VM&, const Args& a) { return function_info(a.pos[0])->doc; }
Value fn_module(VM&, const Args& a) {
  FuncInfo* fi = function_info(a.pos[0]);
  if (!fi->attrs.is_nil()) {  // assigned
    Value v = dict_get_str(fi->attrs.as<Dict>(), "__module__");
    if (!v.is_empty()) return v;
  }
  ModuleObj* m = as_module(fi->module);
  return m ? m->name : Value::nil();
}
Value fn_defaults(VM&, const Args& a) { return function_info(a.pos[0])->defaults; }
// Setters of the writable function attributes (a decorator copying a name, a docstring).
Value fn_set_name(VM& vm, const Args& a) {
  if (!str_like(a.pos[1])) return raise_type_error(vm, "__name__ must be set to a string object");
  function_info(a.pos[0])->name = a.pos[1];
  return Value::nil();
}
Value fn_set_qualname(VM& vm, const Args& a) {
  if (!str_like(a.pos[1])) return raise_type_error(vm, "__qualname__ must be set to a string object");
  function_info(a.pos[0])->qualname = a.pos[1];
  return Value::nil();
}
Value fn_set_doc(VM&, const Args& a) {
  function_info(a.pos[0])->doc = a.pos[1];
  return Value::nil();
}
Value fn_set_module(VM&, const Args& a) {
  FuncInfo* fi = function_info(a.pos[0]);
  if (fi->attrs.is_nil()) fi->attrs = Value::object(new_dict());
  dict_set_str(fi->attrs.as<Dict>(), str_interned("__module__"), a.pos[1]);
  return Value::nil();
}
Value fn_dict(VM&, const Args& a) {
  FuncInfo* fi = function_info(a.pos[0]);
  if (fi->attrs.is_nil()) fi->attrs = Value::object(new_dict());
  return fi->attrs;
}
Value fn_get(VM&, const Args& a) {
  // function.__get__(obj, type): a bound method (or the function itself for no obj).
  if (a.npos < 2 || a.pos[1].is_nil()) return a.pos[0];
  return new_bound_method(a.pos[0], a.pos[1]);
}
Value bm_func(VM&, const Args& a) { return a.pos[0].as<BoundMethod>()->func; }
Value bm_self(VM&, const Args& a) { return a.pos[0].as<BoundMethod>()->self; }
Value bm_name(VM& vm, const Args& a) { return getattr(vm, a.pos[0].as<BoundMethod>()->func, str_interned("__name__")); }
Value bm_eq(VM& vm, const Args& a) {
  if (!is_instance(a.pos[1], classes().method)) return notimplemented();
  BoundMethod *x = a.pos[0].as<BoundMethod>(), *y = a.pos[1].as<BoundMethod>();
  if (x->self != y->self) return Value::boolean(false);
  int e = equals(vm, x->func, y->func);
  return e < 0 ? Value() : Value::boolean(e);
}
Value bm_hash(VM& vm, const Args& a) {
  BoundMethod* m = a.pos[0].as<BoundMethod>();
  int64_t h1, h2;
  if (!hash(vm, m->func, &h1)) return Value();
  uint64_t bits = m->self.bits();
  h2 = static_cast<int64_t>((bits >> 4) | (bits << 60));
  return make_int_value(h1 ^ h2);
}
Value bi_name(VM&, const Args& a) {
  const Builtin* b = builtin_spec(a.pos[0]);
  return str(b ? b->name : "?");
}

Value b_notimpl_repr(VM&, const Args&) { return str("NotImplemented"); }

Value type_mro(VM&, const Args& a) {
  Tuple* m = a.pos[0].as<PyType>()->mro.as<Tuple>();
  return list_from({m->items, m->size()});
}
Value type_subclasses(VM&, const Args& a) {
  Array* s = a.pos[0].as<PyType>()->subclasses;
  return list_from({s->items, s->length});
}

// globals(): the calling module's globals, as a new dict (a snapshot: writing to it does
// not change the module). The compiler passes the module.
Value n_globals(VM& vm, const Value* a, uint32_t) {
  if (a[0] != builtin_named("globals")) return call(vm, a[0], {});
  Value m = module_object_named(sv(a[1]));
  return getattr(vm, m, str_interned("__dict__"));
}

}  // namespace

Value make_super(VM& vm, Value type, Value obj) {
  PyType* t = type.as<PyType>();
  bool ok = is_type(obj) ? is_subtype(obj.as<PyType>(), t) : isinstance(obj, t);
  if (!ok) return raise_type_error(vm, "super(type, obj): obj must be an instance or subtype of type");
  auto* s = static_cast<Super*>(heap::alloc(sizeof(Super)));
  s->h.cls = classes().super;
  s->type = type;
  s->obj = obj;
  return Value::object(s);
}

void define_function(const Builtin* spec) { define_builtin(spec->name, builtin_value(spec)); }

void install_builtins() {
  define_function(new Builtin{"print", b_print, 0, -1, {"sep", "end", "file", "flush"}});
  define_function(fn("input", b_input, 0, 1));
  define_function(fn("len", b_len, 1, 1));
  define_function(fn("repr", b_repr, 1, 1));
  define_function(fn("ascii", b_ascii, 1, 1));
  define_function(fn("format", b_format, 1, 2));
  define_function(fn("hash", b_hash, 1, 1));
  define_function(fn("id", b_id, 1, 1));
  define_function(fn("callable", b_callable, 1, 1));
  define_function(fn("ord", b_ord, 1, 1));
  define_function(fn("chr", b_chr, 1, 1));
  define_function(fn("isinstance", b_isinstance, 2, 2));
  define_function(fn("issubclass", b_issubclass, 2, 2));
  define_function(fn("getattr", b_getattr, 2, 3));
  define_function(fn("setattr", b_setattr, 3, 3));
  define_function(fn("delattr", b_delattr, 2, 2));
  define_function(fn("hasattr", b_hasattr, 2, 2));
  define_function(fn("iter", b_iter, 1, 2));
  define_function(fn("next", b_next, 1, 2));
  define_function(fn("sorted", b_sorted, 0, -1, {"key", "reverse"}));
  define_function(fn("min", b_min, 0, -1, {"key", "default"}));
  define_function(fn("max", b_max, 0, -1, {"key", "default"}));
  define_function(fn("sum", b_sum, 1, 2, {"start"}));
  define_function(fn("any", b_any, 1, 1));
  define_function(fn("all", b_all, 1, 1));
  define_function(fn("vars", b_vars, 1, 1));
  define_function(fn("dir", b_dir, 0, 1));
  define_function(fn("exit", b_exit, 0, 1));
  define_function(fn("quit", b_exit, 0, 1));
  define_builtin("NotImplemented", notimplemented());
  define_builtin("Ellipsis", ellipsis());
  define_builtin("__debug__", Value::boolean(true));

  const Types& t = types();
  g_calliter = register_class("callable_iterator", false);
  make_builtin_type("callable_iterator", g_calliter, t.object);
  register_fast("next", g_calliter, calliter_next);
  register_fast("iter", g_calliter, [](VM&, const NativeCallable*, const Value* a, uint32_t) { return a[0]; });

  define_type_builtin(t.type, fn("type", type_new, 0, -1));
  define_method(t.type, fn("mro", type_mro, 1, 1));
  define_method(t.type, fn("__subclasses__", type_subclasses, 1, 1));
  define_function(fn("globals", [](VM& vm, const Args&) -> Value {
    return raise(vm, types().SystemError, "globals() called indirectly is not supported");
  }, 0, 0));
  register_native("py.globals", n_globals, 2);
  define_type_builtin(t.object, fn("object", object_new, 0, 0));
  PyType* o = t.object;
  auto* init = fn("__init__", object_init, 1, -1);
  init->varkw = true;  // keywords are refused with object.__init__'s own message
  define_method(o, init);
  define_attr(o, "__init_subclass__",
              wrapper_new(classes().classmethod, builtin_value(fn("__init_subclass__", object_init_subclass, 1, 1))));
  define_attr(o, "__new__", wrapper_new(classes().staticmethod, builtin_value(fn("__new__", object_dunder_new, 1, -1))));
  define_method(o, fn("__eq__", object_eq, 2, 2));
  define_method(o, fn("__ne__", object_ne, 2, 2));
  for (const char* n : {"__lt__", "__le__", "__gt__", "__ge__"}) define_method(o, fn(n, object_notimpl, 2, 2));
  define_method(o, fn("__hash__", object_hash, 1, 1));
  define_method(o, fn("__repr__", object_repr, 1, 1));
  define_method(o, fn("__str__", object_str, 1, 1));
  define_method(o, fn("__format__", object_format, 2, 2));
  define_method(o, fn("__getattribute__", object_getattribute, 2, 2));
  define_method(o, fn("__setattr__", object_setattr, 3, 3));
  define_method(o, fn("__delattr__", object_delattr, 2, 2));

  PyType* p = t.property;
  define_type_builtin(p, fn("property", property_new, 0, 4, {"fget", "fset", "fdel", "doc"}));
  define_method(p, fn("getter", property_getter, 2, 2));
  define_method(p, fn("setter", property_setter, 2, 2));
  define_method(p, fn("deleter", property_deleter, 2, 2));
  define_method(p, fn("__get__", property_get, 2, 3));
  define_getter(p, "fget", property_fget);
  define_getter(p, "fset", property_fset);
  define_getter(p, "__doc__", property_doc);
  define_type_builtin(t.staticmethod, fn("staticmethod", staticmethod_new, 1, 1));
  define_type_builtin(t.classmethod, fn("classmethod", classmethod_new, 1, 1));
  define_getter(t.staticmethod, "__func__", wrapper_func);
  define_getter(t.classmethod, "__func__", wrapper_func);
  define_type_builtin(t.super, fn("super", super_new, 0, 2));

  PyType* f = t.function;
  define_getset(f, "__name__", fn_name, fn_set_name);
  define_getset(f, "__qualname__", fn_qualname, fn_set_qualname);
  define_getset(f, "__doc__", fn_doc, fn_set_doc);
  define_getset(f, "__module__", fn_module, fn_set_module);
  define_getter(f, "__defaults__", fn_defaults);
  define_getter(f, "__dict__", fn_dict);
  define_method(f, fn("__get__", fn_get, 2, 3));
  define_getter(t.method, "__func__", bm_func);
  define_getter(t.method, "__self__", bm_self);
  define_getter(t.method, "__name__", bm_name);
  define_method(t.method, fn("__eq__", bm_eq, 2, 2));
  define_method(t.method, fn("__hash__", bm_hash, 1, 1));
  define_getter(t.builtin_function, "__name__", bi_name);
  define_method(t.notimpl, fn("__repr__", b_notimpl_repr, 1, 1));
}

}  // namespace sy::py
