// str.format and str.format_map, exactly as CPython 3.11 (Objects/stringlib/
// unicode_format.h): literal text with {{ and }}, replacement fields
// {name.attr[key]!conversion:spec} with specs that nest fields one level deep,
// automatic and manual numbering, and CPython's errors, raised in the same order.
//
// The engine knows nothing of objects: it asks the runtime through FormatHooks for
// arguments, attributes, items, conversions and format(obj, spec). Objects are Values,
// opaque here.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/value.h"
#include "frontends/python/lib/error.h"

namespace sy::pylib {

class FormatHooks {
 public:
  virtual ~FormatHooks() = default;
  // False for str.format_map, where a positional field is an error.
  virtual bool has_positional() { return true; }
  // The positional argument `index`; false when out of range (the engine raises the
  // IndexError).
  virtual bool positional(size_t index, Value* out) = 0;
  // kwargs[name] (format_map: mapping[name]); a missing name is the hook's KeyError.
  virtual Status keyword(std::string_view name, Value* out) = 0;
  // obj.name, obj[index] (a field like {0[2]}), obj[key] (a field like {0[key]}).
  virtual Status getattr(Value obj, std::string_view name, Value* out) = 0;
  virtual Status getitem_index(Value obj, int64_t index, Value* out) = 0;
  virtual Status getitem_key(Value obj, std::string_view key, Value* out) = 0;
  // repr(obj) for 'r', str(obj) for 's', ascii(obj) for 'a', as a new object.
  virtual Status convert(Value obj, char conversion, Value* out) = 0;
  // Appends format(obj, spec) to out.
  virtual Status format(Value obj, std::string_view spec, std::string& out) = 0;
};

Result<std::string> format_string(std::string_view format, FormatHooks& hooks);

}  // namespace sy::pylib
