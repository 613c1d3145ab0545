#include "core/interp/indy.h"

#include <new>

#include "core/heap.h"
#include "core/ir/module.h"
#include "core/vm.h"

namespace sy {

namespace {

// Until a call-site runtime is installed, every indy fails with a clear error.
Value no_runtime(VM& vm, const Function&, uint32_t, uint32_t, const Value*, uint32_t) {
  return vm.raise("link_error", "indy needs a call-site runtime, and none is installed");
}

IndyHooks& hooks() {
  static IndyHooks h{no_runtime};
  return h;
}

}  // namespace

void set_indy_hooks(const IndyHooks& h) { hooks() = h; }
const IndyHooks& indy_hooks() { return hooks(); }

ClassId site_cache_class() {
  static const ClassId id = register_class("site_cache");
  return id;
}

SiteCache* new_site_cache() {
  auto* c = new (heap::alloc(sizeof(SiteCache))) SiteCache{};
  c->h.cls = site_cache_class();
  return c;
}

SiteCache* site_cache(Module& m, uint32_t site) {
  if (m.site_caches.size() < m.sites.size()) m.site_caches.resize(m.sites.size());
  Value& v = m.site_caches[site];
  if (v.is_empty()) v = Value::object(new_site_cache());
  return v.as<SiteCache>();
}

}  // namespace sy
