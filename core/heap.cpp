#include "core/heap.h"

#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <gmp.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <utility>

namespace sy::heap {
namespace {

std::vector<std::pair<RootProvider, void*>>& providers() {
  static std::vector<std::pair<RootProvider, void*>> list;
  return list;
}
GC_push_other_roots_proc previous_pusher = nullptr;

void push_range(const void* lo, const void* hi) {
  if (lo < hi) GC_push_all_eager(const_cast<void*>(lo), const_cast<void*>(hi));
}

void GC_CALLBACK push_other_roots() {
  if (previous_pusher) previous_pusher();
  for (auto& [fn, ctx] : providers()) fn(ctx, push_range);
}

// GMP's limbs live in the collected heap: a BigInt object refers to them through its
// mpz_t, so they die with it. free() is a no-op; the collector reclaims.
void* gmp_alloc(size_t n) { return GC_MALLOC_ATOMIC(n); }
void* gmp_realloc(void* p, size_t, size_t n) { return GC_REALLOC(p, n); }
void gmp_free(void*, size_t) {}

// Bytes allocated between two collections at least. The collector's own pacing (a third
// of the traced heap) makes a VM with a small live heap and a high allocation rate --
// bignum arithmetic, boxed floats -- collect every few hundred kilobytes, each time
// marking all roots and the whole live heap. A floor of a few megabytes plays the part
// of a nursery: bounded extra memory, far fewer collections.
constexpr size_t kMinBytesBetweenCollections = size_t{4} << 20;

}  // namespace

void init() {
  static const bool once = [] {
    GC_INIT();
    GC_set_min_bytes_allocd(kMinBytesBetweenCollections);
    previous_pusher = GC_get_push_other_roots();
    GC_set_push_other_roots(push_other_roots);
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    return true;
  }();
  (void)once;
}

// Small objects come from per-size free lists that GC_malloc_many refills in batches, so
// the common allocation is a pointer pop (cons cells, tuples, closures: the bulk of what
// languages allocate). The lists live in static memory, which the collector scans, so
// what they hold stays reserved; objects from GC_malloc_many are cleared except for the
// link word. One VM runs one thread, so the lists need no lock.
constexpr size_t kGranule = 16;
constexpr size_t kSmallGranules = 8;  // up to 128 bytes
void* g_free_lists[kSmallGranules + 1];

void* alloc(size_t bytes) {
  size_t granules = (bytes + kGranule - 1) / kGranule;
  if (granules - 1 < kSmallGranules) {
    void*& head = g_free_lists[granules];
    void* p = head;
    if (!p) {
      p = GC_malloc_many(granules * kGranule);
      if (!p) throw std::bad_alloc();
    }
    head = GC_NEXT(p);
    GC_NEXT(p) = nullptr;
    return p;
  }
  void* p = GC_MALLOC(bytes);
  if (!p) throw std::bad_alloc();
  return p;
}

void* alloc_leaf(size_t bytes) {
  void* p = GC_MALLOC_ATOMIC(bytes);
  if (!p) throw std::bad_alloc();
  return p;
}

void* realloc_leaf(void* p, size_t bytes) {
  void* q = GC_REALLOC(p, bytes);
  if (!q) throw std::bad_alloc();
  return q;
}

void* alloc_root(size_t bytes) {
  init();  // containers with RootAllocator may be built during static initialisation
  void* p = GC_MALLOC_UNCOLLECTABLE(bytes);
  if (!p) throw std::bad_alloc();
  return p;
}

void free_root(void* p) { GC_FREE(p); }

void collect() { GC_gcollect(); }
size_t heap_bytes() { return GC_get_heap_size(); }
size_t used_bytes() { return GC_get_heap_size() - GC_get_free_bytes() - GC_get_unmapped_bytes(); }
size_t collections() { return GC_get_gc_no(); }

void add_root_provider(RootProvider fn, void* ctx) {
  GC_disable();  // no collection may see the list half-updated
  providers().emplace_back(fn, ctx);
  GC_enable();
}

void remove_root_provider(RootProvider fn, void* ctx) {
  GC_disable();
  auto& l = providers();
  l.erase(std::remove(l.begin(), l.end(), std::make_pair(fn, ctx)), l.end());
  GC_enable();
}

}  // namespace sy::heap
