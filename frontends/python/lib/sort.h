// list.sort() and sorted(), exactly as CPython 3.11: the same TimSort (natural runs,
// binary insertion up to minrun, powersort merge policy, galloping merges), so that it
// asks the same `<` comparisons in the same order and leaves the same permutation when a
// comparison fails. With reverse, the list is reversed before and after a forward sort,
// which keeps equal elements in their original order.
//
// Items are opaque 64-bit words (the runtime's Values). With a key function the runtime
// computes every key first (CPython calls the key function on all items before the
// first comparison) and passes them; the keys are compared and move with their items.
#pragma once
#include <cstddef>
#include <cstdint>

namespace sy::pylib {

struct SortLess {
  // a < b: 1 true, 0 false, -1 failed (the callback's error is the caller's to report).
  int (*fn)(void* ctx, uint64_t a, uint64_t b);
  void* ctx;
  int operator()(uint64_t a, uint64_t b) const { return fn(ctx, a, b); }
};

// Where merges keep their temporary copies (of up to n / 2 items, and of keys). Items may
// live only there while a comparison runs, so a runtime whose items are collected
// references allocates them where its collector looks. Small merges use the C++ stack.
struct SortMemory {
  uint64_t* (*allocate)(size_t n);
  void (*release)(uint64_t* p, size_t n);
};
extern const SortMemory kMallocSortMemory;

// Sorts items[0..n) (and keys[0..n) alongside when keys is not null). Returns 0, or -1
// when a comparison failed: the items are then some permutation of the input, the one
// CPython would leave.
int list_sort(uint64_t* items, uint64_t* keys, size_t n, bool reverse, SortLess less,
              const SortMemory& memory = kMallocSortMemory);

}  // namespace sy::pylib
