// The Python compiler: AST and scopes to the common IR (docs/python.md, "The compiler").
//
// Each def, lambda, comprehension and class body becomes one IR function; the module's
// top-level code becomes `<module>/0`. Every dynamic operation is an `indy` instruction
// through a call site whose bootstrap lives in the runtime (runtime.h lists them);
// locals live in registers, cells in one-element arrays, globals in the IR module's
// globals. Exceptions use the IR's handler ranges; generators run their body in a fiber.
#pragma once
#include <memory>
#include <string>

#include "frontends/python/runtime/runtime.h"
#include "frontends/python/syntax/ast.h"
#include "frontends/python/syntax/scopes.h"

namespace sy::py {

struct CompileError {
  std::string type = "SyntaxError";
  std::string msg;
  int lineno = 0, col = 0;  // col: 0-based byte offset
  int end_lineno = 0, end_col = 0;
};

// Compiles a parsed module whose scopes analyze_scopes (syntax/scopes.h) has checked.
// `source` is its text (kept for tracebacks), `path` the file name tracebacks print,
// `name` the module's __name__.
std::unique_ptr<CompiledModule> compile_module(const ast::Module& tree, const SymbolTable& symbols,
                                               const std::string& source,
                                               const std::string& path, const std::string& name,
                                               CompileError* error);

}  // namespace sy::py
