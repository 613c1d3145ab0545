// The allocation fast path, inline, for the few places where allocation is the work
// itself (the interpreter's `alloc` and `tuple`). Everything else calls heap::alloc or
// heap::alloc_leaf, which take the same path. Objects up to 256 bytes come from
// per-thread free lists, one per size class and kind (objects that may hold references,
// leaves): an allocation pops one, and only an empty list calls into heap.cpp to be
// refilled. A collector that allocates by bumping a pointer would put its bump here
// instead.
#pragma once
#include <cstddef>

namespace sy::heap::fast {

inline constexpr size_t kGranule = 16;         // the size classes are multiples of it
inline constexpr size_t kFastGranules = 16;    // objects up to 256 bytes
struct FreeLists {
  void* head[kFastGranules + 1];       // by size in granules, the collector's pad included
  void* leaf_head[kFastGranules + 1];  // the same for leaves
  void* pair_head;                     // pairs (alloc_pair)
  FreeLists* next;                     // every thread's lists, for the collector
};
// Until this thread's first refill, lists that are all empty (so every pop refills): a
// pop need not check for null. (Thread-local without a wrapper function.)
extern __thread FreeLists* free_lists;
// The collector's pad after each object, so that a pointer just past an object's end
// keeps it alive (Boehm's default: all interior pointers). A constant, so that a constant
// size's class folds; a collector without the pad would merely get whole-granule sizes
// in a class one granule larger.
inline constexpr size_t kPadBytes = 1;
void* refill(size_t granules);       // pops an object of the class after refilling its list
void* refill_leaf(size_t granules);  // the same for leaves
void* refill_pair();

// Zeroed memory for an object of `bytes` that may hold references, or null when `bytes`
// is beyond the fast sizes (heap::alloc takes those).
inline void* try_alloc(size_t bytes) {
  size_t granules = (bytes + kPadBytes + kGranule - 1) / kGranule;
  if (granules - 1 >= kFastGranules) return nullptr;
  FreeLists* fl = free_lists;
  if (void* p = fl->head[granules]) [[likely]] {
    void* next = *static_cast<void**>(p);  // the list's link: the object's first word
    fl->head[granules] = next;
    __builtin_prefetch(next, 1);  // the next allocation of this size writes it
    *static_cast<void**>(p) = nullptr;
    return p;
  }
  return refill(granules);
}

// A pair's 16 bytes (core/object.h), zeroed but for the two words the caller writes.
// Pairs have a collector kind of their own (heap.cpp): one granule, no pad, both words
// scanned.
inline void* alloc_pair() {
  FreeLists* fl = free_lists;
  if (void* p = fl->pair_head) [[likely]] {
    fl->pair_head = *static_cast<void**>(p);
    *static_cast<void**>(p) = nullptr;
    return p;
  }
  return refill_pair();
}

// Memory (not zeroed) for a leaf of `bytes`, or null beyond the fast sizes.
inline void* try_alloc_leaf(size_t bytes) {
  size_t granules = (bytes + kPadBytes + kGranule - 1) / kGranule;
  if (granules - 1 >= kFastGranules) return nullptr;
  FreeLists* fl = free_lists;
  if (void* p = fl->leaf_head[granules]) [[likely]] {
    fl->leaf_head[granules] = *static_cast<void**>(p);
    return p;
  }
  return refill_leaf(granules);
}

}  // namespace sy::heap::fast
