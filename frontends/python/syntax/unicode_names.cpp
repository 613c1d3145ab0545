// The name table is a lexicon of words and one phrase (a sequence of word numbers) per
// name, alias and named sequence; see gen_unicode_names.py for the layout. Names are
// found by binary search over the entries sorted by name, decoding each phrase probed.
#include "frontends/python/syntax/unicode_names.h"

#include <algorithm>
#include <cstdio>

#include "frontends/python/syntax/unicode.h"

namespace sy::py {

namespace {

struct CodeRange {
  uint32_t first, last;
};

#include "frontends/python/syntax/unicode_names.inc"

// Item i of a list of length-prefixed items.
std::string_view item(const char* blob, const uint32_t* starts, int i) {
  uint32_t pos = starts[i / kStride];
  for (int k = i % kStride; k > 0; --k) pos += 1 + static_cast<unsigned char>(blob[pos]);
  return {blob + pos + 1, static_cast<unsigned char>(blob[pos])};
}

std::string entry_name(int entry) {
  std::string_view phrase = item(kPhrases, kPhrasesStart, entry);
  std::string out;
  bool space = false;
  for (size_t i = 0; i < phrase.size();) {
    int b = static_cast<unsigned char>(phrase[i++]);
    if (b == kHyphen) {
      out += '-';
      space = false;
      continue;
    }
    int word = b < kOneByte ? b : kOneByte + ((b - kOneByte) << 8 | static_cast<unsigned char>(phrase[i++]));
    if (space) out += ' ';
    out += item(kLexicon, kLexiconStart, word - 1);
    space = true;
  }
  return out;
}

// The code point of a character name's entry (entries below kNameCount).
uint32_t name_code(int entry) {
  int run = static_cast<int>(std::upper_bound(std::begin(kRunEntry), std::end(kRunEntry), entry) - kRunEntry) - 1;
  return kRunCode[run] + static_cast<uint32_t>(entry - kRunEntry[run]);
}

bool is_unified_ideograph(uint32_t cp) {
  for (const CodeRange& r : kUnifiedIdeographs)
    if (cp >= r.first && cp <= r.last) return true;
  return false;
}

// Hangul syllables (Unicode's algorithm, chapter 3.12).
constexpr uint32_t kSyllableBase = 0xAC00;
constexpr int kLCount = std::size(kJamoL), kVCount = std::size(kJamoV), kTCount = std::size(kJamoT);
constexpr uint32_t kSyllableCount = kLCount * kVCount * kTCount;

// The longest of the jamo short names that starts s (CPython's find_syllable: case
// matters); -1 if none does.
int longest_jamo(std::string_view s, const char* const* names, int count, size_t* len) {
  int found = -1;
  size_t best = 0;
  for (int i = 0; i < count; ++i) {
    std::string_view n = names[i];
    if ((found < 0 || n.size() > best) && s.substr(0, n.size()) == n) {
      found = i;
      best = n.size();
    }
  }
  *len = best;
  return found;
}

bool lookup_syllable(std::string_view s, uint32_t* cp) {
  size_t len;
  int l = longest_jamo(s, kJamoL, kLCount, &len);
  s.remove_prefix(len);
  int v = longest_jamo(s, kJamoV, kVCount, &len);
  s.remove_prefix(len);
  int t = longest_jamo(s, kJamoT, kTCount, &len);
  s.remove_prefix(len);
  if (l < 0 || v < 0 || t < 0 || !s.empty()) return false;
  *cp = kSyllableBase + static_cast<uint32_t>((l * kVCount + v) * kTCount + t);
  return true;
}

bool lookup_ideograph(std::string_view hex, uint32_t* cp) {
  if (hex.size() != 4 && hex.size() != 5) return false;
  uint32_t v = 0;
  for (char c : hex) {
    if (c >= '0' && c <= '9')
      v = v * 16 + static_cast<uint32_t>(c - '0');
    else if (c >= 'A' && c <= 'F')
      v = v * 16 + static_cast<uint32_t>(c - 'A' + 10);
    else
      return false;
  }
  if (!is_unified_ideograph(v)) return false;
  *cp = v;
  return true;
}

// The entry of a name, alias or named sequence, or -1.
int find_entry(std::string_view name) {
  std::string upper(name);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  const uint16_t* first = kByName;
  size_t count = std::size(kByName);
  while (count > 0) {  // lower bound
    size_t half = count / 2;
    if (entry_name(first[half]) < upper) {
      first += half + 1;
      count -= half + 1;
    } else {
      count = half;
    }
  }
  if (first != std::end(kByName) && entry_name(*first) == upper) return *first;
  return -1;
}

// CPython's _getcode: the algorithmic names first, then the table.
bool lookup(std::string_view name, bool sequences, std::string* out, uint32_t* cp) {
  constexpr std::string_view syllable = "HANGUL SYLLABLE ", ideograph = "CJK UNIFIED IDEOGRAPH-";
  if (name.substr(0, syllable.size()) == syllable) {
    if (!lookup_syllable(name.substr(syllable.size()), cp)) return false;
  } else if (name.substr(0, ideograph.size()) == ideograph) {
    if (!lookup_ideograph(name.substr(ideograph.size()), cp)) return false;
  } else {
    int entry = find_entry(name);
    if (entry < 0) return false;
    if (entry < kNameCount) {
      *cp = name_code(entry);
    } else if (entry < kAliasEnd) {
      *cp = kAliasCode[entry - kNameCount];
    } else {
      if (!sequences) return false;
      int seq = entry - kAliasEnd;
      for (int i = kSequenceStart[seq]; i < kSequenceStart[seq + 1]; ++i) append_utf8(out, kSequenceCodes[i]);
      return true;
    }
  }
  if (out) append_utf8(out, *cp);
  return true;
}

}  // namespace

bool lookup_character_name(std::string_view name, uint32_t* cp) { return lookup(name, false, nullptr, cp); }

bool lookup_name_or_sequence(std::string_view name, std::string* out) {
  uint32_t cp;
  return lookup(name, true, out, &cp);
}

std::string character_name(uint32_t cp) {
  if (is_unified_ideograph(cp)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "CJK UNIFIED IDEOGRAPH-%X", cp);
    return buf;
  }
  if (cp >= kSyllableBase && cp < kSyllableBase + kSyllableCount) {
    uint32_t s = cp - kSyllableBase;
    return std::string("HANGUL SYLLABLE ") + kJamoL[s / (kVCount * kTCount)] + kJamoV[s % (kVCount * kTCount) / kTCount] +
           kJamoT[s % kTCount];
  }
  int run = static_cast<int>(std::upper_bound(std::begin(kRunCode), std::end(kRunCode), cp) - kRunCode) - 1;
  if (run < 0) return "";
  uint32_t entry = kRunEntry[run] + (cp - kRunCode[run]);
  if (entry >= kRunEntry[run + 1]) return "";
  return entry_name(static_cast<int>(entry));
}

}  // namespace sy::py
