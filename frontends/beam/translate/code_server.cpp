#include "frontends/beam/translate/code_server.h"

#include "callsite/call_site.h"
#include "frontends/beam/loader/beam_file.h"
#include "frontends/beam/runtime/terms.h"
#include "frontends/beam/translate/exceptions.h"
#include "frontends/beam/translate/runtime_module.h"
#include "frontends/beam/translate/translator.h"

namespace sy::beam {

namespace {

CodeServer* g_server = nullptr;

uint64_t export_key(Value function, uint32_t arity) { return (function.bits() & 0xFFFF'FFFF'FFFFull) << 8 | arity; }

// A registered native as the callable of an export (fixed arity, as the site's type).
Value call_registered(VM& vm, const NativeCallable* self, const Value* args, uint32_t argc) {
  return native(static_cast<uint32_t>(self->payload.as_int())).fn(vm, args, argc);
}


// The runtime's IR function for logger:Function/Arity when it is one of the logging
// functions (docs/beam.md, "What the VM answers itself"), else empty.
Value logger_function(Value function, uint32_t arity) {
  static const char* const kLevels[] = {"emergency", "alert", "critical", "error", "warning", "notice", "info", "debug"};
  const RuntimeFunctions& rt = runtime_functions();
  std::string_view f = atom_text(function);
  if (f == "macro_log" && arity >= 3 && arity <= 5) return Value::object(rt.logger_log[arity - 3]->self);
  if (f == "log" && arity >= 2 && arity <= 4) return Value::object(rt.logger_api_log[arity - 2]->self);
  for (const char* level : kLevels) {
    if (f != level || arity < 1 || arity > 3) continue;
    Closure* c = new_closure(rt.logger_api_level[arity - 1], 1);
    c->captures[0] = function;
    return Value::object(c);
  }
  return Value();
}

}  // namespace

CodeServer& code_server() { return *g_server; }
void set_code_server(CodeServer* server) { g_server = server; }

LoadedModule* CodeServer::find_loaded(Value module) const {
  auto it = modules_.find(module.bits());
  return it == modules_.end() ? nullptr : it->second.get();
}

LoadedModule* CodeServer::load_file(VM* vm, const std::string& path, std::string* error) {
  Module bm;
  if (!read_file(path, &bm, error)) return nullptr;
  if (LoadedModule* existing = find_loaded(atom(bm.name()))) return existing;
  auto lm = translate_module(bm, options_.reduction_mode, error);
  if (!lm) return nullptr;
  for (const beam::Function& f : bm.functions)
    for (const beam::Instruction& in : f.code)
      if (in.op == Op::on_load) {
        lm->on_load = lm->ir->find(bm.atoms[f.name] + "/" + std::to_string(f.arity));
        if (lm->on_load) lm->on_load_state = LoadedModule::OnLoad::Pending;
      }
  return install(vm, std::move(lm));
}

LoadedModule* CodeServer::ensure_loaded(VM& vm, Value module, std::string* error) {
  if (LoadedModule* m = find_loaded(module)) return m;
  if (!is_atom(module)) {
    *error = "not a module name";
    return nullptr;
  }
  if (module == atoms.erlang) {
    // erts implements the erlang module: its functions are natives (or missing), never
    // the stubs of erlang.beam.
    *error = "the erlang module is native";
    return nullptr;
  }
  if (auto it = failed_.find(module.bits()); it != failed_.end()) {
    *error = it->second;
    return nullptr;
  }
  std::string path = search_.find(atom_text(module));
  LoadedModule* m = nullptr;
  if (path.empty()) {
    *error = "module " + std::string(atom_text(module)) + " not found";
  } else {
    m = load_file(&vm, path, error);
    if (m && m->name != module) {
      *error = path + ": the file holds module " + std::string(atom_text(m->name));
      m = nullptr;
    }
  }
  if (!m) failed_[module.bits()] = *error;
  return m;
}

LoadedModule* CodeServer::install(VM* vm, std::unique_ptr<LoadedModule> m) {
  LoadedModule* lm = m.get();
  by_ir_[lm->ir] = lm;
  order_.push_back(lm);
  modules_[lm->name.bits()] = std::move(m);
  failed_.erase(lm->name.bits());
  // Relink the exports of this module that callers already asked for.
  if (vm) relink(*vm, lm);
  return lm;
}

void CodeServer::relink(VM& vm, const LoadedModule* m) {
  for (auto& [key, index] : export_index_) {
    if (key.module != m->name.bits()) continue;
    Value site = export_sites_[index];
    Value fn = Value::from_bits(key.function);
    cs::set_target(vm, site, current_target(vm, m->name, fn, key.arity));
    vm.clear_exception();
  }
}

Value CodeServer::take_on_load(Value module) {
  LoadedModule* m = find_loaded(module);
  if (!m || m->on_load_state != LoadedModule::OnLoad::Pending) return Value();
  m->on_load_state = LoadedModule::OnLoad::Running;
  return Value::object(m->on_load->self);
}

bool CodeServer::finish_on_load(VM& vm, Value module, Value result) {
  LoadedModule* m = find_loaded(module);
  if (!m) return false;
  bool ok = result == atoms.ok;
  m->on_load_state = ok ? LoadedModule::OnLoad::None : LoadedModule::OnLoad::Pending;
  if (ok) relink(vm, m);
  return ok;
}

Value CodeServer::current_target(VM& vm, Value module, Value function, uint32_t arity) {
  if (module == atoms.erlang) {
    // What must run as IR: erlang:apply/2,3 call Erlang code, erlang:yield/0 suspends.
    const RuntimeFunctions& rt = runtime_functions();
    std::string_view f = atom_text(function);
    if (f == "apply" && arity == 2) return Value::object(rt.apply2->self);
    if (f == "apply" && arity == 3) return Value::object(rt.apply3->self);
    if (f == "yield" && arity == 0) return Value::object(rt.yield->self);
  }
  if (module == atom("logger"))
    if (Value logging = logger_function(function, arity); !logging.is_empty()) return logging;
  std::string name = std::string(atom_text(module)) + ":" + std::string(atom_text(function)) + "/" + std::to_string(arity);
  int64_t nat = find_native(name);
  if (nat >= 0) return Value::object(new_native_callable(call_registered, arity, nullptr, Value::small_int(nat)));
  if (LoadedModule* m = find_loaded(module)) {
    auto it = m->exports.find(export_key(function, arity));
    if (it != m->exports.end() && m->on_load_state == LoadedModule::OnLoad::Pending)
      return on_load_gate(module, function, arity);
    if (it != m->exports.end()) return Value::object(it->second->self);
  }
  return undef_raiser(module, function, arity);
}

Value CodeServer::export_site(VM& vm, Value module, Value function, uint32_t arity) {
  ExportKey key{module.bits(), function.bits(), arity};
  auto it = export_index_.find(key);
  if (it != export_index_.end()) return export_sites_[it->second];
  std::string ignored;
  ensure_loaded(vm, module, &ignored);
  Value site = cs::mutable_site(vm, current_target(vm, module, function, arity));
  if (site.is_empty()) return site;
  export_index_.emplace(key, export_sites_.size());
  export_sites_.push_back(site);
  return site;
}

Value CodeServer::resolve(VM& vm, Value module, Value function, uint32_t arity) {
  Value site = export_site(vm, module, function, arity);
  if (site.is_empty()) return site;
  return site.as<cs::CallSite>()->target;
}

bool CodeServer::function_exported(Value module, Value function, uint32_t arity) const {
  if (module == atoms.erlang && ((atom_text(function) == "apply" && (arity == 2 || arity == 3)) ||
                                 (atom_text(function) == "yield" && arity == 0)))
    return true;
  std::string name = std::string(atom_text(module)) + ":" + std::string(atom_text(function)) + "/" + std::to_string(arity);
  if (find_native(name) >= 0) return true;
  if (module == atom("logger") && !logger_function(function, arity).is_empty()) return true;
  LoadedModule* m = find_loaded(module);
  return m && m->on_load_state == LoadedModule::OnLoad::None && m->exports.count(export_key(function, arity));
}

const FunctionInfo* CodeServer::function_info(const sy::Function* fn) const {
  auto it = by_ir_.find(fn->module);
  if (it == by_ir_.end() || fn->index >= it->second->functions.size()) return nullptr;
  return &it->second->functions[fn->index];
}

std::string CodeServer::locate(Value module) {
  if (LoadedModule* m = find_loaded(module)) return m->path;
  if (!is_atom(module) || module == atoms.erlang) return "";
  return search_.find(atom_text(module));
}

std::vector<std::string> CodeServer::path() {
  std::vector<std::string> dirs = dirs_;
  for (const std::string& d : search_.otp_ebin_dirs()) dirs.push_back(d);
  return dirs;
}

uint64_t export_table_key(Value function, uint32_t arity) { return export_key(function, arity); }

}  // namespace sy::beam
