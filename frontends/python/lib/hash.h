// hash() exactly as CPython 3.11 on 64-bit machines.
//
//   ints       the value modulo the Mersenne prime 2**61 - 1, keeping the sign
//   floats     consistent with ints for integral values (hash(2.0) == hash(2)); inf and
//              -inf are +-314159; a NaN hashes by identity (3.10+), like None and
//              plain objects: hash_identity of the object's address
//   bools      0 and 1
//   tuples     the xxHash-based combination of 3.8+
//   frozensets CPython's order-independent shuffle-and-xor
//   strs       SipHash-1-3 over CPython's one/two/four-byte representation of the text.
//              CPython keys it randomly per process; with the default key of zeros the
//              values equal CPython's under PYTHONHASHSEED=0, so sets of strings iterate
//              in that run's order.
//
// No hash is ever -1 (CPython's error value): -1 becomes -2.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/value.h"

namespace sy::pylib {

constexpr int kHashBits = 61;
constexpr uint64_t kHashModulus = (uint64_t{1} << kHashBits) - 1;
constexpr int64_t kHashInf = 314159;

int64_t hash_int(Value i);  // small or big
int64_t hash_int64(int64_t n);
int64_t hash_double(double d, uint64_t identity);  // identity: used only for NaN
int64_t hash_identity(uint64_t address);           // _Py_HashPointer: None, object(), NaN
inline int64_t hash_bool(bool b) { return b ? 1 : 0; }

struct StrHashKey {
  uint64_t k0 = 0, k1 = 0;
};
int64_t hash_str(std::string_view utf8, StrHashKey key = {});
int64_t hash_bytes(std::string_view bytes, StrHashKey key = {});

// Feed the items' hashes in order, then finish() with the item count.
class TupleHasher {
 public:
  void add(int64_t item_hash);
  int64_t finish() const;

 private:
  uint64_t acc_ = 2870177450012600261ull;  // _PyHASH_XXPRIME_5
  uint64_t len_ = 0;
};
int64_t hash_tuple(const int64_t* item_hashes, size_t n);

// The hash of a frozenset from its elements' hashes, in any order.
int64_t hash_frozenset(const int64_t* item_hashes, size_t n);

}  // namespace sy::pylib
