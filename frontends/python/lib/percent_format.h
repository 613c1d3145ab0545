// printf-style formatting, str % args, exactly as CPython 3.11 (PyUnicode_Format):
// %s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%, the flags - + space # 0, width
// and precision (either may be *), the ignored length modifiers h l L, mapping keys
// %(name)s, and CPython's errors in CPython's order.
//
// Objects are Values, opaque to the engine: the runtime answers through PercentHooks.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "core/value.h"
#include "frontends/python/lib/error.h"

namespace sy::pylib {

// What an argument is, as far as the numeric and %c conversions care.
struct PercentValue {
  enum Kind { Int, Float, Str, Other } kind = Other;
  Value int_value;         // Int: the value (bools as 0 and 1)
  double float_value = 0;  // Float
  std::string text;        // Str: the string
  std::string type_name;   // every kind: the class name, for error messages
  // Set before classify: the conversion that asks ('d', 'x', 'f', 'c'...; 0 for a '*'
  // width), which decides how an object converts (%d by __int__, %x by __index__...).
  char conversion = 0;
};

class PercentHooks {
 public:
  virtual ~PercentHooks() = default;
  virtual Value tuple_item(size_t index) = 0;  // when the right operand is a tuple
  // args[key] for %(key)s; missing keys are the hook's KeyError.
  virtual Status lookup(std::string_view key, Value* out) = 0;
  virtual Status str(Value v, std::string& out) = 0;   // str(v)
  virtual Status repr(Value v, std::string& out) = 0;  // repr(v); %a escapes it
  virtual Status classify(Value v, PercentValue* out) = 0;
};

// The right operand of %.
struct PercentArgs {
  bool is_tuple = false;
  size_t tuple_size = 0;  // when is_tuple
  Value single;           // when not a tuple
  // A mapping that is neither a tuple nor a str (CPython's PyMapping_Check: dicts, but
  // also lists): %(key) may index it, and unused arguments are not an error.
  bool is_mapping = false;
};

Result<std::string> percent_format(std::string_view format, const PercentArgs& args, PercentHooks& hooks);

}  // namespace sy::pylib
