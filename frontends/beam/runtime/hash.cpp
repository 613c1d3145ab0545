// Ports of make_hash2 and make_internal_hash from erts (utils.c), with Bob Jenkins's
// mixing function. Both walk the term with an explicit stack, as erts does.
#include "frontends/beam/runtime/hash.h"

#include <cstring>
#include <string>
#include <vector>

#include "core/bigint.h"
#include "core/heap.h"
#include "core/ir/module.h"
#include "frontends/beam/runtime/maps.h"

namespace sy::beam {

namespace {

constexpr uint32_t HCONST = 0x9e3779b9u;
constexpr uint32_t HCONST_2 = 0x3c6ef372u, HCONST_3 = 0xdaa66d2bu, HCONST_4 = 0x78dde6e4u,
                   HCONST_5 = 0x1715609du, HCONST_6 = 0xb54cda56u, HCONST_7 = 0x5384540fu,
                   HCONST_9 = 0x8ff34781u, HCONST_10 = 0x2e2ac13au, HCONST_11 = 0xcc623af3u,
                   HCONST_12 = 0x6a99b4acu, HCONST_13 = 0x08d12e65u, HCONST_14 = 0xa708a81eu,
                   HCONST_15 = 0x454021d7u, HCONST_16 = 0xe3779b90u, HCONST_17 = 0x81af1549u,
                   HCONST_18 = 0x1fe68f02u, HCONST_19 = 0xbe1e08bbu, HCONST_22 = 0x98c475e6u;

inline void mix(uint32_t& a, uint32_t& b, uint32_t& c) {
  a -= b; a -= c; a ^= (c >> 13);
  b -= c; b -= a; b ^= (a << 8);
  c -= a; c -= b; c ^= (b >> 13);
  a -= b; a -= c; a ^= (c >> 12);
  b -= c; b -= a; b ^= (a << 16);
  c -= a; c -= b; c ^= (b >> 5);
  a -= b; a -= c; a ^= (c >> 3);
  b -= c; b -= a; b ^= (a << 10);
  c -= a; c -= b; c ^= (b >> 15);
}

inline void hash2(uint32_t& hash, uint32_t x, uint32_t y, uint32_t k) {  // UINT32_HASH_2
  uint32_t a = k + x, b = k + y;
  mix(a, b, hash);
}
inline void hash1(uint32_t& hash, uint32_t x, uint32_t k) { hash2(hash, x, 0, k); }

uint32_t block_hash(const uint8_t* k, size_t length, uint32_t initval) {
  uint32_t a = HCONST, b = HCONST, c = initval;
  size_t len = length;
  while (len >= 12) {
    a += k[0] + (uint32_t{k[1]} << 8) + (uint32_t{k[2]} << 16) + (uint32_t{k[3]} << 24);
    b += k[4] + (uint32_t{k[5]} << 8) + (uint32_t{k[6]} << 16) + (uint32_t{k[7]} << 24);
    c += k[8] + (uint32_t{k[9]} << 8) + (uint32_t{k[10]} << 16) + (uint32_t{k[11]} << 24);
    mix(a, b, c);
    k += 12;
    len -= 12;
  }
  c += static_cast<uint32_t>(length);
  switch (len) {  // all cases fall through
    case 11: c += uint32_t{k[10]} << 24; [[fallthrough]];
    case 10: c += uint32_t{k[9]} << 16; [[fallthrough]];
    case 9: c += uint32_t{k[8]} << 8; [[fallthrough]];
    case 8: b += uint32_t{k[7]} << 24; [[fallthrough]];
    case 7: b += uint32_t{k[6]} << 16; [[fallthrough]];
    case 6: b += uint32_t{k[5]} << 8; [[fallthrough]];
    case 5: b += k[4]; [[fallthrough]];
    case 4: a += uint32_t{k[3]} << 24; [[fallthrough]];
    case 3: a += uint32_t{k[2]} << 16; [[fallthrough]];
    case 2: a += uint32_t{k[1]} << 8; [[fallthrough]];
    case 1: a += k[0]; [[fallthrough]];
    default: break;
  }
  mix(a, b, c);
  return c;
}

// erts's atom hash (atom.c): hashpjw over the UTF-8 name, with latin-1 characters
// written as two bytes counted as one.
uint32_t atom_hvalue(Value atom) {
  std::string_view s = atom_text(atom);
  uint64_t h = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    uint32_t v = static_cast<uint8_t>(s[i]);
    if (i + 1 < s.size() && (v & 0xFE) == 0xC2 && (static_cast<uint8_t>(s[i + 1]) & 0xC0) == 0x80) {
      v = ((v << 6) | (static_cast<uint8_t>(s[i + 1]) & 0x3F)) & 0xFF;
      ++i;
    }
    h = (h << 4) + v;
    if (uint64_t g = h & 0xf0000000u) {
      h ^= g >> 24;
      h ^= g;
    }
  }
  return static_cast<uint32_t>(h);
}

bool is_byte(Value v) { return v.is_int() && v.as_int() >= 0 && v.as_int() <= 255; }

// The bytes of a bitstring and its trailing bits (erts hashes both).
void bitstring_parts(const Binary* b, std::string* whole, unsigned* rest_bits, uint32_t* rest_value) {
  std::string tmp;
  std::string_view w = whole_bytes(b, tmp);
  whole->assign(w);
  *rest_bits = b->bit_size & 7;
  *rest_value = *rest_bits ? (byte_at(b, b->bit_size >> 3) >> (8 - *rest_bits)) : 0;
}

void bignum_words(Value v, bool* negative, std::vector<uint64_t>* words) {
  std::string mag = integer_magnitude_bytes(v, negative);
  words->assign((mag.size() + 7) / 8, 0);
  for (size_t i = 0; i < mag.size(); ++i) (*words)[i / 8] |= uint64_t{static_cast<uint8_t>(mag[i])} << (8 * (i % 8));
}

// Marker entries of the work stack.
enum class Op : uint8_t { Term, MapTail, MapPair, Cdr };
struct Work {
  Op op;
  Value term;
  uint32_t saved_hash = 0, saved_xor = 0;
};

}  // namespace

uint32_t phash2_full(Value term) {
  uint32_t hash = 0, xor_pairs = 0;
  std::vector<Work> stack;  // parts of `term`, which stays reachable (keep_alive below)
  auto sint32 = [&](int64_t x) {
    auto y = static_cast<int32_t>(x);
    if (y < 0) hash1(hash, static_cast<uint32_t>(-y), HCONST);  // negative numbers are mixed twice
    hash1(hash, static_cast<uint32_t>(y), HCONST);
  };
  Value t = term;
  for (;;) {
    bool descend = false;  // t was replaced by a part still to hash
    if (t.is_int() && t.as_int() >= -(int64_t{1} << 27) && t.as_int() < (int64_t{1} << 27)) {
      sint32(t.as_int());
    } else if (is_integer(t)) {
      bool neg;
      std::vector<uint64_t> words;
      bignum_words(t, &neg, &words);
      uint32_t con = neg ? HCONST_10 : HCONST_11;
      for (uint64_t w : words) hash2(hash, static_cast<uint32_t>(w), static_cast<uint32_t>(w >> 32), con);
    } else if (is_atom(t)) {
      if (hash == 0) hash = atom_hvalue(t);
      else hash1(hash, atom_hvalue(t), HCONST_3);
    } else if (t.is_nil()) {
      if (hash == 0) hash = 3468870702u;
      else hash1(hash, 2 /* NIL_DEF */, HCONST_2);
    } else if (t.is_double()) {
      double d = t.as_double();
      if (d == 0.0) d = 0.0;
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      hash2(hash, static_cast<uint32_t>(bits >> 32), static_cast<uint32_t>(bits), HCONST_12);
    } else if (is_cons(t)) {
      int c = 0;
      uint32_t sh = 0;
      Value l = t;
      while (is_cons(l) && is_byte(head(l))) {
        sh = (sh << 8) + static_cast<uint32_t>(head(l).as_int());
        if (c == 3) {
          hash1(hash, sh, HCONST_4);
          c = 0;
          sh = 0;
        } else {
          ++c;
        }
        l = tail(l);
      }
      if (c > 0) hash1(hash, sh, HCONST_4);
      if (is_cons(l)) {
        stack.push_back({Op::Term, tail(l)});
        t = head(l);
      } else {
        t = l;
      }
      descend = true;
    } else if (is_tuple(t)) {
      const Tuple* tu = t.as<Tuple>();
      hash1(hash, tu->size(), HCONST_9);
      if (tu->size() > 0) {
        for (uint32_t i = tu->size(); i-- > 1;) stack.push_back({Op::Term, tu->items[i]});
        t = tu->items[0];
        descend = true;
      }
    } else if (is_map(t)) {
      const Map* m = t.as<Map>();
      hash1(hash, static_cast<uint32_t>(m->count), HCONST_16);
      if (m->count > 0) {
        Work tail_marker{Op::MapTail, Value(), hash, xor_pairs};
        stack.push_back(tail_marker);
        hash = 0;
        xor_pairs = 0;
        for (uint64_t i = m->used; i-- > 0;) {
          const MapEntry& e = m->entries[i];
          if (e.key.is_empty()) continue;
          stack.push_back({Op::MapPair, Value()});
          stack.push_back({Op::Term, e.value});
          stack.push_back({Op::Term, e.key});
        }
      }
    } else if (is_bitstring(t)) {
      std::string whole;
      unsigned rest;
      uint32_t last;
      bitstring_parts(t.as<Binary>(), &whole, &rest, &last);
      uint32_t con = HCONST_13 + hash;
      if (whole.empty() && rest == 0) {
        hash = con;
      } else {
        hash = block_hash(reinterpret_cast<const uint8_t*>(whole.data()), whole.size(), con);
        if (rest) hash2(hash, rest, last, HCONST_15);
      }
    } else if (is_export_fun(t)) {
      auto* f = t.as<ExportFun>();
      hash2(hash, f->arity(), atom_hvalue(f->module), HCONST);
      hash1(hash, atom_hvalue(f->function), HCONST_14);
    } else if (is_instance(t, cls::Closure)) {
      const Closure* c = t.as<Closure>();
      const FunInfo* info = fun_info(c->fn);
      hash2(hash, c->h.aux, info ? atom_hvalue(info->module) : 0, HCONST);
      hash2(hash, info ? info->index : 0, info ? info->old_uniq : 0, HCONST);
      if (c->h.aux > 0) {
        for (uint32_t i = c->h.aux; i-- > 1;) stack.push_back({Op::Term, c->captures[i]});
        t = c->captures[0];
        descend = true;
      }
    } else if (is_pid(t)) {
      hash1(hash, t.as<Pid>()->number, HCONST_5);
    } else if (is_port(t)) {
      hash1(hash, static_cast<uint32_t>(t.as<Port>()->number), HCONST_6);
    } else if (is_ref(t)) {
      hash1(hash, t.as<Ref>()->words[0], HCONST_7);
    }
    if (descend) continue;
    // hash2_common: take the next part, settling map pairs and map ends on the way.
    for (;;) {
      if (stack.empty()) {
        keep_alive(term);
        return hash;
      }
      Work w = stack.back();
      stack.pop_back();
      if (w.op == Op::MapPair) {
        xor_pairs ^= hash;
        hash = 0;
        continue;
      }
      if (w.op == Op::MapTail) {
        hash = w.saved_hash;
        hash1(hash, xor_pairs, HCONST_19);
        xor_pairs = w.saved_xor;
        continue;
      }
      t = w.term;
      break;
    }
  }
}

uint32_t internal_hash(Value term) {
  constexpr uint32_t kSalt = 3432918353u;  // INTERNAL_HASH_SALT
  uint32_t hash = kSalt;
  // An immediate is hashed by its 64-bit word in erts's tagging.
  auto immediate = [&](uint64_t word) { hash2(hash, static_cast<uint32_t>(word), static_cast<uint32_t>(word >> 32), HCONST); };
  auto const_hash = [&](uint32_t k) {
    hash ^= k;
    hash = (hash << 17) ^ (hash >> 15);
  };
  constexpr int64_t kMaxSmall = (int64_t{1} << 59) - 1, kMinSmall = -(int64_t{1} << 59);
  std::vector<Work> stack;
  Value t = term;
  for (;;) {
    bool descend = false;
    int64_t n;
    if (is_integer(t) && integer_to_int64(t, &n) && n >= kMinSmall && n <= kMaxSmall) {
      immediate((static_cast<uint64_t>(n) << 4) | 0xF);  // small: value << 4 | 1111
    } else if (is_integer(t)) {
      bool neg;
      std::vector<uint64_t> words;
      bignum_words(t, &neg, &words);
      uint32_t con = neg ? HCONST_10 : HCONST_11;
      for (uint64_t w : words) hash2(hash, static_cast<uint32_t>(w), static_cast<uint32_t>(w >> 32), con);
    } else if (t.is_nil()) {
      immediate(0x3B);  // NIL's word on 64-bit erts 25
    } else if (is_atom(t)) {
      immediate((uint64_t{atom_hvalue(t)} << 6) | 0x0B);  // not erl's atom index (see hash.h)
    } else if (t.is_double()) {
      double d = t.as_double();
      if (d == 0.0) d = 0.0;
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      hash2(hash, static_cast<uint32_t>(bits), static_cast<uint32_t>(bits >> 32), 0x6a99b4acu);
    } else if (is_cons(t)) {
      int c = 0;
      uint32_t sh = 0;
      Value l = t;
      while (is_cons(l) && is_byte(head(l))) {
        sh = (sh << 8) + static_cast<uint32_t>(head(l).as_int());
        if (c == 3) {
          hash1(hash, sh, HCONST_4);
          c = 0;
          sh = 0;
        } else {
          ++c;
        }
        l = tail(l);
      }
      if (c > 0) hash2(hash, sh, static_cast<uint32_t>(c), HCONST_22);
      if (is_cons(l)) {
        Value rest = tail(l);
        const_hash(HCONST_17);
        stack.push_back({Op::Term, rest});
        if (!is_cons(rest)) stack.push_back({Op::Cdr, Value()});
        t = head(l);
        descend = true;
      } else {
        t = l;
        descend = true;
      }
    } else if (is_tuple(t)) {
      const Tuple* tu = t.as<Tuple>();
      hash1(hash, tu->size(), HCONST_9);
      if (tu->size() > 0) {
        for (uint32_t i = tu->size(); i-- > 1;) stack.push_back({Op::Term, tu->items[i]});
        t = tu->items[0];
        descend = true;
      }
    } else if (is_map(t)) {
      const Map* m = t.as<Map>();
      hash1(hash, static_cast<uint32_t>(m->count), HCONST_16);
      auto entries = entries_in_iteration_order(m);
      for (size_t i = entries.size(); i-- > 0;) {
        stack.push_back({Op::Term, entries[i]->value});
        stack.push_back({Op::Term, entries[i]->key});
      }
    } else if (is_bitstring(t)) {
      std::string whole;
      unsigned rest;
      uint32_t last;
      bitstring_parts(t.as<Binary>(), &whole, &rest, &last);
      uint32_t con = HCONST_13 + hash;
      if (whole.empty() && rest == 0) {
        hash = con;
      } else {
        hash = block_hash(reinterpret_cast<const uint8_t*>(whole.data()), whole.size(), con);
        if (rest) hash2(hash, rest, last, HCONST_15);
      }
    } else if (is_pid(t)) {
      immediate((uint64_t{t.as<Pid>()->serial} << 32 | t.as<Pid>()->number) << 4 | 0x3);
    } else if (is_ref(t)) {
      const uint32_t* w = t.as<Ref>()->words;
      hash1(hash, w[0], HCONST_7);
      hash2(hash, w[1], w[2], 0xf1bbcdc8u /* HCONST_8 */);
    } else {
      immediate(key_hash(t));  // funs and ports: erts hashes addresses; any stable value will do
    }
    if (descend) continue;
    for (;;) {
      if (stack.empty()) {
        keep_alive(term);
        return hash;
      }
      Work w = stack.back();
      stack.pop_back();
      if (w.op == Op::Cdr) {
        const_hash(HCONST_18);
        continue;
      }
      t = w.term;
      break;
    }
  }
}


// make_hash (erts's portable hash behind erlang:phash/2). Numbers hash their magnitude
// bytewise from the least significant byte, padded to whole 32-bit words, whatever
// their representation; strings in lists take a shortcut per byte; every kind of term
// has its own prime.
uint32_t phash_full(Value term) {
  constexpr uint32_t F1 = 268440163, F2 = 268439161, F3 = 268435459, F4 = 268436141, F5 = 268438633,
                     F6 = 268437017, F8 = 268437511, F9 = 268439627, F10 = 268440479, F11 = 268440577,
                     F12 = 268440581, F13 = 268440593, F14 = 268440611;
  uint32_t hash = 0;
  auto bytes32 = [&](uint32_t x, uint32_t prime) {
    for (int k = 0; k < 4; ++k) hash = hash * prime + ((x >> (8 * k)) & 0xFF);
  };
  enum class Step : uint8_t { Term, TupleNext, EnvNext, CdrPre, CdrPost };
  struct Item {
    Step step;
    Value v;
    uint32_t i = 0;
  };
  std::vector<Item, heap::RootAllocator<Item>> stack{{Step::Term, term}};
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    Value t = it.v;
    switch (it.step) {
      case Step::CdrPost: hash *= F8; continue;
      case Step::TupleNext: {
        const Tuple* tup = t.as<Tuple>();
        if (it.i == tup->size()) {
          hash = hash * F9 + tup->size();
        } else {
          stack.push_back({Step::TupleNext, t, it.i + 1});
          stack.push_back({Step::Term, tup->items[it.i]});
        }
        continue;
      }
      case Step::EnvNext: {
        const Closure* c = t.as<Closure>();
        if (it.i < c->h.aux) {
          stack.push_back({Step::EnvNext, t, it.i + 1});
          stack.push_back({Step::Term, c->captures[it.i]});
        }
        continue;
      }
      case Step::CdrPre:
        if (!is_cons(t)) {
          stack.push_back({Step::CdrPost, Value::nil()});
          stack.push_back({Step::Term, t});
          continue;
        }
        break;  // a list: the list case below
      case Step::Term: break;
    }
    if (t.is_nil()) {
      hash = hash * F3 + 1;
    } else if (is_atom(t)) {
      hash = hash * F1 + atom_hvalue(t);
    } else if (is_integer(t)) {
      bool negative;
      std::string mag = integer_magnitude_bytes(t, &negative);
      size_t n = mag.empty() ? 4 : (mag.size() + 3) / 4 * 4;
      for (size_t k = 0; k < n; ++k) hash = hash * F2 + (k < mag.size() ? static_cast<uint8_t>(mag[k]) : 0);
      hash *= negative ? F4 : F3;
    } else if (t.is_double()) {
      double d = t.as_double();
      if (d == 0.0) d = 0.0;  // -0.0 hashes as 0.0
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      hash = hash * F6 + (static_cast<uint32_t>(bits) ^ static_cast<uint32_t>(bits >> 32));
    } else if (is_bitstring(t)) {
      std::string whole;
      unsigned rest_bits;
      uint32_t rest;
      bitstring_parts(t.as<Binary>(), &whole, &rest_bits, &rest);
      for (unsigned char b : whole) hash = hash * F1 + b;
      if (rest_bits) hash = (hash * F1 + rest) * F12 + rest_bits;
      hash = hash * F4 + static_cast<uint32_t>(whole.size());
    } else if (is_cons(t)) {
      // Bytes at the head of the list take a shortcut; anything else is hashed as a term,
      // then the rest of the list (CdrPre); the end of the list multiplies by F8.
      Value l = t;
      for (;;) {
        Value h = head(l);
        if (!is_byte(h)) {
          stack.push_back({Step::CdrPre, tail(l)});
          stack.push_back({Step::Term, h});
          break;
        }
        hash = hash * F2 + static_cast<uint32_t>(h.as_int());
        if (!is_cons(tail(l))) {
          stack.push_back({Step::CdrPost, Value::nil()});
          stack.push_back({Step::Term, tail(l)});
          break;
        }
        l = tail(l);
      }
    } else if (is_tuple(t)) {
      stack.push_back({Step::TupleNext, t, 0});
    } else if (is_map(t)) {
      hash = hash * F13 + F14 + phash2_full(t);
    } else if (is_pid(t)) {
      bytes32(t.as<Pid>()->number, F5);
      hash *= F6;
    } else if (is_port(t)) {
      uint64_t number = t.as<Port>()->number;
      if (number >> 32) bytes32(static_cast<uint32_t>(number >> 32), F11);
      bytes32(static_cast<uint32_t>(number), F9);
      hash *= F10;
    } else if (is_ref(t)) {
      bytes32(t.as<Ref>()->words[0], F9);
      hash *= F10;
    } else if (is_export_fun(t)) {
      const ExportFun* f = t.as<ExportFun>();
      hash = hash * F11 + f->arity();
      hash = hash * F1 + atom_hvalue(f->module);
      hash = hash * F1 + atom_hvalue(f->function);
    } else if (is_instance(t, cls::Closure)) {
      const Closure* c = t.as<Closure>();
      const FunInfo* info = fun_info(c->fn);
      hash = hash * F10 + c->h.aux;
      hash = hash * F1 + (info ? atom_hvalue(info->module) : 0);
      hash = hash * F2 + (info ? info->index : 0);
      hash = hash * F2 + (info ? info->old_uniq : 0);
      stack.push_back({Step::EnvNext, t, 0});
    }
  }
  return hash;
}

}  // namespace sy::beam
