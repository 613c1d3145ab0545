// The natives compiled Python code calls with `ncall py.*`: building values (functions,
// classes, containers, f-strings), unpacking, names that are not bound, imports, and the
// raise / catch protocol.
#include <cerrno>
#include <cstring>

#include "core/heap.h"
#include "frontends/python/runtime/adapters.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/calls.h"
#include "frontends/python/runtime/exceptions.h"
#include "frontends/python/runtime/runtime.h"
#include "frontends/python/runtime/sites.h"

namespace sy::py {

Function* spreader(uint32_t n);
Value module_object_for(const Module* ir);
Value raise_exc_value(VM& vm, Value e, Value cause, bool with_cause);

namespace {

// -- Functions and classes --

// py.funcinfo(template, defaults, kwdefaults, doc): the FuncInfo of a def being executed.
Value n_funcinfo(VM& vm, const Value* a, uint32_t) {
  Function* fn = a[0].as<Closure>()->fn;
  const CodeInfo* code = code_info(fn);
  auto* fi = static_cast<FuncInfo*>(heap::alloc(sizeof(FuncInfo)));
  fi->h.cls = classes().funcinfo;
  fi->code = code;
  fi->name = str(code->name);
  fi->qualname = str(code->qualname);
  fi->defaults = a[1];
  fi->kwdefaults = a[2];
  fi->doc = a[3];
  fi->attrs = Value::nil();
  fi->module = module_object_for(fn->module);
  (void)vm;
  return Value::object(fi);
}

Value n_class_namespace(VM&, const Value*, uint32_t) { return Value::object(new_dict()); }

Value n_make_class(VM& vm, const Value* a, uint32_t) {
  Dict* ns = a[4].as<Dict>();
  // Functions defined in the class body get their class's qualified name already; plain
  // functions named __init_subclass__ / __class_getitem__ become class methods, __new__ a
  // static method, as type.__new__ does.
  for (const char* n : {"__init_subclass__", "__class_getitem__"}) {
    Value f = dict_get_str(ns, n);
    if (!f.is_empty() && is_function(f)) {
      auto* w = static_cast<FuncWrapper*>(heap::alloc(sizeof(FuncWrapper)));
      w->h.cls = classes().classmethod;
      w->func = f;
      dict_set_str(ns, str_interned(n), Value::object(w));
    }
  }
  Value nw = dict_get_str(ns, "__new__");
  if (!nw.is_empty() && is_function(nw)) {
    auto* w = static_cast<FuncWrapper*>(heap::alloc(sizeof(FuncWrapper)));
    w->h.cls = classes().staticmethod;
    w->func = nw;
    dict_set_str(ns, str_interned("__new__"), Value::object(w));
  }
  if (dict_get_str(ns, "__module__").is_empty()) dict_set_str(ns, str_interned("__module__"), a[2]);
  // A class that defines __eq__ and not __hash__ is unhashable.
  if (!dict_get_str(ns, "__eq__").is_empty() && dict_get_str(ns, "__hash__").is_empty())
    dict_set_str(ns, str_interned("__hash__"), Value::nil());
  return make_class(vm, a[0], a[1], a[2], a[3], a[4]);
}

Value n_ns_store(VM& vm, const Value* a, uint32_t) {
  return dict_set(vm, a[0].as<Dict>(), a[1], a[2]) ? Value::nil() : Value();
}
Value n_ns_delete(VM& vm, const Value* a, uint32_t) {
  bool found;
  if (!dict_del(vm, a[0].as<Dict>(), a[1], &found)) return Value();
  if (!found) return raise_name_error(vm, types().NameError, "name '" + std::string(sv(a[1])) + "' is not defined", a[1]);
  return Value::nil();
}
// py.ns_load(ns, name, global value): a class body's name lookup.
Value n_ns_load(VM& vm, const Value* a, uint32_t) {
  Value v = dict_get_str(a[0].as<Dict>(), sv(a[1]));
  if (!v.is_empty()) return v;
  if (a[2] != unbound()) return a[2];
  return raise_name_error(vm, types().NameError, "name '" + std::string(sv(a[1])) + "' is not defined", a[1]);
}

// -- Names --

Value n_name_error(VM& vm, const Value* a, uint32_t) {
  return raise_name_error(vm, types().NameError, "name '" + std::string(sv(a[0])) + "' is not defined", a[0]);
}
Value n_unbound_local(VM& vm, const Value* a, uint32_t) {
  return raise_name_error(vm, types().UnboundLocalError,
                          "cannot access local variable '" + std::string(sv(a[0])) + "' where it is not associated with a value",
                          a[0]);
}
Value n_unbound_free(VM& vm, const Value* a, uint32_t) {
  return raise_name_error(vm, types().NameError,
                          "cannot access free variable '" + std::string(sv(a[0])) +
                              "' where it is not associated with a value in enclosing scope",
                          a[0]);
}
// py.delete_global(value, name): what the global becomes after `del name`.
Value n_delete_global(VM& vm, const Value* a, uint32_t) {
  Value b = builtin_named(sv(a[1]));
  if (a[0] == unbound() || (!b.is_empty() && a[0] == b))
    return raise_name_error(vm, types().NameError, "name '" + std::string(sv(a[1])) + "' is not defined", a[1]);
  return b.is_empty() ? unbound() : b;
}

// -- Values --

Value n_is(VM&, const Value* a, uint32_t) { return Value::boolean(a[0] == a[1]); }

Value n_slice(VM&, const Value* a, uint32_t) {
  auto* s = static_cast<Slice*>(heap::alloc(sizeof(Slice)));
  s->h.cls = classes().slice;
  s->start = a[0];
  s->stop = a[1];
  s->step = a[2];
  return Value::object(s);
}

Value n_dict_of(VM& vm, const Value* a, uint32_t argc) {
  Dict* d = new_dict(argc / 2);
  for (uint32_t i = 0; i + 1 < argc; i += 2)
    if (!dict_set(vm, d, a[i], a[i + 1])) return Value();
  return Value::object(d);
}
Value n_dict_set(VM& vm, const Value* a, uint32_t) {
  return dict_set(vm, a[0].as<Dict>(), a[1], a[2]) ? Value::nil() : Value();
}
Value n_dict_update(VM& vm, const Value* a, uint32_t) {
  if (!dict_update_from(vm, a[0].as<Dict>(), a[1], /*kwargs=*/false)) return Value();
  return Value::nil();
}
Value n_set_of(VM& vm, const Value* a, uint32_t argc) {
  Value s = new_set(false);
  for (uint32_t i = 0; i < argc; ++i)
    if (!set_add(vm, s, a[i])) return Value();
  return s;
}
Value n_set_add(VM& vm, const Value* a, uint32_t) { return set_add(vm, a[0], a[1]) ? Value::nil() : Value(); }
Value n_list_extend(VM& vm, const Value* a, uint32_t) {
  Array* l = a[0].as<Array>();
  if (is_list(a[1]) || is_tuple(a[1])) {
    bool ok = for_each(vm, a[1], [&](Value v) {
      array_push(l, v);
      return true;
    });
    return ok ? Value::nil() : Value();
  }
  Value it = get_iter(vm, a[1]);
  if (it.is_empty()) {
    if (isinstance(vm.exception(), types().TypeError)) {
      vm.clear_exception();
      return raise_type_error(vm, "Value after * must be an iterable, not " + type_name_of(a[1]));
    }
    return it;
  }
  for (;;) {
    Value v = iter_next(vm, it);
    if (v.is_empty()) return v;
    if (v == stop()) return Value::nil();
    array_push(l, v);
  }
}
Value n_list_to_tuple(VM&, const Value* a, uint32_t) {
  Array* l = a[0].as<Array>();
  return tuple_from({l->items, l->length});
}
Value n_list_to_set(VM& vm, const Value* a, uint32_t) {
  Value s = new_set(false);
  Array* l = a[0].as<Array>();
  for (uint64_t i = 0; i < l->length; ++i)
    if (!set_add(vm, s, l->items[i])) return Value();
  return s;
}
// A set display of constants: CPython folds the items into a frozenset constant and
// merges that into a new set (BUILD_SET 0; LOAD_CONST; SET_UPDATE), and the merge lays
// the table out afresh, so the order differs from adding the items one by one. The
// constant itself is built twice: from the items, then (merge_consts_recursive) from
// the first frozenset's items in its table order.
Value n_list_to_folded_set(VM& vm, const Value* a, uint32_t) {
  Value first = new_set(true);
  Array* l = a[0].as<Array>();
  for (uint64_t i = 0; i < l->length; ++i)
    if (!set_add(vm, first, l->items[i])) return Value();
  Value folded = new_set(true);
  bool good = for_each(vm, first, [&](Value v) { return set_add(vm, folded, v); });
  return good ? set_from_iterable(vm, folded) : Value();
}

// Arguments built for f(*a, **m): errors name the function as CPython's
// _PyObject_FunctionStr does, with its module unless that is builtins.
std::string callee_name(Value f) {
  if (is_instance(f, classes().method)) f = f.as<BoundMethod>()->func;
  auto qualified = [](Value module, Value qualname) {
    std::string q(sv(qualname));
    if (!str_like(module) || sv(module) == "builtins") return q;
    return std::string(sv(module)) + "." + q;
  };
  if (FuncInfo* fi = function_info(f)) {
    Value mod = fi->attrs.is_nil() ? Value() : dict_get_str(fi->attrs.as<Dict>(), "__module__");
    if (mod.is_empty()) mod = as_module(fi->module) ? as_module(fi->module)->name : Value::nil();
    return qualified(mod, fi->qualname);
  }
  if (const Builtin* b = builtin_spec(f)) return b->qualname.empty() ? b->name : b->qualname;
  if (is_type(f)) {
    PyType* t = f.as<PyType>();
    return t->heap ? qualified(t->module, t->qualname) : std::string(type_name(t));
  }
  return type_name_of(f) + " object";
}
// f(*x) with x the only positional argument: x as the call's tuple, or CPython's error
// naming the function.
Value n_star_args(VM& vm, const Value* a, uint32_t) {
  if (is_tuple(a[0])) return a[0];
  Value it = get_iter(vm, a[0]);
  if (it.is_empty()) {
    if (!isinstance(vm.exception(), types().TypeError)) return it;
    vm.clear_exception();
    return raise_type_error(vm, callee_name(a[1]) + "() argument after * must be an iterable, not " +
                                    type_name_of(a[0]));
  }
  Array* l = new_array(0);
  for (;;) {
    Value v = iter_next(vm, it);
    if (v.is_empty()) return v;
    if (v == stop()) break;
    array_push(l, v);
  }
  return tuple_from({l->items, l->length});
}
// {*x}: a set display says what set.update says.
Value n_set_extend(VM& vm, const Value* a, uint32_t) {
  bool ok = for_each(vm, a[1], [&](Value v) { return set_add(vm, a[0], v); });
  return ok ? Value::nil() : Value();
}
Value n_kwargs_set(VM& vm, const Value* a, uint32_t) {
  Dict* d = a[0].as<Dict>();
  Value old;
  if (!dict_get(vm, d, a[1], &old)) return Value();
  if (!old.is_empty())
    return raise_type_error(vm, callee_name(a[3]) + "() got multiple values for keyword argument '" +
                                    std::string(sv(a[1])) + "'");
  return dict_set(vm, d, a[1], a[2]) ? Value::nil() : Value();
}
Value n_kwargs_update(VM& vm, const Value* a, uint32_t) {
  Dict* d = a[0].as<Dict>();
  if (!is_dict(a[1]) && type_lookup(type_of(a[1]), "keys").is_empty())
    return raise_type_error(vm, callee_name(a[2]) + "() argument after ** must be a mapping, not " +
                                    type_name_of(a[1]));
  Dict* tmp = new_dict();
  if (!dict_update_from(vm, tmp, a[1], false)) return Value();
  for (uint64_t i = 0; i < tmp->used; ++i) {
    const DictEntry& e = tmp->entries[i];
    if (e.key.is_empty()) continue;
    if (!is_str(e.key)) return raise_type_error(vm, "keywords must be strings");
    Value old = dict_get_str(d, sv(e.key));
    if (!old.is_empty())
      return raise_type_error(vm, callee_name(a[2]) + "() got multiple values for keyword argument '" +
                                      std::string(sv(e.key)) + "'");
    dict_set_str(d, e.key, e.value);
  }
  return Value::nil();
}

// -- Unpacking --

Value unpack_error(VM& vm, uint64_t expected, uint64_t got, bool at_least) {
  if (got < expected)
    return raise_value_error(vm, "not enough values to unpack (expected " + std::string(at_least ? "at least " : "") +
                                     std::to_string(expected) + ", got " + std::to_string(got) + ")");
  return raise_value_error(vm, "too many values to unpack (expected " + std::to_string(expected) + ")");
}

Value n_unpack(VM& vm, const Value* a, uint32_t) {
  Value v = a[0];
  auto n = static_cast<uint64_t>(a[1].as_int());
  if (is_tuple(v)) {
    uint32_t size = v.as<Tuple>()->size();
    if (size != n) return unpack_error(vm, n, size, false);
    return v;
  }
  if (is_list(v)) {
    Array* l = v.as<Array>();
    if (l->length != n) return unpack_error(vm, n, l->length, false);
    return tuple_from({l->items, l->length});
  }
  Value it = get_iter(vm, v);
  if (it.is_empty()) {
    if (isinstance(vm.exception(), types().TypeError)) {
      vm.clear_exception();
      return raise_type_error(vm, "cannot unpack non-iterable " + type_name_of(v) + " object");
    }
    return it;
  }
  Tuple* t = new_tuple(static_cast<uint32_t>(n));
  for (uint64_t i = 0; i < n; ++i) {
    Value x = iter_next(vm, it);
    if (x.is_empty()) return x;
    if (x == stop()) return unpack_error(vm, n, i, false);
    t->items[i] = x;
  }
  Value extra = iter_next(vm, it);
  if (extra.is_empty()) return extra;
  if (extra != stop()) return unpack_error(vm, n, n + 1, false);
  return Value::object(t);
}

// py.unpack_ex(v, before, after): a tuple of before items, a list of the rest, after items.
Value n_unpack_ex(VM& vm, const Value* a, uint32_t) {
  auto before = static_cast<uint64_t>(a[1].as_int()), after = static_cast<uint64_t>(a[2].as_int());
  Value all = sequence_to_list(vm, a[0]);
  if (all.is_empty()) {
    if (isinstance(vm.exception(), types().TypeError)) {
      vm.clear_exception();
      return raise_type_error(vm, "cannot unpack non-iterable " + type_name_of(a[0]) + " object");
    }
    return all;
  }
  Array* l = all.as<Array>();
  if (l->length < before + after) return unpack_error(vm, before + after, l->length, true);
  Tuple* t = new_tuple(static_cast<uint32_t>(before + after + 1));
  for (uint64_t i = 0; i < before; ++i) t->items[i] = l->items[i];
  uint64_t mid = l->length - before - after;
  Array* rest = new_array(mid);
  for (uint64_t i = 0; i < mid; ++i) rest->items[i] = l->items[before + i];
  rest->length = mid;
  t->items[before] = Value::object(rest);
  for (uint64_t i = 0; i < after; ++i) t->items[before + 1 + i] = l->items[before + mid + i];
  return Value::object(t);
}

// py.range_fast(range, lo, hi): true when `for x in range(lo, hi)` can count in a register.
Value n_range_fast(VM&, const Value* a, uint32_t) {
  static Value range = builtin_named("range");
  return Value::boolean(a[0] == range && a[1].is_int() && a[2].is_int());
}

// -- Text --

Value n_str(VM& vm, const Value* a, uint32_t) { return to_str(vm, a[0]); }
Value n_repr(VM& vm, const Value* a, uint32_t) { return to_repr(vm, a[0]); }
Value n_ascii(VM& vm, const Value* a, uint32_t) { return ascii_of(vm, a[0]); }
Value n_format(VM& vm, const Value* a, uint32_t) { return format_value(vm, a[0], a[1]); }
Value n_join_str(VM&, const Value* a, uint32_t argc) {
  size_t n = 0;
  for (uint32_t i = 0; i < argc; ++i) n += a[i].as<String>()->length;
  std::string s;
  s.reserve(n);
  for (uint32_t i = 0; i < argc; ++i) s += sv(a[i]);
  return str(s);
}

// -- super() --

Value n_super(VM& vm, const Value* a, uint32_t) {
  if (a[0] == unbound() || !is_type(a[0])) return raise(vm, types().RuntimeError, "super(): __class__ cell not found");
  if (a[1] == unbound()) return raise(vm, types().RuntimeError, "super(): no arguments");
  return make_super(vm, a[0], a[1]);
}

// -- Attributes for generic call paths --

Value n_getattr(VM& vm, const Value* a, uint32_t) { return getattr(vm, a[0], a[1]); }
// The function a method call `obj.name(...)` would call with obj as self, or None when
// the attribute is something else (then the caller reads it and calls what it gets).
Value n_method_or_nil(VM&, const Value* a, uint32_t) {
  Value obj = a[0];
  if (is_type(obj) || as_module(obj) || is_instance(obj, classes().super)) return Value::nil();
  PyType* t = type_of(obj);
  if (t->heap && type_lookup(t, "__getattribute__") != type_lookup(types().object, "__getattribute__"))
    return Value::nil();
  Value d = type_lookup(t, a[1]);
  if (d.is_empty() || !(is_function(d) || (builtin_spec(d) && builtin_spec(d)->owner))) return Value::nil();
  if (Object* o = instance_attrs(obj, false)) {
    Value inst = object_get(o, a[1]);
    if (!inst.is_empty() && inst != unbound()) return Value::nil();
  }
  return d;
}

// -- Calls with * and ** --


// py.bind_ex(f, args tuple, kwargs dict or nil) -> (spreader, target, slot, args...)
Value n_bind_ex(VM& vm, const Value* a, uint32_t) {
  Value f = a[0];
  Tuple* pos = a[1].as<Tuple>();
  std::vector<std::string> names;
  std::vector<Value> kwvals;
  if (!a[2].is_nil()) {
    Dict* d = a[2].as<Dict>();
    for (uint64_t i = 0; i < d->used; ++i) {
      if (d->entries[i].key.is_empty()) continue;
      names.emplace_back(sv(d->entries[i].key));
      kwvals.push_back(d->entries[i].value);
    }
  }
  Value t = call_target(vm, f, pos->size(), names);
  if (t.is_empty()) return t;
  uint32_t n = 1 + pos->size() + static_cast<uint32_t>(kwvals.size());
  Tuple* out = new_tuple(n + 2);
  out->items[0] = Value::object(spreader(n)->self);
  out->items[1] = t;
  out->items[2] = f;
  for (uint32_t i = 0; i < pos->size(); ++i) out->items[3 + i] = pos->items[i];
  for (size_t i = 0; i < kwvals.size(); ++i) out->items[3 + pos->size() + i] = kwvals[i];
  return Value::object(out);
}

// -- Instances --

// py.alloc(cls, positional args...): a new instance, before __init__ runs.
// OSError(errno, strerror, ...) builds the subclass for errno, as OSError.__new__ does.
PyType* oserror_subclass(Value err) {
  if (!err.is_int()) return nullptr;
  const char* name = nullptr;
  switch (err.as_int()) {
    case EAGAIN: case EALREADY: case EINPROGRESS: name = "BlockingIOError"; break;
    case ECHILD: name = "ChildProcessError"; break;
    case EPIPE: case ESHUTDOWN: name = "BrokenPipeError"; break;
    case ECONNABORTED: name = "ConnectionAbortedError"; break;
    case ECONNREFUSED: name = "ConnectionRefusedError"; break;
    case ECONNRESET: name = "ConnectionResetError"; break;
    case EEXIST: name = "FileExistsError"; break;
    case ENOENT: name = "FileNotFoundError"; break;
    case EISDIR: name = "IsADirectoryError"; break;
    case ENOTDIR: name = "NotADirectoryError"; break;
    case EINTR: name = "InterruptedError"; break;
    case EACCES: case EPERM: name = "PermissionError"; break;
    case ESRCH: name = "ProcessLookupError"; break;
    case ETIMEDOUT: name = "TimeoutError"; break;
    default: return nullptr;
  }
  for (PyType* x : more_exception_types())
    if (type_name(x) == name) return x;
  return nullptr;
}

Value n_alloc(VM& vm, const Value* a, uint32_t argc) {
  PyType* t = a[0].as<PyType>();
  if (t == types().OSError && argc >= 3 && argc <= 6)
    if (PyType* sub = oserror_subclass(a[1])) t = sub;
  Value o = new_instance(vm, t);
  if (o.is_empty()) return o;
  if (t->layout == Layout::Exception) as_exc(o)->args = tuple_from({a + 1, argc - 1});
  return o;
}
Value n_init_returned(VM& vm, const Value* a, uint32_t) {
  return raise_type_error(vm, "__init__() should return None, not '" + type_name_of(a[0]) + "'");
}

// -- Conversions used by adapters --

Value n_check_bool(VM& vm, const Value* a, uint32_t) {
  if (!a[0].is_bool()) return raise_type_error(vm, "__bool__ should return bool, returned " + type_name_of(a[0]));
  return a[0];
}
Value n_len_truth(VM& vm, const Value* a, uint32_t) {
  Value r = a[0].is_bool() ? Value::small_int(a[0].is_true()) : a[0];
  if (!r.is_int()) {
    if (is_instance(r, cls::BigInt)) return raise(vm, types().OverflowError, "cannot fit 'int' into an index-sized integer");
    return raise_type_error(vm, quoted_type_name(r) + " object cannot be interpreted as an integer");
  }
  if (r.as_int() < 0) return raise_value_error(vm, "__len__() should return >= 0");
  return Value::boolean(r.as_int() != 0);
}
Value n_check_iterator(VM& vm, const Value* a, uint32_t) {
  PyType* t = type_of(a[0]);
  if (find_fast("next", class_of(a[0])).is_empty() && (!t->heap || type_lookup(t, "__next__").is_empty()))
    return raise_type_error(vm, "iter() returned non-iterator of type '" + type_name_of(a[0]) + "'");
  return a[0];
}
Value n_check_context_manager(VM& vm, const Value* a, uint32_t) {
  PyType* t = type_of(a[0]);
  if (type_lookup(t, "__enter__").is_empty())
    return raise_type_error(vm, quoted_type_name(a[0]) + " object does not support the context manager protocol");
  if (type_lookup(t, "__exit__").is_empty())
    return raise_type_error(vm, quoted_type_name(a[0]) +
                                    " object does not support the context manager protocol (missed __exit__ method)");
  return Value::nil();
}
Value n_truth_of(VM& vm, const Value* a, uint32_t) {
  int t = truth(vm, a[0]);
  return t < 0 ? Value() : Value::boolean(t);
}
Value n_binop_fail(VM& vm, const Value* a, uint32_t) { return binop_error(vm, sv(a[2]), a[0], a[1]); }
Value n_compare_fail(VM& vm, const Value* a, uint32_t) {
  return compare_fallback(vm, a[0], a[1], static_cast<CmpOp>(a[2].as_int()));
}

// -- Imports --

Value n_import(VM& vm, const Value* a, uint32_t) { return import_module(vm, sv(a[0])); }
Value n_import_submodule(VM& vm, const Value* a, uint32_t) {
  // `import a.b as c`: a.b's module (only top-level modules exist here).
  return import_module(vm, sv(a[1]));
}
Value n_import_from(VM& vm, const Value* a, uint32_t) {
  bool found;
  Value v = getattr_opt(vm, a[0], str_interned(sv(a[1])), &found);
  if (found || vm.has_exception()) return v;
  ModuleObj* m = as_module(a[0]);
  std::string mod = m ? std::string(sv(m->name)) : "?";
  std::string where = m && !m->file.is_nil() ? " (" + std::string(sv(m->file)) + ")" : " (unknown location)";
  raise_name_error(vm, types().ImportError, "cannot import name '" + std::string(sv(a[1])) + "' from '" + mod + "'" + where,
                   str(mod));
  if (m) object_set(&as_exc(vm.exception())->base, str_interned("path"), m->file);
  return Value();
}

// `from m import *` at module level (the only place it is allowed): the names in m's
// __all__, or else its public globals, become globals of the importing module `into`.
// A name the importer's code uses has a global slot; any other goes to the module's extra
// attributes, where module attribute access and globals() see it.
Value n_import_star(VM& vm, const Value* a, uint32_t) {
  ModuleObj* into = as_module(module_object_named(sv(a[1])));
  auto bind = [&](Value name, Value v) {
    Value key = str_interned(sv(name));
    Value idx = map_get(into->index, key);
    if (!idx.is_empty()) into->ir->globals[idx.as_int()] = v;
    else dict_set_str(into->extra.as<Dict>(), key, v);
  };
  bool found;
  Value all = getattr_opt(vm, a[0], str_interned("__all__"), &found);
  if (vm.has_exception()) return Value();
  if (found) {
    bool ok = for_each(vm, all, [&](Value name) {
      if (!is_str(name)) {
        raise_type_error(vm, "Item in " + std::string(sv(as_module(a[0])->name)) + ".__all__ must be str, not " +
                                 type_name_of(name));
        return false;
      }
      Value v = getattr(vm, a[0], str_interned(sv(name)));
      if (v.is_empty()) return false;
      bind(name, v);
      return true;
    });
    return ok ? Value::nil() : Value();
  }
  Value d = getattr(vm, a[0], str_interned("__dict__"));
  if (d.is_empty()) return d;
  Dict* dict = d.as<Dict>();
  for (uint64_t i = 0; i < dict->used; ++i) {
    Value k = dict->entries[i].key;
    if (k.is_empty() || !is_str(k) || sv(k).starts_with("_")) continue;
    bind(k, dict->entries[i].value);
  }
  return Value::nil();
}

struct NativeDef {
  const char* name;
  NativeFn fn;
  int arity;
};

const NativeDef kNatives[] = {
    {"py.funcinfo", n_funcinfo, 4},
    {"py.class_namespace", n_class_namespace, 0},
    {"py.make_class", n_make_class, 5},
    {"py.ns_store", n_ns_store, 3},
    {"py.ns_delete", n_ns_delete, 2},
    {"py.ns_load", n_ns_load, 3},
    {"py.name_error", n_name_error, 1},
    {"py.unbound_local", n_unbound_local, 1},
    {"py.unbound_free", n_unbound_free, 1},
    {"py.delete_global", n_delete_global, 2},
    {"py.is", n_is, 2},
    {"py.slice", n_slice, 3},
    {"py.dict_of", n_dict_of, -1},
    {"py.dict_set", n_dict_set, 3},
    {"py.dict_update", n_dict_update, 2},
    {"py.set_of", n_set_of, -1},
    {"py.set_add", n_set_add, 2},
    {"py.list_extend", n_list_extend, 2},
    {"py.star_args", n_star_args, 2},
    {"py.set_extend", n_set_extend, 2},
    {"py.list_to_tuple", n_list_to_tuple, 1},
    {"py.list_to_set", n_list_to_set, 1},
    {"py.list_to_folded_set", n_list_to_folded_set, 1},
    {"py.kwargs_set", n_kwargs_set, 4},
    {"py.kwargs_update", n_kwargs_update, 3},
    {"py.unpack", n_unpack, 2},
    {"py.unpack_ex", n_unpack_ex, 3},
    {"py.range_fast", n_range_fast, 3},
    {"py.str", n_str, 1},
    {"py.repr", n_repr, 1},
    {"py.ascii", n_ascii, 1},
    {"py.format", n_format, 2},
    {"py.join_str", n_join_str, -1},
    {"py.super", n_super, 2},
    {"py.getattr", n_getattr, 2},
    {"py.method_or_nil", n_method_or_nil, 2},
    {"py.bind_ex", n_bind_ex, 3},
    {"py.alloc", n_alloc, -1},
    {"py.init_returned", n_init_returned, 1},
    {"py.check_bool", n_check_bool, 1},
    {"py.len_truth", n_len_truth, 1},
    {"py.truth_of", n_truth_of, 1},
    {"py.check_iterator", n_check_iterator, 1},
    {"py.check_context_manager", n_check_context_manager, 1},
    {"py.binop_fail", n_binop_fail, 3},
    {"py.compare_fail", n_compare_fail, 3},
    {"py.import", n_import, 1},
    {"py.import_submodule", n_import_submodule, 2},
    {"py.import_from", n_import_from, 2},
    {"py.import_star", n_import_star, 2},
};

}  // namespace

// (tuple) -> tuple[1](tuple[2], ..., tuple[n + 1]): spreads bound arguments into a call.
Function* spreader(uint32_t n) {
  return adapter_function("spread/" + std::to_string(n), "spread", [n] {
    std::string s = "func spread/1 regs " + std::to_string(n + 2) + "\n";
    for (uint32_t i = 0; i <= n; ++i)
      s += "    tget r" + std::to_string(i + 1) + ", r0, " + std::to_string(i + 1) + "\n";
    s += "    tailcallv r1" + reg_list(2, n + 2) + "\nend\n";
    return s;
  });
}

Value callex_target() {
  static Value t = Value::object(adapter_function("callex", "callex", [] {
    return std::string(
        "func callex/3 regs 5\n"
        "    ncall r3, py.bind_ex, r0, r1, r2\n"
        "    tget r4, r3, 0\n"
        "    tailcallv r4, r3\n"
        "end\n");
  })->self);
  return t;
}

void install_natives() {
  for (const NativeDef& d : kNatives) register_native(d.name, d.fn, d.arity);
}

}  // namespace sy::py
