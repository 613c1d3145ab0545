// The heap: the one allocation API of the VM.
//
// GC contract. Memory from alloc()/alloc_leaf() is reclaimed once nothing refers to it.
// The collector finds references in: other heap objects (alloc), root memory
// (alloc_root / RootAllocator), the C++ stacks and registers, and every range that a
// registered root provider reports (the VM stacks, which live in memory the collector
// does not scan on its own). A Value kept anywhere else -- malloc'd memory, an
// std::vector with the default allocator -- is invisible and may be collected. A
// reference may point into an object rather than at its start (a pair's value is its
// address + 1, core/value.h); it keeps the object alive all the same.
//
// The first implementation sits on Boehm GC (conservative, non-moving). Nothing outside
// heap.cpp may assume that: a precise, moving collector must be able to replace it.
#pragma once
#include <cstddef>
#include <new>
#include <vector>

namespace sy::heap {

void init();                         // idempotent; called by VM construction
void* alloc(size_t bytes);           // zeroed; may hold references
void* alloc_leaf(size_t bytes);      // holds no references (bytes, digits); not zeroed
void* realloc_leaf(void* p, size_t bytes);
void* alloc_root(size_t bytes);      // zeroed, never collected, scanned for references
void free_root(void* p);

void collect();                      // a full, blocking collection
size_t heap_bytes();                 // bytes the collector manages now
size_t used_bytes();                 // of those, bytes not free (exact right after collect())
size_t collections();                // collections so far

// A root provider reports ranges of Value slots outside the heap (VM stacks).
using PushRange = void (*)(const void* lo, const void* hi);
using RootProvider = void (*)(void* ctx, PushRange push);
void add_root_provider(RootProvider fn, void* ctx);
void remove_root_provider(RootProvider fn, void* ctx);

// An allocator for C++ containers whose elements hold Values: the storage is root memory.
template <class T>
struct RootAllocator {
  using value_type = T;
  RootAllocator() = default;
  template <class U> RootAllocator(const RootAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(alloc_root(n * sizeof(T))); }
  void deallocate(T* p, size_t) { free_root(p); }
  template <class U> bool operator==(const RootAllocator<U>&) const { return true; }
};
template <class T> using RootedVector = std::vector<T, RootAllocator<T>>;

}  // namespace sy::heap
