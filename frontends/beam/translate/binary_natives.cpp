// The bit syntax: construction (bs_create_bin, bs_init_writable) and matching
// (bs_start_match*, bs_get_*, bs_skip_*, bs_test_*, bs_match_string, bs_get_tail,
// bs_get/set_position) as natives over Binary windows and MatchState.
//
// A getter returns the value, or no_message() when the segment does not match (the
// translated code branches to the fail label); a test returns a boolean.
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "core/bigint.h"
#include "core/heap.h"
#include "core/vm.h"
#include "frontends/beam/runtime/terms.h"
#include "frontends/beam/translate/binary_natives.h"
#include "frontends/beam/translate/exceptions.h"
#include "frontends/beam/translate/runtime_natives.h"

namespace sy::beam {

namespace {

constexpr uint32_t kLittle = 0x02, kSigned = 0x04, kNative = 0x10;
bool little(uint32_t flags) { return (flags & (kLittle | kNative)) != 0; }  // native is little on the hosts we run on

// -- Reading bits --

// n <= 64 bits at absolute bit position `abs` of `bytes`, big-endian.
uint64_t read_bits(const uint8_t* bytes, uint64_t abs, unsigned n) {
  uint64_t v = 0;
  if ((abs & 7) == 0 && (n & 7) == 0) {
    const uint8_t* p = bytes + (abs >> 3);
    for (unsigned i = 0; i < n / 8; ++i) v = (v << 8) | p[i];
    return v;
  }
  while (n > 0) {
    unsigned bit = abs & 7, avail = 8 - bit, take = avail < n ? avail : n;
    uint8_t x = static_cast<uint8_t>(bytes[abs >> 3] >> (avail - take)) & static_cast<uint8_t>((1u << take) - 1);
    v = (v << take) | x;
    abs += take;
    n -= take;
  }
  return v;
}

Value no_value() { return no_message(); }

MatchState* state_of(Value v) { return v.as<MatchState>(); }
uint64_t remaining(const MatchState* m) { return m->bin->bit_size - m->pos; }
const uint8_t* store_bytes(const MatchState* m) { return m->bin->store->bytes; }
uint64_t abs_pos(const MatchState* m) { return m->bin->bit_offset + m->pos; }

// Size * unit as a bit count; false for a size that is not a non-negative integer.
bool bit_count(Value size, Value unit, uint64_t* bits) {
  int64_t s;
  if (!is_integer(size) || !integer_to_int64(size, &s) || s < 0) return false;
  int64_t u = unit.as_int();
  if (u != 0 && s > (int64_t{1} << 56) / u) return false;
  *bits = static_cast<uint64_t>(s * u);
  return true;
}

// The integer of `n` bits at the match position.
Value read_integer(const MatchState* m, uint64_t n, uint32_t flags) {
  const uint8_t* bytes = store_bytes(m);
  uint64_t abs = abs_pos(m);
  bool is_signed = flags & kSigned;
  if (n == 0) return Value::small_int(0);
  if (n <= 64 && !little(flags)) {
    uint64_t v = read_bits(bytes, abs, static_cast<unsigned>(n));
    if (is_signed && (v >> (n - 1)) & 1) {
      if (n == 64) return make_int(static_cast<int64_t>(v));
      return make_int(static_cast<int64_t>(v) - (int64_t{1} << (n - 1)) * 2);
    }
    if (n == 64 && v > static_cast<uint64_t>(INT64_MAX)) {
      uint8_t mag[8];
      for (int i = 0; i < 8; ++i) mag[i] = static_cast<uint8_t>(v >> (8 * i));
      return integer_from_magnitude_bytes(mag, 8, false);
    }
    return make_int(static_cast<int64_t>(v));
  }
  // Little-endian digits: whole bytes first (least significant first), then the high bits.
  uint64_t whole = n / 8;
  unsigned rest = n % 8;
  std::vector<uint8_t> le(whole + (rest ? 1 : 0));
  if (little(flags)) {
    for (uint64_t i = 0; i < whole; ++i) le[i] = static_cast<uint8_t>(read_bits(bytes, abs + 8 * i, 8));
    if (rest) le[whole] = static_cast<uint8_t>(read_bits(bytes, abs + 8 * whole, rest));
  } else {
    // Big-endian: the first `rest` bits are the most significant.
    uint64_t pos = abs;
    if (rest) {
      le[whole] = static_cast<uint8_t>(read_bits(bytes, pos, rest));
      pos += rest;
    }
    for (uint64_t i = 0; i < whole; ++i) le[whole - 1 - i] = static_cast<uint8_t>(read_bits(bytes, pos + 8 * i, 8));
  }
  bool negative = false;
  if (is_signed) {
    uint8_t top = le.back();
    unsigned top_bits = rest ? rest : 8;
    if ((top >> (top_bits - 1)) & 1) {
      negative = true;
      // Two's complement of n bits: magnitude = 2^n - v = (~v + 1) within n bits.
      for (auto& b : le) b = static_cast<uint8_t>(~b);
      if (rest) le.back() &= static_cast<uint8_t>((1u << rest) - 1);
      for (auto& b : le)
        if (++b != 0) break;
    }
  }
  return integer_from_magnitude_bytes(le.data(), le.size(), negative);
}

// -- Writing bits --

class BitWriter {
 public:
  BitWriter(uint8_t* bytes, uint64_t pos) : b_(bytes), pos_(pos) {}
  // The low n (<= 64) bits of v, big-endian.
  void bits(uint64_t v, unsigned n) {
    while (n > 0) {
      unsigned bit = pos_ & 7, avail = 8 - bit, take = avail < n ? avail : n;
      uint8_t chunk = static_cast<uint8_t>((v >> (n - take)) & ((1u << take) - 1));
      uint8_t& dst = b_[pos_ >> 3];
      uint8_t mask = static_cast<uint8_t>(((1u << take) - 1) << (avail - take));
      dst = static_cast<uint8_t>((dst & ~mask) | (chunk << (avail - take)));
      pos_ += take;
      n -= take;
    }
  }
  void bytes(const uint8_t* p, uint64_t n) {
    if ((pos_ & 7) == 0) {
      std::memcpy(b_ + (pos_ >> 3), p, n);
      pos_ += 8 * n;
    } else {
      for (uint64_t i = 0; i < n; ++i) bits(p[i], 8);
    }
  }
  // Bits [from, from + n) of a bitstring.
  void bitstring(const Binary* src, uint64_t n) {
    uint64_t abs = src->bit_offset;
    if ((abs & 7) == 0 && (pos_ & 7) == 0) {
      std::memcpy(b_ + (pos_ >> 3), src->store->bytes + (abs >> 3), n / 8);
      pos_ += n / 8 * 8;
      abs += n / 8 * 8;
      n %= 8;
    }
    while (n >= 64) {
      bits(read_bits(src->store->bytes, abs, 64), 64);
      abs += 64;
      n -= 64;
    }
    if (n) bits(read_bits(src->store->bytes, abs, static_cast<unsigned>(n)), static_cast<unsigned>(n));
  }
  uint64_t pos() const { return pos_; }

 private:
  uint8_t* b_;
  uint64_t pos_;
};

// Two's complement digits of an integer, little-endian, `n` bits (n > 0).
std::vector<uint8_t> integer_bits(Value v, uint64_t n) {
  std::vector<uint8_t> out((n + 7) / 8, 0);
  int64_t small;
  if (integer_to_int64(v, &small)) {
    for (size_t i = 0; i < out.size(); ++i) out[i] = i < 8 ? static_cast<uint8_t>(static_cast<uint64_t>(small) >> (8 * i)) : (small < 0 ? 0xFF : 0);
    return out;
  }
  bool negative;
  std::string mag = integer_magnitude_bytes(v, &negative);
  for (size_t i = 0; i < out.size() && i < mag.size(); ++i) out[i] = static_cast<uint8_t>(mag[i]);
  if (negative) {
    for (auto& b : out) b = static_cast<uint8_t>(~b);
    for (auto& b : out)
      if (++b != 0) break;
  }
  return out;
}

void write_integer(BitWriter& w, Value v, uint64_t n, uint32_t flags) {
  if (n == 0) return;
  int64_t small;
  if (n <= 64 && !little(flags) && integer_to_int64(v, &small)) {
    w.bits(static_cast<uint64_t>(small), static_cast<unsigned>(n));
    return;
  }
  std::vector<uint8_t> le = integer_bits(v, n);
  uint64_t whole = n / 8;
  unsigned rest = n % 8;
  if (little(flags)) {
    for (uint64_t i = 0; i < whole; ++i) w.bits(le[i], 8);
    if (rest) w.bits(le[whole], rest);
  } else {
    if (rest) w.bits(le[whole], rest);
    for (uint64_t i = whole; i-- > 0;) w.bits(le[i], 8);
  }
}

uint16_t float_to_half(double d) {
  // Round to nearest even, as erts does for 16-bit floats.
  float f = static_cast<float>(d);
  uint32_t x;
  std::memcpy(&x, &f, 4);
  uint32_t sign = (x >> 16) & 0x8000;
  int32_t exp = static_cast<int32_t>((x >> 23) & 0xFF) - 127 + 15;
  uint32_t mant = x & 0x7FFFFF;
  if (exp >= 31) return static_cast<uint16_t>(sign | 0x7C00);
  if (exp <= 0) {
    if (exp < -10) return static_cast<uint16_t>(sign);
    mant |= 0x800000;
    uint32_t shift = static_cast<uint32_t>(14 - exp);
    uint32_t half = mant >> shift;
    uint32_t rem = mant & ((1u << shift) - 1), mid = 1u << (shift - 1);
    if (rem > mid || (rem == mid && (half & 1))) ++half;
    return static_cast<uint16_t>(sign | half);
  }
  uint32_t half = (static_cast<uint32_t>(exp) << 10) | (mant >> 13);
  uint32_t rem = mant & 0x1FFF;
  if (rem > 0x1000 || (rem == 0x1000 && (half & 1))) ++half;
  return static_cast<uint16_t>(sign | half);
}

double half_to_double(uint16_t h) {
  int exp = (h >> 10) & 0x1F;
  int mant = h & 0x3FF;
  double v;
  if (exp == 0) v = std::ldexp(mant, -24);
  else if (exp == 31) v = mant ? NAN : INFINITY;
  else v = std::ldexp(mant + 1024, exp - 25);
  return (h & 0x8000) ? -v : v;
}

bool write_float(BitWriter& w, Value v, uint64_t n, uint32_t flags) {
  double d;
  if (v.is_double()) d = v.as_double();
  else if (is_integer(v)) d = integer_to_double(v);
  else return false;
  uint64_t bits;
  if (n == 64) {
    std::memcpy(&bits, &d, 8);
  } else if (n == 32) {
    float f = static_cast<float>(d);
    if (std::isinf(f) && !std::isinf(d)) return false;
    uint32_t b;
    std::memcpy(&b, &f, 4);
    bits = b;
  } else if (n == 16) {
    bits = float_to_half(d);
  } else {
    return false;
  }
  if (little(flags)) {
    for (uint64_t i = 0; i < n / 8; ++i) w.bits((bits >> (8 * i)) & 0xFF, 8);
  } else {
    w.bits(bits, static_cast<unsigned>(n));
  }
  return true;
}

bool valid_code_point(int64_t c) { return c >= 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF); }

int utf8_length(int64_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

void write_utf8(BitWriter& w, int64_t c) {
  if (c < 0x80) {
    w.bits(static_cast<uint64_t>(c), 8);
  } else if (c < 0x800) {
    w.bits(0xC0 | (c >> 6), 8);
    w.bits(0x80 | (c & 0x3F), 8);
  } else if (c < 0x10000) {
    w.bits(0xE0 | (c >> 12), 8);
    w.bits(0x80 | ((c >> 6) & 0x3F), 8);
    w.bits(0x80 | (c & 0x3F), 8);
  } else {
    w.bits(0xF0 | (c >> 18), 8);
    w.bits(0x80 | ((c >> 12) & 0x3F), 8);
    w.bits(0x80 | ((c >> 6) & 0x3F), 8);
    w.bits(0x80 | (c & 0x3F), 8);
  }
}

void write_unit16(BitWriter& w, uint64_t v, bool le) {
  if (le) {
    w.bits(v & 0xFF, 8);
    w.bits(v >> 8, 8);
  } else {
    w.bits(v, 16);
  }
}

// -- Construction --

struct Segment {
  Value type;   // atom: integer, float, binary, utf8, utf16, utf32, string, append, private_append
  uint64_t unit;
  uint32_t flags;
  Value value;
  Value size;
  uint64_t bits = 0;  // computed
  int64_t seg = 0;    // its number, for error reports
};

// badarg, with the cause erts records for format_bs_fail: {Segment, Type, Problem, Value}.
Value construction_failed(VM& vm, int64_t seg, Value type, const char* problem, Value value) {
  Map* info = new_map();
  map_set(info, atom("cause"), tuple({Value::small_int(seg), type, atom(problem), value}));
  map_set(info, atom("function"), atom("format_bs_fail"));
  map_set(info, atom("module"), atom("erl_erts_errors"));
  return raise_error_located(vm, atoms.badarg, tuple({atom("error_info"), Value::object(info)}));
}

// A binary of `bits` bits whose first `keep` bits are `base`'s, with room after them:
// base's own store when `base` ends where the store was last written and it has room
// (repeated appends are linear), else a fresh store with spare capacity.
Binary* writable_extension(Binary* base, uint64_t bits, uint64_t* write_at, uint8_t** out) {
  ByteStore* s = base ? base->store : nullptr;
  uint64_t end = base ? base->bit_offset + base->bit_size : 0;
  if (base && s->used_bits == end && (base->bit_offset + bits + 7) / 8 <= s->capacity) {
    *write_at = end;
    *out = s->bytes;
    s->used_bits = base->bit_offset + bits;
    return make_bitstring(s, base->bit_offset, bits).as<Binary>();
  }
  uint64_t bytes = (bits + 7) / 8;
  uint64_t capacity = base ? bytes * 2 + 64 : bytes;
  ByteStore* ns = new_byte_store(capacity);
  if (capacity) std::memset(ns->bytes, 0, capacity);
  ns->used_bits = bits;
  *out = ns->bytes;
  uint64_t keep = base ? base->bit_size : 0;
  if (keep) {
    BitWriter w(ns->bytes, 0);
    w.bitstring(base, keep);
  }
  *write_at = keep;
  return make_bitstring(ns, 0, bits).as<Binary>();
}

Value n_bs_create_bin(VM& vm, const Value* a, uint32_t argc) {
  // Operands: 6 per segment (type, segment number, unit, flags, value, size).
  std::vector<Segment> segs;
  segs.reserve(argc / 6);
  uint64_t total = 0;
  Binary* base = nullptr;
  for (uint32_t i = 0; i + 5 < argc; i += 6) {
    int64_t seg = a[i + 1].as_int();
    Segment s{a[i], static_cast<uint64_t>(a[i + 2].as_int()), static_cast<uint32_t>(a[i + 3].as_int()), a[i + 4],
              a[i + 5]};
    s.seg = seg;
    std::string_view type = atom_text(s.type);
    Value unit = Value::small_int(static_cast<int64_t>(s.unit));
    if (type == "append" || type == "private_append") {
      if (!is_bitstring(s.value)) return construction_failed(vm, seg, atom("binary"), "type", s.value);
      Binary* b = s.value.as<Binary>();
      if (s.unit > 1 && b->bit_size % s.unit) return construction_failed(vm, seg, atom("binary"), "unit", s.value);
      base = b;
      s.bits = b->bit_size;
    } else if (type == "integer" || type == "float") {
      if (type == "integer" && !is_integer(s.value)) return construction_failed(vm, seg, s.type, "type", s.value);
      if (type == "float" && !(s.value.is_double() || is_integer(s.value)))
        return construction_failed(vm, seg, s.type, "type", s.value);
      if (!bit_count(s.size, unit, &s.bits)) return construction_failed(vm, seg, s.type, "size", s.size);
      if (type == "float" && s.bits != 16 && s.bits != 32 && s.bits != 64)
        return construction_failed(vm, seg, s.type, "size", s.size);
    } else if (type == "binary") {
      if (!is_bitstring(s.value)) return construction_failed(vm, seg, s.type, "type", s.value);
      const Binary* b = s.value.as<Binary>();
      if (is_atom(s.size)) {  // all
        s.bits = b->bit_size;
        if (s.unit > 1 && s.bits % s.unit) return construction_failed(vm, seg, s.type, "unit", s.value);
      } else {
        if (!bit_count(s.size, unit, &s.bits)) return construction_failed(vm, seg, s.type, "size", s.size);
        if (s.bits > b->bit_size) return construction_failed(vm, seg, s.type, "short", s.value);
      }
    } else if (type == "string") {
      s.bits = s.value.as<Binary>()->bit_size;
    } else if (type == "utf8" || type == "utf16" || type == "utf32") {
      int64_t c;
      if (!s.value.is_int() || !valid_code_point(c = s.value.as_int()))
        return construction_failed(vm, seg, s.type, "type", s.value);
      s.bits = type == "utf8" ? 8 * utf8_length(c) : type == "utf16" ? (c >= 0x10000 ? 32 : 16) : 32;
    } else {
      return construction_failed(vm, seg, s.type, "type", s.value);
    }
    total += s.bits;
    segs.push_back(s);
  }
  uint64_t write_at;
  uint8_t* bytes;
  Binary* result;
  if (base) {
    result = writable_extension(base, total, &write_at, &bytes);
  } else {
    ByteStore* store = new_byte_store((total + 7) / 8);
    std::memset(store->bytes, 0, (total + 7) / 8);
    store->used_bits = total;
    bytes = store->bytes;
    write_at = 0;
    result = make_bitstring(store, 0, total).as<Binary>();
  }
  BitWriter w(bytes, write_at);
  for (const Segment& s : segs) {
    std::string_view type = atom_text(s.type);
    if (type == "append" || type == "private_append") continue;
    if (type == "integer") {
      write_integer(w, s.value, s.bits, s.flags);
    } else if (type == "float") {
      if (!write_float(w, s.value, s.bits, s.flags)) return construction_failed(vm, s.seg, s.type, "no_float", s.value);
    } else if (type == "binary" || type == "string") {
      w.bitstring(s.value.as<Binary>(), s.bits);
    } else if (type == "utf8") {
      write_utf8(w, s.value.as_int());
    } else if (type == "utf16") {
      int64_t c = s.value.as_int();
      bool le = little(s.flags);
      if (c >= 0x10000) {
        c -= 0x10000;
        write_unit16(w, 0xD800 | (c >> 10), le);
        write_unit16(w, 0xDC00 | (c & 0x3FF), le);
      } else {
        write_unit16(w, static_cast<uint64_t>(c), le);
      }
    } else if (type == "utf32") {
      uint64_t c = static_cast<uint64_t>(s.value.as_int());
      if (little(s.flags)) {
        for (int k = 0; k < 4; ++k) w.bits((c >> (8 * k)) & 0xFF, 8);
      } else {
        w.bits(c, 32);
      }
    }
  }
  return Value::object(result);
}

Value n_bs_init_writable(VM&, const Value*, uint32_t) {
  ByteStore* store = new_byte_store(256);
  store->used_bits = 0;
  return make_bitstring(store, 0, 0);
}

// -- Matching --

Value n_bs_start_match(VM&, const Value* a, uint32_t) {
  if (is_match_state(a[0])) return a[0];
  if (!is_bitstring(a[0])) return no_value();
  return make_match_state(a[0].as<Binary>(), 0);
}

Value n_bs_get_integer(VM&, const Value* a, uint32_t) {
  MatchState* m = state_of(a[0]);
  uint64_t n;
  if (!bit_count(a[1], a[2], &n) || n > remaining(m)) return no_value();
  Value v = read_integer(m, n, static_cast<uint32_t>(a[3].as_int()));
  m->pos += n;
  return v;
}

Value n_bs_get_float(VM&, const Value* a, uint32_t) {
  MatchState* m = state_of(a[0]);
  uint64_t n;
  if (!bit_count(a[1], a[2], &n) || n > remaining(m) || (n != 16 && n != 32 && n != 64)) return no_value();
  uint32_t flags = static_cast<uint32_t>(a[3].as_int());
  uint64_t bits = 0;
  if (little(flags)) {
    for (uint64_t i = 0; i < n / 8; ++i) bits |= read_bits(store_bytes(m), abs_pos(m) + 8 * i, 8) << (8 * i);
  } else {
    bits = read_bits(store_bytes(m), abs_pos(m), static_cast<unsigned>(n));
  }
  double d;
  if (n == 64) {
    std::memcpy(&d, &bits, 8);
  } else if (n == 32) {
    uint32_t b = static_cast<uint32_t>(bits);
    float f;
    std::memcpy(&f, &b, 4);
    d = f;
  } else {
    d = half_to_double(static_cast<uint16_t>(bits));
  }
  if (!std::isfinite(d)) return no_value();
  m->pos += n;
  return Value::number(d);
}

Value n_bs_get_binary(VM&, const Value* a, uint32_t) {
  MatchState* m = state_of(a[0]);
  uint64_t n;
  if (is_atom(a[1])) {  // all
    n = remaining(m);
    uint64_t unit = static_cast<uint64_t>(a[2].as_int());
    if (unit > 1 && n % unit) return no_value();
  } else if (!bit_count(a[1], a[2], &n) || n > remaining(m)) {
    return no_value();
  }
  Value v = sub_binary(m->bin, m->pos, n);
  m->pos += n;
  return v;
}

Value n_bs_skip_bits(VM&, const Value* a, uint32_t) {
  MatchState* m = state_of(a[0]);
  uint64_t n;
  if (is_atom(a[1])) {
    n = remaining(m);
    uint64_t unit = static_cast<uint64_t>(a[2].as_int());
    if (unit > 1 && n % unit) return no_value();
  } else if (!bit_count(a[1], a[2], &n) || n > remaining(m)) {
    return no_value();
  }
  m->pos += n;
  return Value::boolean(true);
}

Value n_bs_test_tail(VM&, const Value* a, uint32_t) {
  return Value::boolean(remaining(state_of(a[0])) == static_cast<uint64_t>(a[1].as_int()));
}

Value n_bs_test_unit(VM&, const Value* a, uint32_t) {
  uint64_t unit = static_cast<uint64_t>(a[1].as_int());
  return Value::boolean(unit <= 1 || remaining(state_of(a[0])) % unit == 0);
}

Value n_bs_match_string(VM&, const Value* a, uint32_t) {
  MatchState* m = state_of(a[0]);
  uint64_t n = static_cast<uint64_t>(a[1].as_int());
  const Binary* s = a[2].as<Binary>();
  if (n > remaining(m)) return Value::boolean(false);
  for (uint64_t done = 0; done < n;) {
    unsigned take = n - done >= 64 ? 64 : static_cast<unsigned>(n - done);
    if (read_bits(store_bytes(m), abs_pos(m) + done, take) != read_bits(s->store->bytes, s->bit_offset + done, take))
      return Value::boolean(false);
    done += take;
  }
  m->pos += n;
  return Value::boolean(true);
}

Value n_bs_get_utf8(VM&, const Value* a, uint32_t) {
  MatchState* m = state_of(a[0]);
  uint64_t left = remaining(m);
  if (left < 8) return no_value();
  const uint8_t* b = store_bytes(m);
  uint64_t p = abs_pos(m);
  auto byte = [&](int i) { return static_cast<uint32_t>(read_bits(b, p + 8 * i, 8)); };
  uint32_t c0 = byte(0);
  int len;
  uint32_t c;
  if (c0 < 0x80) { len = 1; c = c0; }
  else if ((c0 & 0xE0) == 0xC0) { len = 2; c = c0 & 0x1F; }
  else if ((c0 & 0xF0) == 0xE0) { len = 3; c = c0 & 0x0F; }
  else if ((c0 & 0xF8) == 0xF0) { len = 4; c = c0 & 0x07; }
  else return no_value();
  if (left < static_cast<uint64_t>(8 * len)) return no_value();
  for (int i = 1; i < len; ++i) {
    uint32_t cb = byte(i);
    if ((cb & 0xC0) != 0x80) return no_value();
    c = (c << 6) | (cb & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF do not match.
  if ((len == 2 && c < 0x80) || (len == 3 && c < 0x800) || (len == 4 && c < 0x10000) || !valid_code_point(c))
    return no_value();
  m->pos += 8 * static_cast<uint64_t>(len);
  return Value::small_int(c);
}

Value n_bs_get_utf16(VM&, const Value* a, uint32_t) {
  MatchState* m = state_of(a[0]);
  bool le = little(static_cast<uint32_t>(a[1].as_int()));
  auto unit = [&](uint64_t at) {
    uint64_t v = read_bits(store_bytes(m), abs_pos(m) + at, 16);
    return le ? ((v & 0xFF) << 8) | (v >> 8) : v;
  };
  if (remaining(m) < 16) return no_value();
  uint64_t w1 = unit(0);
  if (w1 < 0xD800 || w1 > 0xDFFF) {
    m->pos += 16;
    return Value::small_int(static_cast<int64_t>(w1));
  }
  if (w1 > 0xDBFF || remaining(m) < 32) return no_value();
  uint64_t w2 = unit(16);
  if (w2 < 0xDC00 || w2 > 0xDFFF) return no_value();
  m->pos += 32;
  return Value::small_int(static_cast<int64_t>(0x10000 + ((w1 - 0xD800) << 10) + (w2 - 0xDC00)));
}

Value n_bs_get_utf32(VM&, const Value* a, uint32_t) {
  MatchState* m = state_of(a[0]);
  if (remaining(m) < 32) return no_value();
  uint64_t v = 0;
  if (little(static_cast<uint32_t>(a[1].as_int()))) {
    for (int i = 0; i < 4; ++i) v |= read_bits(store_bytes(m), abs_pos(m) + 8 * i, 8) << (8 * i);
  } else {
    v = read_bits(store_bytes(m), abs_pos(m), 32);
  }
  if (!valid_code_point(static_cast<int64_t>(v))) return no_value();
  m->pos += 32;
  return Value::small_int(static_cast<int64_t>(v));
}

Value n_bs_get_tail(VM&, const Value* a, uint32_t) {
  MatchState* m = state_of(a[0]);
  return sub_binary(m->bin, m->pos, remaining(m));
}

Value n_bs_get_position(VM&, const Value* a, uint32_t) { return make_int(static_cast<int64_t>(state_of(a[0])->pos)); }

Value n_bs_set_position(VM&, const Value* a, uint32_t) {
  int64_t p;
  integer_to_int64(a[1], &p);
  state_of(a[0])->pos = static_cast<uint64_t>(p);
  return Value::nil();
}

struct Entry {
  const char* name;
  NativeFn fn;
  int arity;
};

const Entry kNatives[] = {
    {"beam.bs_create_bin", n_bs_create_bin, -1},
    {"beam.bs_init_writable", n_bs_init_writable, 1},
    {"beam.bs_start_match", n_bs_start_match, 1},
    {"beam.bs_get_integer", n_bs_get_integer, 4},
    {"beam.bs_get_float", n_bs_get_float, 4},
    {"beam.bs_get_binary", n_bs_get_binary, 4},
    {"beam.bs_skip_bits", n_bs_skip_bits, 3},
    {"beam.bs_test_tail", n_bs_test_tail, 2},
    {"beam.bs_test_unit", n_bs_test_unit, 2},
    {"beam.bs_match_string", n_bs_match_string, 3},
    {"beam.bs_get_utf8", n_bs_get_utf8, 2},
    {"beam.bs_get_utf16", n_bs_get_utf16, 2},
    {"beam.bs_get_utf32", n_bs_get_utf32, 2},
    {"beam.bs_get_tail", n_bs_get_tail, 1},
    {"beam.bs_get_position", n_bs_get_position, 1},
    {"beam.bs_set_position", n_bs_set_position, 2},
};

}  // namespace

void init_binary_natives() {
  static bool done = false;
  if (done) return;
  done = true;
  for (const Entry& e : kNatives) register_native(e.name, e.fn, e.arity);
}

}  // namespace sy::beam
