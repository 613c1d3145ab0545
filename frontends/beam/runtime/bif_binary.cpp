// The natively implemented part of the binary module (searching, splitting, parts,
// unsigned encodings), and erlang:crc32/adler32 (zlib).
#include <zlib.h>

#include <algorithm>

#include "core/bigint.h"
#include "frontends/beam/runtime/bif_impl.h"

namespace sy::beam::bif {

namespace {

// Patterns of binary:match & co: a binary, a non-empty list of binaries, or a compiled
// pattern ({bm, Patterns} here). None may be empty.
bool patterns(Value p, std::vector<std::string_view>* out) {
  if (is_tuple(p) && p.as<Tuple>()->size() == 2 && p.as<Tuple>()->items[0] == atom("bm")) p = p.as<Tuple>()->items[1];
  if (is_binary(p)) {
    if (p.as<Binary>()->bit_size == 0) return false;
    out->push_back(binary_bytes(p.as<Binary>()));
    return true;
  }
  if (!is_cons(p)) return false;
  for (; is_cons(p); p = tail(p)) {
    if (!is_binary(head(p)) || head(p).as<Binary>()->bit_size == 0) return false;
    out->push_back(binary_bytes(head(p).as<Binary>()));
  }
  return p.is_nil();
}

// {scope, {Start, Length}}: a negative Length counts back from Start.
bool scope_option(Value opts, uint64_t size, uint64_t* start, uint64_t* end, bool* global, bool* trim, bool* trim_all,
                  bool split_options) {
  *start = 0;
  *end = size;
  Value l = opts;
  for (; is_cons(l); l = tail(l)) {
    Value o = head(l);
    if (split_options && o == atom("global")) {
      *global = true;
    } else if (split_options && o == atom("trim")) {
      *trim = true;
    } else if (split_options && o == atom("trim_all")) {
      *trim_all = true;
    } else if (is_tuple(o) && o.as<Tuple>()->size() == 2 && o.as<Tuple>()->items[0] == atom("scope")) {
      Value part = o.as<Tuple>()->items[1];
      if (!is_tuple(part) || part.as<Tuple>()->size() != 2) return false;
      Value s = part.as<Tuple>()->items[0], n = part.as<Tuple>()->items[1];
      if (!s.is_int() || !n.is_int()) return false;
      int64_t a = s.as_int(), len = n.as_int();
      if (len < 0) {
        a += len;
        len = -len;
      }
      if (a < 0 || static_cast<uint64_t>(a) > size || static_cast<uint64_t>(len) > size - static_cast<uint64_t>(a))
        return false;
      *start = static_cast<uint64_t>(a);
      *end = *start + static_cast<uint64_t>(len);
    } else {
      return false;
    }
  }
  return l.is_nil();
}

// The leftmost match at or after `from` (the longest pattern there), within [from, end).
bool find(std::string_view hay, uint64_t from, uint64_t end, const std::vector<std::string_view>& ps, uint64_t* pos,
          uint64_t* len) {
  for (uint64_t i = from; i < end; ++i) {
    uint64_t best = 0;
    for (std::string_view p : ps)
      if (p.size() <= end - i && p.size() > best && hay.compare(i, p.size(), p) == 0) best = p.size();
    if (best) {
      *pos = i;
      *len = best;
      return true;
    }
  }
  return false;
}

Value pos_len(uint64_t pos, uint64_t len) { return tuple({make_int(static_cast<int64_t>(pos)), make_int(static_cast<int64_t>(len))}); }

Value match(BifContext& cx, Value subject, Value pattern, Value opts) {
  std::vector<std::string_view> ps;
  uint64_t start, end;
  bool g = false, t = false, ta = false;
  if (!is_binary(subject) || !patterns(pattern, &ps) ||
      !scope_option(opts, subject.as<Binary>()->bit_size >> 3, &start, &end, &g, &t, &ta, false))
    return cx.badarg();
  uint64_t pos, len;
  if (!find(binary_bytes(subject.as<Binary>()), start, end, ps, &pos, &len)) return atom("nomatch");
  return pos_len(pos, len);
}

Value matches(BifContext& cx, Value subject, Value pattern, Value opts) {
  std::vector<std::string_view> ps;
  uint64_t start, end;
  bool g = false, t = false, ta = false;
  if (!is_binary(subject) || !patterns(pattern, &ps) ||
      !scope_option(opts, subject.as<Binary>()->bit_size >> 3, &start, &end, &g, &t, &ta, false))
    return cx.badarg();
  std::string_view hay = binary_bytes(subject.as<Binary>());
  heap::RootedVector<Value> found;
  uint64_t pos, len;
  for (uint64_t at = start; find(hay, at, end, ps, &pos, &len); at = pos + len) found.push_back(pos_len(pos, len));
  return make_list(found.data(), found.size());
}

Value split(BifContext& cx, Value subject, Value pattern, Value opts) {
  std::vector<std::string_view> ps;
  uint64_t start, end;
  bool global = false, trim = false, trim_all = false;
  if (!is_binary(subject) || !patterns(pattern, &ps) ||
      !scope_option(opts, subject.as<Binary>()->bit_size >> 3, &start, &end, &global, &trim, &trim_all, true))
    return cx.badarg();
  const Binary* b = subject.as<Binary>();
  std::string_view hay = binary_bytes(b);
  std::vector<std::pair<uint64_t, uint64_t>> parts;  // byte ranges
  uint64_t from = 0, pos, len, at = start;
  while (find(hay, at, end, ps, &pos, &len)) {
    parts.emplace_back(from, pos);
    from = at = pos + len;
    if (!global) break;
  }
  parts.emplace_back(from, hay.size());
  if (trim || trim_all)
    while (!parts.empty() && parts.back().first == parts.back().second) parts.pop_back();
  heap::RootedVector<Value> out;
  for (auto [a, z] : parts) {
    if (trim_all && a == z) continue;
    out.push_back(sub_binary(b, a * 8, (z - a) * 8));
  }
  return make_list(out.data(), out.size());
}

Value part(BifContext& cx, Value bin, Value start, Value length) {
  if (!is_binary(bin) || !start.is_int() || !length.is_int()) return cx.badarg();
  const Binary* b = bin.as<Binary>();
  int64_t size = static_cast<int64_t>(b->bit_size >> 3), s = start.as_int(), l = length.as_int();
  if (l < 0) {
    s += l;
    l = -l;
  }
  if (s < 0 || s > size || l > size - s) return cx.badarg();
  return sub_binary(b, static_cast<uint64_t>(s) * 8, static_cast<uint64_t>(l) * 8);
}

bool endianness(Value e, bool* little) {
  if (e == atom("big")) *little = false;
  else if (e == atom("little")) *little = true;
  else return false;
  return true;
}

}  // namespace

Value binary_at_2(BifContext& cx, const Value* a) {
  if (!is_binary(a[0]) || !a[1].is_int() || a[1].as_int() < 0 ||
      static_cast<uint64_t>(a[1].as_int()) >= (a[0].as<Binary>()->bit_size >> 3))
    return cx.badarg();
  return Value::small_int(byte_at(a[0].as<Binary>(), static_cast<uint64_t>(a[1].as_int())));
}
Value binary_first_1(BifContext& cx, const Value* a) {
  if (!is_binary(a[0]) || a[0].as<Binary>()->bit_size == 0) return cx.badarg();
  return Value::small_int(byte_at(a[0].as<Binary>(), 0));
}
Value binary_last_1(BifContext& cx, const Value* a) {
  if (!is_binary(a[0]) || a[0].as<Binary>()->bit_size == 0) return cx.badarg();
  return Value::small_int(byte_at(a[0].as<Binary>(), (a[0].as<Binary>()->bit_size >> 3) - 1));
}
Value binary_part_3(BifContext& cx, const Value* a) { return part(cx, a[0], a[1], a[2]); }
Value binary_part_2(BifContext& cx, const Value* a) {
  if (!is_tuple(a[1]) || a[1].as<Tuple>()->size() != 2) return cx.badarg();
  return part(cx, a[0], a[1].as<Tuple>()->items[0], a[1].as<Tuple>()->items[1]);
}
Value binary_copy_1(BifContext& cx, const Value* a) {
  if (!is_binary(a[0])) return cx.badarg();
  return make_binary(binary_bytes(a[0].as<Binary>()));
}
Value binary_copy_2(BifContext& cx, const Value* a) {
  if (!is_binary(a[0]) || !a[1].is_int() || a[1].as_int() < 0) return cx.badarg();
  std::string_view b = binary_bytes(a[0].as<Binary>());
  std::string out;
  out.reserve(b.size() * static_cast<size_t>(a[1].as_int()));
  for (int64_t i = 0; i < a[1].as_int(); ++i) out += b;
  return make_binary(out);
}
Value binary_list_to_bin_1(BifContext& cx, const Value* a) { return erlang_list_to_binary_1(cx, a); }
Value binary_referenced_byte_size_1(BifContext& cx, const Value* a) {
  if (!is_binary(a[0])) return cx.badarg();
  return make_int(static_cast<int64_t>(a[0].as<Binary>()->store->capacity));
}
Value binary_compile_pattern_1(BifContext& cx, const Value* a) {
  std::vector<std::string_view> ps;
  if (!patterns(a[0], &ps)) return cx.badarg();
  return tuple({atom("bm"), a[0]});
}
Value binary_match_2(BifContext& cx, const Value* a) { return match(cx, a[0], a[1], Value::nil()); }
Value binary_match_3(BifContext& cx, const Value* a) { return match(cx, a[0], a[1], a[2]); }
Value binary_matches_2(BifContext& cx, const Value* a) { return matches(cx, a[0], a[1], Value::nil()); }
Value binary_matches_3(BifContext& cx, const Value* a) { return matches(cx, a[0], a[1], a[2]); }
Value binary_split_2(BifContext& cx, const Value* a) { return split(cx, a[0], a[1], Value::nil()); }
Value binary_split_3(BifContext& cx, const Value* a) { return split(cx, a[0], a[1], a[2]); }

Value binary_longest_common_prefix_1(BifContext& cx, const Value* a) {
  std::vector<std::string_view> bs;
  Value l = a[0];
  for (; is_cons(l); l = tail(l)) {
    if (!is_binary(head(l))) return cx.badarg();
    bs.push_back(binary_bytes(head(l).as<Binary>()));
  }
  if (!l.is_nil() || bs.empty()) return cx.badarg();
  size_t n = bs[0].size();
  for (std::string_view b : bs) {
    size_t k = 0;
    while (k < n && k < b.size() && b[k] == bs[0][k]) ++k;
    n = k;
  }
  return make_int(static_cast<int64_t>(n));
}
Value binary_longest_common_suffix_1(BifContext& cx, const Value* a) {
  std::vector<std::string_view> bs;
  Value l = a[0];
  for (; is_cons(l); l = tail(l)) {
    if (!is_binary(head(l))) return cx.badarg();
    bs.push_back(binary_bytes(head(l).as<Binary>()));
  }
  if (!l.is_nil() || bs.empty()) return cx.badarg();
  size_t n = bs[0].size();
  for (std::string_view b : bs) {
    size_t k = 0;
    while (k < n && k < b.size() && b[b.size() - 1 - k] == bs[0][bs[0].size() - 1 - k]) ++k;
    n = k;
  }
  return make_int(static_cast<int64_t>(n));
}

Value binary_decode_unsigned_1(BifContext& cx, const Value* a) {
  Value args[2] = {a[0], atom("big")};
  return binary_decode_unsigned_2(cx, args);
}
Value binary_decode_unsigned_2(BifContext& cx, const Value* a) {
  bool little;
  if (!is_binary(a[0]) || !endianness(a[1], &little)) return cx.badarg();
  std::string bytes(binary_bytes(a[0].as<Binary>()));
  if (!little) std::reverse(bytes.begin(), bytes.end());
  return integer_from_magnitude_bytes(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), false);
}
Value binary_encode_unsigned_1(BifContext& cx, const Value* a) {
  Value args[2] = {a[0], atom("big")};
  return binary_encode_unsigned_2(cx, args);
}
Value binary_encode_unsigned_2(BifContext& cx, const Value* a) {
  bool little, negative;
  if (!is_integer_term(a[0]) || !endianness(a[1], &little)) return cx.badarg();
  std::string bytes = integer_magnitude_bytes(a[0], &negative);
  if (negative) return cx.badarg();
  if (bytes.empty()) bytes.assign(1, '\0');
  if (!little) std::reverse(bytes.begin(), bytes.end());
  return make_binary(bytes);
}

// -- Checksums (zlib) --

namespace {
// An iolist's bytes, or false.
bool checksum_input(Value v, std::string* bytes) { return iolist_bytes(v, bytes); }
}  // namespace

Value erlang_crc32_1(BifContext& cx, const Value* a) {
  std::string bytes;
  if (!checksum_input(a[0], &bytes)) return cx.badarg();
  return make_int(static_cast<int64_t>(crc32(0, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size()))));
}
Value erlang_crc32_2(BifContext& cx, const Value* a) {
  std::string bytes;
  int64_t old;
  if (!is_integer_term(a[0]) || !integer_to_int64(a[0], &old) || old < 0 || old > UINT32_MAX ||
      !checksum_input(a[1], &bytes))
    return cx.badarg();
  return make_int(static_cast<int64_t>(
      crc32(static_cast<uLong>(old), reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size()))));
}
Value erlang_adler32_1(BifContext& cx, const Value* a) {
  std::string bytes;
  if (!checksum_input(a[0], &bytes)) return cx.badarg();
  return make_int(static_cast<int64_t>(adler32(1, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size()))));
}
Value erlang_adler32_2(BifContext& cx, const Value* a) {
  std::string bytes;
  int64_t old;
  if (!is_integer_term(a[0]) || !integer_to_int64(a[0], &old) || old < 0 || old > UINT32_MAX ||
      !checksum_input(a[1], &bytes))
    return cx.badarg();
  return make_int(static_cast<int64_t>(
      adler32(static_cast<uLong>(old), reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size()))));
}

}  // namespace sy::beam::bif
