#include "frontends/python/lib/unicode.h"

#include <algorithm>
#include <cstring>

#include "frontends/python/lib/unicode_tables.h"

namespace sy::pylib::unicode {

void encode(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Both scan eight bytes at a time: most text is ASCII.
bool is_ascii(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

size_t length(std::string_view s) {
  size_t n = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // Continuation bytes are 10xxxxxx: bit 7 set and bit 6 clear.
    uint64_t continuation = w & ~(w << 1) & 0x8080808080808080ull;
    n += 8 - static_cast<size_t>(__builtin_popcountll(continuation));
  }
  for (; i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

uint16_t flags(char32_t c) {
  if (c < 256) return kLatin1Flags[c];
  if (c >= 0x110000) return 0;
  const PropertyRun* end = kPropertyRuns + kPropertyRunCount;
  const PropertyRun* run = std::upper_bound(kPropertyRuns, end, static_cast<uint32_t>(c),
                                            [](uint32_t v, const PropertyRun& r) { return v < r.start; });
  return run[-1].flags;
}

int decimal_value(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
  if (!has(c, kDecimal)) return -1;
  const char32_t* end = kDecimalZeros + kDecimalZeroCount;
  const char32_t* zero = std::upper_bound(kDecimalZeros, end, c);
  return static_cast<int>(c - zero[-1]);
}

namespace {

int map_case(char32_t c, char32_t out[3], const CaseRange* ranges, size_t nranges,
             const CaseSpecial* specials, size_t nspecials) {
  const CaseSpecial* send = specials + nspecials;
  const CaseSpecial* sp = std::lower_bound(specials, send, static_cast<uint32_t>(c),
                                           [](const CaseSpecial& s, uint32_t v) { return s.cp < v; });
  if (sp != send && sp->cp == c) {
    int n = 0;
    while (n < 3 && sp->out[n]) out[n] = sp->out[n], ++n;
    return n;
  }
  const CaseRange* rend = ranges + nranges;
  const CaseRange* r = std::upper_bound(ranges, rend, static_cast<uint32_t>(c),
                                        [](uint32_t v, const CaseRange& x) { return v < x.first; });
  out[0] = c;
  if (r != ranges) {
    --r;
    if (c <= r->last && (c - r->first) % r->stride == 0) out[0] = static_cast<char32_t>(static_cast<int32_t>(c) + r->delta);
  }
  return 1;
}

}  // namespace

int to_upper(char32_t c, char32_t out[3]) {
  if (c < 0x80) {
    out[0] = c >= 'a' && c <= 'z' ? c - 32 : c;
    return 1;
  }
  return map_case(c, out, kUpperRanges, kUpperRangeCount, kUpperSpecials, kUpperSpecialCount);
}

int to_lower(char32_t c, char32_t out[3]) {
  if (c < 0x80) {
    out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
    return 1;
  }
  return map_case(c, out, kLowerRanges, kLowerRangeCount, kLowerSpecials, kLowerSpecialCount);
}

int to_title(char32_t c, char32_t out[3]) {
  if (c < 0x80) {
    out[0] = c >= 'a' && c <= 'z' ? c - 32 : c;
    return 1;
  }
  return map_case(c, out, kTitleRanges, kTitleRangeCount, kTitleSpecials, kTitleSpecialCount);
}

}  // namespace sy::pylib::unicode
