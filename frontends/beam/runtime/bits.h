// The bit syntax over Binary: reading segments for binary matching (bs_match,
// bs_get_*, bs_skip_*) and building bitstrings (bs_create_bin), with erl's rules:
// big-endian by default; a little-endian segment of N bits is its bytes least
// significant first, the N mod 8 most significant bits last; floats of 16, 32 or 64 bits;
// utf8/16/32 code points (no surrogates, at most 16#10FFFF).
//
// Positions and sizes are in bits, positions relative to the start of the bitstring.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "frontends/beam/runtime/terms.h"

namespace sy::beam {

// -- Matching: false when the segment does not match (too few bits, a bad float or code point) --

bool bs_get_integer(const Binary* b, uint64_t pos, uint64_t size, bool is_signed, bool little, Value* out);
bool bs_get_float(const Binary* b, uint64_t pos, uint64_t size, bool little, Value* out);
// A code point and the bits it took.
bool bs_get_utf8(const Binary* b, uint64_t pos, uint32_t* cp, uint64_t* bits);
bool bs_get_utf16(const Binary* b, uint64_t pos, bool little, uint32_t* cp, uint64_t* bits);
bool bs_get_utf32(const Binary* b, uint64_t pos, bool little, uint32_t* cp, uint64_t* bits);
inline uint64_t bs_bits_left(const Binary* b, uint64_t pos) { return pos <= b->bit_size ? b->bit_size - pos : 0; }

// -- Construction --

// Appends segments, then makes one bitstring. Starting from an existing bitstring
// (bs_create_bin's append) reuses its store when nothing was written after it, so a
// loop that keeps appending to the binary it built is linear.
class BitBuilder {
 public:
  explicit BitBuilder(uint64_t size_hint_bits = 0);
  // The first segment, for appends: the bits of `bin`, in place when possible.
  void start_with(Value bin);

  // An integer in `size` bits, two's complement (the value is taken modulo 2^size).
  void put_integer(Value n, uint64_t size, bool little);
  // False for a size other than 16, 32 or 64.
  bool put_float(double d, uint64_t size, bool little);
  // The first `bits` bits of b.
  void put_bitstring(const Binary* b, uint64_t bits);
  // False when cp is not a code point (surrogates and values above 16#10FFFF are not).
  bool put_utf8(int64_t cp);
  bool put_utf16(int64_t cp, bool little);
  bool put_utf32(int64_t cp, bool little);

  uint64_t bit_size() const { return bits_; }
  Value finish();

 private:
  void reserve(uint64_t more_bits);
  void put_bits(uint64_t value, unsigned n);  // the n low bits of value, most significant first
  void put_bytes_aligned_or_not(const uint8_t* bytes, uint64_t nbits);

  ByteStore* store_;      // the bytes being written; may be shared with an older window
  uint64_t base_ = 0;     // bit offset of the new bitstring within store_
  uint64_t bits_ = 0;     // bits written after base_
};

// Bytes of utf8/utf16/utf32 segments (bs_utf8_size & co): 0 for a bad code point.
unsigned utf8_size(int64_t cp);
unsigned utf16_size(int64_t cp);

}  // namespace sy::beam
