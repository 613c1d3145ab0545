// Method handles as IR adapters. Each combinator has one adapter function per shape (the
// combinator plus the arities and positions it was given), synthesized once and cached;
// a handle is a closure of that function over its components.
#include "callsite/method_handle.h"

#include "callsite/adapter.h"

#include <cstdlib>
#include <functional>
#include <initializer_list>
#include <unordered_map>
#include <vector>

#include "core/format.h"
#include "core/ir/module.h"
#include "core/ir/verifier.h"

namespace sy::mh {

using ir::Op;

std::string MethodType::to_string() const {
  return varargs ? "(...)" : "(" + std::to_string(arity) + ")";
}

std::optional<MethodType> type_of(Value v) {
  if (is_instance(v, cls::Closure)) return MethodType{v.as<Closure>()->fn->nparams, false};
  if (is_instance(v, cls::NativeFn)) {
    uint32_t a = v.as<NativeCallable>()->arity();
    if (a == kAnyArity) return MethodType{0, true};
    return MethodType{a, false};
  }
  return std::nullopt;
}

Module& adapters() {
  static Module* m = [] {
    auto* mod = new Module();  // immortal: handles refer to its functions
    mod->name = mod->source = "<method handles>";
    return mod;
  }();
  return *m;
}

std::string kind_of(Value v) {
  if (is_instance(v, cls::NativeFn)) return is_ffi(v.as<NativeCallable>()) ? "ffi" : "native";
  if (!is_instance(v, cls::Closure)) return "none";
  Function* f = v.as<Closure>()->fn;
  if (f->module != &adapters()) return "direct";
  std::string n = f->name.substr(3);  // "mh.<kind>/..."
  return n.substr(0, n.find('/'));
}

// -- Adapter synthesis --

Builder::Builder(std::string name, uint32_t nparams, uint32_t first_temp)
    : f_(adapters().add_function(std::move(name), nparams, 0)), next_(first_temp) {}

void Builder::emit(Op op, std::initializer_list<uint32_t> operands, const std::vector<uint32_t>* list) {
  f_->code.push_back(static_cast<uint32_t>(op));
  f_->code.insert(f_->code.end(), operands);
  if (list) {
    f_->code.push_back(static_cast<uint32_t>(list->size()));
    f_->code.insert(f_->code.end(), list->begin(), list->end());
  }
}

Function* Builder::finish() {
  f_->nregs = std::max(next_, f_->nparams);
  adapters().finish();
  ir::VerifyError e;
  if (!ir::verify_function(*f_, &e)) {
    std::fprintf(stderr, "internal error: bad adapter %s: %s\n", f_->name.c_str(), e.message.c_str());
    std::abort();
  }
  return f_;
}

Function* adapter(const std::string& key, uint32_t nparams, const std::function<void(Builder&)>& body) {
  static std::unordered_map<std::string, Function*> cache;
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  Builder b("mh." + key, nparams, nparams);
  body(b);
  return cache[key] = b.finish();
}

Value closure_of(Function* f, std::initializer_list<Value> captures, std::span<const Value> more) {
  Closure* c = new_closure(f, static_cast<uint32_t>(captures.size() + more.size()));
  uint32_t i = 0;
  for (Value v : captures) c->captures[i++] = v;
  for (Value v : more) c->captures[i++] = v;
  return Value::object(c);
}

std::vector<uint32_t> params(uint32_t from, uint32_t to) {
  std::vector<uint32_t> r;
  for (uint32_t i = from; i < to; ++i) r.push_back(i);
  return r;
}

uint32_t native_index(const char* name) {
  register_natives();
  return static_cast<uint32_t>(find_native(name));
}

namespace {

Value wrong_type(VM& vm, const std::string& what) { return vm.raise("wrong_method_type", what); }

// The handle's fixed arity, or a composition error naming the combinator.
bool fixed_arity(VM& vm, const char* combinator, const char* role, Value h, uint32_t* out) {
  auto t = type_of(h);
  if (!t) {
    wrong_type(vm, std::string(combinator) + ": the " + role + " is not a method handle (got " +
                       std::string(class_name(class_of(h))) + ")");
    return false;
  }
  if (t->varargs) {
    wrong_type(vm, std::string(combinator) + ": the " + role +
                       " takes any number of arguments; give it a fixed arity first (with_arity)");
    return false;
  }
  *out = t->arity;
  return true;
}

std::string join(std::span<const uint32_t> xs) {
  std::string s;
  for (uint32_t x : xs) s += (s.empty() ? "" : ",") + std::to_string(x);
  return s;
}

// -- Natives the adapters call --

// mh.spread(collection, n): its items as a tuple, which must have exactly n of them.
Value native_spread(VM& vm, const Value* a, uint32_t) {
  uint32_t n = static_cast<uint32_t>(a[1].as_int());
  if (is_instance(a[0], cls::Tuple) && a[0].as<Tuple>()->size() == n) return a[0];
  if (is_instance(a[0], cls::Array) && a[0].as<Array>()->length == n) {
    Tuple* t = new_tuple(n);
    for (uint32_t i = 0; i < n; ++i) t->items[i] = a[0].as<Array>()->items[i];
    return Value::object(t);
  }
  return vm.raise("arity_error", "spreader expects an array or tuple of " + std::to_string(n) + " items, got " +
                                     repr(a[0]));
}

// mh.error_matches(kind, exception): does the exception have that kind?
Value native_error_matches(VM&, const Value* a, uint32_t) {
  return Value::boolean(is_instance(a[1], cls::Error) && a[1].as<Error>()->kind == a[0]);
}

// Calls a registry native through a handle.
Value call_registered(VM& vm, const NativeCallable* self, const Value* args, uint32_t argc) {
  return sy::native(static_cast<uint32_t>(self->payload.as_int())).fn(vm, args, argc);
}
Value call_cpp(VM& vm, const NativeCallable* self, const Value* args, uint32_t argc) {
  return reinterpret_cast<NativeFn>(const_cast<void*>(self->data))(vm, args, argc);
}

}  // namespace

// -- Handle kinds --

Value direct(Function* fn) {
  if (!fn->self) fn->module->finish();
  return Value::object(fn->self);
}

Value native(VM& vm, std::string_view name) {
  int64_t i = find_native(name);
  if (i < 0) return vm.raise("link_error", "unknown native '" + std::string(name) + "'");
  int arity = sy::native(static_cast<uint32_t>(i)).arity;
  return Value::object(new_native_callable(call_registered, arity < 0 ? kAnyArity : static_cast<uint32_t>(arity),
                                           nullptr, Value::small_int(i)));
}

Value native(NativeFn fn, int arity) {
  return Value::object(new_native_callable(call_cpp, arity < 0 ? kAnyArity : static_cast<uint32_t>(arity),
                                           reinterpret_cast<const void*>(fn)));
}

Value with_arity(VM& vm, Value h, uint32_t arity) {
  auto t = type_of(h);
  if (!t) return wrong_type(vm, "with_arity: not a method handle");
  if (!t->varargs) {
    if (t->arity == arity) return h;
    return wrong_type(vm, "with_arity: the handle has fixed type " + t->to_string());
  }
  const auto* n = h.as<NativeCallable>();
  return Value::object(new_native_callable(n->call, arity, n->data, n->payload));
}

Value constant(Value v) {
  Function* f = adapter("constant/0", 0, [](Builder& b) {
    uint32_t r = b.temp();
    b.emit(Op::Cap, {r, 0});
    b.emit(Op::Ret, {r});
  });
  return closure_of(f, {v});
}

Value identity() {
  Function* f = adapter("identity/1", 1, [](Builder& b) { b.emit(Op::Ret, {0}); });
  return Value::object(f->self);
}

Value bind(VM& vm, Value h, Value receiver) {
  uint32_t n;
  if (!fixed_arity(vm, "bind", "target", h, &n)) return Value();
  if (n == 0) return wrong_type(vm, "bind: the target takes no arguments");
  Function* f = adapter("bound/" + std::to_string(n - 1), n - 1, [n](Builder& b) {
    uint32_t rh = b.temp(), rv = b.temp();
    b.emit(Op::Cap, {rh, 0});
    b.emit(Op::Cap, {rv, 1});
    std::vector<uint32_t> args{rv};
    for (uint32_t i = 0; i + 1 < n; ++i) args.push_back(i);
    b.emit(Op::TailCallV, {rh}, &args);
  });
  return closure_of(f, {h, receiver});
}

// -- Combinators --

Value insert_arguments(VM& vm, Value h, uint32_t pos, std::span<const Value> values) {
  uint32_t n;
  if (!fixed_arity(vm, "insertArguments", "target", h, &n)) return Value();
  auto k = static_cast<uint32_t>(values.size());
  if (pos > n || k > n - pos)
    return wrong_type(vm, "insertArguments: cannot insert " + std::to_string(k) + " values at " + std::to_string(pos) +
                              " into a handle of type " + type_of(h)->to_string());
  uint32_t m = n - k;
  std::string key = "insertArguments/" + std::to_string(m) + "@" + std::to_string(pos) + "+" + std::to_string(k);
  Function* f = adapter(key, m, [&](Builder& b) {
    uint32_t rh = b.temp();
    b.emit(Op::Cap, {rh, 0});
    std::vector<uint32_t> args;
    for (uint32_t i = 0; i < n; ++i) {
      if (i >= pos && i < pos + k) {
        uint32_t r = b.temp();
        b.emit(Op::Cap, {r, 1 + i - pos});
        args.push_back(r);
      } else {
        args.push_back(i < pos ? i : i - k);
      }
    }
    b.emit(Op::TailCallV, {rh}, &args);
  });
  return closure_of(f, {h}, values);
}

Value drop_arguments(VM& vm, Value h, uint32_t pos, uint32_t count) {
  uint32_t n;
  if (!fixed_arity(vm, "dropArguments", "target", h, &n)) return Value();
  if (pos > n) return wrong_type(vm, "dropArguments: position " + std::to_string(pos) + " is past the target's " +
                                         std::to_string(n) + " arguments");
  uint32_t m = n + count;
  std::string key = "dropArguments/" + std::to_string(m) + "@" + std::to_string(pos) + "-" + std::to_string(count);
  Function* f = adapter(key, m, [&](Builder& b) {
    uint32_t rh = b.temp();
    b.emit(Op::Cap, {rh, 0});
    std::vector<uint32_t> args;
    for (uint32_t i = 0; i < m; ++i)
      if (i < pos || i >= pos + count) args.push_back(i);
    b.emit(Op::TailCallV, {rh}, &args);
  });
  return closure_of(f, {h});
}

Value permute_arguments(VM& vm, Value h, uint32_t new_arity, std::span<const uint32_t> reorder) {
  uint32_t n;
  if (!fixed_arity(vm, "permuteArguments", "target", h, &n)) return Value();
  if (reorder.size() != n)
    return wrong_type(vm, "permuteArguments: the reorder has " + std::to_string(reorder.size()) +
                              " entries for a target of type " + type_of(h)->to_string());
  for (uint32_t r : reorder)
    if (r >= new_arity)
      return wrong_type(vm, "permuteArguments: index " + std::to_string(r) + " out of range for " +
                                std::to_string(new_arity) + " arguments");
  std::string key = "permuteArguments/" + std::to_string(new_arity) + "[" + join(reorder) + "]";
  Function* f = adapter(key, new_arity, [&](Builder& b) {
    uint32_t rh = b.temp();
    b.emit(Op::Cap, {rh, 0});
    std::vector<uint32_t> args(reorder.begin(), reorder.end());
    b.emit(Op::TailCallV, {rh}, &args);
  });
  return closure_of(f, {h});
}

Value filter_arguments(VM& vm, Value h, uint32_t pos, std::span<const Value> filters) {
  uint32_t n;
  if (!fixed_arity(vm, "filterArguments", "target", h, &n)) return Value();
  if (pos > n || filters.size() > n - pos)
    return wrong_type(vm, "filterArguments: " + std::to_string(filters.size()) + " filters at " + std::to_string(pos) +
                              " do not fit a target of type " + type_of(h)->to_string());
  std::vector<Value> used;
  std::vector<uint32_t> which;
  for (size_t j = 0; j < filters.size(); ++j) {
    if (filters[j].is_nil()) continue;
    uint32_t a;
    if (!fixed_arity(vm, "filterArguments", "filter", filters[j], &a)) return Value();
    if (a != 1)
      return wrong_type(vm, "filterArguments: filter " + std::to_string(j) + " must take 1 argument, it takes " +
                                std::to_string(a));
    used.push_back(filters[j]);
    which.push_back(pos + static_cast<uint32_t>(j));
  }
  std::string key = "filterArguments/" + std::to_string(n) + "[" + join(which) + "]";
  Function* f = adapter(key, n, [&](Builder& b) {
    std::vector<uint32_t> args = params(0, n);
    for (size_t j = 0; j < which.size(); ++j) {
      uint32_t rf = b.temp(), rv = b.temp();
      b.emit(Op::Cap, {rf, static_cast<uint32_t>(1 + j)});
      std::vector<uint32_t> one{which[j]};
      b.emit(Op::CallV, {rv, rf}, &one);
      args[which[j]] = rv;
    }
    uint32_t rh = b.temp();
    b.emit(Op::Cap, {rh, 0});
    b.emit(Op::TailCallV, {rh}, &args);
  });
  return closure_of(f, {h}, used);
}

Value filter_return_value(VM& vm, Value h, Value filter) {
  uint32_t n, a;
  if (!fixed_arity(vm, "filterReturnValue", "target", h, &n)) return Value();
  if (!fixed_arity(vm, "filterReturnValue", "filter", filter, &a)) return Value();
  if (a != 1) return wrong_type(vm, "filterReturnValue: the filter must take 1 argument, it takes " + std::to_string(a));
  Function* f = adapter("filterReturnValue/" + std::to_string(n), n, [&](Builder& b) {
    uint32_t rh = b.temp(), rr = b.temp(), rf = b.temp();
    b.emit(Op::Cap, {rh, 0});
    std::vector<uint32_t> args = params(0, n);
    b.emit(Op::CallV, {rr, rh}, &args);
    b.emit(Op::Cap, {rf, 1});
    std::vector<uint32_t> one{rr};
    b.emit(Op::TailCallV, {rf}, &one);
  });
  return closure_of(f, {h, filter});
}

Value fold_arguments(VM& vm, Value h, Value combiner) {
  uint32_t n, m;
  if (!fixed_arity(vm, "foldArguments", "target", h, &n)) return Value();
  if (!fixed_arity(vm, "foldArguments", "combiner", combiner, &m)) return Value();
  if (n == 0 || m > n - 1)
    return wrong_type(vm, "foldArguments: a combiner of type " + type_of(combiner)->to_string() +
                              " does not fit a target of type " + type_of(h)->to_string());
  uint32_t arity = n - 1;
  std::string key = "foldArguments/" + std::to_string(arity) + "<" + std::to_string(m);
  Function* f = adapter(key, arity, [&](Builder& b) {
    uint32_t rc = b.temp(), rv = b.temp(), rh = b.temp();
    b.emit(Op::Cap, {rc, 1});
    std::vector<uint32_t> prefix = params(0, m);
    b.emit(Op::CallV, {rv, rc}, &prefix);
    b.emit(Op::Cap, {rh, 0});
    std::vector<uint32_t> args{rv};
    for (uint32_t i = 0; i < arity; ++i) args.push_back(i);
    b.emit(Op::TailCallV, {rh}, &args);
  });
  return closure_of(f, {h, combiner});
}

Value guard_with_test(VM& vm, Value test, Value target, Value fallback) {
  uint32_t t, n, e;
  if (!fixed_arity(vm, "guardWithTest", "test", test, &t)) return Value();
  if (!fixed_arity(vm, "guardWithTest", "target", target, &n)) return Value();
  if (!fixed_arity(vm, "guardWithTest", "fallback", fallback, &e)) return Value();
  if (n != e)
    return wrong_type(vm, "guardWithTest: target " + type_of(target)->to_string() + " and fallback " +
                              type_of(fallback)->to_string() + " differ");
  if (t > n)
    return wrong_type(vm, "guardWithTest: the test takes " + std::to_string(t) + " arguments, the target only " +
                              std::to_string(n));
  std::string key = "guardWithTest/" + std::to_string(n) + "<" + std::to_string(t);
  Function* f = adapter(key, n, [&](Builder& b) {
    uint32_t rt = b.temp(), rv = b.temp(), rh = b.temp();
    b.emit(Op::Cap, {rt, 0});
    std::vector<uint32_t> prefix = params(0, t);
    b.emit(Op::CallV, {rv, rt}, &prefix);
    uint32_t jump = b.here();
    b.emit(Op::Jf, {rv, 0});
    std::vector<uint32_t> args = params(0, n);
    b.emit(Op::Cap, {rh, 1});
    b.emit(Op::TailCallV, {rh}, &args);
    b.patch(jump + 2, b.here());
    b.emit(Op::Cap, {rh, 2});
    b.emit(Op::TailCallV, {rh}, &args);
  });
  return closure_of(f, {test, target, fallback});
}

Value catch_exception(VM& vm, Value h, Value kind, Value handler) {
  uint32_t n, m;
  if (!fixed_arity(vm, "catchException", "target", h, &n)) return Value();
  if (!fixed_arity(vm, "catchException", "handler", handler, &m)) return Value();
  if (m == 0 || m > n + 1)
    return wrong_type(vm, "catchException: a handler of type " + type_of(handler)->to_string() +
                              " does not fit a target of type " + type_of(h)->to_string() +
                              " (it takes the exception and a prefix of the arguments)");
  if (!kind.is_nil() && !kind.is_atom()) return wrong_type(vm, "catchException: the kind must be an atom or nil");
  std::string key = "catchException/" + std::to_string(n) + "<" + std::to_string(m) + (kind.is_nil() ? "" : "?");
  Function* f = adapter(key, n, [&](Builder& b) {
    uint32_t rh = b.temp(), rr = b.temp(), re = b.temp();
    uint32_t start = b.here();
    b.emit(Op::Cap, {rh, 0});
    std::vector<uint32_t> args = params(0, n);
    b.emit(Op::CallV, {rr, rh}, &args);
    uint32_t end = b.here();
    b.emit(Op::Ret, {rr});
    uint32_t target = b.here();
    if (!kind.is_nil()) {
      uint32_t rk = b.temp(), rm = b.temp();
      b.emit(Op::Cap, {rk, 2});
      std::vector<uint32_t> both{rk, re};
      b.emit(Op::NCall, {rm, native_index("mh.error_matches")}, &both);
      uint32_t jump = b.here();
      b.emit(Op::Jt, {rm, 0});
      b.emit(Op::Throw, {re});
      b.patch(jump + 2, b.here());
    }
    b.emit(Op::Cap, {rh, 1});
    std::vector<uint32_t> hargs{re};
    for (uint32_t i = 0; i + 1 < m; ++i) hargs.push_back(i);
    b.emit(Op::TailCallV, {rh}, &hargs);
    b.fn()->handlers.push_back({start, end, target, re});
  });
  return closure_of(f, {h, handler, kind});
}

Value as_spreader(VM& vm, Value h, uint32_t k) {
  uint32_t n;
  if (!fixed_arity(vm, "asSpreader", "target", h, &n)) return Value();
  if (k > n) return wrong_type(vm, "asSpreader: cannot spread " + std::to_string(k) + " arguments into a target of type " +
                                       type_of(h)->to_string());
  uint32_t m = n - k + 1;
  Function* f = adapter("asSpreader/" + std::to_string(m) + ">" + std::to_string(k), m, [&](Builder& b) {
    uint32_t rn = b.temp(), rt = b.temp(), rh = b.temp();
    b.fn()->constants.push_back(Value::small_int(k));
    b.emit(Op::Const, {rn, 0});
    std::vector<uint32_t> spread{m - 1, rn};
    b.emit(Op::NCall, {rt, native_index("mh.spread")}, &spread);
    std::vector<uint32_t> args = params(0, m - 1);
    for (uint32_t i = 0; i < k; ++i) {
      uint32_t r = b.temp();
      b.emit(Op::TGet, {r, rt, i});
      args.push_back(r);
    }
    b.emit(Op::Cap, {rh, 0});
    b.emit(Op::TailCallV, {rh}, &args);
  });
  return closure_of(f, {h});
}

Value as_collector(VM& vm, Value h, uint32_t k) {
  uint32_t n;
  if (!fixed_arity(vm, "asCollector", "target", h, &n)) return Value();
  if (n == 0) return wrong_type(vm, "asCollector: the target takes no arguments to collect into");
  uint32_t m = n - 1 + k;
  Function* f = adapter("asCollector/" + std::to_string(m) + "<" + std::to_string(k), m, [&](Builder& b) {
    uint32_t ra = b.temp(), rh = b.temp();
    std::vector<uint32_t> rest = params(n - 1, m);
    b.emit(Op::Array, {ra}, &rest);
    std::vector<uint32_t> args = params(0, n - 1);
    args.push_back(ra);
    b.emit(Op::Cap, {rh, 0});
    b.emit(Op::TailCallV, {rh}, &args);
  });
  return closure_of(f, {h});
}

Value invoke(VM& vm, Value h, std::span<const Value> args) { return vm.call_value(h, args); }

void register_natives() {
  static bool done = false;
  if (done) return;
  done = true;
  register_native("mh.spread", native_spread, 2);
  register_native("mh.error_matches", native_error_matches, 2);
}

}  // namespace sy::mh
