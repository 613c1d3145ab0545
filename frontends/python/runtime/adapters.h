// Runtime adapters: small IR functions that call sites link to when a target needs
// glue -- defaults filled in, a bound method's self inserted, an instance allocated before
// __init__, NotImplemented tried on the reflected operand. Each is written as IR text,
// generated once per shape (arity, keyword names, plan) and cached; a closure over it
// carries the values that vary (the function, the defaults, the class).
//
// Adapters run in the interpreter like any IR: no C++ recursion, so deep Python recursion
// through them stays on the VM stack, and a generator may suspend inside them.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "core/ir/module.h"
#include "core/vm.h"

namespace sy::py {

// The function `name` of an adapter module built from `text` (cached under `key`).
Function* adapter_function(const std::string& key, const std::string& name, const std::function<std::string()>& text);
Value adapter_closure(Function* f, std::initializer_list<Value> captures);
Value adapter_closure(Function* f, const std::vector<Value>& captures);

// `r0, r1, ..., r(n-1)` (empty for n = 0), with a leading ", " when `lead`.
std::string reg_list(uint32_t from, uint32_t to, bool lead = true);
// Site statics for keyword names: ` "a" "b"`.
std::string kw_statics(const std::vector<std::string>& kwnames);

}  // namespace sy::py
