// Call targets (see calls.cpp): the handle a call site links to for a callee.
#pragma once
#include <string>
#include <vector>

#include "core/vm.h"
#include "frontends/python/runtime/object.h"

namespace sy::py {

// What a site passing (slot, `npos` positional arguments, values for `kwnames`) calls for
// `callee`. Empty, with CPython's TypeError pending, when such a call cannot bind.
Value call_target(VM& vm, Value callee, uint32_t npos, const std::vector<std::string>& kwnames);
// A builtin called with keyword arguments: a native that sorts them into the builtin's slots.
Value builtin_with_keywords(VM& vm, Value builtin, const std::vector<std::string>& kwnames);
// The constructor native of a builtin type (int, list, ...), or empty for classes.
Value type_constructor(const PyType* t);
void set_type_constructor(PyType* t, Value ctor);
// A native building an instance of a class that defines __new__ (in C++, calling back).
Value generic_construct(VM& vm, Value cls, uint32_t npos, const std::vector<std::string>& kwnames);

}  // namespace sy::py
