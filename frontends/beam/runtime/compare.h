// Term order and equality, as erts defines them.
//
//   number < atom < reference < fun < port < pid < tuple < map < [] < cons < bitstring
//
// (local funs before export funs). Numbers compare by exact mathematical value: 1 == 1.0,
// and an integer against a float is never rounded. Tuples compare by size, then
// elements; lists element by element (a proper prefix first); bitstrings bytewise, then
// by length; maps by size, then their keys in exact key order, then their values in key
// order. The exact order (`=:=`, and the order of map keys) differs only in that every
// integer sorts before every float.
#pragma once
#include "frontends/beam/runtime/terms.h"

namespace sy::beam {

// <0, 0 or >0: the order of erlang:'<' etc.; 0 means `==`.
int compare(Value a, Value b);
// The same, with 0 meaning `=:=` (integers before floats): the order of map keys.
int compare_exact(Value a, Value b);

bool exact_equal(Value a, Value b);  // =:=
inline bool term_equal(Value a, Value b) { return compare(a, b) == 0; }  // ==

// Inline fast path for the VM: identical words are always =:=.
inline bool exact_equal_fast(Value a, Value b) {
  if (a == b) return true;
  if (!a.is_object() && !b.is_object() && !(a.is_pair() && b.is_pair()) && !(a.is_double() && b.is_double()))
    return false;
  return exact_equal(a, b);
}

}  // namespace sy::beam
