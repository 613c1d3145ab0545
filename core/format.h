// Text forms of values: display (what `print` shows) and repr (quoted, unambiguous, and
// for constants exactly what the IR reader reads back).
#pragma once
#include <string>

#include "core/value.h"

namespace sy {

void append_display(std::string& out, Value v);
void append_repr(std::string& out, Value v);
std::string display(Value v);
std::string repr(Value v);
// Shortest text that reads back as the same double; always has '.', 'e', "inf" or "nan".
std::string format_double(double d);

}  // namespace sy
