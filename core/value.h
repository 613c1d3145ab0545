// Value: one 64-bit word for every value of every language.
//
// Encoding (top 16 bits decide; doubles are stored with an offset so that every
// real double, after NaN canonicalisation, lands in the range 0x0002..0xFFF2):
//
//   0x0000 | 48-bit pointer   heap object with a header (8-byte aligned, never 0); the word
//                             0 is "empty"
//   0x0000 | pointer + 1      pair: a headerless cell of two Values (object.h), the pointer
//                             tagged in its low bit
//   0x0001 | kind:8 | payload:32   immediates: nil, false, true, atoms
//   0x0002 .. 0xFFF2          double, bits = IEEE bits + 2^49
//   0xFFFF | 48-bit int       small integer, two's complement in the low 48 bits
//
// Small integers span [-2^47, 2^47); arithmetic that leaves that range continues in
// heap bignums (core/bigint.h), so front ends see one unbounded integer type.
// "Empty" (the word 0) is not a language value: it marks unset slots, absent map
// keys, and a native's "an exception is pending" return.
//
// Pairs carry their class in the pointer rather than in a header, so that a list cell is
// two words (16 bytes, one allocation granule) as in BEAM and Lisp systems, and a type
// test of a list cell reads no memory. The tagged pointer points inside the cell, which
// the collector recognises (heap.h).
#pragma once
#include <cstdint>
#include <cstring>

namespace sy {

// Class ids are small dense integers: PIC selectors compare and hash them cheaply.
// Immediates get their class from the tag; heap objects carry it in their header.
using ClassId = uint32_t;
namespace cls {
enum : ClassId {
  Empty = 0, Nil, Bool, Int, Float, Atom,          // immediates
  BigInt, String, Tuple, Array, Map, Closure,      // heap objects
  Object, Shape, Error, NativeFn, Continuation, Fiber, Segment,
  Pair,                                            // headerless, tagged in the pointer
  FirstUserClass                                   // classes registered at run time start here
};
}

struct ObjHeader;
struct Pair;

class Value {
 public:
  static constexpr uint64_t kDoubleOffset = uint64_t{1} << 49;
  static constexpr uint64_t kIntTag = 0xFFFF'0000'0000'0000ull;
  static constexpr uint64_t kImmTag = 0x0001'0000'0000'0000ull;
  static constexpr uint64_t kPairTag = 1;
  static constexpr uint64_t kTopMask = 0xFFFF'0000'0000'0000ull;
  static constexpr int64_t kIntMin = -(int64_t{1} << 47);
  static constexpr int64_t kIntMax = (int64_t{1} << 47) - 1;
  enum ImmKind : uint64_t { kNil = 1, kBool = 2, kAtom = 3 };

  constexpr Value() : bits_(0) {}
  static constexpr Value from_bits(uint64_t b) { Value v; v.bits_ = b; return v; }

  // -- Constructors --
  static constexpr Value nil() { return from_bits(imm(kNil, 0)); }
  static constexpr Value boolean(bool b) { return from_bits(imm(kBool, b ? 1 : 0)); }
  static constexpr Value atom(uint32_t id) { return from_bits(imm(kAtom, id)); }
  // Only for n in [kIntMin, kIntMax]; use make_int() (core/bigint.h) for any int64.
  static constexpr Value small_int(int64_t n) {
    return from_bits(kIntTag | (static_cast<uint64_t>(n) & 0x0000'FFFF'FFFF'FFFFull));
  }
  static Value number(double d) {
    uint64_t b;
    std::memcpy(&b, &d, 8);
    if (d != d) b = 0x7FF8'0000'0000'0000ull;  // one canonical NaN keeps the tag space free
    return from_bits(b + kDoubleOffset);
  }
  static Value object(const void* p) { return from_bits(reinterpret_cast<uint64_t>(p)); }
  static Value pair(const Pair* p) { return from_bits(reinterpret_cast<uint64_t>(p) + kPairTag); }

  // -- Tests --
  constexpr bool is_empty() const { return bits_ == 0; }
  constexpr bool is_int() const { return bits_ >= kIntTag; }
  constexpr bool is_double() const { return (bits_ >> 48) - 2 < 0xFFF1; }
  // A heap object with a header (not a pair).
  constexpr bool is_object() const { return (bits_ & (kTopMask | kPairTag)) == 0 && bits_ != 0; }
  constexpr bool is_pair() const { return (bits_ & (kTopMask | kPairTag)) == kPairTag; }
  constexpr bool is_imm() const { return (bits_ >> 48) == 1; }
  constexpr bool is_nil() const { return bits_ == imm(kNil, 0); }
  constexpr bool is_bool() const { return (bits_ & ~uint64_t{1}) == imm(kBool, 0); }
  constexpr bool is_atom() const { return (bits_ >> 32) == (imm(kAtom, 0) >> 32); }
  constexpr bool is_true() const { return bits_ == imm(kBool, 1); }
  constexpr bool is_false() const { return bits_ == imm(kBool, 0); }
  // The VM's own truth test: only nil and false are false. Languages with richer rules
  // (Python's empty containers) convert explicitly.
  constexpr bool truthy() const { return bits_ != imm(kBool, 0) && bits_ != imm(kNil, 0); }
  static constexpr bool fits_small(int64_t n) { return n >= kIntMin && n <= kIntMax; }

  // -- Accessors (the caller has checked the kind) --
  constexpr int64_t as_int() const { return static_cast<int64_t>(bits_ << 16) >> 16; }
  double as_double() const {
    uint64_t b = bits_ - kDoubleOffset;
    double d;
    std::memcpy(&d, &b, 8);
    return d;
  }
  constexpr uint32_t atom_id() const { return static_cast<uint32_t>(bits_); }
  ObjHeader* as_object() const { return reinterpret_cast<ObjHeader*>(bits_); }
  template <class T> T* as() const { return reinterpret_cast<T*>(bits_); }
  Pair* as_pair() const { return reinterpret_cast<Pair*>(bits_ - kPairTag); }

  constexpr uint64_t bits() const { return bits_; }
  constexpr bool operator==(const Value&) const = default;  // identity, not language equality

 private:
  static constexpr uint64_t imm(uint64_t kind, uint64_t payload) {
    return kImmTag | (kind << 40) | payload;
  }
  uint64_t bits_;
};
static_assert(sizeof(Value) == 8);

// Every heap object starts with this header. `cls` is the object's class id (the PIC
// selector); `aux` is free for the layout's own use (a length, a hash, flags).
struct ObjHeader {
  ClassId cls;
  uint32_t aux;
};

inline ClassId class_of(Value v) {
  if (v.is_int()) return cls::Int;
  if (v.is_object()) return v.as_object()->cls;
  if (v.is_double()) return cls::Float;
  if (v.is_pair()) return cls::Pair;
  if (v.is_nil()) return cls::Nil;
  if (v.is_bool()) return cls::Bool;
  if (v.is_atom()) return cls::Atom;
  return cls::Empty;
}

inline bool is_instance(Value v, ClassId c) { return v.is_object() && v.as_object()->cls == c; }

}  // namespace sy
