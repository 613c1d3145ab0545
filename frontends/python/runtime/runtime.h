// The Python runtime's interface to the compiler and the loader.
//
// Calling convention (docs/python.md). Every Python callable -- an IR function compiled
// from a def, a builtin's native, an adapter -- takes a *callee slot* before its Python
// arguments: `f(a, b)` passes (f, a, b), and the method call `o.m(a)` passes (o, o, a),
// so that a method found on the class is called with no adapter at all: its IR
// parameters are (slot, self, a). The callee ignores the slot.
//
// Call sites (the `py.*` bootstraps; each is a PIC):
//   py.call        (callee, positional..., keyword values...)  selects on the callee's value
//   py.callmethod  (obj, obj, positional..., keyword values...) selects on obj's class
//   py.callex      (callee, args tuple, kwargs dict or nil)     f(*a, **k)
//   py.getattr (obj)   py.setattr (obj, v)   py.delattr (obj)   select on obj's class
//   py.binop  (a, b)   py.compare (a, b)   py.cmpbool (a, b)    select on both classes
//   py.unary  (a)      py.truth (a)     py.contains (container, item)
//   py.getitem (o, k)  py.setitem (o, k, v)  py.delitem (o, k)
//   py.iter (o)        py.fornext (iterator): the next value, or the stop() marker
// Static arguments: the operation's name (attribute, method, operator) and, for calls,
// the keyword names.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/ir/module.h"
#include "core/vm.h"
#include "frontends/python/runtime/object.h"

namespace sy::py {

// Registers the runtime's natives, bootstraps and builtin types (idempotent).
void install();

// -- Compiled modules --
// Source positions of one instruction, for tracebacks (CPython's co_positions).
struct Position {
  uint32_t pc;  // the instruction's first code word
  int lineno, end_lineno, col, end_col;  // columns: UTF-8 byte offsets
  // A method call `o.m(...)`: the range of `o.m`, where CPython reports a failed lookup
  // (its LOAD_METHOD); attr_lineno 0 when none.
  int attr_lineno = 0, attr_end_lineno = 0, attr_col = 0, attr_end_col = 0;
};

// What the compiler hands the runtime about a module besides its IR.
struct CompiledModule {
  std::unique_ptr<Module> ir;  // owned until the loader hands it to the program
  Module* module = nullptr;    // the IR module, wherever it is owned
  std::string name;        // "__main__", "helpers"
  std::string path;        // as traceback lines name it
  std::string source;      // the text, for traceback source lines
  std::vector<std::unique_ptr<CodeInfo>> codes;
  // Every IR function of the module with its code object (a generator's starter and body
  // share one) and the source positions of its instructions.
  std::vector<std::pair<const Function*, const CodeInfo*>> function_codes;
  std::vector<std::pair<const Function*, std::vector<Position>>> positions;
  Function* body = nullptr;  // the module's top-level code: `<module>/0`
};

// Registers a compiled module's code objects and positions; the runtime keeps it.
CompiledModule& register_module(std::unique_ptr<CompiledModule> m);
// The CodeInfo of an IR function compiled from Python (a generator body maps to its def).
const CodeInfo* code_info(const Function* fn);
void set_code_info(const Function* fn, const CodeInfo* code);
void set_positions(const Function* fn, std::vector<Position> positions);
const Position* position_at(const Function* fn, uint32_t pc);
// The module a function was compiled in (null for runtime helpers).
const CompiledModule* compiled_module_of(const Function* fn);

// The module object for a compiled module: creates it and initialises its globals
// (builtins where the name is a builtin, unbound elsewhere).
Value module_object(CompiledModule& m);

// -- Program start --
struct StartOptions {
  std::string script;              // as given on the command line
  std::vector<std::string> argv;   // sys.argv
  std::string script_dir;          // where sibling modules are found
};
void set_start_options(const StartOptions& o);
// Compiles a module of the program. Returns null and fills *error (a CPython-style
// SyntaxError report) when the source does not compile.
// `detail`, if given, receives the error as the syntax layer describes it (for the
// SyntaxError exception an import raises).
struct SyntaxError;
CompiledModule* compile_file(const std::string& path, const std::string& module_name, std::string* error,
                             SyntaxError* detail = nullptr);
// Sibling .py files that `import` names, compiled ahead of time (so --dump-ir and
// --pic-stats see them); the import statement runs them.
void add_precompiled(const std::string& name, CompiledModule* m);

// Hooks from the type system: a class changed (call sites relink by themselves).
void on_type_changed(PyType* t);

}  // namespace sy::py
