// erts's term hashes: make_hash2 (erlang:phash2/1,2: portable, the same on every erl),
// make_hash (the older erlang:phash/2, which dict and sets use), and make_internal_hash (the order in which erts iterates maps of more than 32 keys).
#pragma once
#include <cstdint>

#include "frontends/beam/runtime/terms.h"

namespace sy::beam {

uint32_t phash2_full(Value term);  // make_hash2; phash2/1 is its low 27 bits
uint32_t phash_full(Value term);   // make_hash: erlang:phash/2 is (it mod Range) + 1

// make_internal_hash(Term, 0). Atoms hash by their index in erl's atom table, which
// depends on erl's boot (erl itself does not give one order from run to run); here they
// hash by name. Every other key gives erl's order.
uint32_t internal_hash(Value term);

}  // namespace sy::beam
