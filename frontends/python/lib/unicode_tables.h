// The generated Unicode tables (unicode_tables.cpp, written by gen_unicode_tables.py from
// CPython 3.11). Use them through unicode.h.
#pragma once
#include <cstddef>
#include <cstdint>

namespace sy::pylib::unicode {

// Code points from `start` up to the next run's start share `flags` (CharFlag bits).
struct PropertyRun {
  uint32_t start;
  uint16_t flags;
};
extern const PropertyRun kPropertyRuns[];
extern const size_t kPropertyRunCount;
extern const uint16_t kLatin1Flags[256];

// Every Unicode decimal digit is one of these zeros plus its value.
extern const char32_t kDecimalZeros[];
extern const size_t kDecimalZeroCount;

// A one-character case mapping: first, first + stride, ... last map to themselves + delta.
struct CaseRange {
  uint32_t first, last;
  int32_t delta;
  uint8_t stride;
};
// A mapping to two or three characters ('\u00df'.upper() == 'SS'); unused slots are 0.
struct CaseSpecial {
  uint32_t cp;
  char32_t out[3];
};
extern const CaseRange kUpperRanges[], kLowerRanges[], kTitleRanges[];
extern const size_t kUpperRangeCount, kLowerRangeCount, kTitleRangeCount;
extern const CaseSpecial kUpperSpecials[], kLowerSpecials[], kTitleSpecials[];
extern const size_t kUpperSpecialCount, kLowerSpecialCount, kTitleSpecialCount;

}  // namespace sy::pylib::unicode
