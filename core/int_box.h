// Int boxes: integers past the small range but within int64, which are one-limb
// bignums. The interpreter's add/sub/mul/addi/forstep read them inline and may overwrite
// the box their destination register owns instead of allocating (core/ir/box_reuse.h
// says where). Everything else treats a box as an immutable bignum.
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/value.h"

namespace sy::int_box {

// A one-limb bignum as core/bigint.cpp lays it out (its static_asserts hold this to it).
struct Layout {
  ObjHeader h;  // h.aux holds kOwnedByRegister
  int32_t alloc, size;  // GMP's _mp_alloc and _mp_size: size is the sign times the limb count
  uint64_t* digits;     // GMP's _mp_d: the limbs below
  uint64_t limb;
};

// Set on boxes that add/sub/mul/addi/forstep allocate for their destination register;
// never on a constant's (Function::add_constant clears it); cleared when a continuation's
// frames are cloned, which makes two frames hold the same box.
inline constexpr uint32_t kOwnedByRegister = 1;

// A box the register holding it owns: class and flag in one compare of the header.
[[gnu::always_inline]] inline bool owned(const Layout* b) {
  static_assert(sizeof(ObjHeader) == sizeof(uint64_t) && offsetof(ObjHeader, aux) == 4);
  uint64_t header;
  __builtin_memcpy(&header, &b->h, sizeof header);
  return header == (uint64_t{kOwnedByRegister} << 32 | cls::BigInt);
}

// v as an int64 if it is a small int or a one-limb bignum within int64.
[[gnu::always_inline]] inline bool read(Value v, int64_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (!is_instance(v, cls::BigInt)) return false;
  const Layout* b = v.as<Layout>();
  uint64_t mag = b->limb;
  if (b->size == 1 && mag <= static_cast<uint64_t>(INT64_MAX)) {
    *out = static_cast<int64_t>(mag);
    return true;
  }
  if (b->size == -1 && mag <= uint64_t{1} << 63) {
    *out = static_cast<int64_t>(0 - mag);
    return true;
  }
  return false;
}

// The value of a box a register owns: always within int64.
[[gnu::always_inline]] inline int64_t owned_value(const Layout* b) {
  return b->size < 0 ? static_cast<int64_t>(0 - b->limb) : static_cast<int64_t>(b->limb);
}

// Writes r (outside the small range, within int64) into a box a register owns.
[[gnu::always_inline]] inline void store(Layout* b, int64_t r) {
  int32_t sign = r < 0 ? -1 : 1;
  if (b->size != sign) b->size = sign;
  b->limb = r < 0 ? 0 - static_cast<uint64_t>(r) : static_cast<uint64_t>(r);
}

// A new box for n (outside the small range), owned by the register it is written to.
Value make_owned(int64_t n);

// For an add/sub/mul/addi whose exact result r is within int64 but outside the small
// range: overwrites `old` (what the destination register holds) with r if the register
// owns it and `reuse` (core/ir/box_reuse.h) allows it. The register is then left as it
// is: not storing the same pointer again keeps a loop's sum off a store-to-load chain
// through the register file.
[[gnu::always_inline]] inline bool overwrite(Value old, int64_t r, bool reuse) {
  if (!reuse || !old.is_object() || !owned(old.as<Layout>())) return false;
  store(old.as<Layout>(), r);
  return true;
}

// Clears kOwnedByRegister on v if it is an int box: another frame now holds it too.
inline void disown(Value v) {
  if (is_instance(v, cls::BigInt)) v.as<Layout>()->h.aux = 0;
}

}  // namespace sy::int_box
