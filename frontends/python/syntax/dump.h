// The AST as text, exactly as CPython 3.11's `ast.dump(tree)` prints it (field names,
// no positions), for `switchyard run --dump-ast` and the golden tests.
#pragma once
#include <string>
#include <string_view>

#include "frontends/python/syntax/ast.h"

namespace sy::py {

std::string dump(const ast::Module* m);

// Python's repr() of a constant's value, and of a str (UTF-8), bytes and float.
std::string repr_constant(const ast::ConstantValue& v);
std::string repr_str(std::string_view s);
std::string repr_bytes(std::string_view s);
std::string repr_float(double v);

}  // namespace sy::py
