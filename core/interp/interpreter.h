#pragma once
#include "core/value.h"

namespace sy {
class VM;
// Runs from the entry frame at `base` (see frame.h) until it returns. Returns the result,
// or empty with the exception pending on the VM and its trace recorded.
Value interpret(VM& vm, Value* base);
}  // namespace sy
