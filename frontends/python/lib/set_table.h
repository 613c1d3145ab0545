// The hash table of CPython 3.11's set and frozenset, reproduced so that a set iterates
// (and prints) in exactly CPython's order for the same history of operations.
//
// The invariants are setobject.c's. The table has 2**k entries, 8 of them inline. A
// new key probes from hash & mask: first LINEAR_PROBES (9) neighbours when they fit
// before the end of the table, then the next start i = (i * 5 + 1 + perturb) & mask
// with perturb = hash >> 5, >> 10, ... A removed key leaves a dummy (hash -1) that a
// later add may reuse. `fill` counts live and dummy entries, `used` live ones; when an
// add takes a never-used entry and fill * 5 >= mask * 3, the table is rebuilt for
// used * 4 keys (used * 2 past 50000), dropping the dummies. Iteration is table order.
//
// Keys are opaque 64-bit words (the runtime's Values) with their hashes; key 0 is
// reserved (the VM's empty word). Two keys are equal when identical or when the
// caller's KeyEq says so, which it may only be asked for keys of equal hash. KeyEq may
// fail (a Python __eq__ raising): the operation then returns kError and the caller
// reports its own pending error. If KeyEq mutates the table, the lookup restarts, as
// CPython's does.
#pragma once
#include <cstddef>
#include <cstdint>

namespace sy::pylib {

class SetTable {
 public:
  struct Entry {
    uint64_t key;  // 0: unused (hash 0) or removed (hash -1)
    int64_t hash;
  };

  // Key equality: 1 equal, 0 not, -1 failed.
  struct KeyEq {
    int (*fn)(void* ctx, uint64_t stored, uint64_t probe);
    void* ctx;
    int operator()(uint64_t stored, uint64_t probe) const { return fn(ctx, stored, probe); }
  };

  // Where tables larger than the inline one live. A runtime whose keys are collected
  // references allocates them where its collector looks (and frees nothing).
  struct Memory {
    Entry* (*allocate)(size_t n);  // n zeroed entries
    void (*release)(Entry* entries, size_t n);
  };
  static const Memory kMallocMemory;

  static constexpr int kError = -1;
  static constexpr size_t kMinSize = 8;

  explicit SetTable(const Memory* memory = &kMallocMemory);
  ~SetTable();
  SetTable(const SetTable&) = delete;
  SetTable& operator=(const SetTable&) = delete;

  size_t size() const { return used_; }
  size_t capacity() const { return mask_ + 1; }
  const Memory* memory() const { return memory_; }

  // set.add: 1 added, 0 already present, kError.
  int add(uint64_t key, int64_t hash, KeyEq eq);
  // `in`: 1 present, 0 absent, kError.
  int contains(uint64_t key, int64_t hash, KeyEq eq) const;
  // set.discard: 1 removed, 0 absent, kError. `removed` (optional) gets the stored key.
  int discard(uint64_t key, int64_t hash, KeyEq eq, uint64_t* removed = nullptr);
  // set.pop: false when empty (CPython's KeyError "pop from an empty set").
  bool pop(Entry* out);
  // set.clear: back to the inline table.
  void clear();

  // Iteration in table order: start with pos = 0; false at the end.
  bool next(size_t* pos, Entry* out) const {
    while (*pos <= mask_) {
      const Entry& e = table_[(*pos)++];
      if (e.key != 0) {
        *out = e;
        return true;
      }
    }
    return false;
  }

  // set.update(other_set) and set(other_set), set.copy(): CPython's set_merge, which
  // sizes the table once and copies a same-sized table entry by entry.
  int merge(const SetTable& other, KeyEq eq);
  // Before adding n keys from a dict (set.update(d), set(d)): one resize up front.
  void presize(size_t n);
  // The tail of CPython's difference_update: rebuild when over a quarter are dummies.
  void compact_if_sparse();
  // Exchanges the contents (CPython's set_swap_bodies), as intersection_update does.
  void swap(SetTable& other);

 private:
  Entry* lookup(uint64_t key, int64_t hash, KeyEq eq, bool* error) const;
  void resize(size_t min_used);
  static void insert_clean(Entry* table, size_t mask, uint64_t key, int64_t hash);

  Entry* table_;
  size_t mask_ = kMinSize - 1;
  size_t fill_ = 0;
  size_t used_ = 0;
  size_t finger_ = 0;  // where pop() resumes
  const Memory* memory_;
  Entry small_[kMinSize] = {};
};

// The set algebra of setobject.c for two sets, in CPython's iteration and insertion
// order. `out` starts empty. Each returns 0 or SetTable::kError.
int set_intersection(const SetTable& a, const SetTable& b, SetTable& out, SetTable::KeyEq eq);  // a & b
int set_difference(const SetTable& a, const SetTable& b, SetTable& out, SetTable::KeyEq eq);    // a - b
int set_symmetric_difference(const SetTable& a, const SetTable& b, SetTable& out, SetTable::KeyEq eq);  // a ^ b
int set_union(const SetTable& a, const SetTable& b, SetTable& out, SetTable::KeyEq eq);  // a | b
// In place: a -= b, a ^= b, a &= b.
int set_difference_update(SetTable& a, const SetTable& b, SetTable::KeyEq eq);
int set_symmetric_difference_update(SetTable& a, const SetTable& b, SetTable::KeyEq eq);
int set_intersection_update(SetTable& a, const SetTable& b, SetTable::KeyEq eq);

}  // namespace sy::pylib
