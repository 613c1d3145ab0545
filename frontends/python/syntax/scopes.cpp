// Scope analysis after CPython 3.11's Python/symtable.c: a first pass records how each
// name is defined in each scope (visiting in CPython's order, so that errors come out in
// the same order), a second pass decides each name's scope from the enclosing scopes'
// bindings. A third pass walks the tree the way CPython's compiler does and reports the
// structural errors the compiler raises ('return' outside function, ...).
#include "frontends/python/syntax/scopes.h"

#include <algorithm>
#include <functional>
#include <set>
#include <unordered_set>

#include "frontends/python/syntax/tokenizer.h"

namespace sy::py {

using namespace ast;

const char* name(SymbolScope s) {
  switch (s) {
    case SymbolScope::Local: return "LOCAL";
    case SymbolScope::GlobalExplicit: return "GLOBAL_EXPLICIT";
    case SymbolScope::GlobalImplicit: return "GLOBAL_IMPLICIT";
    case SymbolScope::Free: return "FREE";
    case SymbolScope::Cell: return "CELL";
  }
  return "?";
}

const Symbol* Scope::lookup(std::string_view n) const {
  auto it = symbol_index.find(std::string(n));
  return it == symbol_index.end() ? nullptr : &symbols[it->second];
}

Symbol* Scope::lookup(std::string_view n) {
  auto it = symbol_index.find(std::string(n));
  return it == symbol_index.end() ? nullptr : &symbols[it->second];
}

const Scope* SymbolTable::scope_of(const Node* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

std::string mangle(std::string_view class_name, std::string_view name) {
  // Only __names (not __dunder__ names, not dotted import names) inside a class.
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return std::string(name);
  if (name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return std::string(name);
  if (name.find('.') != std::string_view::npos) return std::string(name);
  size_t i = class_name.find_first_not_of('_');
  if (i == std::string_view::npos) return std::string(name);  // the class name is all underscores
  std::string out = "_";
  out += class_name.substr(i);
  out += name;
  return out;
}

namespace {

struct Loc {
  int lineno, col_offset, end_lineno, end_col_offset;
  static Loc of(const Node* n) { return {n->lineno, n->col_offset, n->end_lineno, n->end_col_offset}; }
};

enum class Comprehension : uint8_t { None, List, Set, Dict, Generator };

// What the first pass tracks per scope besides the Scope itself.
struct Building {
  Comprehension comprehension = Comprehension::None;
  bool comp_iter_target = false;
  int comp_iter_expr = 0;
  bool annotation_block = false;
  std::vector<std::pair<std::string, Loc>> directives;  // global/nonlocal statements by name
};

using NameSet = std::unordered_set<std::string>;

}  // namespace

class SymtableBuilder {
 public:
  SymtableBuilder(SymbolTable* table, std::string_view text, std::string_view filename, bool future_annotations,
                  SyntaxError* error)
      : t_(table), text_(text), filename_(filename), future_annotations_(future_annotations), error_(error) {}

  bool build(const Module* m);

 private:
  // -- Errors --
  bool fail(const std::string& msg, Loc loc);

  // -- Scopes and definitions --
  Scope* enter(ScopeKind kind, std::string name, const Node* node, int lineno);
  void exit();
  Building& b(Scope* s) { return building_[s]; }
  bool add_def(const std::string& name, uint32_t flag, Loc loc) { return add_def_in(name, flag, cur_, loc); }
  bool add_def_in(const std::string& name, uint32_t flag, Scope* scope, Loc loc);
  uint32_t lookup_flags(Scope* s, const std::string& name) {
    const Symbol* sym = s->lookup(mangle(private_, name));
    return sym ? sym->flags : 0;
  }
  void record_directive(const std::string& name, Loc loc) {
    b(cur_).directives.emplace_back(mangle(private_, name), loc);
  }

  // -- First pass --
  bool visit_stmts(const stmts& body);
  bool visit_stmt(const stmt* s);
  bool visit_exprs(const exprs& es);
  bool visit_expr(const expr* e);
  bool visit_arguments(const arguments* a);
  bool visit_params(const std::vector<arg*>& params);
  bool visit_annotations(const arguments* a, const expr* returns);
  bool visit_annotation(const expr* annotation);
  bool in_annotation_block(const char* what, const expr* e);
  bool enter_annotation_block();
  void exit_annotation_block();
  bool visit_alias(const alias* a);
  bool visit_comprehension(const expr* e, const char* name, const std::vector<comprehension*>& gens,
                           const expr* elt, const expr* value);
  bool handle_namedexpr(const NamedExpr* e);
  bool extend_namedexpr_scope(const Name* target);
  bool yield_in_comprehension(const expr* e);

  // -- Second pass --
  bool analyze_block(Scope* s, NameSet* bound, NameSet* free, NameSet* global);
  bool analyze_name(Scope* s, std::unordered_map<std::string, SymbolScope>* scopes, const Symbol& sym,
                    NameSet* bound, NameSet* local, NameSet* free, NameSet* global);
  bool error_at_directive(Scope* s, const std::string& name, const std::string& msg);
  void update_symbols(Scope* s, const std::unordered_map<std::string, SymbolScope>& scopes, const NameSet* bound,
                      const NameSet& free, bool classflag);

  SymbolTable* t_;
  std::string_view text_;
  std::string filename_;
  bool future_annotations_;  // `from __future__ import annotations`
  SyntaxError* error_;
  Scope* cur_ = nullptr;
  Scope* top_ = nullptr;
  std::vector<Scope*> stack_;
  std::string private_;  // the enclosing class's name, for mangling
  std::unordered_map<Scope*, Building> building_;
  std::vector<std::unique_ptr<Scope>> annotation_blocks_;
};

// -- Errors --

// A SyntaxError at a node, as CPython's PyErr_RangedSyntaxLocationObject reports it: byte
// columns plus one, and the line as read from the file.
static SyntaxError located_error(std::string_view text, const std::string& filename, const std::string& msg,
                                 int lineno, int col_offset, int end_lineno, int end_col_offset) {
  SyntaxError e;
  e.msg = msg;
  e.filename = filename;
  e.has_location = true;
  e.lineno = lineno;
  e.offset = col_offset + 1;
  e.end_lineno = end_lineno;
  e.end_offset = end_col_offset + 1;
  e.has_text = program_text_line(text, lineno, &e.text);
  return e;
}

bool SymtableBuilder::fail(const std::string& msg, Loc loc) {
  *error_ = located_error(text_, filename_, msg, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
  return false;
}

// -- Scopes and definitions --

Scope* SymtableBuilder::enter(ScopeKind kind, std::string name, const Node* node, int lineno) {
  auto owned = std::make_unique<Scope>();
  Scope* s = owned.get();
  s->kind = kind;
  s->name = std::move(name);
  s->node = node;
  s->lineno = lineno;
  s->parent = cur_;
  s->mangle_class = kind == ScopeKind::Class ? s->name : private_;
  if (cur_ && (cur_->nested || cur_->is_function())) s->nested = true;
  if (cur_) {
    cur_->children.push_back(s);
    // Inside a comprehension's outermost iterable, nested scopes may not use := either.
    b(s).comp_iter_expr = b(cur_).comp_iter_expr;
  }
  t_->scopes_.push_back(std::move(owned));
  t_->by_node_[node] = s;
  stack_.push_back(s);
  cur_ = s;
  return s;
}

void SymtableBuilder::exit() {
  stack_.pop_back();
  cur_ = stack_.empty() ? nullptr : stack_.back();
}

// CPython's symtable_add_def_helper.
bool SymtableBuilder::add_def_in(const std::string& name, uint32_t flag, Scope* scope, Loc loc) {
  std::string mangled = mangle(private_, name);
  Symbol* sym = scope->lookup(mangled);
  uint32_t val;
  if (sym) {
    if ((flag & kDefParam) && (sym->flags & kDefParam))
      return fail("duplicate argument '" + name + "' in function definition", loc);
    val = sym->flags | flag;
  } else {
    val = flag;
  }
  if (b(scope).comp_iter_target) {
    // An iteration variable of a comprehension may not also be a named-expression target.
    if (val & (kDefGlobal | kDefNonlocal))
      return fail("comprehension inner loop cannot rebind assignment expression target '" + name + "'", loc);
    val |= kDefCompIter;
  }
  if (sym) {
    sym->flags = val;
  } else {
    scope->symbol_index.emplace(mangled, static_cast<uint32_t>(scope->symbols.size()));
    scope->symbols.push_back({mangled, val, SymbolScope::Local});
  }
  if (flag & kDefParam) {
    scope->varnames.push_back(mangled);
  } else if (flag & kDefGlobal) {
    // A global declaration anywhere marks the module-level name too.
    Symbol* g = top_->lookup(mangled);
    if (g) {
      g->flags |= flag;
    } else {
      top_->symbol_index.emplace(mangled, static_cast<uint32_t>(top_->symbols.size()));
      top_->symbols.push_back({mangled, flag, SymbolScope::Local});
    }
  }
  return true;
}

// -- First pass --

bool SymtableBuilder::build(const Module* m) {
  top_ = enter(ScopeKind::Module, "top", m, 0);
  if (!visit_stmts(m->body)) return false;
  exit();
  t_->top_ = top_;
  NameSet free, global;
  return analyze_block(top_, nullptr, &free, &global);
}

bool SymtableBuilder::visit_stmts(const stmts& body) {
  for (const stmt* s : body)
    if (!visit_stmt(s)) return false;
  return true;
}

bool SymtableBuilder::visit_exprs(const exprs& es) {
  for (const expr* e : es)
    if (e && !visit_expr(e)) return false;
  return true;
}

bool SymtableBuilder::visit_params(const std::vector<arg*>& params) {
  for (const arg* a : params)
    if (!add_def(a->arg, kDefParam, Loc::of(a))) return false;
  return true;
}

bool SymtableBuilder::visit_arguments(const arguments* a) {
  if (!visit_params(a->posonlyargs) || !visit_params(a->args) || !visit_params(a->kwonlyargs)) return false;
  if (a->vararg) {
    if (!add_def(a->vararg->arg, kDefParam, Loc::of(a->vararg))) return false;
    cur_->varargs = true;
  }
  if (a->kwarg) {
    if (!add_def(a->kwarg->arg, kDefParam, Loc::of(a->kwarg))) return false;
    cur_->varkeywords = true;
  }
  return true;
}

// Annotations are evaluated where the def is; under `from __future__ import annotations`
// they are not evaluated at all, and their names go into a throw-away scope.
bool SymtableBuilder::enter_annotation_block() {
  if (!future_annotations_) return true;
  auto* s = new Scope();
  s->kind = ScopeKind::Function;
  s->name = "_annotation";
  annotation_blocks_.emplace_back(s);
  b(s).annotation_block = true;
  b(s).comp_iter_expr = b(cur_).comp_iter_expr;
  stack_.push_back(s);
  cur_ = s;
  return true;
}

void SymtableBuilder::exit_annotation_block() {
  if (!future_annotations_) return;
  stack_.pop_back();
  cur_ = stack_.back();
}

bool SymtableBuilder::visit_annotation(const expr* annotation) {
  enter_annotation_block();
  if (!visit_expr(annotation)) return false;
  exit_annotation_block();
  return true;
}

bool SymtableBuilder::in_annotation_block(const char* what, const expr* e) {
  if (!b(cur_).annotation_block) return false;
  fail(std::string("'") + what + "' can not be used within an annotation", Loc::of(e));
  return true;
}

bool SymtableBuilder::visit_annotations(const arguments* a, const expr* returns) {
  auto each = [&](const std::vector<arg*>& params) {
    for (const arg* p : params)
      if (p->annotation && !visit_expr(p->annotation)) return false;
    return true;
  };
  enter_annotation_block();
  if (!each(a->posonlyargs) || !each(a->args)) return false;
  if (a->vararg && a->vararg->annotation && !visit_expr(a->vararg->annotation)) return false;
  if (a->kwarg && a->kwarg->annotation && !visit_expr(a->kwarg->annotation)) return false;
  if (!each(a->kwonlyargs)) return false;
  exit_annotation_block();
  if (returns && !visit_annotation(returns)) return false;
  return true;
}

bool SymtableBuilder::visit_alias(const alias* a) {
  const std::string& full = a->asname ? *a->asname : a->name;
  if (full == "*") {
    if (cur_->kind != ScopeKind::Module) return fail("import * only allowed at module level", Loc::of(a));
    return true;
  }
  return add_def(full.substr(0, full.find('.')), kDefImport, Loc::of(a));
}

bool SymtableBuilder::visit_stmt(const stmt* s) {
  switch (s->tag) {
    case StmtTag::FunctionDef: {
      auto* f = s->as<FunctionDef>();
      if (!add_def(f->name, kDefLocal, Loc::of(s))) return false;
      if (!visit_exprs(f->args->defaults) || !visit_exprs(f->args->kw_defaults)) return false;
      if (!visit_annotations(f->args, f->returns)) return false;
      if (!visit_exprs(f->decorator_list)) return false;
      enter(ScopeKind::Function, f->name, s, s->lineno);
      if (!visit_arguments(f->args) || !visit_stmts(f->body)) return false;
      exit();
      return true;
    }
    case StmtTag::AsyncFunctionDef: {
      auto* f = s->as<AsyncFunctionDef>();
      if (!add_def(f->name, kDefLocal, Loc::of(s))) return false;
      if (!visit_exprs(f->args->defaults) || !visit_exprs(f->args->kw_defaults)) return false;
      if (!visit_annotations(f->args, f->returns)) return false;
      if (!visit_exprs(f->decorator_list)) return false;
      enter(ScopeKind::Function, f->name, s, s->lineno);
      if (!visit_arguments(f->args) || !visit_stmts(f->body)) return false;
      exit();
      return true;
    }
    case StmtTag::ClassDef: {
      auto* c = s->as<ClassDef>();
      if (!add_def(c->name, kDefLocal, Loc::of(s))) return false;
      if (!visit_exprs(c->bases)) return false;
      for (const keyword* k : c->keywords)
        if (!visit_expr(k->value)) return false;
      if (!visit_exprs(c->decorator_list)) return false;
      enter(ScopeKind::Class, c->name, s, s->lineno);
      std::string saved = private_;
      private_ = c->name;
      bool ok = visit_stmts(c->body);
      private_ = saved;
      if (!ok) return false;
      exit();
      return true;
    }
    case StmtTag::Return: {
      auto* r = s->as<Return>();
      if (r->value) {
        if (!visit_expr(r->value)) return false;
        cur_->returns_value = true;
      }
      return true;
    }
    case StmtTag::Delete: return visit_exprs(s->as<Delete>()->targets);
    case StmtTag::Assign: {
      auto* a = s->as<Assign>();
      return visit_exprs(a->targets) && visit_expr(a->value);
    }
    case StmtTag::AnnAssign: {
      auto* a = s->as<AnnAssign>();
      if (a->target->is<Name>()) {
        const std::string& id = a->target->as<Name>()->id;
        uint32_t cur = lookup_flags(cur_, id);
        if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != top_ && a->simple) {
          return fail(std::string(cur & kDefGlobal ? "annotated name '" + id + "' can't be global"
                                                   : "annotated name '" + id + "' can't be nonlocal"),
                      Loc::of(s));
        }
        if (a->simple) {
          if (!add_def(id, kDefAnnot | kDefLocal, Loc::of(a->target))) return false;
        } else if (a->value) {
          if (!add_def(id, kDefLocal, Loc::of(a->target))) return false;
        }
      } else if (!visit_expr(a->target)) {
        return false;
      }
      if (!visit_annotation(a->annotation)) return false;
      return !a->value || visit_expr(a->value);
    }
    case StmtTag::AugAssign: {
      auto* a = s->as<AugAssign>();
      return visit_expr(a->target) && visit_expr(a->value);
    }
    case StmtTag::For: {
      auto* f = s->as<For>();
      return visit_expr(f->target) && visit_expr(f->iter) && visit_stmts(f->body) && visit_stmts(f->orelse);
    }
    case StmtTag::AsyncFor: {
      auto* f = s->as<AsyncFor>();
      return visit_expr(f->target) && visit_expr(f->iter) && visit_stmts(f->body) && visit_stmts(f->orelse);
    }
    case StmtTag::While: {
      auto* w = s->as<While>();
      return visit_expr(w->test) && visit_stmts(w->body) && visit_stmts(w->orelse);
    }
    case StmtTag::If: {
      auto* i = s->as<If>();
      return visit_expr(i->test) && visit_stmts(i->body) && visit_stmts(i->orelse);
    }
    case StmtTag::With:
    case StmtTag::AsyncWith: {
      const auto& items = s->is<With>() ? s->as<With>()->items : s->as<AsyncWith>()->items;
      const auto& body = s->is<With>() ? s->as<With>()->body : s->as<AsyncWith>()->body;
      for (const withitem* w : items) {
        if (!visit_expr(w->context_expr)) return false;
        if (w->optional_vars && !visit_expr(w->optional_vars)) return false;
      }
      return visit_stmts(body);
    }
    case StmtTag::Raise: {
      auto* r = s->as<Raise>();
      if (r->exc && !visit_expr(r->exc)) return false;
      return !r->cause || visit_expr(r->cause);
    }
    case StmtTag::Try:
    case StmtTag::TryStar: {
      const Try* t = s->is<Try>() ? s->as<Try>() : nullptr;
      const TryStar* ts = t ? nullptr : s->as<TryStar>();
      if (!visit_stmts(t ? t->body : ts->body) || !visit_stmts(t ? t->orelse : ts->orelse)) return false;
      for (const ExceptHandler* h : t ? t->handlers : ts->handlers) {
        if (h->type && !visit_expr(h->type)) return false;
        if (h->name && !add_def(*h->name, kDefLocal, Loc::of(h))) return false;
        if (!visit_stmts(h->body)) return false;
      }
      return visit_stmts(t ? t->finalbody : ts->finalbody);
    }
    case StmtTag::Assert: {
      auto* a = s->as<Assert>();
      return visit_expr(a->test) && (!a->msg || visit_expr(a->msg));
    }
    case StmtTag::Import:
      for (const alias* a : s->as<Import>()->names)
        if (!visit_alias(a)) return false;
      return true;
    case StmtTag::ImportFrom:
      for (const alias* a : s->as<ImportFrom>()->names)
        if (!visit_alias(a)) return false;
      return true;
    case StmtTag::Global:
    case StmtTag::Nonlocal: {
      bool global = s->is<Global>();
      const auto& names = global ? s->as<Global>()->names : s->as<Nonlocal>()->names;
      const char* what = global ? "global" : "nonlocal";
      for (const std::string& n : names) {
        uint32_t cur = lookup_flags(cur_, n);
        if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
          std::string msg;
          if (cur & kDefParam)
            msg = "name '" + n + "' is parameter and " + what;
          else if (cur & kUse)
            msg = "name '" + n + "' is used prior to " + what + " declaration";
          else if (cur & kDefAnnot)
            msg = "annotated name '" + n + "' can't be " + what;
          else
            msg = "name '" + n + "' is assigned to before " + what + " declaration";
          return fail(msg, Loc::of(s));
        }
        if (!add_def(n, global ? kDefGlobal : kDefNonlocal, Loc::of(s))) return false;
        record_directive(n, Loc::of(s));
      }
      return true;
    }
    case StmtTag::Expr: return visit_expr(s->as<Expr>()->value);
    case StmtTag::Pass:
    case StmtTag::Break:
    case StmtTag::Continue: return true;
  }
  return true;
}

bool SymtableBuilder::yield_in_comprehension(const expr* e) {
  const char* msg = "'yield' inside generator expression";
  switch (b(cur_).comprehension) {
    case Comprehension::List: msg = "'yield' inside list comprehension"; break;
    case Comprehension::Set: msg = "'yield' inside set comprehension"; break;
    case Comprehension::Dict: msg = "'yield' inside dict comprehension"; break;
    default: break;
  }
  return fail(msg, Loc::of(e));
}

bool SymtableBuilder::visit_expr(const expr* e) {
  switch (e->tag) {
    case ExprTag::NamedExpr:
      if (in_annotation_block("named expression", e)) return false;
      return handle_namedexpr(e->as<NamedExpr>());
    case ExprTag::BoolOp: return visit_exprs(e->as<BoolOp>()->values);
    case ExprTag::BinOp: return visit_expr(e->as<BinOp>()->left) && visit_expr(e->as<BinOp>()->right);
    case ExprTag::UnaryOp: return visit_expr(e->as<UnaryOp>()->operand);
    case ExprTag::Lambda: {
      auto* l = e->as<Lambda>();
      if (!visit_exprs(l->args->defaults) || !visit_exprs(l->args->kw_defaults)) return false;
      enter(ScopeKind::Lambda, "lambda", e, e->lineno);
      if (!visit_arguments(l->args) || !visit_expr(l->body)) return false;
      exit();
      return true;
    }
    case ExprTag::IfExp: {
      auto* i = e->as<IfExp>();
      return visit_expr(i->test) && visit_expr(i->body) && visit_expr(i->orelse);
    }
    case ExprTag::Dict: {
      auto* d = e->as<Dict>();
      return visit_exprs(d->keys) && visit_exprs(d->values);
    }
    case ExprTag::Set: return visit_exprs(e->as<Set>()->elts);
    case ExprTag::GeneratorExp: {
      auto* g = e->as<GeneratorExp>();
      return visit_comprehension(e, "genexpr", g->generators, g->elt, nullptr);
    }
    case ExprTag::ListComp: {
      auto* c = e->as<ListComp>();
      return visit_comprehension(e, "listcomp", c->generators, c->elt, nullptr);
    }
    case ExprTag::SetComp: {
      auto* c = e->as<SetComp>();
      return visit_comprehension(e, "setcomp", c->generators, c->elt, nullptr);
    }
    case ExprTag::DictComp: {
      auto* c = e->as<DictComp>();
      return visit_comprehension(e, "dictcomp", c->generators, c->key, c->value);
    }
    case ExprTag::Yield: {
      auto* y = e->as<Yield>();
      if (in_annotation_block("yield expression", e)) return false;
      if (y->value && !visit_expr(y->value)) return false;
      cur_->generator = true;
      if (b(cur_).comprehension != Comprehension::None) return yield_in_comprehension(e);
      return true;
    }
    case ExprTag::YieldFrom: {
      if (in_annotation_block("yield expression", e)) return false;
      if (!visit_expr(e->as<YieldFrom>()->value)) return false;
      cur_->generator = true;
      if (b(cur_).comprehension != Comprehension::None) return yield_in_comprehension(e);
      return true;
    }
    case ExprTag::Await:
      if (in_annotation_block("await expression", e)) return false;
      return visit_expr(e->as<Await>()->value);
    case ExprTag::Compare: {
      auto* c = e->as<Compare>();
      return visit_expr(c->left) && visit_exprs(c->comparators);
    }
    case ExprTag::Call: {
      auto* c = e->as<Call>();
      if (!visit_expr(c->func) || !visit_exprs(c->args)) return false;
      for (const keyword* k : c->keywords)
        if (!visit_expr(k->value)) return false;
      return true;
    }
    case ExprTag::FormattedValue: {
      auto* f = e->as<FormattedValue>();
      return visit_expr(f->value) && (!f->format_spec || visit_expr(f->format_spec));
    }
    case ExprTag::JoinedStr: return visit_exprs(e->as<JoinedStr>()->values);
    case ExprTag::Constant: return true;
    case ExprTag::Attribute: return visit_expr(e->as<Attribute>()->value);
    case ExprTag::Subscript: return visit_expr(e->as<Subscript>()->value) && visit_expr(e->as<Subscript>()->slice);
    case ExprTag::Starred: return visit_expr(e->as<Starred>()->value);
    case ExprTag::Slice: {
      auto* s = e->as<Slice>();
      return (!s->lower || visit_expr(s->lower)) && (!s->upper || visit_expr(s->upper)) &&
             (!s->step || visit_expr(s->step));
    }
    case ExprTag::Name: {
      auto* n = e->as<Name>();
      if (!add_def(n->id, n->ctx == expr_context::Load ? kUse : kDefLocal, Loc::of(e))) return false;
      // super() counts as a use of __class__.
      if (n->ctx == expr_context::Load && cur_->is_function() && n->id == "super")
        return add_def("__class__", kUse, Loc::of(e));
      return true;
    }
    case ExprTag::List: return visit_exprs(e->as<List>()->elts);
    case ExprTag::Tuple: return visit_exprs(e->as<Tuple>()->elts);
  }
  return true;
}

// CPython's symtable_handle_comprehension: the outermost iterable is evaluated in the
// enclosing scope; the rest runs in a new function scope receiving it as ".0".
bool SymtableBuilder::visit_comprehension(const expr* e, const char* name, const std::vector<comprehension*>& gens,
                                          const expr* elt, const expr* value) {
  const comprehension* outermost = gens[0];
  ++b(cur_).comp_iter_expr;
  bool ok = visit_expr(outermost->iter);
  --b(cur_).comp_iter_expr;
  if (!ok) return false;
  enter(ScopeKind::Comprehension, name, e, e->lineno);
  Comprehension kind = e->is<ListComp>()  ? Comprehension::List
                       : e->is<SetComp>() ? Comprehension::Set
                       : e->is<DictComp>() ? Comprehension::Dict
                                           : Comprehension::Generator;
  b(cur_).comprehension = kind;
  if (!add_def(".0", kDefParam, Loc::of(e))) return false;
  b(cur_).comp_iter_target = true;
  ok = visit_expr(outermost->target);
  b(cur_).comp_iter_target = false;
  if (!ok || !visit_exprs(outermost->ifs)) return false;
  for (size_t i = 1; i < gens.size(); ++i) {
    const comprehension* c = gens[i];
    b(cur_).comp_iter_target = true;
    ok = visit_expr(c->target);
    b(cur_).comp_iter_target = false;
    if (!ok) return false;
    ++b(cur_).comp_iter_expr;
    ok = visit_expr(c->iter);
    --b(cur_).comp_iter_expr;
    if (!ok || !visit_exprs(c->ifs)) return false;
  }
  if (value && !visit_expr(value)) return false;
  if (!visit_expr(elt)) return false;
  cur_->generator = kind == Comprehension::Generator;
  exit();
  return true;
}

bool SymtableBuilder::handle_namedexpr(const NamedExpr* e) {
  if (b(cur_).comp_iter_expr > 0)
    return fail("assignment expression cannot be used in a comprehension iterable expression", Loc::of(e));
  if (b(cur_).comprehension != Comprehension::None) {
    // Inside a comprehension the target binds in the nearest enclosing function or module.
    if (!extend_namedexpr_scope(e->target->as<Name>())) return false;
  }
  return visit_expr(e->value) && visit_expr(e->target);
}

bool SymtableBuilder::extend_namedexpr_scope(const Name* target) {
  const std::string& name = target->id;
  Loc loc = Loc::of(target);
  for (size_t i = stack_.size(); i-- > 0;) {
    Scope* s = stack_[i];
    if (b(s).comprehension != Comprehension::None) {
      if (lookup_flags(s, name) & kDefCompIter)
        return fail("assignment expression cannot rebind comprehension iteration variable '" + name + "'", loc);
      continue;
    }
    if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda) {
      uint32_t in_scope = lookup_flags(s, name);
      if (!add_def(name, (in_scope & kDefGlobal) ? kDefGlobal : kDefNonlocal, loc)) return false;
      record_directive(name, loc);
      return add_def_in(name, kDefLocal, s, loc);
    }
    if (s->kind == ScopeKind::Module) {
      if (!add_def(name, kDefGlobal, loc)) return false;
      record_directive(name, loc);
      return add_def_in(name, kDefGlobal, s, loc);
    }
    if (s->kind == ScopeKind::Class)
      return fail("assignment expression within a comprehension cannot be used in a class body", loc);
  }
  return true;
}

// -- Second pass (CPython's analyze_block and friends) --

bool SymtableBuilder::error_at_directive(Scope* s, const std::string& name, const std::string& msg) {
  for (const auto& [n, loc] : b(s).directives)
    if (n == name) return fail(msg, loc);
  return fail(msg, {s->lineno, 0, s->lineno, 0});
}

bool SymtableBuilder::analyze_name(Scope* s, std::unordered_map<std::string, SymbolScope>* scopes, const Symbol& sym,
                                   NameSet* bound, NameSet* local, NameSet* free, NameSet* global) {
  const std::string& name = sym.name;
  uint32_t flags = sym.flags;
  if (flags & kDefGlobal) {
    if (flags & kDefNonlocal) return error_at_directive(s, name, "name '" + name + "' is nonlocal and global");
    (*scopes)[name] = SymbolScope::GlobalExplicit;
    global->insert(name);
    if (bound) bound->erase(name);
    return true;
  }
  if (flags & kDefNonlocal) {
    if (!bound) return error_at_directive(s, name, "nonlocal declaration not allowed at module level");
    if (!bound->count(name)) return error_at_directive(s, name, "no binding for nonlocal '" + name + "' found");
    (*scopes)[name] = SymbolScope::Free;
    s->free = true;
    free->insert(name);
    return true;
  }
  if (flags & kDefBound) {
    (*scopes)[name] = SymbolScope::Local;
    local->insert(name);
    global->erase(name);
    return true;
  }
  // Bound in an enclosing function: a free variable here. Otherwise a global.
  if (bound && bound->count(name)) {
    (*scopes)[name] = SymbolScope::Free;
    s->free = true;
    free->insert(name);
    return true;
  }
  if (global && global->count(name)) {
    (*scopes)[name] = SymbolScope::GlobalImplicit;
    return true;
  }
  if (s->nested) s->free = true;
  (*scopes)[name] = SymbolScope::GlobalImplicit;
  return true;
}

void SymtableBuilder::update_symbols(Scope* s, const std::unordered_map<std::string, SymbolScope>& scopes,
                                     const NameSet* bound, const NameSet& free, bool classflag) {
  for (Symbol& sym : s->symbols) sym.scope = scopes.at(sym.name);
  // Free variables of children that are not resolved here pass through this scope.
  std::vector<std::string> names(free.begin(), free.end());
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    if (Symbol* sym = s->lookup(name)) {
      // A method's free variable with the same name as a class-level binding.
      if (classflag && (sym->flags & (kDefBound | kDefGlobal))) sym->flags |= kDefFreeClass;
      continue;  // a cell, or already free here
    }
    if (bound && !bound->count(name)) continue;  // a global
    s->symbol_index.emplace(name, static_cast<uint32_t>(s->symbols.size()));
    s->symbols.push_back({name, 0, SymbolScope::Free});
  }
}

// `bound` (names bound in enclosing functions; null at module level) and `global` (names
// declared global further out) are the caller's copies and are updated in place; the
// scope's free variables are added to *free.
bool SymtableBuilder::analyze_block(Scope* s, NameSet* bound, NameSet* free, NameSet* global) {
  NameSet local;
  std::unordered_map<std::string, SymbolScope> scopes;
  NameSet newglobal, newfree, newbound;
  // A class body's names are not visible in its methods: for classes the sets passed to
  // the children are fixed before the class's own names are analyzed.
  if (s->kind == ScopeKind::Class) {
    if (global) newglobal = *global;
    if (bound) newbound = *bound;
  }
  NameSet* g = global;
  for (size_t i = 0; i < s->symbols.size(); ++i) {
    Symbol sym = s->symbols[i];
    if (!analyze_name(s, &scopes, sym, bound, &local, free, g)) return false;
  }
  if (s->kind != ScopeKind::Class) {
    if (s->is_function()) newbound.insert(local.begin(), local.end());
    if (bound) newbound.insert(bound->begin(), bound->end());
    newglobal.insert(g->begin(), g->end());
  } else {
    newbound.insert("__class__");
  }
  NameSet allfree;
  for (Scope* child : s->children) {
    // Each child works on copies of the sets.
    NameSet child_bound = newbound, child_global = newglobal, child_free;
    if (!analyze_block(child, &child_bound, &child_free, &child_global)) return false;
    allfree.insert(child_free.begin(), child_free.end());
    if (child->free || child->child_free) s->child_free = true;
  }
  newfree.insert(allfree.begin(), allfree.end());
  if (s->is_function()) {
    // Locals captured by children become cells.
    for (auto& [name, scope] : scopes) {
      if (scope != SymbolScope::Local || !newfree.count(name)) continue;
      scope = SymbolScope::Cell;
      newfree.erase(name);
    }
  } else if (s->kind == ScopeKind::Class) {
    if (newfree.erase("__class__")) s->needs_class_closure = true;
  }
  update_symbols(s, scopes, bound, newfree, s->kind == ScopeKind::Class);
  free->insert(newfree.begin(), newfree.end());
  return true;
}

// -- Third pass: the compiler's structural checks --

namespace {

class CompileChecks {
 public:
  CompileChecks(const SymbolTable& t, std::string_view text, const std::string& filename, int future_line,
                SyntaxError* error)
      : t_(t), text_(text), filename_(filename), future_line_(future_line), error_(error) {}

  bool module(const Module* m) {
    Unit u{t_.top(), 0, 0};
    units_.push_back(u);
    return stmts_(m->body);
  }

 private:
  struct Unit {
    const Scope* scope;
    int loops;   // enclosing loops in this code unit
    int blocks;  // CPython's frame blocks (loops, with, try, handlers), at most 20
  };

  // CPython's compiler_push_fblock: a unit may nest 20 blocks.
  bool push_block(const Node* at) {
    max_push_ = std::max(max_push_, units_.back().blocks);
    if (units_.back().blocks >= 20) return fail("too many statically nested blocks", at);
    ++units_.back().blocks;
    return true;
  }
  void pop_block() { --units_.back().blocks; }

  bool fail(const std::string& msg, const Node* at) {
    *error_ = located_error(text_, filename_, msg, at->lineno, at->col_offset, at->end_lineno, at->end_col_offset);
    return false;
  }
  bool in_function() const { return units_.back().scope->is_function(); }

  bool body_unit(const Node* node, const std::function<bool()>& f) {
    const Scope* s = t_.scope_of(node);
    units_.push_back({s, 0, 0});
    bool ok = f();
    units_.pop_back();
    return ok;
  }

  bool stmts_(const stmts& body) {
    for (const stmt* s : body)
      if (!stmt_(s)) return false;
    return true;
  }
  bool exprs_(const exprs& es) {
    for (const expr* e : es)
      if (e && !expr_(e)) return false;
    return true;
  }
  // `at` is where CPython reports a keyword named __debug__: the call (or class statement).
  bool keywords_(const std::vector<keyword*>& ks, const Node* at) {
    for (size_t i = 0; i < ks.size(); ++i) {
      if (!ks[i]->arg) continue;
      if (*ks[i]->arg == "__debug__") return fail("cannot assign to __debug__", at);
      for (size_t j = i + 1; j < ks.size(); ++j)
        if (ks[j]->arg && *ks[j]->arg == *ks[i]->arg) return fail("keyword argument repeated: " + *ks[i]->arg, ks[j]);
    }
    for (const keyword* k : ks)
      if (!expr_(k->value)) return false;
    return true;
  }
  bool arguments_defaults(const arguments* a) { return exprs_(a->defaults) && exprs_(a->kw_defaults); }

  // __debug__ is a constant: no parameter, target or binding may be named so.
  static bool is_debug(const std::string& name) { return name == "__debug__"; }
  bool debug_params(const arguments* a, const Node* at) {
    auto any = [](const std::vector<arg*>& ps) {
      for (const arg* p : ps)
        if (is_debug(p->arg)) return true;
      return false;
    };
    if (any(a->posonlyargs) || any(a->args) || any(a->kwonlyargs) || (a->vararg && is_debug(a->vararg->arg)) ||
        (a->kwarg && is_debug(a->kwarg->arg)))
      return fail("cannot assign to __debug__", at);
    return true;
  }

  // An assignment target: starred only directly inside a list or tuple, and only once.
  bool target(const expr* e) {
    if (e->is<Starred>()) return fail("starred assignment target must be in a list or tuple", e);
    if (e->is<List>() || e->is<Tuple>()) {
      const exprs& elts = e->is<List>() ? e->as<List>()->elts : e->as<Tuple>()->elts;
      bool seen = false;
      for (const expr* x : elts) {
        if (x->is<Starred>()) {
          if (seen) return fail("multiple starred expressions in assignment", e);
          seen = true;
        }
      }
      for (const expr* x : elts)
        if (!target(x->is<Starred>() ? x->as<Starred>()->value : x)) return false;
      return true;
    }
    return expr_(e);
  }

  bool stmt_(const stmt* s) {
    switch (s->tag) {
      case StmtTag::FunctionDef: {
        auto* f = s->as<FunctionDef>();
        if (!debug_params(f->args, s) || !exprs_(f->decorator_list) || !arguments_defaults(f->args)) return false;
        if (!body_unit(s, [&] { return stmts_(f->body); })) return false;
        return !is_debug(f->name) || fail("cannot assign to __debug__", s);
      }
      case StmtTag::AsyncFunctionDef: {
        auto* f = s->as<AsyncFunctionDef>();
        if (!debug_params(f->args, s) || !exprs_(f->decorator_list) || !arguments_defaults(f->args)) return false;
        if (!body_unit(s, [&] { return stmts_(f->body); })) return false;
        return !is_debug(f->name) || fail("cannot assign to __debug__", s);
      }
      case StmtTag::ClassDef: {
        auto* c = s->as<ClassDef>();
        if (!exprs_(c->decorator_list)) return false;
        if (!body_unit(s, [&] { return stmts_(c->body); })) return false;
        if (!elements(c->bases) || !keywords_(c->keywords, s)) return false;  // class C(*bases)
        return !is_debug(c->name) || fail("cannot assign to __debug__", s);
      }
      case StmtTag::Return: {
        auto* r = s->as<Return>();
        if (!in_function()) return fail("'return' outside function", s);
        return !r->value || expr_(r->value);
      }
      case StmtTag::Delete: return exprs_(s->as<Delete>()->targets);
      case StmtTag::Assign: {
        auto* a = s->as<Assign>();
        if (!expr_(a->value)) return false;
        for (const expr* t : a->targets)
          if (!target(t)) return false;
        return true;
      }
      case StmtTag::AugAssign: {
        auto* a = s->as<AugAssign>();
        return expr_(a->value) && expr_(a->target);
      }
      case StmtTag::AnnAssign: {
        auto* a = s->as<AnnAssign>();
        if (a->target->is<Name>() && is_debug(a->target->as<Name>()->id))
          return fail("cannot assign to __debug__", s);
        if (a->value && !expr_(a->value)) return false;
        return a->target->is<Name>() || expr_(a->target);
      }
      case StmtTag::For:
      case StmtTag::AsyncFor: {
        const expr* tgt = s->is<For>() ? s->as<For>()->target : s->as<AsyncFor>()->target;
        const expr* iter = s->is<For>() ? s->as<For>()->iter : s->as<AsyncFor>()->iter;
        const stmts& body = s->is<For>() ? s->as<For>()->body : s->as<AsyncFor>()->body;
        const stmts& orelse = s->is<For>() ? s->as<For>()->orelse : s->as<AsyncFor>()->orelse;
        if (!expr_(iter) || !push_block(s) || !target(tgt)) return false;
        ++units_.back().loops;
        bool ok = stmts_(body);
        --units_.back().loops;
        pop_block();
        return ok && stmts_(orelse);
      }
      case StmtTag::While: {
        auto* w = s->as<While>();
        if (!push_block(s) || !expr_(w->test)) return false;
        ++units_.back().loops;
        bool ok = stmts_(w->body);
        --units_.back().loops;
        pop_block();
        return ok && stmts_(w->orelse);
      }
      case StmtTag::If: {
        auto* i = s->as<If>();
        return expr_(i->test) && stmts_(i->body) && stmts_(i->orelse);
      }
      case StmtTag::With:
      case StmtTag::AsyncWith: {
        const auto& items = s->is<With>() ? s->as<With>()->items : s->as<AsyncWith>()->items;
        const auto& body = s->is<With>() ? s->as<With>()->body : s->as<AsyncWith>()->body;
        for (const withitem* w : items) {
          if (!expr_(w->context_expr) || !push_block(s)) return false;
          if (w->optional_vars && !target(w->optional_vars)) return false;
        }
        if (!stmts_(body)) return false;
        for (size_t i = 0; i < items.size(); ++i) pop_block();
        return true;
      }
      case StmtTag::Raise: {
        auto* r = s->as<Raise>();
        return (!r->exc || expr_(r->exc)) && (!r->cause || expr_(r->cause));
      }
      case StmtTag::Try:
      case StmtTag::TryStar: {
        const Try* t = s->is<Try>() ? s->as<Try>() : nullptr;
        const TryStar* ts = t ? nullptr : s->as<TryStar>();
        const auto& handlers = t ? t->handlers : ts->handlers;
        const stmts& finalbody = t ? t->finalbody : ts->finalbody;
        // As CPython compiles it: try/finally around try/except. The body of a try/except
        // is one block deeper, its else clause is compiled next, then the handlers two
        // blocks deeper. A finally body is compiled twice, at the try's depth and, for the
        // exception path, one deeper.
        bool has_finally = !finalbody.empty();
        if (has_finally && !push_block(s)) return false;
        if (!handlers.empty()) {
          if (!push_block(s) || !stmts_(t ? t->body : ts->body)) return false;
          pop_block();
          if (!stmts_(t ? t->orelse : ts->orelse)) return false;
          ++units_.back().blocks;  // the handler block, never over the limit here
          for (size_t i = 0; i < handlers.size(); ++i) {
            const ExceptHandler* h = handlers[i];
            if (!h->type && i + 1 < handlers.size()) return fail("default 'except:' must be last", h);
            if (h->type && !expr_(h->type)) return false;
            if (h->name && is_debug(*h->name)) return fail("cannot assign to __debug__", h);
            if (!push_block(h) || !stmts_(h->body)) return false;
            pop_block();
          }
          pop_block();
        } else if (!stmts_(t ? t->body : ts->body)) {
          return false;
        }
        if (has_finally) {
          pop_block();
          int saved = max_push_;
          max_push_ = -1;
          if (!stmts_(finalbody)) return false;
          int first = max_push_;
          // One deeper can only fail if a block was entered at depth 19 the first time.
          bool again = first >= 19;
          if (again) {
            ++units_.back().blocks;
            if (!stmts_(finalbody)) return false;
            --units_.back().blocks;
          }
          // The second compile goes one deeper, whether or not it had to be checked.
          max_push_ = std::max(saved, first >= 0 ? first + 1 : -1);
        }
        return true;
      }
      case StmtTag::Assert: {
        auto* a = s->as<Assert>();
        return expr_(a->test) && (!a->msg || expr_(a->msg));
      }
      case StmtTag::ImportFrom: {
        auto* f = s->as<ImportFrom>();
        if (s->lineno > future_line_ && f->module && *f->module == "__future__")
          return fail("from __future__ imports must occur at the beginning of the file", s);
        return imported_names(f->names, s);
      }
      case StmtTag::Import: return imported_names(s->as<Import>()->names, s);
      case StmtTag::Global:
      case StmtTag::Nonlocal:
      case StmtTag::Pass: return true;
      case StmtTag::Expr: return expr_(s->as<Expr>()->value);
      case StmtTag::Break:
        if (units_.back().loops == 0) return fail("'break' outside loop", s);
        return true;
      case StmtTag::Continue:
        if (units_.back().loops == 0) return fail("'continue' not properly in loop", s);
        return true;
    }
    return true;
  }

  bool imported_names(const std::vector<alias*>& names, const stmt* s) {
    for (const alias* a : names) {
      const std::string& n = a->asname ? *a->asname : a->name;
      if (is_debug(n.substr(0, n.find('.')))) return fail("cannot assign to __debug__", s);
    }
    return true;
  }

  // Elements of a display or call arguments, where `*x` is allowed.
  bool elements(const exprs& es) {
    for (const expr* e : es)
      if (!expr_(e->is<Starred>() ? e->as<Starred>()->value : e)) return false;
    return true;
  }

  bool comprehension_(const expr* e, const std::vector<comprehension*>& gens, const expr* elt, const expr* value) {
    if (!expr_(gens[0]->iter)) return false;
    return body_unit(e, [&] {
      for (size_t i = 0; i < gens.size(); ++i) {
        if (i > 0 && !expr_(gens[i]->iter)) return false;
        if (!target(gens[i]->target) || !exprs_(gens[i]->ifs)) return false;
      }
      return (!value || expr_(value)) && expr_(elt);
    });
  }

  bool expr_(const expr* e) {
    switch (e->tag) {
      case ExprTag::BoolOp: return exprs_(e->as<BoolOp>()->values);
      case ExprTag::NamedExpr: return expr_(e->as<NamedExpr>()->value) && expr_(e->as<NamedExpr>()->target);
      case ExprTag::BinOp: return expr_(e->as<BinOp>()->left) && expr_(e->as<BinOp>()->right);
      case ExprTag::UnaryOp: return expr_(e->as<UnaryOp>()->operand);
      case ExprTag::Lambda: {
        auto* l = e->as<Lambda>();
        if (!debug_params(l->args, e) || !arguments_defaults(l->args)) return false;
        return body_unit(e, [&] { return expr_(l->body); });
      }
      case ExprTag::IfExp: {
        auto* i = e->as<IfExp>();
        return expr_(i->test) && expr_(i->body) && expr_(i->orelse);
      }
      case ExprTag::Dict: {
        auto* d = e->as<Dict>();
        for (size_t i = 0; i < d->values.size(); ++i)
          if ((d->keys[i] && !expr_(d->keys[i])) || !expr_(d->values[i])) return false;
        return true;
      }
      case ExprTag::Set: return elements(e->as<Set>()->elts);
      case ExprTag::ListComp: {
        auto* c = e->as<ListComp>();
        return comprehension_(e, c->generators, c->elt, nullptr);
      }
      case ExprTag::SetComp: {
        auto* c = e->as<SetComp>();
        return comprehension_(e, c->generators, c->elt, nullptr);
      }
      case ExprTag::DictComp: {
        auto* c = e->as<DictComp>();
        return comprehension_(e, c->generators, c->key, c->value);
      }
      case ExprTag::GeneratorExp: {
        auto* c = e->as<GeneratorExp>();
        return comprehension_(e, c->generators, c->elt, nullptr);
      }
      case ExprTag::Await: return expr_(e->as<Await>()->value);
      case ExprTag::Yield: {
        if (!in_function()) return fail("'yield' outside function", e);
        auto* y = e->as<Yield>();
        return !y->value || expr_(y->value);
      }
      case ExprTag::YieldFrom:
        if (!in_function()) return fail("'yield' outside function", e);
        return expr_(e->as<YieldFrom>()->value);
      case ExprTag::Compare: return expr_(e->as<Compare>()->left) && exprs_(e->as<Compare>()->comparators);
      case ExprTag::Call: {
        auto* c = e->as<Call>();
        return expr_(c->func) && elements(c->args) && keywords_(c->keywords, e);
      }
      case ExprTag::FormattedValue: {
        auto* f = e->as<FormattedValue>();
        return expr_(f->value) && (!f->format_spec || expr_(f->format_spec));
      }
      case ExprTag::JoinedStr: return exprs_(e->as<JoinedStr>()->values);
      case ExprTag::Constant: return true;
      case ExprTag::Name: {
        auto* n = e->as<Name>();
        if (!is_debug(n->id) || n->ctx == expr_context::Load) return true;
        return fail(n->ctx == expr_context::Del ? "cannot delete __debug__" : "cannot assign to __debug__", e);
      }
      case ExprTag::Attribute: {
        auto* a = e->as<Attribute>();
        if (a->ctx == expr_context::Store && is_debug(a->attr)) return fail("cannot assign to __debug__", e);
        return expr_(a->value);
      }
      case ExprTag::Subscript: {
        auto* s = e->as<Subscript>();
        if (!expr_(s->value)) return false;
        if (s->slice->is<Tuple>()) return elements(s->slice->as<Tuple>()->elts);
        return expr_(s->slice);
      }
      case ExprTag::Starred:
        if (e->as<Starred>()->ctx == expr_context::Store)
          return fail("starred assignment target must be in a list or tuple", e);
        return fail("can't use starred expression here", e);
      case ExprTag::List: return elements(e->as<List>()->elts);
      case ExprTag::Tuple: return elements(e->as<Tuple>()->elts);
      case ExprTag::Slice: {
        auto* s = e->as<Slice>();
        return (!s->lower || expr_(s->lower)) && (!s->upper || expr_(s->upper)) && (!s->step || expr_(s->step));
      }
    }
    return true;
  }

  const SymbolTable& t_;
  std::string_view text_;
  std::string filename_;
  int future_line_;  // the line of the last leading `from __future__ import`
  SyntaxError* error_;
  std::vector<Unit> units_;
  int max_push_ = -1;  // the deepest block entry seen, to know when a finally body must be rechecked
};

}  // namespace

namespace {

// CPython's future.c: `from __future__ import ...` statements at the top of the module.
// Sets *annotations for `annotations`; *last_line is the line of the last one (later
// ones are the compiler's error).
bool future_features(const Module* m, std::string_view text, const std::string& filename, bool* annotations,
                     int* last_line, SyntaxError* error) {
  static const char* const kKnown[] = {"nested_scopes", "generators",       "division",       "absolute_import",
                                       "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
                                       "generator_stop", "annotations"};
  size_t i = 0;
  const stmts& body = m->body;
  if (!body.empty() && body[0]->is<Expr>()) {
    const expr* v = body[0]->as<Expr>()->value;
    if (v->is<Constant>() && v->as<Constant>()->value.kind == ConstantValue::Str) i = 1;
  }
  bool done = false;
  int prev_line = 0;
  for (; i < body.size(); ++i) {
    const stmt* s = body[i];
    if (done && s->lineno > prev_line) return true;
    prev_line = s->lineno;
    const ImportFrom* f = s->is<ImportFrom>() ? s->as<ImportFrom>() : nullptr;
    if (!f || !f->module || *f->module != "__future__") {
      done = true;
      continue;
    }
    if (done) {
      // CPython passes the column without its usual +1 here.
      *error = located_error(text, filename, "from __future__ imports must occur at the beginning of the file",
                             s->lineno, s->col_offset - 1, s->lineno, -2);
      return false;
    }
    for (const alias* a : f->names) {
      if (a->name == "annotations") *annotations = true;
      bool known = false;
      for (const char* k : kKnown) known = known || a->name == k;
      if (known) continue;
      std::string msg = a->name == "braces" ? "not a chance" : "future feature " + a->name + " is not defined";
      *error = located_error(text, filename, msg, s->lineno, s->col_offset, s->lineno, -2);
      return false;
    }
    *last_line = s->lineno;
  }
  return true;
}

}  // namespace

bool analyze_scopes(const Module* module, std::string_view source, std::string_view filename, SymbolTable* out,
                    SyntaxError* error) {
  std::string text, message;
  bool declared = false;
  if (!prepare_source(source, filename, &text, &message, &declared)) text.clear();
  bool annotations = false;
  int future_line = 0;
  if (!future_features(module, text, std::string(filename), &annotations, &future_line, error)) return false;
  SymtableBuilder builder(out, text, filename, annotations, error);
  if (!builder.build(module)) return false;
  CompileChecks checks(*out, text, std::string(filename), future_line, error);
  return checks.module(module);
}

// -- Text form for tests --

namespace {

void dump_scope(const Scope* s, int depth, std::string* out) {
  static const std::pair<const char*, uint32_t> kFlags[] = {
      {"DEF_GLOBAL", kDefGlobal},   {"DEF_LOCAL", kDefLocal},           {"DEF_PARAM", kDefParam},
      {"DEF_NONLOCAL", kDefNonlocal}, {"USE", kUse},                  {"DEF_FREE", kDefFree},
      {"DEF_FREE_CLASS", kDefFreeClass}, {"DEF_IMPORT", kDefImport},  {"DEF_ANNOT", kDefAnnot},
      {"DEF_COMP_ITER", kDefCompIter}};
  std::string pad(static_cast<size_t>(depth) * 2, ' ');
  const char* type = s->kind == ScopeKind::Module ? "module" : s->kind == ScopeKind::Class ? "class" : "function";
  *out += pad + type + " " + s->name + " line " + std::to_string(s->lineno) + (s->nested ? " nested" : "") +
          (s->generator ? " generator" : "") + (s->needs_class_closure ? " class_cell" : "") + "\n";
  if (s->is_function()) {
    *out += pad + "  params:";
    for (size_t i = 0; i < s->varnames.size(); ++i) *out += (i ? ", " : " ") + s->varnames[i];
    *out += "\n";
  }
  std::vector<const Symbol*> syms;
  for (const Symbol& sym : s->symbols) syms.push_back(&sym);
  std::sort(syms.begin(), syms.end(), [](const Symbol* a, const Symbol* b) { return a->name < b->name; });
  for (const Symbol* sym : syms) {
    std::string line = pad + "  " + sym->name + ": " + name(sym->scope);
    for (const auto& [flag_name, bit] : kFlags)
      if (sym->flags & bit) line += std::string(" ") + flag_name;
    *out += line + "\n";
  }
  for (const Scope* c : s->children) dump_scope(c, depth + 1, out);
}

}  // namespace

std::string dump_scopes(const SymbolTable& table) {
  std::string out;
  if (table.top()) dump_scope(table.top(), 0, &out);
  return out;
}

}  // namespace sy::py
