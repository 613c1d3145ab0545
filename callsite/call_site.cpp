#include "callsite/call_site.h"

#include <unordered_map>

#include "callsite/adapter.h"
#include "callsite/method_handle.h"
#include "core/format.h"
#include "core/heap.h"

namespace sy::cs {

namespace {

Value new_array_value() { return Value::object(new_array(0)); }

// Adds a cache to an array of dependents once.
void add_cache(Value dependents, SiteCache* cache) {
  Array* a = dependents.as<Array>();
  Value v = Value::object(cache);
  for (uint64_t i = 0; i < a->length; ++i)
    if (a->items[i] == v) return;
  array_push(a, v);
}

void flush_all(Value dependents) {
  Array* a = dependents.as<Array>();
  for (uint64_t i = 0; i < a->length; ++i) flush(*a->items[i].as<SiteCache>());
  a->length = 0;
}

// -- Plain call sites --

Value constant_miss(VM& vm, SiteCache& cache, CallSite& site, const SiteDescriptor& desc, const Value*, uint32_t) {
  ++cache.misses;
  if (!check_target(vm, desc, site.target)) return Value();
  cache_unconditional(cache, site, site.target);
  return site.target;
}

// A volatile site's target may change at any moment, so nothing caches it: every call
// reads it here.
Value volatile_miss(VM& vm, SiteCache& cache, CallSite& site, const SiteDescriptor& desc, const Value*, uint32_t) {
  if (cache.state == SiteState::Uninitialized) {
    cache.state = SiteState::Monomorphic;
    ++cache.transitions;
    ++cache.misses;
  } else {
    ++cache.slow_hits;
  }
  if (!check_target(vm, desc, site.target)) return Value();
  return site.target;
}

const SiteOps kConstantOps{"constant", constant_miss};
const SiteOps kMutableOps{"mutable", constant_miss};
const SiteOps kVolatileOps{"volatile", volatile_miss};

// -- Bootstraps --

std::unordered_map<std::string, BootstrapFn>& bootstraps() {
  static std::unordered_map<std::string, BootstrapFn> table;
  return table;
}

Value run_bootstrap(VM& vm, const Module& m, const SiteDescriptor& desc) {
  Value site;
  if (Function* f = m.find(desc.bootstrap)) {
    if (f->nparams != 3)
      return vm.raise("bootstrap_error", "bootstrap '" + desc.bootstrap + "' must take 3 arguments (name, arity, " +
                                             "static arguments), it takes " + std::to_string(f->nparams));
    Tuple* statics = new_tuple(static_cast<uint32_t>(desc.static_args.size()));
    for (size_t i = 0; i < desc.static_args.size(); ++i) statics->items[i] = desc.static_args[i];
    Value args[] = {make_string(desc.name), Value::small_int(desc.arity), Value::object(statics)};
    site = vm.call(f, args);
  } else if (auto it = bootstraps().find(desc.bootstrap); it != bootstraps().end()) {
    site = it->second(vm, m, desc);
  } else {
    return vm.raise("link_error", "site '" + desc.id + "': no bootstrap named '" + desc.bootstrap + "'");
  }
  if (site.is_empty()) return site;
  if (!is_call_site(site))
    return vm.raise("bootstrap_error", "bootstrap '" + desc.bootstrap + "' returned " +
                                           std::string(class_name(class_of(site))) + ", not a call site");
  return site;
}

// The indy hook: link on first execution, then let the site's kind answer the miss.
Value indy_miss(VM& vm, const Function& fn, uint32_t pc, uint32_t index, const Value* args, uint32_t argc) {
  Module& m = *fn.module;
  const SiteDescriptor& desc = m.sites[index];
  SiteCache* cache = site_cache(m, index);
  if (cache->owner.is_empty()) {
    Value site = run_bootstrap(vm, m, desc);
    if (site.is_empty()) return site;
    cache = site_cache(m, index);  // the bootstrap may have run IR that linked it meanwhile
    if (cache->owner.is_empty()) {
      cache->owner = site;
      cache->name = Value::object(intern(desc.name));
      cache->linked_in = &fn;
      cache->linked_pc = pc;
      add_dependent(module_switch_point(&m), cache);
    }
  }
  CallSite& site = *cache->owner.as<CallSite>();
  return site.ops->miss(vm, *cache, site, desc, args, argc);
}

// -- Natives for IR --

bool count_arg(VM& vm, Value v, const char* what, uint32_t* out) {
  if (!v.is_int() || v.as_int() < 0 || v.as_int() > INT32_MAX) {
    vm.raise("type_error", std::string(what) + " must be a non-negative int, got " + repr(v));
    return false;
  }
  *out = static_cast<uint32_t>(v.as_int());
  return true;
}

Value need_site(VM& vm, Value v) {
  if (is_call_site(v)) return v;
  return vm.raise("type_error", "expected a call site, got " + std::string(class_name(class_of(v))));
}

Value need_switch_point(VM& vm, Value v) {
  if (is_instance(v, switch_point_class())) return v;
  return vm.raise("type_error", "expected a switch point, got " + std::string(class_name(class_of(v))));
}

#define SY_ARG_COUNT(v, what, out) \
  uint32_t out;                    \
  if (!count_arg(vm, v, what, &out)) return Value();

Value n_native(VM& vm, const Value* a, uint32_t) {
  if (!is_instance(a[0], cls::String)) return vm.raise("type_error", "mh.native expects a name string");
  return mh::native(vm, string_view_of(a[0]));
}
Value n_ffi(VM& vm, const Value* a, uint32_t) {
  if (!is_instance(a[0], cls::String) || !is_instance(a[1], cls::String))
    return vm.raise("type_error", "mh.ffi expects a symbol name and a signature string");
  return mh::ffi(vm, string_view_of(a[0]), string_view_of(a[1]));
}
Value n_constant(VM&, const Value* a, uint32_t) { return mh::constant(a[0]); }
Value n_identity(VM&, const Value*, uint32_t) { return mh::identity(); }
Value n_bind(VM& vm, const Value* a, uint32_t) { return mh::bind(vm, a[0], a[1]); }
Value n_with_arity(VM& vm, const Value* a, uint32_t) {
  SY_ARG_COUNT(a[1], "the arity", n);
  return mh::with_arity(vm, a[0], n);
}
Value n_insert(VM& vm, const Value* a, uint32_t argc) {
  if (argc < 2) return vm.raise("arity_error", "mh.insertArguments takes a handle, a position and values");
  SY_ARG_COUNT(a[1], "the position", pos);
  return mh::insert_arguments(vm, a[0], pos, {a + 2, argc - 2});
}
Value n_drop(VM& vm, const Value* a, uint32_t) {
  SY_ARG_COUNT(a[1], "the position", pos);
  SY_ARG_COUNT(a[2], "the count", count);
  return mh::drop_arguments(vm, a[0], pos, count);
}
Value n_permute(VM& vm, const Value* a, uint32_t argc) {
  if (argc < 2) return vm.raise("arity_error", "mh.permuteArguments takes a handle, an arity and indexes");
  SY_ARG_COUNT(a[1], "the arity", arity);
  std::vector<uint32_t> reorder;
  for (uint32_t i = 2; i < argc; ++i) {
    SY_ARG_COUNT(a[i], "an index", r);
    reorder.push_back(r);
  }
  return mh::permute_arguments(vm, a[0], arity, reorder);
}
Value n_filter(VM& vm, const Value* a, uint32_t argc) {
  if (argc < 2) return vm.raise("arity_error", "mh.filterArguments takes a handle, a position and filters");
  SY_ARG_COUNT(a[1], "the position", pos);
  return mh::filter_arguments(vm, a[0], pos, {a + 2, argc - 2});
}
Value n_filter_return(VM& vm, const Value* a, uint32_t) { return mh::filter_return_value(vm, a[0], a[1]); }
Value n_fold(VM& vm, const Value* a, uint32_t) { return mh::fold_arguments(vm, a[0], a[1]); }
Value n_guard(VM& vm, const Value* a, uint32_t) { return mh::guard_with_test(vm, a[0], a[1], a[2]); }
Value n_catch(VM& vm, const Value* a, uint32_t) { return mh::catch_exception(vm, a[0], a[1], a[2]); }
Value n_spreader(VM& vm, const Value* a, uint32_t) {
  SY_ARG_COUNT(a[1], "the count", n);
  return mh::as_spreader(vm, a[0], n);
}
Value n_collector(VM& vm, const Value* a, uint32_t) {
  SY_ARG_COUNT(a[1], "the count", n);
  return mh::as_collector(vm, a[0], n);
}
Value n_type(VM& vm, const Value* a, uint32_t) {
  auto t = mh::type_of(a[0]);
  if (!t) return vm.raise("type_error", "mh.type expects a method handle, got " + repr(a[0]));
  return t->varargs ? make_atom("any") : Value::small_int(t->arity);
}
Value n_kind(VM&, const Value* a, uint32_t) { return make_atom(mh::kind_of(a[0])); }

Value n_cs_constant(VM& vm, const Value* a, uint32_t) { return constant_site(vm, a[0]); }
Value n_cs_mutable(VM& vm, const Value* a, uint32_t) { return mutable_site(vm, a[0]); }
Value n_cs_volatile(VM& vm, const Value* a, uint32_t) { return volatile_site(vm, a[0]); }
Value n_cs_target(VM& vm, const Value* a, uint32_t) {
  if (need_site(vm, a[0]).is_empty()) return Value();
  return a[0].as<CallSite>()->target;
}
Value n_cs_set_target(VM& vm, const Value* a, uint32_t) { return set_target(vm, a[0], a[1]); }
Value n_cs_invoker(VM& vm, const Value* a, uint32_t) { return dynamic_invoker(vm, a[0]); }

Value n_sp_new(VM&, const Value* a, uint32_t) { return new_switch_point(display(a[0])); }
Value n_sp_valid(VM& vm, const Value* a, uint32_t) {
  if (need_switch_point(vm, a[0]).is_empty()) return Value();
  return Value::boolean(is_valid(a[0]));
}
Value n_sp_invalidate(VM& vm, const Value* a, uint32_t) {
  if (need_switch_point(vm, a[0]).is_empty()) return Value();
  invalidate(a[0]);
  return Value::nil();
}
Value n_sp_guard(VM& vm, const Value* a, uint32_t) {
  if (need_switch_point(vm, a[0]).is_empty()) return Value();
  return guard_with_switch_point(vm, a[0], a[1], a[2]);
}
Value n_sp_for_class(VM& vm, const Value* a, uint32_t) {
  SY_ARG_COUNT(a[0], "the class id", c);
  return class_switch_point(c);
}
Value n_sp_invalidate_class(VM& vm, const Value* a, uint32_t) {
  SY_ARG_COUNT(a[0], "the class id", c);
  invalidate_class(c);
  return Value::nil();
}
#undef SY_ARG_COUNT

}  // namespace

// -- Call sites --

ClassId call_site_class() {
  static const ClassId id = register_class("call_site");
  return id;
}

Value make_site(VM& vm, const SiteOps* ops, Value target, Value data, const void* policy) {
  if (!mh::type_of(target)) return vm.raise("type_error", "a call site's target must be a method handle, got " + repr(target));
  auto* s = static_cast<CallSite*>(heap::alloc(sizeof(CallSite)));
  s->h.cls = call_site_class();
  s->ops = ops;
  s->target = target;
  s->dependents = new_array_value();
  s->data = data;
  s->policy = policy;
  return Value::object(s);
}

Value constant_site(VM& vm, Value target) { return make_site(vm, &kConstantOps, target, Value::nil(), nullptr); }
Value mutable_site(VM& vm, Value target) { return make_site(vm, &kMutableOps, target, Value::nil(), nullptr); }
Value volatile_site(VM& vm, Value target) { return make_site(vm, &kVolatileOps, target, Value::nil(), nullptr); }

Value set_target(VM& vm, Value v, Value target) {
  if (need_site(vm, v).is_empty()) return Value();
  CallSite* s = v.as<CallSite>();
  if (s->ops == &kConstantOps) return vm.raise("type_error", "a constant call site's target cannot change");
  auto old_type = mh::type_of(s->target), new_type = mh::type_of(target);
  if (!new_type) return vm.raise("type_error", "setTarget expects a method handle, got " + repr(target));
  if (old_type->arity != new_type->arity || old_type->varargs != new_type->varargs)
    return vm.raise("wrong_method_type", "setTarget: the new target has type " + new_type->to_string() +
                                             ", the site " + old_type->to_string());
  s->target = target;
  flush_all(s->dependents);  // caches that copied the old target
  return Value::nil();
}

Value dynamic_invoker(VM& vm, Value v) {
  if (need_site(vm, v).is_empty()) return Value();
  auto t = mh::type_of(v.as<CallSite>()->target);
  if (t->varargs) return vm.raise("wrong_method_type", "dynamicInvoker needs a target of fixed arity");
  uint32_t n = t->arity;
  Function* f = mh::adapter("dynamicInvoker/" + std::to_string(n), n, [n](mh::Builder& b) {
    uint32_t rs = b.temp(), rt = b.temp();
    b.emit(ir::Op::Cap, {rs, 0});
    std::vector<uint32_t> one{rs};
    b.emit(ir::Op::NCall, {rt, mh::native_index("cs.target")}, &one);
    std::vector<uint32_t> args = mh::params(0, n);
    b.emit(ir::Op::TailCallV, {rt}, &args);
  });
  return mh::closure_of(f, {v});
}

void cache_unconditional(SiteCache& cache, CallSite& site, Value target) {
  cache.selector = SelectorKind::None;
  cache.entries[0] = {0, target, 0};
  cache.count = 1;
  if (cache.state != SiteState::Monomorphic) {
    cache.state = SiteState::Monomorphic;
    ++cache.transitions;
  }
  add_cache(site.dependents, &cache);
}

void flush(SiteCache& cache) {
  cache.count = 0;
  if (cache.state != SiteState::Uninitialized) {
    cache.state = SiteState::Uninitialized;
    ++cache.transitions;
  }
}

bool check_target(VM& vm, const SiteDescriptor& desc, Value target) {
  auto t = mh::type_of(target);
  if (!t) {
    vm.raise("type_error", "site '" + desc.id + "': the target is not a method handle (" + repr(target) + ")");
    return false;
  }
  if (!t->varargs && t->arity != desc.arity) {
    vm.raise("wrong_method_type", "site '" + desc.id + "' passes " + std::to_string(desc.arity) +
                                      " arguments, its target has type " + t->to_string());
    return false;
  }
  return true;
}

// -- Switch points --

ClassId switch_point_class() {
  static const ClassId id = register_class("switch_point");
  return id;
}

Value new_switch_point(std::string_view label) {
  auto* sp = static_cast<SwitchPoint*>(heap::alloc(sizeof(SwitchPoint)));
  sp->h.cls = switch_point_class();
  Tuple* flag = new_tuple(1);
  flag->items[0] = Value::boolean(true);
  sp->flag = Value::object(flag);
  sp->dependents = new_array_value();
  sp->label = make_string(label);
  return Value::object(sp);
}

bool is_valid(Value sp) { return sp.as<SwitchPoint>()->flag.as<Tuple>()->items[0].is_true(); }

namespace {
std::vector<void (*)()>& invalidate_listeners() {
  static std::vector<void (*)()> v;
  return v;
}
}  // namespace

void on_invalidate(void (*listener)()) { invalidate_listeners().push_back(listener); }

void invalidate(Value v) {
  SwitchPoint* sp = v.as<SwitchPoint>();
  sp->flag.as<Tuple>()->items[0] = Value::boolean(false);
  flush_all(sp->dependents);
  for (auto listener : invalidate_listeners()) listener();
}

void add_dependent(Value sp, SiteCache* cache) {
  if (is_valid(sp)) add_cache(sp.as<SwitchPoint>()->dependents, cache);
}

Value guard_with_switch_point(VM& vm, Value sp, Value target, Value fallback) {
  auto t = mh::type_of(target), e = mh::type_of(fallback);
  if (!t || !e || t->varargs || e->varargs || t->arity != e->arity)
    return vm.raise("wrong_method_type", "guardWithTest: target and fallback must be handles of one fixed type");
  uint32_t n = t->arity;
  // Reading the flag is a capture load and a tget: cheap enough to leave in the path, and
  // a JIT turns it into a dependency instead.
  Function* f = mh::adapter("switchPoint/" + std::to_string(n), n, [n](mh::Builder& b) {
    uint32_t rf = b.temp(), rv = b.temp(), rh = b.temp();
    b.emit(ir::Op::Cap, {rf, 0});
    b.emit(ir::Op::TGet, {rv, rf, 0});
    uint32_t jump = b.here();
    b.emit(ir::Op::Jf, {rv, 0});
    std::vector<uint32_t> args = mh::params(0, n);
    b.emit(ir::Op::Cap, {rh, 1});
    b.emit(ir::Op::TailCallV, {rh}, &args);
    b.patch(jump + 2, b.here());
    b.emit(ir::Op::Cap, {rh, 2});
    b.emit(ir::Op::TailCallV, {rh}, &args);
  });
  return mh::closure_of(f, {sp.as<SwitchPoint>()->flag, target, fallback});
}

namespace {
heap::RootedVector<Value>& class_points() {
  static heap::RootedVector<Value> v;
  return v;
}
struct ModulePoints {
  std::unordered_map<const Module*, size_t> index;
  heap::RootedVector<Value> points;
};
ModulePoints& module_points() {
  static ModulePoints p;
  return p;
}
}  // namespace

Value class_switch_point(ClassId c) {
  auto& v = class_points();
  if (v.size() <= c) v.resize(c + 1);
  if (v[c].is_empty()) v[c] = new_switch_point(std::string("class ") + std::string(class_name(c)));
  return v[c];
}

Value module_switch_point(const Module* m) {
  auto& p = module_points();
  auto [it, added] = p.index.emplace(m, p.points.size());
  if (added) p.points.push_back(new_switch_point("module " + m->name));
  return p.points[it->second];
}

void invalidate_class(ClassId c) {
  Value sp = class_switch_point(c);
  class_points()[c] = Value();  // the next user gets a fresh one
  invalidate(sp);
}

void invalidate_module(const Module* m) {
  Value sp = module_switch_point(m);
  auto& p = module_points();
  p.points[p.index[m]] = new_switch_point("module " + m->name);
  invalidate(sp);
}

void register_bootstrap(std::string_view name, BootstrapFn fn) { bootstraps()[std::string(name)] = fn; }

void install() {
  static bool done = false;
  if (done) return;
  done = true;
  set_indy_hooks({indy_miss});
  mh::register_natives();
  struct {
    const char* name;
    NativeFn fn;
    int arity;
  } const natives[] = {
      {"mh.native", n_native, 1},
      {"mh.ffi", n_ffi, 2},
      {"mh.constant", n_constant, 1},
      {"mh.identity", n_identity, 0},
      {"mh.bindTo", n_bind, 2},
      {"mh.withArity", n_with_arity, 2},
      {"mh.insertArguments", n_insert, -1},
      {"mh.dropArguments", n_drop, 3},
      {"mh.permuteArguments", n_permute, -1},
      {"mh.filterArguments", n_filter, -1},
      {"mh.filterReturnValue", n_filter_return, 2},
      {"mh.foldArguments", n_fold, 2},
      {"mh.guardWithTest", n_guard, 3},
      {"mh.catchException", n_catch, 3},
      {"mh.asSpreader", n_spreader, 2},
      {"mh.asCollector", n_collector, 2},
      {"mh.type", n_type, 1},
      {"mh.kind", n_kind, 1},
      {"cs.constant", n_cs_constant, 1},
      {"cs.mutable", n_cs_mutable, 1},
      {"cs.volatile", n_cs_volatile, 1},
      {"cs.target", n_cs_target, 1},
      {"cs.setTarget", n_cs_set_target, 2},
      {"cs.dynamicInvoker", n_cs_invoker, 1},
      {"sp.new", n_sp_new, 1},
      {"sp.isValid", n_sp_valid, 1},
      {"sp.invalidate", n_sp_invalidate, 1},
      {"sp.guardWithTest", n_sp_guard, 3},
      {"sp.forClass", n_sp_for_class, 1},
      {"sp.invalidateClass", n_sp_invalidate_class, 1},
  };
  for (const auto& n : natives) register_native(n.name, n.fn, n.arity);
}

}  // namespace sy::cs
