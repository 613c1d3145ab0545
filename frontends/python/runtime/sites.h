// The `py.*` call-site bootstraps (runtime.h lists the sites) and the registry of fast
// natives that builtin types provide for them.
#pragma once
#include <string_view>

#include "core/object.h"
#include "core/vm.h"
#include "frontends/python/runtime/object.h"

namespace sy::py {

// Any key class (a dict's getitem, list += anything).
inline constexpr ClassId kAnyClass = UINT32_MAX - 1;
inline constexpr ClassId kNoClass = UINT32_MAX;

// A native (taking the site's arguments as they are) that answers `op` for operands of
// classes a (and b). Site lookups try these before the special-method protocol.
void register_fast(std::string_view op, ClassId a, ClassId b, NativeCall fn);
void register_fast(std::string_view op, ClassId a, NativeCall fn);
// Any handle (an IR function's closure) as the fast target.
void register_fast_handle(std::string_view op, ClassId a, Value handle);
Value find_fast(std::string_view op, ClassId a, ClassId b = kNoClass);

// The dunder names of a binary operator ("+" -> __add__, __radd__, __iadd__), or null.
struct BinopNames {
  const char* op;
  const char* dunder;
  const char* rdunder;
  const char* idunder;
};
const BinopNames* binop_names(std::string_view op);  // "+" or "+="

}  // namespace sy::py
