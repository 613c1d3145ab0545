#include "frontends/beam/runtime/maps.h"

#include <algorithm>

#include "frontends/beam/runtime/compare.h"

namespace sy::beam {

Map* map_put(const Map* m, Value key, Value value) {
  Value old = map_get(m, key);
  if (!old.is_empty() && exact_equal_fast(old, value)) return const_cast<Map*>(m);
  Map* copy = map_copy(m, 1);
  map_set(copy, key, value);
  return copy;
}

Map* map_without(const Map* m, Value key) {
  if (map_get(m, key).is_empty()) return const_cast<Map*>(m);
  Map* copy = map_copy(m);
  map_remove(copy, key);
  return copy;
}

std::vector<const MapEntry*> entries_in_key_order(const Map* m) {
  std::vector<const MapEntry*> out;
  out.reserve(m->count);
  for (uint64_t i = 0; i < m->used; ++i)
    if (!m->entries[i].key.is_empty()) out.push_back(&m->entries[i]);
  std::sort(out.begin(), out.end(),
            [](const MapEntry* x, const MapEntry* y) { return compare_exact(x->key, y->key) < 0; });
  return out;
}

std::vector<const MapEntry*> entries_in_iteration_order(const Map* m) {
  return entries_in_key_order(m);
}

}  // namespace sy::beam
