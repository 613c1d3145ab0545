#include "frontends/beam/runtime/bits.h"

#include <cmath>
#include <cstring>

#include "core/bigint.h"
#include "frontends/beam/runtime/unicode.h"

namespace sy::beam {

namespace {

// n <= 64 bits of b from bit `pos`, most significant first.
uint64_t read_bits(const Binary* b, uint64_t pos, unsigned n) {
  uint64_t v = 0;
  unsigned done = 0;
  uint64_t bit = b->bit_offset + pos;
  const uint8_t* bytes = b->store->bytes;
  while (done < n && (bit & 7) != 0) {  // up to the next byte boundary
    v = (v << 1) | ((bytes[bit >> 3] >> (7 - (bit & 7))) & 1);
    ++bit;
    ++done;
  }
  while (n - done >= 8) {
    v = (v << 8) | bytes[bit >> 3];
    bit += 8;
    done += 8;
  }
  while (done < n) {
    v = (v << 1) | ((bytes[bit >> 3] >> (7 - (bit & 7))) & 1);
    ++bit;
    ++done;
  }
  return v;
}

double half_to_double(uint16_t h) {
  int sign = (h >> 15) & 1, exp = (h >> 10) & 0x1F, mant = h & 0x3FF;
  double v;
  if (exp == 0) v = std::ldexp(mant, -24);
  else if (exp == 31) v = mant ? NAN : INFINITY;
  else v = std::ldexp(mant + 1024, exp - 25);
  return sign ? -v : v;
}

uint16_t double_to_half(double d) {
  // Round to nearest even, as a C conversion would; out-of-range values become infinity.
  uint16_t sign = std::signbit(d) ? 0x8000 : 0;
  double a = std::fabs(d);
  if (a == 0) return sign;
  if (!std::isfinite(a)) return sign | 0x7C00;
  int e;
  std::frexp(a, &e);  // a = m * 2^e, m in [0.5, 1)
  int exp = e - 1 + 15;
  if (exp >= 31) return sign | 0x7C00;
  if (exp <= 0) {  // subnormal: units of 2^-24
    double units = std::nearbyint(std::ldexp(a, 24));
    return sign | static_cast<uint16_t>(units);
  }
  double mant = std::nearbyint(std::ldexp(a, 10 - (e - 1)));  // 1024..2048
  if (mant >= 2048) {
    mant /= 2;
    ++exp;
    if (exp >= 31) return sign | 0x7C00;
  }
  return sign | static_cast<uint16_t>(exp << 10) | static_cast<uint16_t>(static_cast<int>(mant) - 1024);
}

}  // namespace

// -- Matching --

bool bs_get_integer(const Binary* b, uint64_t pos, uint64_t size, bool is_signed, bool little, Value* out) {
  if (bs_bits_left(b, pos) < size) return false;
  if (size == 0) {
    *out = Value::small_int(0);
    return true;
  }
  if (size <= 64) {
    uint64_t raw = read_bits(b, pos, static_cast<unsigned>(size));
    uint64_t v = raw;
    if (little) {
      unsigned k = static_cast<unsigned>(size / 8), r = static_cast<unsigned>(size % 8);
      v = 0;
      for (unsigned j = 0; j < k; ++j) v |= ((raw >> (size - 8 * (j + 1))) & 0xFF) << (8 * j);
      if (r) v |= (raw & ((uint64_t{1} << r) - 1)) << (8 * k);
    }
    bool negative = is_signed && ((v >> (size - 1)) & 1);
    if (!negative) {
      if (v <= static_cast<uint64_t>(INT64_MAX)) *out = make_int(static_cast<int64_t>(v));
      else {
        uint8_t le[8];
        for (int i = 0; i < 8; ++i) le[i] = static_cast<uint8_t>(v >> (8 * i));
        *out = integer_from_magnitude_bytes(le, 8, false);
      }
      return true;
    }
    // v - 2^size, as a magnitude: 2^size - v.
    uint64_t mag = size == 64 ? (~v + 1) : ((uint64_t{1} << size) - v);
    if (mag <= static_cast<uint64_t>(INT64_MAX)) {
      *out = make_int(-static_cast<int64_t>(mag));
    } else {
      uint8_t le[8];
      for (int i = 0; i < 8; ++i) le[i] = static_cast<uint8_t>(mag >> (8 * i));
      *out = integer_from_magnitude_bytes(le, 8, true);
    }
    return true;
  }
  // Wider than 64 bits: collect the value's bits as little-endian bytes.
  uint64_t nbytes = (size + 7) / 8;
  std::vector<uint8_t> le(nbytes, 0);
  auto set_bit = [&](uint64_t i) { le[i / 8] |= static_cast<uint8_t>(1u << (i % 8)); };
  uint64_t k = size / 8, r = size % 8;
  for (uint64_t i = 0; i < size; ++i) {
    if (!((read_bits(b, pos + i, 1)) & 1)) continue;
    uint64_t value_bit;
    if (!little) {
      value_bit = size - 1 - i;
    } else if (i < 8 * k) {  // byte i/8 of the value, its bit 7 - i%8
      value_bit = (i / 8) * 8 + (7 - i % 8);
    } else {
      value_bit = 8 * k + (r - 1 - (i - 8 * k));
    }
    set_bit(value_bit);
  }
  bool negative = is_signed && ((le[(size - 1) / 8] >> ((size - 1) % 8)) & 1);
  if (negative) {  // magnitude = 2^size - v: invert within size bits and add one
    for (uint64_t i = 0; i < size; ++i) le[i / 8] ^= static_cast<uint8_t>(1u << (i % 8));
    for (uint64_t i = 0; i < nbytes; ++i)
      if (++le[i] != 0) break;
    if (size % 8) le[nbytes - 1] &= static_cast<uint8_t>((1u << (size % 8)) - 1);
  }
  *out = integer_from_magnitude_bytes(le.data(), le.size(), negative);
  return true;
}

bool bs_get_float(const Binary* b, uint64_t pos, uint64_t size, bool little, Value* out) {
  if ((size != 16 && size != 32 && size != 64) || bs_bits_left(b, pos) < size) return false;
  uint64_t raw = read_bits(b, pos, static_cast<unsigned>(size));
  if (little) {
    uint64_t v = 0;
    for (unsigned j = 0; j < size / 8; ++j) v |= ((raw >> (8 * j)) & 0xFF) << (size - 8 * (j + 1));
    raw = v;
  }
  double d;
  if (size == 64) {
    std::memcpy(&d, &raw, 8);
  } else if (size == 32) {
    auto w = static_cast<uint32_t>(raw);
    float f;
    std::memcpy(&f, &w, 4);
    d = f;
  } else {
    d = half_to_double(static_cast<uint16_t>(raw));
  }
  if (!std::isfinite(d)) return false;
  *out = Value::number(d);
  return true;
}

bool bs_get_utf8(const Binary* b, uint64_t pos, uint32_t* cp, uint64_t* bits) {
  uint64_t left = bs_bits_left(b, pos) / 8;
  if (left == 0) return false;
  std::string s;
  for (uint64_t i = 0; i < 4 && i < left; ++i) s += static_cast<char>(read_bits(b, pos + 8 * i, 8));
  size_t at = 0;
  if (!next_utf8(s, &at, cp)) return false;
  *bits = at * 8;
  return true;
}

bool bs_get_utf16(const Binary* b, uint64_t pos, bool little, uint32_t* cp, uint64_t* bits) {
  auto unit = [&](uint64_t p) {
    auto v = static_cast<uint16_t>(read_bits(b, p, 16));
    return little ? static_cast<uint16_t>((v >> 8) | (v << 8)) : v;
  };
  if (bs_bits_left(b, pos) < 16) return false;
  uint16_t w1 = unit(pos);
  if (w1 < 0xD800 || w1 > 0xDFFF) {
    *cp = w1;
    *bits = 16;
    return true;
  }
  if (w1 > 0xDBFF || bs_bits_left(b, pos) < 32) return false;
  uint16_t w2 = unit(pos + 16);
  if (w2 < 0xDC00 || w2 > 0xDFFF) return false;
  *cp = 0x10000 + ((uint32_t{w1} - 0xD800) << 10) + (w2 - 0xDC00);
  *bits = 32;
  return true;
}

bool bs_get_utf32(const Binary* b, uint64_t pos, bool little, uint32_t* cp, uint64_t* bits) {
  if (bs_bits_left(b, pos) < 32) return false;
  auto v = static_cast<uint32_t>(read_bits(b, pos, 32));
  if (little) v = __builtin_bswap32(v);
  if (!is_code_point(v)) return false;
  *cp = v;
  *bits = 32;
  return true;
}

unsigned utf8_size(int64_t cp) {
  if (!is_code_point(cp)) return 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
unsigned utf16_size(int64_t cp) {
  if (!is_code_point(cp)) return 0;
  return cp < 0x10000 ? 2 : 4;
}

// -- Construction --

BitBuilder::BitBuilder(uint64_t size_hint_bits) : store_(new_byte_store(std::max<uint64_t>((size_hint_bits + 7) / 8, 16))) {}

void BitBuilder::start_with(Value bin) {
  const Binary* b = bin.as<Binary>();
  uint64_t end = b->bit_offset + b->bit_size;
  if (bits_ == 0 && b->store->capacity > 0 && b->store->used_bits == end) {
    store_ = b->store;  // nothing was written after it: keep writing there
    base_ = b->bit_offset;
    bits_ = b->bit_size;
    return;
  }
  reserve(b->bit_size * 2 + 256);  // room to grow: the next append will reuse it
  put_bitstring(b, b->bit_size);
}

void BitBuilder::reserve(uint64_t more_bits) {
  uint64_t need = (base_ + bits_ + more_bits + 7) / 8;
  if (need <= store_->capacity) return;
  uint64_t cap = std::max<uint64_t>(need, store_->capacity * 2);
  ByteStore* s = new_byte_store(cap);
  uint64_t first = base_ / 8, last = (base_ + bits_ + 7) / 8;
  if (last > first) std::memcpy(s->bytes, store_->bytes + first, last - first);
  base_ %= 8;
  s->used_bits = base_ + bits_;
  store_ = s;
}

void BitBuilder::put_bits(uint64_t value, unsigned n) {
  reserve(n);
  uint8_t* bytes = store_->bytes;
  uint64_t at = base_ + bits_;
  for (unsigned i = n; i-- > 0; ++at) {
    uint8_t mask = static_cast<uint8_t>(0x80 >> (at & 7));
    if ((value >> i) & 1) bytes[at >> 3] |= mask;
    else bytes[at >> 3] &= static_cast<uint8_t>(~mask);
  }
  bits_ += n;
  store_->used_bits = base_ + bits_;
}

void BitBuilder::put_bytes_aligned_or_not(const uint8_t* src, uint64_t nbits) {
  uint64_t at = base_ + bits_;
  if ((at & 7) == 0 && (nbits & 7) == 0) {
    reserve(nbits);
    std::memcpy(store_->bytes + at / 8, src, nbits / 8);
    bits_ += nbits;
    store_->used_bits = base_ + bits_;
    return;
  }
  uint64_t whole = nbits / 8;
  for (uint64_t i = 0; i < whole; ++i) put_bits(src[i], 8);
  if (unsigned r = nbits & 7) put_bits(src[whole] >> (8 - r), r);
}

void BitBuilder::put_bitstring(const Binary* b, uint64_t bits) {
  if (b->aligned()) {
    put_bytes_aligned_or_not(b->data(), bits);
    return;
  }
  uint64_t whole = bits / 8;
  for (uint64_t i = 0; i < whole; ++i) put_bits(byte_at(b, i), 8);
  if (unsigned r = bits & 7) put_bits(byte_at(b, whole) >> (8 - r), r);
}

void BitBuilder::put_integer(Value n, uint64_t size, bool little) {
  if (size == 0) return;
  int64_t v;
  if (size <= 64 && integer_to_int64(n, &v)) {
    uint64_t u = static_cast<uint64_t>(v);
    if (size < 64) u &= (uint64_t{1} << size) - 1;
    if (!little) {
      put_bits(u, static_cast<unsigned>(size));
      return;
    }
    unsigned k = static_cast<unsigned>(size / 8), r = static_cast<unsigned>(size % 8);
    for (unsigned j = 0; j < k; ++j) put_bits((u >> (8 * j)) & 0xFF, 8);
    if (r) put_bits((u >> (8 * k)) & ((1u << r) - 1), r);
    return;
  }
  // Two's complement of n modulo 2^size, as little-endian bytes.
  bool negative;
  std::string mag = integer_magnitude_bytes(n, &negative);
  uint64_t nbytes = (size + 7) / 8;
  std::vector<uint8_t> le(nbytes, 0);
  for (uint64_t i = 0; i < nbytes && i < mag.size(); ++i) le[i] = static_cast<uint8_t>(mag[i]);
  if (negative) {
    for (uint8_t& x : le) x = static_cast<uint8_t>(~x);
    for (uint8_t& x : le)
      if (++x != 0) break;
  }
  auto bit = [&](uint64_t i) -> unsigned { return (le[i / 8] >> (i % 8)) & 1; };
  if (!little) {
    for (uint64_t i = size; i-- > 0;) put_bits(bit(i), 1);
    return;
  }
  uint64_t k = size / 8, r = size % 8;
  for (uint64_t j = 0; j < k; ++j) put_bits(le[j], 8);
  for (uint64_t i = 8 * k + r; i-- > 8 * k;) put_bits(bit(i), 1);
}

bool BitBuilder::put_float(double d, uint64_t size, bool little) {
  uint64_t raw;
  if (size == 64) {
    std::memcpy(&raw, &d, 8);
  } else if (size == 32) {
    float f = static_cast<float>(d);
    uint32_t w;
    std::memcpy(&w, &f, 4);
    raw = w;
  } else if (size == 16) {
    raw = double_to_half(d);
  } else {
    return false;
  }
  if (little) {
    for (unsigned j = 0; j < size / 8; ++j) put_bits((raw >> (8 * j)) & 0xFF, 8);
  } else {
    put_bits(raw, static_cast<unsigned>(size));
  }
  return true;
}

bool BitBuilder::put_utf8(int64_t cp) {
  if (!is_code_point(cp)) return false;
  std::string s;
  append_utf8(s, static_cast<uint32_t>(cp));
  for (unsigned char c : s) put_bits(c, 8);
  return true;
}

bool BitBuilder::put_utf16(int64_t cp, bool little) {
  if (!is_code_point(cp)) return false;
  auto unit = [&](uint32_t u) {
    if (little) {
      put_bits(u & 0xFF, 8);
      put_bits(u >> 8, 8);
    } else {
      put_bits(u, 16);
    }
  };
  if (cp < 0x10000) {
    unit(static_cast<uint32_t>(cp));
  } else {
    uint32_t v = static_cast<uint32_t>(cp) - 0x10000;
    unit(0xD800 + (v >> 10));
    unit(0xDC00 + (v & 0x3FF));
  }
  return true;
}

bool BitBuilder::put_utf32(int64_t cp, bool little) {
  if (!is_code_point(cp)) return false;
  uint32_t v = static_cast<uint32_t>(cp);
  put_bits(little ? __builtin_bswap32(v) : v, 32);
  return true;
}

Value BitBuilder::finish() {
  if (bits_ == 0) return make_binary(std::string_view());
  return make_bitstring(store_, base_, bits_);
}

}  // namespace sy::beam
