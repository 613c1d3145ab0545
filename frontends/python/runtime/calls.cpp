// The calling convention (runtime.h): what a call site passing (slot, positional...,
// keyword values...) calls for each kind of callee, and calls made from C++.
//
// A plain positional call of a def with exactly its parameters calls the function itself.
// Every other shape goes through a *binding adapter*: an IR function generated once per
// plan (which argument, default or collected tuple/dict feeds each parameter), closed over
// the function and the defaults it needs. Calls that cannot bind raise CPython's
// TypeError when the site links, which is when the call happens.
#include "frontends/python/runtime/calls.h"

#include <algorithm>
#include <unordered_map>

#include "core/format.h"
#include "frontends/python/runtime/adapters.h"
#include "frontends/python/runtime/internal.h"
#include "frontends/python/runtime/runtime.h"

namespace sy::py {

namespace {

std::string quoted_list(const std::vector<std::string>& names) {
  auto q = [](const std::string& n) { return "'" + n + "'"; };
  if (names.size() == 1) return q(names[0]);
  if (names.size() == 2) return q(names[0]) + " and " + q(names[1]);
  std::string s;
  for (size_t i = 0; i + 2 < names.size(); ++i) s += q(names[i]) + ", ";
  return s + q(names[names.size() - 2]) + ", and " + q(names.back());
}

// Where IR parameter j of a Python function gets its value.
struct Source {
  enum Kind : uint8_t { Arg, Default, KwDefault, VarTuple, VarDict } kind;
  uint32_t a = 0, b = 0;  // Arg: site argument a; Default/KwDefault: capture a; VarTuple: arguments [a, b)
  std::vector<std::pair<std::string, uint32_t>> dict;  // VarDict: keyword name -> site argument
};

// Builds the plan, or raises the TypeError the call deserves.
bool plan_call(VM& vm, FuncInfo* fi, uint32_t npos, const std::vector<std::string>& kwnames,
               std::vector<Source>* plan, std::vector<Value>* captured) {
  const CodeInfo* c = fi->code;
  const std::string qual(sv(fi->qualname));
  const uint32_t A = c->argcount, K = c->kwonlyargcount;
  const uint32_t nparams = A + c->varargs + K + c->varkw;
  std::vector<int64_t> slot(nparams, -1);  // site argument feeding each parameter
  std::vector<std::pair<std::string, uint32_t>> extra_kw;
  // Parameter index (in IR order) of each name that keywords may use.
  auto param_of = [&](const std::string& k) -> int64_t {
    for (uint32_t i = c->posonlyargcount; i < A; ++i)
      if (sv(c->params[i]) == k) return i;
    for (uint32_t i = 0; i < K; ++i)
      if (sv(c->params[A + c->varargs + i]) == k) return A + c->varargs + i;
    return -1;
  };
  for (uint32_t i = 0; i < std::min(npos, A); ++i) slot[i] = 1 + i;
  std::vector<std::string> posonly_as_kw;
  for (size_t i = 0; i < kwnames.size(); ++i) {
    const std::string& k = kwnames[i];
    uint32_t arg = 1 + npos + static_cast<uint32_t>(i);
    int64_t p = param_of(k);
    if (p < 0) {
      if (c->varkw) {
        extra_kw.emplace_back(k, arg);
        continue;
      }
      bool posonly = false;
      for (uint32_t j = 0; j < c->posonlyargcount; ++j) posonly |= sv(c->params[j]) == k;
      if (posonly) {
        posonly_as_kw.push_back(k);
        continue;
      }
      raise_type_error(vm, qual + "() got an unexpected keyword argument '" + k + "'");
      return false;
    }
    if (slot[p] >= 0) {
      raise_type_error(vm, qual + "() got multiple values for argument '" + k + "'");
      return false;
    }
    slot[p] = arg;
  }
  if (!posonly_as_kw.empty()) {
    std::string names;
    for (size_t i = 0; i < posonly_as_kw.size(); ++i) names += (i ? ", " : "") + posonly_as_kw[i];
    raise_type_error(vm, qual + "() got some positional-only arguments passed as keyword arguments: '" + names + "'");
    return false;
  }
  const Tuple* defaults = fi->defaults.is_nil() ? nullptr : fi->defaults.as<Tuple>();
  const uint32_t ndef = defaults ? defaults->size() : 0;
  if (npos > A && !c->varargs) {
    uint32_t kwonly_given = 0;
    for (uint32_t i = 0; i < K; ++i) kwonly_given += slot[A + i] >= 0;
    std::string sig = ndef ? "from " + std::to_string(A - ndef) + " to " + std::to_string(A) : std::to_string(A);
    bool plural = ndef ? true : A != 1;
    std::string kw_sig;
    if (kwonly_given)
      kw_sig = " positional argument" + std::string(npos != 1 ? "s" : "") + " (and " + std::to_string(kwonly_given) +
               " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
    raise_type_error(vm, qual + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but " +
                             std::to_string(npos) + kw_sig + " " + (npos == 1 && !kwonly_given ? "was" : "were") +
                             " given");
    return false;
  }
  // Missing positional parameters take their defaults.
  std::vector<std::string> missing;
  plan->assign(nparams, Source{Source::Arg, 0, 0, {}});
  for (uint32_t i = 0; i < A; ++i) {
    if (slot[i] >= 0) {
      (*plan)[i] = Source{Source::Arg, static_cast<uint32_t>(slot[i]), 0, {}};
    } else if (i >= A - ndef) {
      captured->push_back(defaults->items[i - (A - ndef)]);
      (*plan)[i] = Source{Source::Default, static_cast<uint32_t>(captured->size() - 1), 0, {}};
    } else {
      missing.push_back(std::string(sv(c->params[i])));
    }
  }
  if (!missing.empty()) {
    raise_type_error(vm, qual + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                             (missing.size() == 1 ? "" : "s") + ": " + quoted_list(missing));
    return false;
  }
  if (c->varargs) (*plan)[A] = Source{Source::VarTuple, 1 + A, 1 + std::max(npos, A), {}};
  for (uint32_t i = 0; i < K; ++i) {
    uint32_t p = A + c->varargs + i;
    if (slot[p] >= 0) {
      (*plan)[p] = Source{Source::Arg, static_cast<uint32_t>(slot[p]), 0, {}};
      continue;
    }
    Value d;
    if (!fi->kwdefaults.is_nil()) d = dict_get_str(fi->kwdefaults.as<Dict>(), sv(c->params[p]));
    if (d.is_empty()) {
      missing.push_back(std::string(sv(c->params[p])));
      continue;
    }
    captured->push_back(d);
    (*plan)[p] = Source{Source::KwDefault, static_cast<uint32_t>(captured->size() - 1), 0, {}};
  }
  if (!missing.empty()) {
    raise_type_error(vm, qual + "() missing " + std::to_string(missing.size()) + " required keyword-only argument" +
                             (missing.size() == 1 ? "" : "s") + ": " + quoted_list(missing));
    return false;
  }
  if (c->varkw) {
    Source s{Source::VarDict, 0, 0, {}};
    s.dict = extra_kw;
    (*plan)[nparams - 1] = s;
  }
  return true;
}

// The IR of a binding adapter: parameters r0..r(n-1) as the site passes them; capture 0
// the function, captures 1.. the defaults the plan uses.
Function* binding_adapter(uint32_t n, const std::vector<Source>& plan) {
  std::string key = "bind/" + std::to_string(n);
  for (const Source& s : plan) {
    key += "|" + std::to_string(s.kind) + ":" + std::to_string(s.a) + "-" + std::to_string(s.b);
    for (auto& [k, a] : s.dict) key += "," + k + "=" + std::to_string(a);
  }
  return adapter_function(key, "bind", [&] {
    uint32_t f = n, next = n + 1;
    std::string body;
    std::vector<std::string> regs;
    for (const Source& s : plan) {
      switch (s.kind) {
        case Source::Arg: regs.push_back("r" + std::to_string(s.a)); break;
        case Source::Default:
        case Source::KwDefault: {
          uint32_t r = next++;
          body += "    cap r" + std::to_string(r) + ", " + std::to_string(s.a) + "\n";
          regs.push_back("r" + std::to_string(r));
          break;
        }
        case Source::VarTuple: {
          uint32_t r = next++;
          body += "    tuple r" + std::to_string(r) + reg_list(s.a, s.b) + "\n";
          regs.push_back("r" + std::to_string(r));
          break;
        }
        case Source::VarDict: {
          std::string args;
          for (auto& [k, a] : s.dict) {
            uint32_t kr = next++;
            body += "    const r" + std::to_string(kr) + ", " + repr(make_string(k)) + "\n";
            args += ", r" + std::to_string(kr) + ", r" + std::to_string(a);
          }
          uint32_t r = next++;
          body += "    ncall r" + std::to_string(r) + ", py.dict_of" + args + "\n";
          regs.push_back("r" + std::to_string(r));
          break;
        }
      }
    }
    std::string call = "    tailcallv r" + std::to_string(f) + ", r0";
    for (const auto& r : regs) call += ", " + r;
    return "func bind/" + std::to_string(n) + " regs " + std::to_string(next) + "\n    cap r" + std::to_string(f) +
           ", 0\n" + body + call + "\nend\n";
  });
}

Value python_function_target(VM& vm, Value f, FuncInfo* fi, uint32_t npos, const std::vector<std::string>& kwnames) {
  const CodeInfo* c = fi->code;
  if (kwnames.empty() && npos == c->argcount && !c->varargs && !c->varkw && c->kwonlyargcount == 0) return f;
  std::vector<Source> plan;
  std::vector<Value> captured{f};
  if (!plan_call(vm, fi, npos, kwnames, &plan, &captured)) return Value();
  uint32_t n = 1 + npos + static_cast<uint32_t>(kwnames.size());
  return adapter_closure(binding_adapter(n, plan), captured);
}

// (slot, a...) -> target(self, self, a...): a bound method's call.
Function* bound_adapter(uint32_t n) {
  return adapter_function("bound/" + std::to_string(n), "bound", [n] {
    return "func bound/" + std::to_string(n) + " regs " + std::to_string(n + 2) + "\n    cap r" +
           std::to_string(n) + ", 1\n    cap r" + std::to_string(n + 1) + ", 2\n    tailcallv r" + std::to_string(n) +
           ", r" + std::to_string(n + 1) + ", r" + std::to_string(n + 1) + reg_list(1, n) + "\nend\n";
  });
}

// (sm, a...) -> target(sm, a...): a staticmethod object called directly (the closure keeps
// the selecting object alive, as value-selected sites require).
Function* keep_adapter(uint32_t n) {
  return adapter_function("keep/" + std::to_string(n), "keep", [n] {
    return "func keep/" + std::to_string(n) + " regs " + std::to_string(n + 1) + "\n    cap r" + std::to_string(n) +
           ", 1\n    tailcallv r" + std::to_string(n) + reg_list(0, n) + "\nend\n";
  });
}

// (obj, a...) -> target(obj, obj, a...): the call of an object through its type's __call__.
Function* self_call_adapter(uint32_t n) {
  return adapter_function("selfcall/" + std::to_string(n), "selfcall", [n] {
    return "func selfcall/" + std::to_string(n) + " regs " + std::to_string(n + 1) + "\n    cap r" +
           std::to_string(n) + ", 1\n    tailcallv r" + std::to_string(n) + ", r0" + reg_list(0, n) + "\nend\n";
  });
}

// (cls, a...) -> an instance of cls, initialised by __init__(a...).
Function* construct_adapter(uint32_t npos, const std::vector<std::string>& kwnames) {
  uint32_t n = 1 + npos + static_cast<uint32_t>(kwnames.size());
  std::string key = "construct/" + std::to_string(npos);
  for (const auto& k : kwnames) key += "," + k;
  return adapter_function(key, "construct", [&] {
    std::string s = "site init \"__init__\" " + std::to_string(n + 1) + " py.callmethod \"__init__\"" +
                    kw_statics(kwnames) + "\n";
    uint32_t o = n, r = n + 1, none = n + 2;
    s += "func construct/" + std::to_string(n) + " regs " + std::to_string(n + 3) + "\n";
    s += "    ncall r" + std::to_string(o) + ", py.alloc, r0" + reg_list(1, 1 + npos) + "\n";
    s += "    indy r" + std::to_string(r) + ", init, r" + std::to_string(o) + ", r" + std::to_string(o) +
         reg_list(1, n) + "\n";
    s += "    const r" + std::to_string(none) + ", nil\n";
    s += "    jeq r" + std::to_string(r) + ", r" + std::to_string(none) + ", ok\n";
    s += "    ncall r" + std::to_string(r) + ", py.init_returned, r" + std::to_string(r) + "\n";
    s += "ok:\n    ret r" + std::to_string(o) + "\nend\n";
    return s;
  });
}

// A native that raises a fixed TypeError when called (kept for non-callable objects, so
// that every call raises, not only the first).
Value not_callable(VM& vm, Value obj) {
  return raise_type_error(vm, quoted_type_name(obj) + " object is not callable");
}

struct GenericCtor {
  uint32_t npos;
  std::vector<std::string> kwnames;
};

// A class with its own __new__: __new__(cls, ...), then __init__ if it gave an instance.
Value construct_entry(VM& vm, const NativeCallable* self, const Value* args, uint32_t argc) {
  const auto* g = static_cast<const GenericCtor*>(self->data);
  Value cls = self->payload;
  PyType* t = cls.as<PyType>();
  Value kw = Value::nil();
  if (!g->kwnames.empty()) {
    Dict* d = new_dict();
    for (size_t i = 0; i < g->kwnames.size(); ++i) dict_set_str(d, str(g->kwnames[i]), args[1 + g->npos + i]);
    kw = Value::object(d);
  }
  heap::RootedVector<Value> pos;
  pos.push_back(cls);
  for (uint32_t i = 0; i < g->npos; ++i) pos.push_back(args[1 + i]);
  Value nw = type_lookup(t, "__new__");
  if (is_instance(nw, classes().staticmethod)) nw = nw.as<FuncWrapper>()->func;
  Value obj = call_kw(vm, nw, {pos.data(), pos.size()}, kw);
  if (obj.is_empty() || !isinstance(obj, t)) return obj;
  Value init = type_lookup(type_of(obj), "__init__");
  pos[0] = obj;
  Value r = call_kw(vm, init, {pos.data(), pos.size()}, kw);
  if (r.is_empty()) return r;
  if (!r.is_nil()) return raise_type_error(vm, "__init__() should return None, not '" + type_name_of(r) + "'");
  (void)argc;
  return obj;
}

}  // namespace

Value generic_construct(VM& vm, Value cls, uint32_t npos, const std::vector<std::string>& kwnames) {
  static std::unordered_map<std::string, const GenericCtor*> cache;
  std::string key = std::to_string(npos);
  for (const auto& k : kwnames) key += "," + k;
  auto it = cache.find(key);
  const GenericCtor* g = it != cache.end() ? it->second : (cache[key] = new GenericCtor{npos, kwnames});
  (void)vm;
  return Value::object(new_native_callable(construct_entry, kAnyArity, g, cls));
}

Value call_target(VM& vm, Value callee, uint32_t npos, const std::vector<std::string>& kwnames) {
  if (FuncInfo* fi = function_info(callee)) return python_function_target(vm, callee, fi, npos, kwnames);
  if (const Builtin* b = builtin_spec(callee)) {
    if (b->ir && kwnames.empty() && b->ir_arity == npos) return *b->ir;
    return kwnames.empty() ? callee : builtin_with_keywords(vm, callee, kwnames);
  }
  uint32_t n = 1 + npos + static_cast<uint32_t>(kwnames.size());
  if (is_instance(callee, classes().method)) {
    BoundMethod* bm = callee.as<BoundMethod>();
    Value t = call_target(vm, bm->func, npos + 1, kwnames);
    if (t.is_empty()) return t;
    return adapter_closure(bound_adapter(n), {callee, t, bm->self});
  }
  if (is_type(callee)) {
    PyType* t = callee.as<PyType>();
    Value ctor = type_constructor(t);
    if (!ctor.is_empty()) return kwnames.empty() ? ctor : builtin_with_keywords(vm, ctor, kwnames);
    // A class with its own __new__ is built the general way (in C++).
    Value new_fn = type_lookup(t, "__new__");
    if (!new_fn.is_empty() && new_fn != type_lookup(types().object, "__new__") &&
        (is_function(new_fn) || is_instance(new_fn, classes().staticmethod)))
      return generic_construct(vm, callee, npos, kwnames);
    return adapter_closure(construct_adapter(npos, kwnames), {callee});
  }
  if (is_instance(callee, cls::NativeFn)) return callee;  // any other native: called as is
  if (is_instance(callee, classes().staticmethod)) {
    Value t = call_target(vm, callee.as<FuncWrapper>()->func, npos, kwnames);
    if (t.is_empty()) return t;
    return adapter_closure(keep_adapter(n), {callee, t});
  }
  // An instance whose type defines __call__.
  Value f = special_method(type_of(callee), "__call__");
  if (f.is_empty()) return not_callable(vm, callee);
  Value t = call_target(vm, f, npos + 1, kwnames);
  if (t.is_empty()) return t;
  return adapter_closure(self_call_adapter(n), {callee, t});
}

// -- Calls from C++ --

Value call(VM& vm, Value f, std::span<const Value> args) {
  if (const Builtin* b = builtin_spec(f)) {
    Value buf[16];
    heap::RootedVector<Value> big;
    Value* a = buf;
    if (args.size() + 1 > 16) {
      big.resize(args.size() + 1);
      a = big.data();
    }
    a[0] = f;
    std::copy(args.begin(), args.end(), a + 1);
    return f.as<NativeCallable>()->call(vm, f.as<NativeCallable>(), a, static_cast<uint32_t>(args.size() + 1));
    (void)b;
  }
  ReentryGuard guard(vm);
  if (!guard.ok()) return Value();
  Value t = call_target(vm, f, static_cast<uint32_t>(args.size()), {});
  if (t.is_empty()) return t;
  Value buf[16];
  heap::RootedVector<Value> big;
  Value* a = buf;
  if (args.size() + 1 > 16) {
    big.resize(args.size() + 1);
    a = big.data();
  }
  a[0] = f;
  std::copy(args.begin(), args.end(), a + 1);
  return vm.call_value(t, {a, args.size() + 1});
}

Value call_kw(VM& vm, Value f, std::span<const Value> pos, Value kwargs) {
  if (kwargs.is_nil() || kwargs.as<Dict>()->count == 0) return call(vm, f, pos);
  ReentryGuard guard(vm);
  if (!guard.ok()) return Value();
  Dict* d = kwargs.as<Dict>();
  std::vector<std::string> names;
  heap::RootedVector<Value> args;
  args.push_back(f);
  args.insert(args.end(), pos.begin(), pos.end());
  for (uint64_t i = 0; i < d->used; ++i) {
    if (d->entries[i].key.is_empty()) continue;
    if (!is_str(d->entries[i].key)) return raise_type_error(vm, "keywords must be strings");
    names.emplace_back(sv(d->entries[i].key));
    args.push_back(d->entries[i].value);
  }
  Value t = call_target(vm, f, static_cast<uint32_t>(pos.size()), names);
  if (t.is_empty()) return t;
  return vm.call_value(t, {args.data(), args.size()});
}

Value special_method(const PyType* t, std::string_view name) { return type_lookup(t, name); }

Value call_special(VM& vm, Value f, Value self, std::span<const Value> args) {
  Value buf[8];
  heap::RootedVector<Value> big;
  Value* a = buf;
  if (args.size() + 1 > 8) {
    big.resize(args.size() + 1);
    a = big.data();
  }
  a[0] = self;
  std::copy(args.begin(), args.end(), a + 1);
  // A staticmethod / classmethod found as a special method is unwrapped the usual way.
  if (is_instance(f, classes().staticmethod)) return call(vm, f.as<FuncWrapper>()->func, args);
  return call(vm, f, {a, args.size() + 1});
}

Value call_method(VM& vm, Value obj, std::string_view name, std::span<const Value> args) {
  Value key = str_interned(name);
  PyType* t = type_of(obj);
  Value d = type_lookup(t, key);
  if (!d.is_empty() && (is_function(d) || builtin_spec(d)) && !instances_may_have(t, key) && !is_type(obj) &&
      !as_module(obj))
    return call_special(vm, d, obj, args);
  Value m = getattr(vm, obj, key);
  if (m.is_empty()) return m;
  return call(vm, m, args);
}

}  // namespace sy::py
