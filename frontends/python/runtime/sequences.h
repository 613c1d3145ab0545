// list, tuple, range, slice (sequences.cpp).
#pragma once
#include <cstdint>

#include "core/vm.h"
#include "frontends/python/runtime/object.h"

namespace sy::py {

struct SliceIndices {
  int64_t start, stop, step, count;
};
// CPython's PySlice_GetIndicesEx for a sequence of `length` items.
bool slice_indices(VM& vm, Value slice, int64_t length, SliceIndices* out);
// Sorts a list in place, stably, by key (nil: the items); the comparisons may call back.
bool sort_list(VM& vm, Value list, Value key, bool reverse);
bool tuple_hash(VM& vm, Value t, int64_t* out);
void install_sequences();

}  // namespace sy::py
