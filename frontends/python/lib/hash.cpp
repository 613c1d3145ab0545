#include "frontends/python/lib/hash.h"

#include <cmath>
#include <cstring>
#include <string>

#include "core/bigint.h"
#include "frontends/python/lib/mpz.h"
#include "frontends/python/lib/unicode.h"

namespace sy::pylib {

namespace {

int64_t not_minus_one(uint64_t x) { return x == static_cast<uint64_t>(-1) ? -2 : static_cast<int64_t>(x); }

uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

// CPython's siphash13 (Python/pyhash.c).
uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char* in, size_t size) {
  uint64_t b = static_cast<uint64_t>(size) << 56;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ull, v1 = k1 ^ 0x646f72616e646f6dull;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ull, v3 = k1 ^ 0x7465646279746573ull;
  auto round = [&] {
    v0 += v1, v2 += v3;
    v1 = rotl(v1, 13) ^ v0, v3 = rotl(v3, 16) ^ v2;
    v0 = rotl(v0, 32);
    v2 += v1, v0 += v3;
    v1 = rotl(v1, 17) ^ v2, v3 = rotl(v3, 21) ^ v0;
    v2 = rotl(v2, 32);
  };
  for (; size >= 8; in += 8, size -= 8) {
    uint64_t m;
    std::memcpy(&m, in, 8);  // little-endian host
    v3 ^= m;
    round();
    v0 ^= m;
  }
  uint64_t t = 0;
  for (size_t i = 0; i < size; ++i) t |= static_cast<uint64_t>(in[i]) << (8 * i);
  b |= t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xff;
  round();
  round();
  round();
  return (v0 ^ v1) ^ (v2 ^ v3);
}

}  // namespace

int64_t hash_int64(int64_t n) {
  uint64_t mag = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  uint64_t x = mag % kHashModulus;
  return not_minus_one(n < 0 ? 0 - x : x);
}

int64_t hash_int(Value i) {
  if (i.is_int()) return hash_int64(i.as_int());
  int64_t n;
  if (integer_to_int64(i, &n)) return hash_int64(n);
  IntegerView m(i);
  bool negative = integer_sign(i) < 0;
  uint64_t x = mpz_fdiv_ui(m, kHashModulus);  // of |i|: fix the sign below
  if (negative) x = x == 0 ? 0 : kHashModulus - x;  // fdiv gave (-|i|) mod p
  return not_minus_one(negative ? 0 - x : x);
}

int64_t hash_identity(uint64_t address) { return not_minus_one((address >> 4) | (address << 60)); }

// CPython's _Py_HashDouble: the value modulo 2**61 - 1, 28 bits at a time.
int64_t hash_double(double v, uint64_t identity) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
    return hash_identity(identity);
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) sign = -1, m = -m;
  uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  return not_minus_one(x);
}

int64_t hash_bytes(std::string_view bytes, StrHashKey key) {
  if (bytes.empty()) return 0;
  return not_minus_one(siphash13(key.k0, key.k1, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
}

int64_t hash_str(std::string_view s, StrHashKey key) {
  // CPython hashes its own representation: one byte per character when all are below
  // 256, else two (below 65536), else four, little-endian.
  char32_t max = 0;
  bool ascii = true;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    ascii = false;
    char32_t c = unicode::decode(s, i);
    if (c > max) max = c;
  }
  if (ascii) return hash_bytes(s, key);
  size_t width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  std::string data;
  data.reserve(s.size() * width);
  for (size_t i = 0; i < s.size();) {
    char32_t c = unicode::decode(s, i);
    for (size_t k = 0; k < width; ++k) data += static_cast<char>((c >> (8 * k)) & 0xFF);
  }
  return hash_bytes(data, key);
}

void TupleHasher::add(int64_t item_hash) {
  acc_ += static_cast<uint64_t>(item_hash) * 14029467366897019727ull;  // _PyHASH_XXPRIME_2
  acc_ = rotl(acc_, 31);
  acc_ *= 11400714785074694791ull;  // _PyHASH_XXPRIME_1
  ++len_;
}

int64_t TupleHasher::finish() const {
  uint64_t acc = acc_ + (len_ ^ (2870177450012600261ull ^ 3527539ull));
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

int64_t hash_tuple(const int64_t* item_hashes, size_t n) {
  TupleHasher h;
  for (size_t i = 0; i < n; ++i) h.add(item_hashes[i]);
  return h.finish();
}

int64_t hash_frozenset(const int64_t* item_hashes, size_t n) {
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  uint64_t hash = 0;
  for (size_t i = 0; i < n; ++i) hash ^= shuffle(static_cast<uint64_t>(item_hashes[i]));
  hash ^= (static_cast<uint64_t>(n) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  return static_cast<int64_t>(hash);
}

}  // namespace sy::pylib
