// format() of builtin values (the format-spec mini-language) and `str % args`.
#pragma once
#include <string_view>

#include "core/vm.h"

namespace sy::py {

// format(v, spec) for an int, bool, float or str, as CPython.
Value format_builtin(VM& vm, Value v, std::string_view spec);
// fmt % args, printf-style, as CPython's str.__mod__.
Value percent_format(VM& vm, Value fmt, Value args);

}  // namespace sy::py
