// The compiler's scope blocks, read off the syntax layer's symbol table (CPython's
// symtable, with its errors already reported). What changes on the way: the names of
// blocks are the code names ("<module>", "<lambda>", "<listcomp>"), module-level names
// are globals, and every block lists the cells it creates and the free cells it receives
// (a class body passes on the cells its methods use, as CPython's DEF_FREE_CLASS).
#include "frontends/python/compiler/scopes.h"

#include <algorithm>

namespace sy::py {

NameScope ScopeBlock::scope_of(const std::string& n) const {
  auto it = names.find(mangle(mangle_class, n));
  if (it != names.end()) return it->second;
  return NameScope::GlobalImplicit;
}

const ScopeBlock* ScopeTable::block(const ast::Node* n) const {
  auto it = blocks_.find(n);
  return it == blocks_.end() ? nullptr : it->second.get();
}

ScopeBlock* ScopeTable::add(const ast::Node* n, ScopeBlock::Kind kind, std::string name, ScopeBlock* parent) {
  auto b = std::make_unique<ScopeBlock>();
  b->kind = kind;
  b->node = n;
  b->name = std::move(name);
  b->parent = parent;
  ScopeBlock* p = b.get();
  blocks_[n] = std::move(b);
  return p;
}

namespace {

std::string code_name(const Scope& s) {
  switch (s.kind) {
    case ScopeKind::Module: return "<module>";
    case ScopeKind::Lambda:
    case ScopeKind::Comprehension: return "<" + s.name + ">";
    default: return s.name;
  }
}

NameScope name_scope(SymbolScope s) {
  switch (s) {
    case SymbolScope::Local: return NameScope::Local;
    case SymbolScope::Cell: return NameScope::Cell;
    case SymbolScope::Free: return NameScope::Free;
    case SymbolScope::GlobalExplicit: return NameScope::GlobalExplicit;
    case SymbolScope::GlobalImplicit: return NameScope::GlobalImplicit;
  }
  return NameScope::GlobalImplicit;
}

void add(const Scope& s, ScopeBlock* parent, ScopeTable* out) {
  ScopeBlock::Kind kind = s.kind == ScopeKind::Module  ? ScopeBlock::Module
                          : s.kind == ScopeKind::Class ? ScopeBlock::Class
                                                       : ScopeBlock::Function;
  ScopeBlock* b = out->add(s.node, kind, code_name(s), parent);
  b->mangle_class = s.mangle_class;
  b->generator = s.generator;
  b->comprehension = s.kind == ScopeKind::Comprehension;
  // Parameters in declaration order (*args before the keyword-only ones), the order the
  // calling convention uses; CPython's varnames put *args after them.
  const ast::arguments* args = nullptr;
  if (auto* f = dynamic_cast<const ast::FunctionDef*>(s.node)) args = f->args;
  if (auto* f = dynamic_cast<const ast::AsyncFunctionDef*>(s.node)) args = f->args;
  if (auto* l = dynamic_cast<const ast::Lambda*>(s.node)) args = l->args;
  if (args) {
    auto param = [&](const ast::arg* a) {
      if (a) b->params.push_back(s.mangled(a->arg));
    };
    for (const ast::arg* a : args->posonlyargs) param(a);
    for (const ast::arg* a : args->args) param(a);
    param(args->vararg);
    for (const ast::arg* a : args->kwonlyargs) param(a);
    param(args->kwarg);
  } else {
    b->params = s.varnames;
  }
  if (kind == ScopeBlock::Function) {
    b->varnames = s.varnames;  // CPython order: *args after the keyword-only ones
    for (const Symbol& sym : s.symbols)
      if (sym.scope == SymbolScope::Local &&
          std::find(b->varnames.begin(), b->varnames.end(), sym.name) == b->varnames.end())
        b->varnames.push_back(sym.name);
  }
  for (const Symbol& sym : s.symbols) {
    NameScope ns = name_scope(sym.scope);
    // Module-level names live in the module's globals whatever the table calls them.
    if (kind == ScopeBlock::Module && ns != NameScope::GlobalExplicit) ns = NameScope::GlobalImplicit;
    b->names[sym.name] = ns;
    if (ns == NameScope::Cell) b->cells.push_back(sym.name);
    if (ns == NameScope::Free || (sym.flags & kDefFreeClass)) b->frees.push_back(sym.name);
  }
  if (s.needs_class_closure) {
    b->needs_class_cell = true;
    b->names["__class__"] = NameScope::Cell;
    b->cells.push_back("__class__");
  }
  for (const Scope* c : s.children) add(*c, b, out);
}

}  // namespace

void build_scope_table(const SymbolTable& symbols, ScopeTable* out) { add(*symbols.top(), nullptr, out); }

}  // namespace sy::py
