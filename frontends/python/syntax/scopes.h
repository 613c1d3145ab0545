// Scope analysis (CPython 3.11's symtable): which scope every name lives in.
//
// Scopes are the module, each class body, and each function, where lambdas and (as of
// 3.11) comprehensions and generator expressions count as functions. For every scope and
// every name used in it we record how the name is defined (flags) and where it resolves:
//   Local           bound in this function (or class/module namespace)
//   Cell            local, and captured by a nested function
//   Free            bound in an enclosing function (nonlocal, or just read from there)
//   GlobalExplicit  declared `global` (here or, at module level, anywhere)
//   GlobalImplicit  not bound in any enclosing function: module globals, then builtins
// Names are mangled inside classes (`__x` in class C is `_C__x`), as CPython does.
//
// analyze_scopes also reports the compile-time errors CPython raises at this stage (its
// symtable.c) and the structural ones its compiler raises before generating code
// ('return' outside function, 'break' outside loop, ...), with CPython's messages.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "frontends/python/syntax/ast.h"
#include "frontends/python/syntax/parser.h"

namespace sy::py {

// How a name is defined in one scope (CPython's DEF_* bits, same values).
enum SymbolFlag : uint32_t {
  kDefGlobal = 1,      // `global x` here
  kDefLocal = 2,       // assigned: target, def/class name, for/with/except/import-as...
  kDefParam = 4,       // a parameter
  kDefNonlocal = 8,    // `nonlocal x` here
  kUse = 16,           // read
  kDefFree = 32,       // unused (kept for CPython's numbering)
  kDefFreeClass = 64,  // a class-level name that a method also uses as a free variable
  kDefImport = 128,    // bound by import
  kDefAnnot = 256,     // annotated (`x: int`)
  kDefCompIter = 512,  // a comprehension's iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

enum class SymbolScope : uint8_t { Local = 1, GlobalExplicit, GlobalImplicit, Free, Cell };
const char* name(SymbolScope s);  // "LOCAL", "GLOBAL_EXPLICIT", ...

struct Symbol {
  std::string name;  // mangled
  uint32_t flags = 0;
  SymbolScope scope = SymbolScope::Local;
};

enum class ScopeKind : uint8_t { Module, Class, Function, Lambda, Comprehension };

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;  // "top", the class or function name, "lambda", "listcomp", "setcomp",
                     // "dictcomp" or "genexpr"
  // The node that opened the scope: ast::Module, FunctionDef, ClassDef, Lambda, ListComp,
  // SetComp, DictComp or GeneratorExp.
  const ast::Node* node = nullptr;
  int lineno = 0;
  Scope* parent = nullptr;
  std::vector<Scope*> children;  // in source order
  // The class whose name mangles private names here (the scope itself if a class, else
  // the nearest enclosing class); empty outside classes. Attribute names (`self.__x`)
  // are mangled with it too.
  std::string mangle_class;
  std::string mangled(std::string_view name) const;
  std::vector<Symbol> symbols;   // in order of first appearance, as CPython's dict
  // Parameters in frame order: positional-only, positional, keyword-only, *args, **kwargs;
  // ".0" (the outermost iterator) for comprehensions.
  std::vector<std::string> varnames;

  bool is_function() const { return kind >= ScopeKind::Function; }  // CPython's FunctionBlock
  bool nested = false;            // inside a function
  bool generator = false;         // contains yield / yield from, or is a generator expression
  bool returns_value = false;     // has `return <value>`
  bool varargs = false, varkeywords = false;
  bool free = false;              // has free variables
  bool child_free = false;        // some nested scope has free variables
  // A class whose methods use `super()` or `__class__`: the class body creates the
  // `__class__` cell they close over.
  bool needs_class_closure = false;

  // By mangled name; `resolve` takes a name as written in the source (a Name's id).
  const Symbol* lookup(std::string_view name) const;
  Symbol* lookup(std::string_view name);
  const Symbol* resolve(std::string_view name) const { return lookup(mangled(name)); }
  std::unordered_map<std::string, uint32_t> symbol_index;  // name -> position in symbols
};

class SymbolTable {
 public:
  Scope* top() const { return top_; }
  // The scope a node opened (see Scope::node), or nullptr.
  const Scope* scope_of(const ast::Node* node) const;
  const std::vector<std::unique_ptr<Scope>>& all() const { return scopes_; }

 private:
  friend class SymtableBuilder;
  Scope* top_ = nullptr;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const ast::Node*, Scope*> by_node_;
};

// Analyzes a parsed module. `source` is the file's text, for the line shown in an error
// report. Returns false with *error filled on the first error, as CPython reports it.
bool analyze_scopes(const ast::Module* module, std::string_view source, std::string_view filename,
                    SymbolTable* out, SyntaxError* error);

// CPython's _Py_Mangle: `__name` inside class `class_name` becomes `_Class__name`.
std::string mangle(std::string_view class_name, std::string_view name);
inline std::string Scope::mangled(std::string_view name) const { return mangle(mangle_class, name); }

// The table in the text form of tests/python-syntax/scopes/gen_symtable.py (CPython's
// symtable module), for tests.
std::string dump_scopes(const SymbolTable& table);

}  // namespace sy::py
