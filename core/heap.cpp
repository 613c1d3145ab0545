#include "core/heap.h"
#include "core/heap_fast.h"

#include <gc/gc.h>
#include <gc/gc_inline.h>
#include <gc/gc_mark.h>
#include <gmp.h>

#include <algorithm>
#include <atomic>
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

void mark_waiting_leaves();

void GC_CALLBACK push_other_roots() {
  if (previous_pusher) previous_pusher();
  for (auto& [fn, ctx] : providers()) fn(ctx, push_range);
  mark_waiting_leaves();
}

// GMP's limbs live in the collected heap: a BigInt object refers to them through its
// mpz_t, so they die with it. free() is a no-op; the collector reclaims.
void* gmp_alloc(size_t n) { return GC_MALLOC_ATOMIC(n); }
void* gmp_realloc(void* p, size_t, size_t n) { return GC_REALLOC(p, n); }
void gmp_free(void*, size_t) {}

}  // namespace

// Small objects come from per-thread free lists (heap_fast.h), which the collector refills
// a block's worth at a time: an allocation is a pop with no call into the collector and
// no lock. An object waiting on a list must survive collections, or a later refill would
// hand it out a second time. The lists live in root memory: for objects that may hold
// references, the collector marks a list's head and, through the link in each object's
// first word, the whole list. A leaf's words are never scanned, so the links of a leaf
// list are not seen; mark_waiting_leaves() marks those objects at every collection, as
// Boehm does for its own thread-local lists.
namespace fast {

FreeLists no_lists{};  // every thread's lists before its first refill: all empty, never written
__thread FreeLists* free_lists = &no_lists;
std::atomic<FreeLists*> all_lists{nullptr};

FreeLists* this_threads_lists() {
  if (free_lists == &no_lists) {
    auto* fl = static_cast<FreeLists*>(GC_MALLOC_UNCOLLECTABLE(sizeof(FreeLists)));
    if (!fl) throw std::bad_alloc();
    fl->next = all_lists.load();
    while (!all_lists.compare_exchange_weak(fl->next, fl)) {}
    free_lists = fl;
  }
  return free_lists;
}

void* refill(size_t granules) {
  FreeLists* fl = this_threads_lists();
  // The largest request in this class, so that the collector picks the same class.
  void* list = GC_malloc_many(granules * kGranule - kPadBytes);
  if (!list) throw std::bad_alloc();
  fl->head[granules] = GC_NEXT(list);
  GC_NEXT(list) = nullptr;
  return list;
}

void* refill_leaf(size_t granules) {
  FreeLists* fl = this_threads_lists();
  void* list = nullptr;
  // Unlike GC_malloc_many, this takes the size with the pad, a whole number of granules.
  GC_generic_malloc_many(granules * kGranule, GC_I_PTRFREE, &list);
  if (!list) throw std::bad_alloc();
  fl->leaf_head[granules] = GC_NEXT(list);
  return list;
}

// Pairs fill their granule exactly. Boehm, recognising pointers just past an object,
// assumes an object's last word holds the pad and does not scan it; pairs come from a
// kind of their own whose descriptor covers both words. The tagged pointer that refers
// to a pair points one byte in, which interior-pointer recognition covers.
unsigned pair_kind;

void* refill_pair() {
  FreeLists* fl = this_threads_lists();
  void* list = nullptr;
  GC_generic_malloc_many(kGranule, pair_kind, &list);
  if (!list) throw std::bad_alloc();
  fl->pair_head = GC_NEXT(list);
  GC_NEXT(list) = nullptr;
  return list;
}

}  // namespace fast

namespace {

// Called while the collector marks (it holds its lock), after it cleared the marks.
void mark_waiting_leaves() {
  for (fast::FreeLists* fl = fast::all_lists.load(); fl; fl = fl->next)
    for (void* list : fl->leaf_head)
      for (void* p = list; p; p = GC_NEXT(p)) GC_set_mark_bit(p);
}

}  // namespace

void init() {
  static const bool once = [] {
    // Pairs are referred to by a pointer one byte into the cell (value.h), and C++ code
    // may hold pointers into an object: every interior pointer must keep its object
    // alive. (Boehm's default; stated here because the object model depends on it.)
    GC_set_all_interior_pointers(1);
    GC_INIT();
    // Start with an 8 MiB heap (unless GC_INITIAL_HEAP_SIZE says otherwise): from Boehm's
    // default of a few hundred KiB, a program whose live data is small but which
    // allocates fast (bignum arithmetic) collects every few hundred KiB, thousands of
    // times a second.
    if (!std::getenv("GC_INITIAL_HEAP_SIZE")) GC_expand_hp(size_t{8} << 20);
    fast::pair_kind = GC_new_kind(GC_new_free_list(), GC_DS_LENGTH, /*adjust=*/1, /*clear=*/1);
    previous_pusher = GC_get_push_other_roots();
    GC_set_push_other_roots(push_other_roots);
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    return true;
  }();
  (void)once;
}

void* alloc(size_t bytes) {
  if (void* p = fast::try_alloc(bytes)) return p;
  void* p = GC_MALLOC(bytes);
  if (!p) throw std::bad_alloc();
  return p;
}

void* alloc_leaf(size_t bytes) {
  if (void* p = fast::try_alloc_leaf(bytes)) return p;
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
