#include "frontends/beam/runtime/maps.h"

#include <algorithm>

#include "frontends/beam/runtime/compare.h"
#include "frontends/beam/runtime/hash.h"

namespace sy::beam {

Map* map_put(const Map* m, Value key, Value value) {
  Value old = map_get(m, key);
  if (!old.is_empty() && exact_equal_fast(old, value)) return const_cast<Map*>(m);
  Map* copy = map_copy(m, 1);
  map_set(copy, key, value);
  return copy;
}

Map* map_put_all(const Map* m, const Value* keys, const Value* values, size_t n) {
  Map* copy = map_copy(m, n);
  for (size_t i = 0; i < n; ++i) map_set(copy, keys[i], values[i]);
  return copy;
}

Map* map_without(const Map* m, Value key) {
  if (map_get(m, key).is_empty()) return const_cast<Map*>(m);
  Map* copy = map_copy(m);
  map_remove(copy, key);
  return copy;
}

namespace {

std::vector<const MapEntry*> live_entries(const Map* m) {
  std::vector<const MapEntry*> out;
  out.reserve(m->count);
  for (uint64_t i = 0; i < m->used; ++i)
    if (!m->entries[i].key.is_empty()) out.push_back(&m->entries[i]);
  return out;
}

// A hash trie visits its keys by the hash's nibbles, least significant first.
uint32_t nibble_reversed(uint32_t h) {
  uint32_t r = 0;
  for (int i = 0; i < 8; ++i) r = (r << 4) | ((h >> (4 * i)) & 15);
  return r;
}

}  // namespace

std::vector<const MapEntry*> entries_in_key_order(const Map* m) {
  std::vector<const MapEntry*> out = live_entries(m);
  std::sort(out.begin(), out.end(),
            [](const MapEntry* x, const MapEntry* y) { return compare_exact(x->key, y->key) < 0; });
  return out;
}

std::vector<const MapEntry*> entries_in_iteration_order(const Map* m) {
  if (m->count <= kFlatMapLimit) return entries_in_key_order(m);
  std::vector<const MapEntry*> out = live_entries(m);
  std::vector<std::pair<uint32_t, const MapEntry*>> keyed;
  keyed.reserve(out.size());
  for (const MapEntry* e : out) keyed.emplace_back(nibble_reversed(internal_hash(e->key)), e);
  std::sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) {
    if (x.first != y.first) return x.first < y.first;
    return compare_exact(x.second->key, y.second->key) < 0;  // a full hash collision
  });
  for (size_t i = 0; i < keyed.size(); ++i) out[i] = keyed[i].second;
  return out;
}

std::vector<const MapEntry*> entries_in_list_order(const Map* m) {
  std::vector<const MapEntry*> out = entries_in_iteration_order(m);
  if (m->count > kFlatMapLimit) std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace sy::beam
