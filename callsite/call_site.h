// Call sites, switch points and the bootstrap protocol of `indy` (DESIGN.md section 4).
//
// The first execution of an `indy` site calls its bootstrap, which returns a CallSite;
// the site's cache (core/interp/indy.h) then remembers it, and later executions call the
// target from the cache. A CallSite's kind decides how a cache miss is answered: the
// constant, mutable and volatile kinds live here; pic/ adds dispatching sites through
// the same SiteOps table.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/interp/indy.h"
#include "core/ir/module.h"
#include "core/vm.h"

namespace sy::cs {

struct CallSite;

// How one kind of call site answers a miss of an indy site linked to it: returns the
// callee (and may fill the cache), or empty with an exception pending.
struct SiteOps {
  const char* kind;
  Value (*miss)(VM& vm, SiteCache& cache, CallSite& site, const SiteDescriptor& desc, const Value* args,
                uint32_t argc);
};

struct CallSite {
  ObjHeader h;
  const SiteOps* ops;
  Value target;      // the current target (a dispatching site: its lookup handle)
  Value dependents;  // array of site caches that copied the target
  Value data;        // the kind's own state
  const void* policy;  // the kind's own immortal state (a dispatch strategy)
};

ClassId call_site_class();
inline bool is_call_site(Value v) { return is_instance(v, call_site_class()); }

Value constant_site(VM& vm, Value target);
Value mutable_site(VM& vm, Value target);
Value volatile_site(VM& vm, Value target);
Value make_site(VM& vm, const SiteOps* ops, Value target, Value data, const void* policy);
Value set_target(VM& vm, Value site, Value target);  // nil, or empty with an exception
// A handle that calls the site's current target (java's dynamicInvoker).
Value dynamic_invoker(VM& vm, Value site);

// Fills the cache with one unconditional entry (key 0) and registers it with the site.
void cache_unconditional(SiteCache& cache, CallSite& site, Value target);
// Empties a cache: its next execution misses. Counts a transition.
void flush(SiteCache& cache);
// The site checks that the target it caches takes `arity` arguments.
bool check_target(VM& vm, const SiteDescriptor& desc, Value target);

// -- Switch points: one-way invalidation flags --
// Invalidating one flushes every cache that depends on it and turns every handle made by
// guard_with_switch_point to its fallback. Granularity is per class and per module (and
// any a runtime creates); there is no global flag.
struct SwitchPoint {
  ObjHeader h;
  Value flag;        // a 1-tuple holding true while valid (adapters read it with tget)
  Value dependents;  // array of site caches
  Value label;
};
ClassId switch_point_class();
Value new_switch_point(std::string_view label);
bool is_valid(Value sp);
void invalidate(Value sp);
void add_dependent(Value sp, SiteCache* cache);
Value guard_with_switch_point(VM& vm, Value sp, Value target, Value fallback);
// The current switch point of a class or module; invalidating replaces it with a new one.
Value class_switch_point(ClassId c);
Value module_switch_point(const Module* m);
void invalidate_class(ClassId c);
void invalidate_module(const Module* m);
// Called after any switch point is invalidated: caches that cannot track their
// dependencies one by one (pic/'s shared megamorphic cache) drop everything.
void on_invalidate(void (*listener)());

// -- Bootstraps --
// A bootstrap returns the CallSite for a descriptor. C++ bootstraps are registered by
// name; an IR bootstrap is a function of the site's module with that name, called with
// (name string, arity, static arguments tuple).
using BootstrapFn = Value (*)(VM& vm, const Module& m, const SiteDescriptor& desc);
void register_bootstrap(std::string_view name, BootstrapFn fn);

// Installs the indy hook and registers the cs.*, sp.* and mh.* natives (idempotent).
void install();

}  // namespace sy::cs
