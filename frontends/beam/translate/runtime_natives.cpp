#include "frontends/beam/translate/runtime_natives.h"

#include <cmath>
#include <stdexcept>
#include <string>

#include "core/bigint.h"
#include "core/ir/module.h"
#include "core/vm.h"
#include "frontends/beam/runtime/compare.h"
#include "frontends/beam/runtime/bifs.h"
#include "frontends/beam/runtime/terms.h"
#include "frontends/beam/translate/code_server.h"
#include "frontends/beam/translate/exceptions.h"
#include "frontends/beam/translate/runtime_module.h"

namespace sy::beam {

namespace {

Value list_from(const Value* items, uint32_t n) {
  Value l = Value::nil();
  for (uint32_t i = n; i-- > 0;) l = cons(items[i], l);
  return l;
}



// -- Errors and exceptions --

Value n_function_clause(VM& vm, const Value* a, uint32_t n) {
  return raise_error_args(vm, atoms.function_clause, list_from(a, n));
}
Value n_raise_tagged(VM& vm, const Value* a, uint32_t) { return raise_error2(vm, a[0], a[1]); }
Value n_raise_atom(VM& vm, const Value* a, uint32_t) { return raise_error(vm, a[0]); }

Value n_caught(VM& vm, const Value* a, uint32_t) {
  if (is_uncatchable(a[0])) return vm.raise(a[0]);
  return Value::object(materialize(vm, a[0], vm.caught_trace(), true));
}

Value n_catch_value(VM& vm, const Value* a, uint32_t) {
  if (is_uncatchable(a[0])) return vm.raise(a[0]);
  return catch_value(materialize(vm, a[0], vm.caught_trace(), true));
}

Value n_rethrow(VM& vm, const Value* a, uint32_t) {
  if (is_uncatchable(a[0])) return vm.raise(a[0]);
  return vm.raise(Value::object(materialize(vm, a[0], vm.caught_trace(), true)));
}

// The `raise` instruction: the class of the raw stack trace, a new reason.
Value n_reraise(VM& vm, const Value* a, uint32_t) {
  if (is_exception(a[0])) {
    Exception* e = as_exception(a[0]);
    return raise_with_trace(vm, e->klass, a[1], e->trace);
  }
  return raise_error(vm, a[1]);
}

bool valid_class(Value c) { return c == atoms.error || c == atoms.exit || c == atoms.throw_; }

Value trace_term(Value raw) {
  if (is_exception(raw)) return as_exception(raw)->trace;
  if (is_list(raw)) return raw;
  return Value::nil();
}

Value n_raw_raise(VM& vm, const Value* a, uint32_t) {
  if (!valid_class(a[0])) return atoms.badarg;
  return raise_with_trace(vm, a[0], a[1], trace_term(a[2]));
}

Value n_build_stacktrace(VM&, const Value* a, uint32_t) { return trace_term(a[0]); }

// After a callv raised: a closure of the wrong arity (raised by the callv itself, so the
// only frame passed is this one) is badarity; anything else goes on, materialized.
Value n_fun_call_failed(VM& vm, const Value* a, uint32_t n) {
  Value thrown = a[0];
  if (is_uncatchable(thrown)) return vm.raise(thrown);
  if (is_instance(thrown, cls::Error) && atom_name(thrown.as<Error>()->kind.atom_id()) == "arity_error" &&
      vm.caught_trace().size() == 1)
    return raise_error(vm, tuple({atoms.badarity, tuple({a[1], list_from(a + 2, n - 2)})}));
  return vm.raise(Value::object(materialize(vm, thrown, vm.caught_trace(), true)));
}

// -- Terms --

Value n_exact_eq(VM&, const Value* a, uint32_t) { return Value::boolean(exact_equal_fast(a[0], a[1])); }
Value n_eq(VM&, const Value* a, uint32_t) { return Value::boolean(compare(a[0], a[1]) == 0); }
Value n_compare(VM&, const Value* a, uint32_t) {
  int c = compare(a[0], a[1]);
  return Value::small_int(c < 0 ? -1 : c > 0 ? 1 : 0);
}
Value n_is_binary(VM&, const Value* a, uint32_t) { return Value::boolean(is_binary(a[0])); }
Value n_is_function2(VM& vm, const Value* a, uint32_t) {
  if (!a[1].is_int() || a[1].as_int() < 0) return raise_bif_error(vm, atoms.badarg, "erlang", "is_function", {a[0], a[1]});
  return Value::boolean(fun_arity(a[0]) == a[1].as_int());
}
Value n_set_tuple_element(VM&, const Value* a, uint32_t) {
  Tuple* t = a[1].as<Tuple>();
  t->items[a[2].as_int()] = a[0];
  return a[1];
}
Value n_fconv(VM& vm, const Value* a, uint32_t) {
  if (a[0].is_double()) return a[0];
  if (is_integer(a[0])) {
    double d = integer_to_double(a[0]);
    if (std::isfinite(d)) return Value::number(d);
  }
  return raise_error(vm, atoms.badarith);
}
Value n_fcheck(VM& vm, const Value* a, uint32_t) {
  if (a[0].is_double() && !std::isfinite(a[0].as_double())) return raise_error(vm, atoms.badarith);
  return a[0];
}

// -- Funs and apply --

Value badfun(VM& vm, Value f) { return raise_error2(vm, atoms.badfun, f); }
Value badarity(VM& vm, Value f, Value args) { return raise_error(vm, tuple({atoms.badarity, tuple({f, args})})); }

// The callable to call `f` with `args` (a proper list of n elements).
Value fun_callable(VM& vm, Value f, Value args, int64_t n) {
  int64_t arity = fun_arity(f);
  if (arity < 0) return badfun(vm, f);
  if (arity != n) return badarity(vm, f, args);
  if (is_export_fun(f)) {
    auto* e = f.as<ExportFun>();
    return code_server().resolve(vm, e->module, e->function, e->arity());
  }
  return f;
}

Value n_resolve_fun(VM& vm, const Value* a, uint32_t n) {
  return fun_callable(vm, a[0], list_from(a + 1, n - 1), n - 1);
}

Value n_resolve_mfa(VM& vm, const Value* a, uint32_t) {
  if (!is_atom(a[0]) || !is_atom(a[1])) return raise_error(vm, atoms.badarg);
  return code_server().resolve(vm, a[0], a[1], static_cast<uint32_t>(a[2].as_int()));
}

Value n_fun_target(VM& vm, const Value* a, uint32_t) {
  int64_t n = list_length(a[1]);
  if (n < 0) return raise_bif_error(vm, atoms.badarg, "erlang", "apply", {a[0], a[1]});
  return fun_callable(vm, a[0], a[1], n);
}

Value n_apply_target(VM& vm, const Value* a, uint32_t) {
  int64_t n = list_length(a[2]);
  if (n < 0 || !is_atom(a[0]) || !is_atom(a[1]))
    return raise_bif_error(vm, atoms.badarg, "erlang", "apply", {a[0], a[1], a[2]});
  return code_server().resolve(vm, a[0], a[1], static_cast<uint32_t>(n));
}

Value n_spreader(VM&, const Value* a, uint32_t) { return spreader(static_cast<uint32_t>(list_length(a[0]))); }

// -- Maps --

Value n_map_assoc(VM& vm, const Value* a, uint32_t n) {
  if (!is_map(a[0])) return raise_error2(vm, atoms.badmap, a[0]);
  Map* m = map_copy(a[0].as<Map>(), (n - 1) / 2);
  for (uint32_t i = 1; i + 1 < n; i += 2) map_set(m, a[i], a[i + 1]);
  return Value::object(m);
}

Value n_map_exact(VM& vm, const Value* a, uint32_t n) {
  if (!is_map(a[0])) return raise_error2(vm, atoms.badmap, a[0]);
  const Map* src = a[0].as<Map>();
  for (uint32_t i = 1; i + 1 < n; i += 2)
    if (map_get(src, a[i]).is_empty()) return raise_error2(vm, atoms.badkey, a[i]);
  Map* m = map_copy(src);
  for (uint32_t i = 1; i + 1 < n; i += 2) map_set(m, a[i], a[i + 1]);
  return Value::object(m);
}

Value n_yield_value(VM&, const Value*, uint32_t) { return Value::small_int(kYieldReductions); }

// (Module, Function, Args...): error:undef, {Module, Function, Args, []} first in the trace.
Value n_undef(VM& vm, const Value* a, uint32_t n) {
  return raise_bif_error(vm, atoms.undef, tuple({a[0], a[1], list_from(a + 2, n - 2), Value::nil()}));
}

// -- erlang:* BIFs about exceptions and code --

Value e_error1(VM& vm, const Value* a, uint32_t) { return raise_error(vm, a[0]); }
Value e_error2(VM& vm, const Value* a, uint32_t) {
  if (a[1] == atom("none")) return raise_error(vm, a[0]);
  if (list_length(a[1]) < 0) return raise_bif_error(vm, atoms.badarg, "erlang", "error", {a[0], a[1]});
  return raise_error_args(vm, a[0], a[1]);
}
Value e_error3(VM& vm, const Value* a, uint32_t) { return e_error2(vm, a, 2); }
Value e_exit1(VM& vm, const Value* a, uint32_t) { return raise_exit(vm, a[0]); }
Value e_throw1(VM& vm, const Value* a, uint32_t) { return raise_throw(vm, a[0]); }
Value e_nif_error(VM& vm, const Value* a, uint32_t) { return raise_error(vm, a[0]); }
Value e_raise3(VM& vm, const Value* a, uint32_t) {
  if (!valid_class(a[0]) || list_length(a[2]) < 0) return atoms.badarg;
  return raise_with_trace(vm, a[0], a[1], a[2]);
}

Value e_function_exported(VM&, const Value* a, uint32_t) {
  if (!is_atom(a[0]) || !is_atom(a[1]) || !a[2].is_int()) return atoms.badarg;
  return Value::boolean(code_server().function_exported(a[0], a[1], static_cast<uint32_t>(a[2].as_int())));
}

Value e_module_loaded(VM&, const Value* a, uint32_t) { return Value::boolean(code_server().is_loaded(a[0])); }

Value module_info_item(VM& vm, LoadedModule* m, Value item) {
  if (item == atom("module")) return m->name;
  if (item == atom("exports") || item == atom("functions")) {
    bool all = item == atom("functions");
    Value list = Value::nil();
    const auto& fns = m->ir->functions;
    for (size_t i = m->functions.size(); i-- > 0;) {
      const FunctionInfo& f = m->functions[i];
      if (f.module.is_nil() || i >= fns.size()) continue;
      bool exported = m->exports.count(export_table_key(f.name, f.arity)) &&
                      m->exports.at(export_table_key(f.name, f.arity)) == fns[i].get();
      if (!all && !exported) continue;
      if (fns[i]->name.find('$') != std::string::npos) continue;  // fun wrappers
      list = cons(tuple({f.name, Value::small_int(f.arity)}), list);
    }
    return list;
  }
  if (item == atom("attributes")) return m->attributes.is_nil() ? Value::nil() : m->attributes;
  if (item == atom("compile")) return m->compile_info.is_nil() ? Value::nil() : m->compile_info;
  if (item == atom("md5")) return make_binary(std::string_view(""));
  return raise_error(vm, atoms.badarg);
}

Value e_get_module_info1(VM& vm, const Value* a, uint32_t) {
  LoadedModule* m = code_server().find_loaded(a[0]);
  if (!m) return raise_error(vm, atoms.badarg);
  const char* items[] = {"module", "exports", "attributes", "compile", "md5"};
  Value list = Value::nil();
  for (size_t i = 5; i-- > 0;) {
    Value v = module_info_item(vm, m, atom(items[i]));
    if (v.is_empty()) return v;
    list = cons(tuple({atom(items[i]), v}), list);
  }
  return list;
}

Value e_get_module_info2(VM& vm, const Value* a, uint32_t) {
  LoadedModule* m = code_server().find_loaded(a[0]);
  if (!m) return raise_error(vm, atoms.badarg);
  return module_info_item(vm, m, a[1]);
}

// -- The code module: answered by the code server --

Value string_term(std::string_view s) {
  Value l = Value::nil();
  for (size_t i = s.size(); i-- > 0;) l = cons(Value::small_int(static_cast<unsigned char>(s[i])), l);
  return l;
}

Value code_which(VM& vm, const Value* a, uint32_t) {
  if (!is_atom(a[0])) return raise_bif_error(vm, atoms.badarg, "code", "which", {a[0]});
  if (a[0] == atoms.erlang) return atom("preloaded");
  std::string path = code_server().locate(a[0]);
  return path.empty() ? atom("non_existing") : string_term(path);
}
Value code_is_loaded(VM&, const Value* a, uint32_t) {
  if (a[0] == atoms.erlang) return tuple({atom("file"), atom("preloaded")});
  LoadedModule* m = code_server().find_loaded(a[0]);
  return m ? tuple({atom("file"), string_term(m->path)}) : Value::boolean(false);
}
Value code_ensure_loaded(VM& vm, const Value* a, uint32_t) {
  if (!is_atom(a[0])) return raise_bif_error(vm, atoms.badarg, "code", "ensure_loaded", {a[0]});
  if (a[0] == atoms.erlang) return tuple({atom("module"), a[0]});
  std::string why;
  if (!code_server().ensure_loaded(vm, a[0], &why)) return tuple({atoms.error, atom("nofile")});
  return tuple({atom("module"), a[0]});
}
Value code_get_path(VM&, const Value*, uint32_t) {
  std::vector<std::string> dirs = code_server().path();
  Value l = Value::nil();
  for (size_t i = dirs.size(); i-- > 0;) l = cons(string_term(dirs[i]), l);
  return l;
}
Value code_root_dir(VM&, const Value*, uint32_t) { return string_term(code_server().otp_root()); }
Value code_all_loaded(VM&, const Value*, uint32_t) {
  Value l = Value::nil();
  for (LoadedModule* m : code_server().modules()) l = cons(tuple({m->name, string_term(m->path)}), l);
  return l;
}


struct Entry {
  const char* name;
  NativeFn fn;
  int arity;
};

const Entry kNatives[] = {
    {"beam.function_clause", n_function_clause, -1},
    {"beam.raise_tagged", n_raise_tagged, 2},
    {"beam.raise_atom", n_raise_atom, 1},
    {"beam.caught", n_caught, 1},
    {"beam.catch_value", n_catch_value, 1},
    {"beam.rethrow", n_rethrow, 1},
    {"beam.reraise", n_reraise, 2},
    {"beam.raw_raise", n_raw_raise, 3},
    {"beam.build_stacktrace", n_build_stacktrace, 1},
    {"beam.fun_call_failed", n_fun_call_failed, -1},
    {"beam.exact_eq", n_exact_eq, 2},
    {"beam.eq", n_eq, 2},
    {"beam.compare", n_compare, 2},
    {"beam.is_binary", n_is_binary, 1},
    {"beam.is_function2", n_is_function2, 2},
    {"beam.set_tuple_element", n_set_tuple_element, 3},
    {"beam.fconv", n_fconv, 1},
    {"beam.fcheck", n_fcheck, 1},
    {"beam.resolve_fun", n_resolve_fun, -1},
    {"beam.resolve_mfa", n_resolve_mfa, 3},
    {"beam.fun_target", n_fun_target, 2},
    {"beam.apply_target", n_apply_target, 3},
    {"beam.spreader", n_spreader, 1},
    {"beam.map_assoc", n_map_assoc, -1},
    {"beam.map_exact", n_map_exact, -1},
    {"beam.yield_value", n_yield_value, 0},
    {"beam.undef", n_undef, -1},
    {"erlang:error/1", e_error1, 1},
    {"erlang:error/2", e_error2, 2},
    {"erlang:error/3", e_error3, 3},
    {"erlang:exit/1", e_exit1, 1},
    {"erlang:throw/1", e_throw1, 1},
    {"erlang:nif_error/1", e_nif_error, 1},
    {"erlang:nif_error/2", e_nif_error, 2},
    {"erlang:raise/3", e_raise3, 3},
    {"erlang:function_exported/3", e_function_exported, 3},
    {"erlang:module_loaded/1", e_module_loaded, 1},
    {"erlang:get_module_info/1", e_get_module_info1, 1},
    {"erlang:get_module_info/2", e_get_module_info2, 2},
    {"code:which/1", code_which, 1},
    {"code:is_loaded/1", code_is_loaded, 1},
    {"code:ensure_loaded/1", code_ensure_loaded, 1},
    {"code:load_file/1", code_ensure_loaded, 1},
    {"code:get_path/0", code_get_path, 0},
    {"code:root_dir/0", code_root_dir, 0},
    {"code:all_loaded/0", code_all_loaded, 0},
};

RuntimeNatives g_natives;

}  // namespace

Value no_message() {
  static Value v = [] {
    static ClassId c = register_class("beam_no_message", false);
    auto* h = static_cast<ObjHeader*>(heap::alloc_root(sizeof(ObjHeader)));
    h->cls = c;
    return Value::object(h);
  }();
  return v;
}

void init_runtime_natives() {
  static bool done = false;
  if (done) return;
  done = true;
  for (const Entry& e : kNatives) register_native(e.name, e.fn, e.arity);
}

const RuntimeNatives& runtime_natives() {
  static bool resolved = false;
  if (!resolved) {
    auto idx = [](const char* name) {
      int64_t i = find_native(name);
      if (i < 0) throw std::logic_error(std::string("BEAM runtime native missing: ") + name);
      return static_cast<uint32_t>(i);
    };
    RuntimeNatives& n = g_natives;
    n.function_clause = idx("beam.function_clause");
    n.raise_tagged = idx("beam.raise_tagged");
    n.raise_atom = idx("beam.raise_atom");
    n.caught = idx("beam.caught");
    n.catch_value = idx("beam.catch_value");
    n.rethrow = idx("beam.rethrow");
    n.reraise = idx("beam.reraise");
    n.raw_raise = idx("beam.raw_raise");
    n.build_stacktrace = idx("beam.build_stacktrace");
    n.fun_call_failed = idx("beam.fun_call_failed");
    n.exact_eq = idx("beam.exact_eq");
    n.eq = idx("beam.eq");
    n.compare = idx("beam.compare");
    n.is_binary = idx("beam.is_binary");
    n.is_function2 = idx("beam.is_function2");
    n.set_tuple_element = idx("beam.set_tuple_element");
    n.fconv = idx("beam.fconv");
    n.fcheck = idx("beam.fcheck");
    n.resolve_fun = idx("beam.resolve_fun");
    n.resolve_mfa = idx("beam.resolve_mfa");
    n.map_assoc = idx("beam.map_assoc");
    n.map_exact = idx("beam.map_exact");
    n.send = idx("beam.send");
    n.recv_peek = idx("beam.recv_peek");
    n.recv_next = idx("beam.recv_next");
    n.recv_remove = idx("beam.recv_remove");
    n.recv_reset = idx("beam.recv_reset");
    n.recv_timeout_value = idx("beam.recv_timeout_value");
    n.yield_value = idx("beam.yield_value");
    resolved = true;
  }
  return g_natives;
}

}  // namespace sy::beam
