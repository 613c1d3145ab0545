// str(), repr() and format() of every value. Containers guard against printing
// themselves ("[...]"), as CPython's Py_ReprEnter.
#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/format.h"
#include "frontends/python/lib/float_text.h"
#include "frontends/python/lib/str_repr.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/format_spec.h"
#include "frontends/python/runtime/generators.h"
#include "frontends/python/runtime/runtime.h"

namespace sy::py {

namespace {

std::vector<uint64_t>& repr_stack() {
  static std::vector<uint64_t> s;
  return s;
}

struct ReprGuard {
  bool recursive;
  uint64_t bits;
  explicit ReprGuard(Value v) : bits(v.bits()) {
    auto& s = repr_stack();
    recursive = std::find(s.begin(), s.end(), bits) != s.end();
    if (!recursive) s.push_back(bits);
  }
  ~ReprGuard() {
    if (!recursive) repr_stack().pop_back();
  }
};

std::string address_of(Value v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(v.bits()));
  return buf;
}

bool append_items(VM& vm, std::string& out, const Value* items, uint64_t n) {
  for (uint64_t i = 0; i < n; ++i) {
    if (i) out += ", ";
    if (!append_repr(vm, out, items[i])) return false;
  }
  return true;
}

// Dict-like: entries in order.
bool append_dict(VM& vm, std::string& out, Dict* d) {
  out += '{';
  bool first = true;
  for (uint64_t i = 0; i < d->used; ++i) {
    if (d->entries[i].key.is_empty()) continue;
    if (!first) out += ", ";
    first = false;
    Value k = d->entries[i].key, v = d->entries[i].value;
    if (!append_repr(vm, out, k)) return false;
    out += ": ";
    if (!append_repr(vm, out, v)) return false;
  }
  out += '}';
  return true;
}

// Builtin values whose repr needs no Python code; false when v is not one of them.
bool builtin_repr(VM& vm, std::string& out, Value v, bool* ok) {
  *ok = true;
  if (v.is_nil()) {
    out += "None";
    return true;
  }
  if (v.is_bool()) {
    out += v.is_true() ? "True" : "False";
    return true;
  }
  if (v.is_int()) {
    out += std::to_string(v.as_int());
    return true;
  }
  if (is_instance(v, cls::BigInt)) {
    *ok = append_int(vm, out, v);
    return true;
  }
  if (v.is_double()) {
    out += float_repr(v.as_double());
    return true;
  }
  if (str_like(v)) {
    pylib::append_str_repr(out, sv(v));
    return true;
  }
  if (v == notimplemented()) {
    out += "NotImplemented";
    return true;
  }
  if (v == ellipsis()) {
    out += "Ellipsis";
    return true;
  }
  if (tuple_like(v)) {
    NestingGuard nest(vm, " while getting the repr of an object");
    if (!nest.ok()) {
      *ok = false;
      return true;
    }
    ReprGuard g(v);
    if (g.recursive) {
      out += "(...)";
      return true;
    }
    Tuple* t = v.as<Tuple>();
    out += '(';
    *ok = append_items(vm, out, t->items, t->size());
    if (t->size() == 1) out += ',';
    out += ')';
    return true;
  }
  if (list_like(v)) {
    NestingGuard nest(vm, " while getting the repr of an object");
    if (!nest.ok()) {
      *ok = false;
      return true;
    }
    ReprGuard g(v);
    if (g.recursive) {
      out += "[...]";
      return true;
    }
    Array* a = v.as<Array>();
    out += '[';
    *ok = append_items(vm, out, a->items, a->length);
    out += ']';
    return true;
  }
  if (dict_like(v)) {
    NestingGuard nest(vm, " while getting the repr of an object");
    if (!nest.ok()) {
      *ok = false;
      return true;
    }
    ReprGuard g(v);
    if (g.recursive) {
      out += "{...}";
      return true;
    }
    *ok = append_dict(vm, out, v.as<Dict>());
    return true;
  }
  if (is_set_like(v)) {
    // {1, 2} for a set; Name({1, 2}) for a frozenset and for subclasses.
    std::string name(type_name(type_of(v)));
    bool named = !is_instance(v, classes().set);
    NestingGuard nest(vm, " while getting the repr of an object");
    if (!nest.ok()) {
      *ok = false;
      return true;
    }
    ReprGuard g(v);
    if (g.recursive) {
      out += name + "(...)";
      return true;
    }
    if (set_size(v) == 0) {
      out += name + "()";
      return true;
    }
    if (named) out += name + "(";
    out += '{';
    bool first = true;
    *ok = for_each(vm, v, [&](Value k) {
      if (!first) out += ", ";
      first = false;
      return append_repr(vm, out, k);
    });
    out += '}';
    if (named) out += ')';
    return true;
  }
  if (is_type(v)) {
    PyType* t = v.as<PyType>();
    std::string_view mod = sv(t->module);
    out += "<class '";
    if (mod != "builtins") out += std::string(mod) + ".";
    out += std::string(sv(t->qualname)) + "'>";
    return true;
  }
  if (FuncInfo* fi = function_info(v)) {
    out += "<function " + std::string(sv(fi->qualname)) + " at " + address_of(v) + ">";
    return true;
  }
  if (const Builtin* b = builtin_spec(v)) {
    if (b->owner) out += "<method '" + std::string(b->name) + "' of '" + std::string(type_name(b->owner)) + "' objects>";
    else out += "<built-in function " + std::string(b->name) + ">";
    return true;
  }
  if (is_instance(v, classes().method)) {
    BoundMethod* m = v.as<BoundMethod>();
    std::string self;
    if (!append_repr(vm, self, m->self)) {
      *ok = false;
      return true;
    }
    std::string name;
    if (FuncInfo* fi = function_info(m->func)) name = std::string(sv(fi->qualname));
    else if (const Builtin* b = builtin_spec(m->func)) {
      out += "<built-in method " + std::string(b->name) + " of " + type_name_of(m->self) + " object at " +
             address_of(m->self) + ">";
      return true;
    }
    out += "<bound method " + name + " of " + self + ">";
    return true;
  }
  if (is_instance(v, classes().generator)) {
    out += generator_repr(v);
    return true;
  }
  if (is_instance(v, classes().super)) {
    // super_repr: the start class and the name of the object's type (the class itself
    // for super() in a classmethod).
    Super* su = v.as<Super>();
    PyType* start = su->type.as<PyType>();
    PyType* obj_type = is_type(su->obj) && is_subtype(su->obj.as<PyType>(), start) ? su->obj.as<PyType>()
                                                                                    : type_of(su->obj);
    out += "<super: <class '" + std::string(type_name(start)) + "'>, <" + std::string(type_name(obj_type)) +
           " object>>";
    return true;
  }
  if (ModuleObj* m = as_module(v)) {
    out += "<module '" + std::string(sv(m->name)) + "'";
    out += m->file.is_nil() ? " (built-in)>" : " from '" + std::string(sv(m->file)) + "'>";
    return true;
  }
  if (is_instance(v, classes().range)) {
    Range* r = v.as<Range>();
    out += "range(" + int_repr(r->start) + ", " + int_repr(r->stop);
    if (!(r->step.is_int() && r->step.as_int() == 1)) out += ", " + int_repr(r->step);
    out += ")";
    return true;
  }
  if (is_instance(v, classes().slice)) {
    Slice* s = v.as<Slice>();
    out += "slice(";
    *ok = append_repr(vm, out, s->start);
    out += ", ";
    *ok = *ok && append_repr(vm, out, s->stop);
    out += ", ";
    *ok = *ok && append_repr(vm, out, s->step);
    out += ")";
    return true;
  }
  if (is_instance(v, classes().dictview)) {
    out += "dict_keys([";
  } else {
    PyType* t = type_of(v);
    if (t == types().dict_values || t == types().dict_items) out += std::string(type_name(t)) + "([";
    else return false;
  }
  bool first = true;
  *ok = for_each(vm, v, [&](Value k) {
    if (!first) out += ", ";
    first = false;
    return append_repr(vm, out, k);
  });
  out += "])";
  return true;
}

std::string default_repr(Value v) {
  PyType* t = type_of(v);
  std::string_view mod = sv(t->module);
  std::string name = mod == "builtins" ? std::string(sv(t->qualname)) : std::string(mod) + "." + std::string(sv(t->qualname));
  return "<" + name + " object at " + address_of(v) + ">";
}

}  // namespace

Value builtin_repr_method(VM& vm, const Args& a) {
  std::string out;
  bool ok;
  if (!builtin_repr(vm, out, unbox(a.pos[0]), &ok)) out = default_repr(a.pos[0]);
  return ok ? str(out) : Value();
}

bool append_repr(VM& vm, std::string& out, Value v) {
  PyType* t = type_of(v);
  if (!t->heap) {
    bool ok;
    if (builtin_repr(vm, out, v, &ok)) return ok;
    if (t->layout != Layout::Exception && type_lookup(t, "__repr__").is_empty()) {
      out += default_repr(v);
      return true;
    }
  }
  Value m = type_lookup(t, "__repr__");
  if (m.is_empty()) {
    out += default_repr(v);
    return true;
  }
  ReentryGuard guard(vm);
  if (!guard.ok()) return false;
  // PyObject_Repr's Py_EnterRecursiveCall: the call counts against the recursion limit too.
  NestingGuard nest(vm, " while getting the repr of an object");
  if (!nest.ok()) return false;
  Value r = call_special(vm, m, v, {});
  if (r.is_empty()) return false;
  if (!str_like(r)) {
    raise_type_error(vm, "__repr__ returned non-string (type " + type_name_of(r) + ")");
    return false;
  }
  out += sv(r);
  return true;
}

Value to_repr(VM& vm, Value v) {
  std::string s;
  if (!append_repr(vm, s, v)) return Value();
  return str(s);
}

bool append_str(VM& vm, std::string& out, Value v) {
  if (is_str(v)) {
    out += sv(v);
    return true;
  }
  PyType* t = type_of(v);
  if (!t->heap && t->layout != Layout::Exception) return append_repr(vm, out, v);
  Value m = type_lookup(t, "__str__");
  if (m.is_empty() || m == type_lookup(types().object, "__str__")) {
    // object.__str__ is repr(); CPython checks the result as __str__'s.
    m = type_lookup(t, "__repr__");
    if (!t->heap || m.is_empty() || !is_function(m)) return append_repr(vm, out, v);
  }
  ReentryGuard guard(vm);
  if (!guard.ok()) return false;
  NestingGuard nest(vm, " while getting the str of an object");
  if (!nest.ok()) return false;
  Value r = call_special(vm, m, v, {});
  if (r.is_empty()) return false;
  if (!str_like(r)) {
    raise_type_error(vm, "__str__ returned non-string (type " + type_name_of(r) + ")");
    return false;
  }
  out += sv(r);
  return true;
}

Value to_str(VM& vm, Value v) {
  if (is_str(v)) return v;
  std::string s;
  if (!append_str(vm, s, v)) return Value();
  return str(s);
}

Value ascii_of(VM& vm, Value v) {
  Value r = to_repr(vm, v);
  if (r.is_empty()) return r;
  std::string out;
  // Escape every non-ASCII character of the repr.
  std::string_view s = sv(r);
  if (is_str(v)) return str(pylib::str_ascii(sv(v)));
  out = pylib::str_ascii(s);
  // str_ascii quotes its argument; here the repr is already quoted: strip the added quotes.
  if (out.size() >= 2) out = out.substr(1, out.size() - 2);
  return str(out);
}

Value format_value(VM& vm, Value v, Value spec) {
  std::string_view sp = sv(spec);
  PyType* t = type_of(v);
  if (t->heap) {
    Value m = type_lookup(t, "__format__");
    if (!m.is_empty() && m != type_lookup(types().object, "__format__")) {
      Value args[] = {spec};
      Value r = call_special(vm, m, v, args);
      if (r.is_empty()) return r;
      if (!is_str(r)) return raise_type_error(vm, "__format__ must return a str, not " + type_name_of(r));
      return r;
    }
    if (!sp.empty())
      return raise_type_error(vm, "unsupported format string passed to " + std::string(type_name(t)) + ".__format__");
    return to_str(vm, v);
  }
  if (sp.empty()) return to_str(vm, v);
  if (is_str(v) || is_number(v)) return format_builtin(vm, v, sp);
  return raise_type_error(vm, "unsupported format string passed to " + std::string(type_name(t)) + ".__format__");
}

}  // namespace sy::py
