// The compiler's view of a module's scopes: for every module, function, lambda,
// comprehension and class body, where each name lives and which cells it makes and
// receives. Built from the syntax layer's symbol table (syntax/scopes.h, CPython's
// symtable), in the shape code generation wants.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontends/python/syntax/ast.h"
#include "frontends/python/syntax/scopes.h"

namespace sy::py {

enum class NameScope : uint8_t {
  Local,           // a register of the function (or the class namespace in a class body)
  Cell,            // local, but captured by an inner function: lives in a cell
  Free,            // a cell of an enclosing function
  GlobalExplicit,  // declared `global`
  GlobalImplicit,  // not bound here nor in an enclosing function
};

struct ScopeBlock {
  enum Kind : uint8_t { Module, Function, Class } kind = Module;
  const ast::Node* node = nullptr;
  std::string name;                           // "f", "<lambda>", "<listcomp>", "C", "<module>"
  std::string mangle_class;                   // private names (`__x`) are mangled with it
  ScopeBlock* parent = nullptr;
  std::map<std::string, NameScope> names;     // every name used or bound here
  std::vector<std::string> params;            // in declaration order
  std::vector<std::string> varnames;          // functions: params, then Local names in order
  std::vector<std::string> cells;             // Cell names, in first-seen order
  std::vector<std::string> frees;             // Free names, in first-seen order
  bool generator = false;
  bool comprehension = false;
  bool needs_class_cell = false;              // a class body whose methods use super()/__class__
  NameScope scope_of(const std::string& n) const;
};

class ScopeTable {
 public:
  const ScopeBlock* block(const ast::Node* n) const;
  ScopeBlock* add(const ast::Node* n, ScopeBlock::Kind kind, std::string name, ScopeBlock* parent);

 private:
  std::unordered_map<const ast::Node*, std::unique_ptr<ScopeBlock>> blocks_;
};

// Builds the table from the symbol table of the same tree.
void build_scope_table(const SymbolTable& symbols, ScopeTable* out);

}  // namespace sy::py
