// The format-spec mini-language of format(), str.format and f-strings, exactly as
// CPython 3.11 (Python/formatter_unicode.c) for int, bool, float and str:
//
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// with CPython's error messages. Widths and precisions count code points; the numeric
// locale is CPython's default "C" locale ('n' groups nothing).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/value.h"
#include "frontends/python/lib/error.h"

namespace sy::pylib {

struct FormatSpec {
  char32_t fill = ' ';
  char align = '>';        // < > ^ =
  char sign = '\0';        // + - space, or none
  bool no_neg_0 = false;   // 'z'
  bool alternate = false;  // '#'
  int64_t width = -1;      // -1: not given
  char grouping = '\0';    // ',' or '_', or none
  int64_t precision = -1;  // -1: not given
  char32_t type = '\0';    // the presentation type, '\0' if none
};

// Parses spec for an object of type_name (which appears in error messages), with the
// type's default presentation type and alignment.
Result<FormatSpec> parse_format_spec(std::string_view spec, char default_type, char default_align,
                                     std::string_view type_name);

// format(value, spec). type_name names the value's class in error messages (a
// subclass formats like its base but reports its own name).
Result<std::string> format_int(Value i, std::string_view spec, std::string_view type_name = "int");
Result<std::string> format_bool(bool b, std::string_view spec);
Result<std::string> format_float(double d, std::string_view spec, std::string_view type_name = "float");
Result<std::string> format_str(std::string_view s, std::string_view spec, std::string_view type_name = "str");

}  // namespace sy::pylib
