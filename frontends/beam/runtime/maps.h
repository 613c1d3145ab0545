// Erlang maps on core Map. A map another term can see is never mutated: updates copy
// (core map_copy), so an Erlang map is a value. An update costs O(size) (a put into a
// 1000-key map copies it; bench/beam_runtime's BM_map_put_1000 measures building one key
// at a time); erts's hash tries make that O(log size). Keys are compared with same_key, which
// is =:= for Erlang terms (docs/beam.md).
//
// Order. erts keeps a map of up to 32 keys sorted by the exact term order of its keys,
// and that is the order maps:to_list/1, maps:keys/1 and io_lib see. Larger maps are
// hash tries in erts, iterated in the order of make_internal_hash (hash.h).
#pragma once
#include <vector>

#include "frontends/beam/runtime/terms.h"

namespace sy::beam {

inline constexpr uint64_t kFlatMapLimit = 32;  // erts MAP_SMALL_MAP_LIMIT

// The value under key, or empty.
inline Value map_find(const Map* m, Value key) { return map_get(m, key); }
// A map with key set to value: m itself when it already maps key to an =:= value.
Map* map_put(const Map* m, Value key, Value value);
// put_map_assoc with several pairs (keys[i] -> values[i]): one copy for all of them.
Map* map_put_all(const Map* m, const Value* keys, const Value* values, size_t n);
// A map without key: m itself when key is absent.
Map* map_without(const Map* m, Value key);

// Entries sorted by the exact order of their keys (term comparison of maps).
std::vector<const MapEntry*> entries_in_key_order(const Map* m);
// Entries in erts's iteration order (maps:iterator/1 and maps:next/1, maps:fold/3,
// printing, term_to_binary): key order up to 32 keys, hash order above.
std::vector<const MapEntry*> entries_in_iteration_order(const Map* m);
// The order of maps:keys/1, maps:values/1 and maps:to_list/1: the iteration order, but
// reversed for maps of more than 32 keys (erts builds those lists back to front).
std::vector<const MapEntry*> entries_in_list_order(const Map* m);

}  // namespace sy::beam
