// Helpers for the files that define builtin types and functions.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "frontends/python/runtime/internal.h"

namespace sy::py {

// A builtin type whose instances carry core class c (also registered as the type of c).
PyType* make_builtin_type(std::string_view name, ClassId c, PyType* base);
void map_class_to_type(ClassId c, PyType* t);
// `ctor` is what calling the type does; the type becomes the builtin of its name.
void define_type_builtin(PyType* t, const Builtin* ctor);
// A builtin function (print, len, ...).
void define_function(const Builtin* spec);

// Shorthands. Methods count self in min/max.
inline Builtin* fn(const char* name, BuiltinFn f, int min, int max, std::vector<std::string> kw = {}) {
  auto* b = new Builtin();
  b->name = name;
  b->fn = f;
  b->min_pos = min;
  b->max_pos = max;
  b->keywords = std::move(kw);
  return b;
}

// Arguments: positional i, or keyword k, or absent (empty).
inline Value arg_or_kw(const Args& a, uint32_t i, uint32_t k) {
  if (i < a.npos) return a.pos[i];
  return a.kw[k];
}
inline Value arg(const Args& a, uint32_t i) { return i < a.npos ? a.pos[i] : Value(); }

}  // namespace sy::py
