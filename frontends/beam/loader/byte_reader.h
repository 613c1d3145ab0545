// Loader internals: a bounds-checked big-endian reader over part of a .beam image, and the
// compact term encoding every Code operand (and every Line item) is written in.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace sy::beam {

class ByteReader {
 public:
  // `base` is the file offset of data[0], so offset() can name bytes in messages.
  ByteReader(const uint8_t* data, size_t size, size_t base) : p_(data), begin_(data), end_(data + size), base_(base) {}

  size_t offset() const { return base_ + static_cast<size_t>(p_ - begin_); }
  size_t left() const { return static_cast<size_t>(end_ - p_); }
  bool at_end() const { return p_ == end_; }

  bool u8(uint8_t* v) {
    if (left() < 1) return false;
    *v = *p_++;
    return true;
  }
  bool u16(uint16_t* v) {
    if (left() < 2) return false;
    *v = static_cast<uint16_t>(p_[0] << 8 | p_[1]);
    p_ += 2;
    return true;
  }
  bool u32(uint32_t* v) {
    if (left() < 4) return false;
    *v = uint32_t{p_[0]} << 24 | uint32_t{p_[1]} << 16 | uint32_t{p_[2]} << 8 | p_[3];
    p_ += 4;
    return true;
  }
  bool u64(uint64_t* v) {
    uint32_t hi = 0, lo = 0;
    if (left() < 8) return false;
    u32(&hi);
    u32(&lo);
    *v = uint64_t{hi} << 32 | lo;
    return true;
  }
  bool bytes(size_t n, const uint8_t** out) {
    if (left() < n) return false;
    *out = p_;
    p_ += n;
    return true;
  }

 private:
  const uint8_t* p_;
  const uint8_t* begin_;
  const uint8_t* end_;
  size_t base_;
};

// One compact term: a 3-bit tag and a value (beam_asm:encode/2). Values that need more
// than a word keep their big-endian bytes instead: two's complement for tag `i`,
// unsigned for the others.
enum CompactTag : uint8_t { kTagU = 0, kTagI = 1, kTagA = 2, kTagX = 3, kTagY = 4, kTagF = 5, kTagH = 6, kTagZ = 7 };

struct Compact {
  uint8_t tag = 0;
  bool big = false;             // value did not fit int64: see bytes/len
  int64_t value = 0;
  const uint8_t* bytes = nullptr;
  size_t len = 0;
};

// Reads one compact term. On failure sets `why` (without location) and returns false.
bool read_compact(ByteReader& r, Compact* out, std::string* why);

// The decimal digits of a big-endian two's complement integer ("-123" when negative).
std::string twos_complement_to_decimal(const uint8_t* bytes, size_t len);

struct Module;
// Decodes the instruction stream of the Code chunk (after its header) into
// module->functions and module->labels, and checks every index and label the code uses
// against the tables already read. On failure sets `why` to the problem, located by
// function and file offset, and returns false.
bool read_code(ByteReader code, uint32_t function_count, Module* module, std::string* why);

}  // namespace sy::beam
