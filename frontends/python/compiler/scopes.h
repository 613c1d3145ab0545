// Scopes of a module (CPython's symtable): for every module, function, lambda,
// comprehension and class body, where each name lives.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontends/python/syntax/ast.h"

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
  ScopeBlock* parent = nullptr;
  std::map<std::string, NameScope> names;     // every name used or bound here
  std::vector<std::string> params;            // in declaration order
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

struct ScopeError {
  std::string msg;
  int lineno = 0, col = 0, end_lineno = 0, end_col = 0;
};

// Builds the table; fails on a scope error (a SyntaxError such as "nonlocal declaration
// not allowed at module level").
bool analyze_scopes(const ast::Module& m, ScopeTable* out, ScopeError* error);

}  // namespace sy::py
