#include "frontends/python/lib/set_table.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace sy::pylib {

namespace {

constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

SetTable::Entry* malloc_entries(size_t n) {
  auto* p = static_cast<SetTable::Entry*>(std::calloc(n, sizeof(SetTable::Entry)));
  if (!p) throw std::bad_alloc();
  return p;
}
void free_entries(SetTable::Entry* p, size_t) { std::free(p); }

bool is_unused(const SetTable::Entry& e) { return e.hash == 0 && e.key == 0; }

}  // namespace

const SetTable::Memory SetTable::kMallocMemory = {malloc_entries, free_entries};

SetTable::SetTable(const Memory* memory) : table_(small_), memory_(memory) {}

SetTable::~SetTable() {
  if (table_ != small_) memory_->release(table_, mask_ + 1);
}

// -- Probing (setobject.c's set_lookkey, set_add_entry, set_insert_clean) --

SetTable::Entry* SetTable::lookup(uint64_t key, int64_t hash, KeyEq eq, bool* error) const {
restart:
  size_t perturb = static_cast<size_t>(hash);
  size_t mask = mask_;
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    Entry* entry = &table_[i];
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (is_unused(*entry)) return entry;
      if (entry->hash == hash) {
        uint64_t start_key = entry->key;
        if (start_key == key) return entry;
        const Entry* table = table_;
        int cmp = eq(start_key, key);
        if (cmp < 0) {
          *error = true;
          return nullptr;
        }
        if (table != table_ || entry->key != start_key) goto restart;  // the comparison changed the set
        if (cmp > 0) return entry;
        mask = mask_;
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int SetTable::add(uint64_t key, int64_t hash, KeyEq eq) {
restart:
  size_t mask = mask_;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  Entry* free_slot = nullptr;
  Entry* entry;
  for (;;) {
    entry = &table_[i];
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (is_unused(*entry)) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        uint64_t start_key = entry->key;
        if (start_key == key) return 0;
        const Entry* table = table_;
        int cmp = eq(start_key, key);
        if (cmp > 0) return 0;
        if (cmp < 0) return kError;
        if (table != table_ || entry->key != start_key) goto restart;
        mask = mask_;
      } else if (entry->hash == -1) {
        free_slot = entry;  // the last dummy on the probe path is reused
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (free_slot) {
    ++used_;
    free_slot->key = key;
    free_slot->hash = hash;
    return 1;
  }
  ++fill_;
  ++used_;
  entry->key = key;
  entry->hash = hash;
  if (fill_ * 5 >= mask * 3) resize(used_ > 50000 ? used_ * 2 : used_ * 4);
  return 1;
}

void SetTable::insert_clean(Entry* table, size_t mask, uint64_t key, int64_t hash) {
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  Entry* entry;
  for (;;) {
    entry = &table[i];
    if (entry->key == 0) goto found;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key == 0) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found:
  entry->key = key;
  entry->hash = hash;
}

// setobject.c's set_table_resize: the smallest power of two above min_used.
void SetTable::resize(size_t min_used) {
  size_t new_size = kMinSize;
  while (new_size <= min_used) new_size <<= 1;
  Entry* old_table = table_;
  size_t old_size = mask_ + 1;
  bool old_allocated = old_table != small_;
  Entry small_copy[kMinSize];
  Entry* new_table;
  if (new_size == kMinSize) {
    new_table = small_;
    if (old_table == small_) {
      if (fill_ == used_) return;  // no dummies: nothing to rebuild
      std::memcpy(small_copy, small_, sizeof small_copy);
      old_table = small_copy;
    }
  } else {
    new_table = memory_->allocate(new_size);
  }
  std::memset(static_cast<void*>(new_table), 0, sizeof(Entry) * new_size);
  mask_ = new_size - 1;
  table_ = new_table;
  fill_ = used_;
  for (size_t k = 0; k < old_size; ++k)
    if (old_table[k].key != 0) insert_clean(new_table, mask_, old_table[k].key, old_table[k].hash);
  if (old_allocated) memory_->release(old_table, old_size);
}

// -- Operations --

int SetTable::contains(uint64_t key, int64_t hash, KeyEq eq) const {
  bool error = false;
  Entry* e = lookup(key, hash, eq, &error);
  if (error) return kError;
  return e->key != 0 ? 1 : 0;
}

int SetTable::discard(uint64_t key, int64_t hash, KeyEq eq, uint64_t* removed) {
  bool error = false;
  Entry* e = lookup(key, hash, eq, &error);
  if (error) return kError;
  if (e->key == 0) return 0;
  if (removed) *removed = e->key;
  e->key = 0;
  e->hash = -1;
  --used_;
  return 1;
}

bool SetTable::pop(Entry* out) {
  if (used_ == 0) return false;
  Entry* entry = table_ + (finger_ & mask_);
  Entry* limit = table_ + mask_;
  while (entry->key == 0) {
    if (++entry > limit) entry = table_;
  }
  *out = *entry;
  entry->key = 0;
  entry->hash = -1;
  --used_;
  finger_ = static_cast<size_t>(entry - table_) + 1;
  return true;
}

void SetTable::clear() {
  if (table_ != small_) memory_->release(table_, mask_ + 1);
  std::memset(static_cast<void*>(small_), 0, sizeof small_);
  table_ = small_;
  mask_ = kMinSize - 1;
  fill_ = used_ = 0;
}

int SetTable::merge(const SetTable& other, KeyEq eq) {
  if (&other == this || other.used_ == 0) return 0;
  if ((fill_ + other.used_) * 5 >= mask_ * 3) resize((used_ + other.used_) * 2);
  if (fill_ == 0 && mask_ == other.mask_ && other.fill_ == other.used_) {
    // Same size, no dummies: the layout carries over entry by entry.
    for (size_t i = 0; i <= other.mask_; ++i)
      if (other.table_[i].key != 0) table_[i] = other.table_[i];
    fill_ = other.fill_;
    used_ = other.used_;
    return 0;
  }
  if (fill_ == 0) {
    fill_ = used_ = other.used_;
    for (size_t i = 0; i <= other.mask_; ++i)
      if (other.table_[i].key != 0) insert_clean(table_, mask_, other.table_[i].key, other.table_[i].hash);
    return 0;
  }
  for (size_t i = 0; i <= other.mask_; ++i) {
    const Entry& e = other.table_[i];
    if (e.key != 0 && add(e.key, e.hash, eq) == kError) return kError;
  }
  return 0;
}

void SetTable::presize(size_t n) {
  if ((fill_ + n) * 5 >= mask_ * 3) resize((used_ + n) * 2);
}

void SetTable::compact_if_sparse() {
  if (fill_ - used_ <= mask_ / 4) return;
  resize(used_ > 50000 ? used_ * 2 : used_ * 4);
}

void SetTable::swap(SetTable& other) {
  std::swap(fill_, other.fill_);
  std::swap(used_, other.used_);
  std::swap(mask_, other.mask_);
  bool mine_small = table_ == small_, theirs_small = other.table_ == other.small_;
  Entry* mine = table_;
  table_ = theirs_small ? small_ : other.table_;
  other.table_ = mine_small ? other.small_ : mine;
  if (mine_small || theirs_small) {
    Entry tmp[kMinSize];
    std::memcpy(tmp, small_, sizeof tmp);
    std::memcpy(small_, other.small_, sizeof tmp);
    std::memcpy(other.small_, tmp, sizeof tmp);
  }
  std::swap(memory_, other.memory_);
}

// -- Set algebra (setobject.c's set_intersection, set_difference, ...) --

int set_intersection(const SetTable& a, const SetTable& b, SetTable& out, SetTable::KeyEq eq) {
  if (&a == &b) return out.merge(a, eq);
  const SetTable* big = &a;
  const SetTable* small = &b;
  if (small->size() > big->size()) std::swap(big, small);
  size_t pos = 0;
  SetTable::Entry e;
  while (small->next(&pos, &e)) {
    int rv = big->contains(e.key, e.hash, eq);
    if (rv == SetTable::kError) return rv;
    if (rv && out.add(e.key, e.hash, eq) == SetTable::kError) return SetTable::kError;
  }
  return 0;
}

int set_difference_update(SetTable& a, const SetTable& b, SetTable::KeyEq eq) {
  if (&a == &b) {
    a.clear();
    return 0;
  }
  SetTable narrowed(a.memory());
  const SetTable* other = &b;
  if ((b.size() >> 3) > a.size()) {  // far larger: remove only what they share
    if (set_intersection(a, b, narrowed, eq) == SetTable::kError) return SetTable::kError;
    other = &narrowed;
  }
  size_t pos = 0;
  SetTable::Entry e;
  while (other->next(&pos, &e))
    if (a.discard(e.key, e.hash, eq) == SetTable::kError) return SetTable::kError;
  a.compact_if_sparse();
  return 0;
}

int set_difference(const SetTable& a, const SetTable& b, SetTable& out, SetTable::KeyEq eq) {
  if ((a.size() >> 2) > b.size()) {  // much larger: copy, then remove
    if (out.merge(a, eq) == SetTable::kError) return SetTable::kError;
    return set_difference_update(out, b, eq);
  }
  size_t pos = 0;
  SetTable::Entry e;
  while (a.next(&pos, &e)) {
    int rv = b.contains(e.key, e.hash, eq);
    if (rv == SetTable::kError) return rv;
    if (!rv && out.add(e.key, e.hash, eq) == SetTable::kError) return SetTable::kError;
  }
  return 0;
}

int set_symmetric_difference_update(SetTable& a, const SetTable& b, SetTable::KeyEq eq) {
  if (&a == &b) {
    a.clear();
    return 0;
  }
  size_t pos = 0;
  SetTable::Entry e;
  while (b.next(&pos, &e)) {
    int rv = a.discard(e.key, e.hash, eq);
    if (rv == SetTable::kError) return rv;
    if (rv == 0 && a.add(e.key, e.hash, eq) == SetTable::kError) return SetTable::kError;
  }
  return 0;
}

int set_symmetric_difference(const SetTable& a, const SetTable& b, SetTable& out, SetTable::KeyEq eq) {
  if (out.merge(b, eq) == SetTable::kError) return SetTable::kError;
  return set_symmetric_difference_update(out, a, eq);
}

int set_union(const SetTable& a, const SetTable& b, SetTable& out, SetTable::KeyEq eq) {
  if (out.merge(a, eq) == SetTable::kError) return SetTable::kError;
  if (&a == &b) return 0;
  return out.merge(b, eq);
}

int set_intersection_update(SetTable& a, const SetTable& b, SetTable::KeyEq eq) {
  SetTable result(a.memory());
  if (set_intersection(a, b, result, eq) == SetTable::kError) return SetTable::kError;
  a.swap(result);
  return 0;
}

}  // namespace sy::pylib
