// Iterator objects of the builtin types and of enumerate, zip, map, filter, reversed.
// Their `next` natives return the stop() marker at the end instead of raising
// StopIteration (the fornext protocol); next() and __next__ raise it.
#pragma once
#include "core/vm.h"
#include "frontends/python/runtime/object.h"

namespace sy::py {

struct Iter {
  ObjHeader h;
  uint32_t reserved;
  Value src;      // what is iterated: a sequence, dict, set, iterator or function
  Value aux;      // enumerate: unused; zip/map: tuple of iterators; filter: the iterator
  int64_t index;  // next position (bytes for str), count for enumerate
  int64_t end;    // range: remaining items; dict: the size seen at the start
  int64_t step;   // range: step
};

Value new_seq_iter(Value seq);          // list, tuple or str
Value new_reversed_seq_iter(Value seq);  // list or tuple, backwards
Value new_range_iter(int64_t start, int64_t step, int64_t count);
Value new_long_range_iter(Value start, Value step, Value length);  // bounds beyond the small ints
int64_t iterator_length_hint(Value it);  // items left in a range iterator; -1 for others
enum class DictPart : uint8_t { Keys, Values, Items };
Value new_dict_iter(Value dict, DictPart part);
Value new_getitem_iterator(Value obj);  // obj[0], obj[1], ... until IndexError
Value char_str(char32_t c);             // one-character str (cached for ASCII)

void install_iterators();

}  // namespace sy::py
