// Types: the registry from core class ids to Python types, the builtin types, attribute
// lookup through the MRO, and classes made by class statements (C3 linearization).
#include <algorithm>
#include <unordered_map>

#include "callsite/call_site.h"
#include "core/heap.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/calls.h"
#include "frontends/python/runtime/object.h"
#include "frontends/python/runtime/runtime.h"

namespace sy::py {

std::vector<Layout> g_class_layouts;

namespace {

// ClassId -> PyType (root memory: the collector must see the types).
heap::RootedVector<Value>& type_table() {
  static auto* v = new heap::RootedVector<Value>();
  return *v;
}

Classes g_classes;
Types g_types;

void map_class(ClassId c, PyType* t) {
  auto& table = type_table();
  if (table.size() <= c) table.resize(c + 1);
  table[c] = Value::object(t);
  if (g_class_layouts.size() <= c) g_class_layouts.resize(c + 1, Layout::Builtin);
  g_class_layouts[c] = t->layout;
}

Map* new_attr_map() { return new_map(8); }

// A builtin type for core class `c` (more classes may map to it later).
PyType* builtin_type(std::string_view name, ClassId c, PyType* base, Layout layout = Layout::Builtin) {
  auto* t = static_cast<PyType*>(heap::alloc_root(sizeof(PyType)));
  t->h.cls = g_classes.type;
  t->cls = c;
  t->layout = layout;
  t->heap = 0;
  t->name = Value::object(intern(name));
  t->qualname = t->name;
  t->module = Value::object(intern("builtins"));
  t->dict = new_attr_map();
  t->subclasses = new_array(0);
  t->base = base;
  t->doc = Value::nil();
  if (base) {
    t->bases = Value::object(tuple_of({type_value(base)}));
    Tuple* bm = base->mro.as<Tuple>();
    Tuple* mro = new_tuple(bm->size() + 1);
    mro->items[0] = type_value(t);
    for (uint32_t i = 0; i < bm->size(); ++i) mro->items[i + 1] = bm->items[i];
    t->mro = Value::object(mro);
    array_push(base->subclasses, type_value(t));
  } else {
    t->bases = empty_tuple();
    t->mro = Value::object(tuple_of({type_value(t)}));
  }
  if (c != cls::Empty) map_class(c, t);
  return t;
}

ClassId reg(const char* name, bool shaped = false) { return register_class(name, shaped); }

}  // namespace

const Classes& classes() { return g_classes; }
const Types& types() { return g_types; }
namespace {
std::vector<PyType*> g_more_exceptions;  // classes are immortal (root memory)
}  // namespace

Value unbound() {
  static const Value v = make_atom("py.unbound");
  return v;
}
Value stop() {
  static const Value v = make_atom("py.stop");
  return v;
}
Value absent() {
  static const Value v = make_atom("py.absent");
  return v;
}

PyType* type_for_class(ClassId c) {
  auto& table = type_table();
  if (c < table.size() && !table[c].is_empty()) return table[c].as<PyType>();
  return nullptr;
}

PyType* type_of(Value v) {
  ClassId c = class_of(v);
  auto& table = type_table();
  if (c < table.size() && !table[c].is_empty()) return table[c].as<PyType>();
  return g_types.object;  // core values Python code should not see: treat as plain objects
}

bool is_subtype(const PyType* t, const PyType* base) {
  if (t == base) return true;
  const Tuple* mro = t->mro.as<Tuple>();
  for (uint32_t i = 0; i < mro->size(); ++i)
    if (mro->items[i].as<PyType>() == base) return true;
  return false;
}

bool isinstance(Value v, const PyType* t) { return is_subtype(type_of(v), t); }

Value type_lookup(const PyType* t, Value name) {
  const Tuple* mro = t->mro.as<Tuple>();
  for (uint32_t i = 0; i < mro->size(); ++i) {
    Value v = map_get(mro->items[i].as<PyType>()->dict, name);
    if (!v.is_empty()) return v;
  }
  return Value();
}

Value type_lookup(const PyType* t, std::string_view name) { return type_lookup(t, Value::object(intern(name))); }

std::string_view type_name(const PyType* t) { return sv(t->name); }
std::string type_name_of(Value v) { return std::string(type_name(type_of(v))); }

// -- Class statements --

namespace {

// C3: merge the bases' MROs and the list of bases. On failure *stuck holds the heads of
// the lists left (what CPython names in its error).
bool c3_merge(std::vector<std::vector<PyType*>> seqs, std::vector<PyType*>* out, std::vector<PyType*>* stuck) {
  for (;;) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }), seqs.end());
    if (seqs.empty()) return true;
    PyType* pick = nullptr;
    for (auto& s : seqs) {
      PyType* cand = s.front();
      bool in_tail = false;
      for (auto& other : seqs)
        if (std::find(other.begin() + 1, other.end(), cand) != other.end()) in_tail = true;
      if (!in_tail) {
        pick = cand;
        break;
      }
    }
    if (!pick) {
      for (auto& s : seqs)
        if (std::find(stuck->begin(), stuck->end(), s.front()) == stuck->end()) stuck->push_back(s.front());
      return false;
    }
    out->push_back(pick);
    for (auto& s : seqs)
      if (s.front() == pick) s.erase(s.begin());
  }
}

// The layout of the instances of a class with base b (before any other base).
Layout layout_for_base(const PyType* b) {
  if (b->heap || b->layout == Layout::Object || b->layout == Layout::Exception) return b->layout;
  const Types& t = g_types;
  if (b == t.list) return Layout::List;
  if (b == t.tuple) return Layout::Tuple;
  if (b == t.str) return Layout::Str;
  if (b == t.dict) return Layout::Dict;
  if (b == t.set || b == t.frozenset) return Layout::Set;
  if (b == t.int_) return Layout::Int;
  if (b == t.float_) return Layout::Float;
  return Layout::Builtin;  // not an acceptable base
}

}  // namespace

const PyType* solid_base(const PyType* t) {
  while (t->heap) t = t->base;
  return t;
}

Value make_class(VM& vm, Value name, Value qualname, Value module, Value bases_v, Value ns) {
  std::vector<PyType*> bases;
  const Tuple* bt = bases_v.as<Tuple>();
  for (uint32_t i = 0; i < bt->size(); ++i) {
    Value b = bt->items[i];
    if (!is_type(b)) return raise_type_error(vm, "bases must be types");
    for (PyType* seen : bases)
      if (seen == b.as<PyType>())
        return raise_type_error(vm, "duplicate base class " + std::string(type_name(seen)));
    bases.push_back(b.as<PyType>());
  }
  if (bases.empty()) bases.push_back(g_types.object);

  // Layout: instances are Objects unless a base brings another layout (an exception's,
  // a builtin's); two different ones conflict.
  Layout layout = Layout::Object;
  const PyType* solid = nullptr;
  for (PyType* b : bases) {
    Layout l = layout_for_base(b);
    if (l == Layout::Builtin)
      return raise_type_error(vm, "type '" + std::string(type_name(b)) + "' is not an acceptable base type");
    if (l == Layout::Object) continue;
    if (!solid) {
      layout = l;
      solid = solid_base(b);
    } else if (layout != l || (l != Layout::Exception && solid_base(b) != solid)) {
      return raise_type_error(vm, "multiple bases have instance lay-out conflict");
    }
  }

  // C3 linearization.
  std::vector<std::vector<PyType*>> seqs;
  for (PyType* b : bases) {
    std::vector<PyType*> m;
    const Tuple* bm = b->mro.as<Tuple>();
    for (uint32_t i = 0; i < bm->size(); ++i) m.push_back(bm->items[i].as<PyType>());
    seqs.push_back(std::move(m));
  }
  seqs.push_back(bases);
  std::vector<PyType*> merged, stuck;
  if (!c3_merge(seqs, &merged, &stuck)) {
    std::string names;
    for (PyType* b : stuck) names += (names.empty() ? "" : ", ") + std::string(type_name(b));
    return raise_type_error(vm, "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
  }

  auto* t = static_cast<PyType*>(heap::alloc_root(sizeof(PyType)));  // classes are immortal
  t->h.cls = g_classes.type;
  // Instances are shaped Objects except for the builtin layouts with an attribute word.
  bool shaped = layout == Layout::Object || layout == Layout::Exception || layout == Layout::Int ||
                layout == Layout::Float;
  t->cls = register_class(sv(name), shaped);
  t->layout = layout;
  t->heap = 1;
  t->name = name;
  t->qualname = qualname;
  t->module = module;
  t->base = bases.front();
  // The first base that provides the layout.
  for (PyType* b : bases)
    if (layout_for_base(b) == layout) {
      t->base = b;
      break;
    }
  Tuple* btuple = new_tuple(static_cast<uint32_t>(bases.size()));
  for (size_t i = 0; i < bases.size(); ++i) btuple->items[i] = type_value(bases[i]);
  t->bases = Value::object(btuple);
  Tuple* mro = new_tuple(static_cast<uint32_t>(merged.size() + 1));
  mro->items[0] = type_value(t);
  for (size_t i = 0; i < merged.size(); ++i) mro->items[i + 1] = type_value(merged[i]);
  t->mro = Value::object(mro);
  t->dict = new_attr_map();
  t->subclasses = new_array(0);
  t->doc = Value::nil();
  if (is_dict(ns)) {
    Dict* d = ns.as<Dict>();
    for (uint64_t i = 0; i < d->used; ++i) {
      const DictEntry& e = d->entries[i];
      if (e.key.is_empty() || !is_str(e.key)) continue;
      Value key = Value::object(intern(sv(e.key)));
      if (sv(key) == "__doc__") t->doc = e.value;
      if (sv(key) == "__qualname__" && is_str(e.value)) t->qualname = e.value;
      Value v = e.value;
      // type_new: __init_subclass__ is a classmethod even without the decorator.
      if (sv(key) == "__init_subclass__" && is_function(v)) v = wrapper_new(g_classes.classmethod, v);
      map_set(t->dict, key, v);
    }
  }
  map_class(t->cls, t);
  for (PyType* b : bases) array_push(b->subclasses, type_value(t));
  // type_new_set_names: __set_name__(owner, name) of the attributes whose class has it, in
  // definition order; a failure becomes CPython 3.11's RuntimeError with the cause.
  if (is_dict(ns)) {
    Dict* d = ns.as<Dict>();
    for (uint64_t i = 0; i < d->used; ++i) {
      const DictEntry& e = d->entries[i];
      if (e.key.is_empty() || !is_str(e.key) || !type_of(e.value)->heap) continue;
      Value set_name = type_lookup(type_of(e.value), "__set_name__");
      if (set_name.is_empty()) continue;
      Value args[] = {type_value(t), e.key};
      if (!call_special(vm, set_name, e.value, args).is_empty()) continue;
      Value cause = vm.exception();
      vm.clear_exception();
      std::string key_repr;
      append_repr(vm, key_repr, e.key);
      Value err = new_exception(vm, types().RuntimeError,
                                Value::object(tuple_of({str("Error calling __set_name__ on '" + type_name_of(e.value) +
                                                            "' instance " + key_repr + " in '" +
                                                            std::string(sv(name)) + "'")})));
      as_exc(err)->cause = as_exc(err)->context = cause;
      as_exc(err)->suppress_context = 1;
      return vm.raise(err);
    }
  }
  // type_new_init_subclass: super(t, t).__init_subclass__() (object's does nothing).
  const Tuple* m = t->mro.as<Tuple>();
  for (uint32_t i = 1; i < m->size(); ++i) {
    Value f = map_get(m->items[i].as<PyType>()->dict, str_interned("__init_subclass__"));
    if (f.is_empty()) continue;
    Value cls = type_value(t);
    if (is_instance(f, g_classes.classmethod)) {
      if (call(vm, f.as<FuncWrapper>()->func, {&cls, 1}).is_empty()) return Value();
    } else if (is_instance(f, g_classes.staticmethod)) {
      if (call(vm, f.as<FuncWrapper>()->func, {}).is_empty()) return Value();
    } else if (call(vm, f, {&cls, 1}).is_empty()) {
      return Value();
    }
    break;
  }
  return type_value(t);
}

namespace {
// Everything a call site learned about t or a subclass is now stale.
void invalidate_type(PyType* t) {
  cs::invalidate_class(t->cls);
  for (uint64_t i = 0; i < t->subclasses->length; ++i) invalidate_type(t->subclasses->items[i].as<PyType>());
  on_type_changed(t);
}
}  // namespace

bool type_setattr(VM& vm, PyType* t, Value name, Value value) {
  if (!t->heap) {
    raise_type_error(vm, "cannot set '" + std::string(sv(name)) + "' attribute of immutable type '" +
                             std::string(type_name(t)) + "'");
    return false;
  }
  Value key = Value::object(intern(sv(name)));
  std::string_view n = sv(key);
  if (n == "__name__" || n == "__qualname__") {
    // Type attributes kept in the type itself (type_set_name / type_set_qualname).
    if (!is_str(value)) {
      raise_type_error(vm, "can only assign string to " + std::string(type_name(t)) + "." + std::string(n) +
                               ", not '" + type_name_of(value) + "'");
      return false;
    }
    (n == "__name__" ? t->name : t->qualname) = value;
    invalidate_type(t);
    return true;
  }
  if (n == "__module__") t->module = value;
  map_set(t->dict, key, value);
  if (n == "__doc__") t->doc = value;
  invalidate_type(t);
  return true;
}

bool type_delattr(VM& vm, PyType* t, Value name) {
  if (!t->heap) {
    raise_type_error(vm, "cannot delete '" + std::string(sv(name)) + "' attribute of immutable type '" +
                             std::string(type_name(t)) + "'");
    return false;
  }
  if (!map_remove(t->dict, Value::object(intern(sv(name))))) {
    raise(vm, g_types.AttributeError, "type object '" + std::string(type_name(t)) + "' has no attribute '" +
                                          std::string(sv(name)) + "'");
    return false;
  }
  invalidate_type(t);
  return true;
}

// -- Builtin types of the other runtime files --

PyType* make_builtin_type(std::string_view name, ClassId c, PyType* base) { return builtin_type(name, c, base); }
void map_class_to_type(ClassId c, PyType* t) { map_class(c, t); }

namespace {
std::unordered_map<const PyType*, Value>& constructors() {
  static auto* m = new std::unordered_map<const PyType*, Value>();  // values are immortal builtins
  return *m;
}
}  // namespace

Value type_constructor(const PyType* t) {
  auto it = constructors().find(t);
  return it == constructors().end() ? Value() : it->second;
}
void set_type_constructor(PyType* t, Value ctor) { constructors()[t] = ctor; }

void define_type_builtin(PyType* t, const Builtin* ctor) {
  set_type_constructor(t, builtin_value(ctor));
  define_builtin(type_name(t), type_value(t));
}

// -- Start-up --

void install_types() {
  Classes& c = g_classes;
  c.type = reg("type");
  c.funcinfo = reg("function_info");
  c.method = reg("method");
  c.dict = reg("dict");
  c.set = reg("set");
  c.frozenset = reg("frozenset");
  c.range = reg("range");
  c.slice = reg("slice");
  c.cell = cls::Array;  // cells are one-element arrays that Python code never sees
  c.module_base = reg("module");
  c.generator = reg("generator");
  c.property = reg("property");
  c.staticmethod = reg("staticmethod");
  c.classmethod = reg("classmethod");
  c.super = reg("super");
  c.notimpl = reg("NotImplementedType");
  c.ellipsis = reg("ellipsis");
  c.seqiter = reg("iterator");
  c.rangeiter = reg("range_iterator");
  c.dictiter = reg("dict_iterator");
  c.dictview = reg("dict_view");
  c.setiter = reg("set_iterator");
  c.enumerate = reg("enumerate");
  c.zip = reg("zip");
  c.map = reg("map");
  c.filter = reg("filter");
  c.reversed = reg("reversed");
  c.attrcache = reg("py.attr_cache");
  c.siteinfo = reg("py.site_info");
  c.builtin_info = reg("py.builtin_info");
  c.callstub = reg("py.call_stub");
  c.object = cls::Object;

  Types& t = g_types;
  t.object = builtin_type("object", cls::Object, nullptr, Layout::Object);
  t.type = builtin_type("type", c.type, t.object);
  t.int_ = builtin_type("int", cls::Int, t.object);
  map_class(cls::BigInt, t.int_);
  t.bool_ = builtin_type("bool", cls::Bool, t.int_);
  t.float_ = builtin_type("float", cls::Float, t.object);
  t.str = builtin_type("str", cls::String, t.object);
  t.none = builtin_type("NoneType", cls::Nil, t.object);
  t.tuple = builtin_type("tuple", cls::Tuple, t.object);
  t.list = builtin_type("list", cls::Array, t.object);
  t.dict = builtin_type("dict", c.dict, t.object);
  t.set = builtin_type("set", c.set, t.object);
  t.frozenset = builtin_type("frozenset", c.frozenset, t.object);
  t.range = builtin_type("range", c.range, t.object);
  t.slice = builtin_type("slice", c.slice, t.object);
  t.function = builtin_type("function", cls::Closure, t.object);
  t.builtin_function = builtin_type("builtin_function_or_method", cls::NativeFn, t.object);
  t.method = builtin_type("method", c.method, t.object);
  t.module = builtin_type("module", c.module_base, t.object);
  t.generator = builtin_type("generator", c.generator, t.object);
  t.property = builtin_type("property", c.property, t.object);
  t.staticmethod = builtin_type("staticmethod", c.staticmethod, t.object);
  t.classmethod = builtin_type("classmethod", c.classmethod, t.object);
  t.super = builtin_type("super", c.super, t.object);
  t.notimpl = builtin_type("NotImplementedType", c.notimpl, t.object);
  t.ellipsis = builtin_type("ellipsis", c.ellipsis, t.object);
  t.seqiter = builtin_type("iterator", c.seqiter, t.object);
  t.rangeiter = builtin_type("range_iterator", c.rangeiter, t.object);
  t.dictiter = builtin_type("dict_iterator", c.dictiter, t.object);
  t.setiter = builtin_type("set_iterator", c.setiter, t.object);
  t.dict_keys = builtin_type("dict_keys", c.dictview, t.object);
  t.dict_values = builtin_type("dict_values", cls::Empty, t.object);
  t.dict_items = builtin_type("dict_items", cls::Empty, t.object);
  t.enumerate = builtin_type("enumerate", c.enumerate, t.object);
  t.zip = builtin_type("zip", c.zip, t.object);
  t.map = builtin_type("map", c.map, t.object);
  t.filter = builtin_type("filter", c.filter, t.object);
  t.reversed = builtin_type("reversed", c.reversed, t.object);
  t.cell = builtin_type("cell", cls::Empty, t.object);

  // Exceptions: instances use the ExcObject layout.
  auto exc = [&](const char* name, PyType* base) {
    PyType* e = builtin_type(name, register_class(name, true), base, Layout::Exception);
    return e;
  };
  t.BaseException = exc("BaseException", t.object);
  t.SystemExit = exc("SystemExit", t.BaseException);
  t.KeyboardInterrupt = exc("KeyboardInterrupt", t.BaseException);
  t.GeneratorExit = exc("GeneratorExit", t.BaseException);
  t.Exception = exc("Exception", t.BaseException);
  t.StopIteration = exc("StopIteration", t.Exception);
  t.StopAsyncIteration = exc("StopAsyncIteration", t.Exception);
  t.ArithmeticError = exc("ArithmeticError", t.Exception);
  t.FloatingPointError = exc("FloatingPointError", t.ArithmeticError);
  t.OverflowError = exc("OverflowError", t.ArithmeticError);
  t.ZeroDivisionError = exc("ZeroDivisionError", t.ArithmeticError);
  t.AssertionError = exc("AssertionError", t.Exception);
  t.AttributeError = exc("AttributeError", t.Exception);
  t.BufferError = exc("BufferError", t.Exception);
  t.EOFError = exc("EOFError", t.Exception);
  t.ImportError = exc("ImportError", t.Exception);
  t.ModuleNotFoundError = exc("ModuleNotFoundError", t.ImportError);
  t.LookupError = exc("LookupError", t.Exception);
  t.IndexError = exc("IndexError", t.LookupError);
  t.KeyError = exc("KeyError", t.LookupError);
  t.MemoryError = exc("MemoryError", t.Exception);
  t.NameError = exc("NameError", t.Exception);
  t.UnboundLocalError = exc("UnboundLocalError", t.NameError);
  t.OSError = exc("OSError", t.Exception);
  t.RuntimeError = exc("RuntimeError", t.Exception);
  t.NotImplementedError = exc("NotImplementedError", t.RuntimeError);
  t.RecursionError = exc("RecursionError", t.RuntimeError);
  t.SyntaxError = exc("SyntaxError", t.Exception);
  t.IndentationError = exc("IndentationError", t.SyntaxError);
  t.TabError = exc("TabError", t.IndentationError);
  t.SystemError = exc("SystemError", t.Exception);
  t.TypeError = exc("TypeError", t.Exception);
  t.ValueError = exc("ValueError", t.Exception);
  t.UnicodeError = exc("UnicodeError", t.ValueError);
  t.Warning = exc("Warning", t.Exception);
  t.UserWarning = exc("UserWarning", t.Warning);
  t.DeprecationWarning = exc("DeprecationWarning", t.Warning);
  t.RuntimeWarning = exc("RuntimeWarning", t.Warning);
  // The rest of CPython's builtin exceptions, for except clauses and subclasses: plain
  // classes of their place in the hierarchy (OSError's subclasses without errno mapping).
  auto& more = g_more_exceptions;
  auto add = [&](const char* name, PyType* base) {
    more.push_back(exc(name, base));
    return more.back();
  };
  add("ReferenceError", t.Exception);
  for (const char* n : {"UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError"}) add(n, t.UnicodeError);
  PyType* conn = add("ConnectionError", t.OSError);
  for (const char* n : {"BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError"})
    add(n, conn);
  for (const char* n : {"BlockingIOError", "ChildProcessError", "FileExistsError", "FileNotFoundError",
                        "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
                        "ProcessLookupError", "TimeoutError"})
    add(n, t.OSError);
  for (const char* n : {"SyntaxWarning", "FutureWarning", "PendingDeprecationWarning", "ImportWarning",
                        "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"})
    add(n, t.Warning);
}

const std::vector<PyType*>& more_exception_types() { return g_more_exceptions; }

}  // namespace sy::py
