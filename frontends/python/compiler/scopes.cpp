// Scope analysis in two passes, as CPython's symtable: collect what each block binds,
// uses and declares; then resolve every name from the module down, so that a name a
// nested function uses becomes a cell of the function that binds it.
#include "frontends/python/compiler/scopes.h"

#include <algorithm>
#include <set>

namespace sy::py {

NameScope ScopeBlock::scope_of(const std::string& n) const {
  auto it = names.find(n);
  if (it != names.end()) return it->second;
  return kind == Module ? NameScope::GlobalImplicit : NameScope::GlobalImplicit;
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

using namespace ast;

struct Info {
  std::set<std::string> bound, used, globals, nonlocals;
  std::map<std::string, const Node*> nonlocal_at;  // the statement that declared it
  std::vector<std::string> order;  // first-seen order of every name
  std::vector<ScopeBlock*> children;
  void see(const std::string& n) {
    if (std::find(order.begin(), order.end(), n) == order.end()) order.push_back(n);
  }
};

class Collector {
 public:
  Collector(ScopeTable* t, ScopeError* e) : table_(t), err_(e) {}

  bool run(const ast::Module& m) {
    ScopeBlock* b = table_->add(&m, ScopeBlock::Module, "<module>", nullptr);
    enter(b);
    stmts(m.body);
    leave();
    if (failed_) return false;
    resolve(b, {});
    return !failed_;
  }

 private:
  ScopeTable* table_;
  ScopeError* err_;
  bool failed_ = false;
  std::vector<ScopeBlock*> stack_;
  std::unordered_map<ScopeBlock*, Info> info_;

  ScopeBlock* cur() { return stack_.back(); }
  Info& inf(ScopeBlock* b) { return info_[b]; }
  void enter(ScopeBlock* b) {
    if (b->parent) inf(b->parent).children.push_back(b);
    stack_.push_back(b);
  }
  void leave() { stack_.pop_back(); }

  void fail(const Node* n, std::string msg) {
    if (failed_) return;
    failed_ = true;
    err_->msg = std::move(msg);
    err_->lineno = n ? n->lineno : 0;
    err_->col = n ? n->col_offset : 0;
    err_->end_lineno = n ? n->end_lineno : 0;
    err_->end_col = n ? n->end_col_offset : 0;
  }

  void bind(const std::string& n) {
    Info& i = inf(cur());
    i.bound.insert(n);
    i.see(n);
  }
  void use(const std::string& n) {
    Info& i = inf(cur());
    i.used.insert(n);
    i.see(n);
  }

  // -- Pass 1 --
  void stmts(const ast::stmts& body) {
    for (const stmt* s : body) statement(s);
  }

  void arguments_defaults(const arguments* a) {
    for (const expr* d : a->defaults) expression(d);
    for (const expr* d : a->kw_defaults)
      if (d) expression(d);
    auto ann = [&](const arg* x) {
      if (x && x->annotation) expression(x->annotation);
    };
    for (const arg* x : a->posonlyargs) ann(x);
    for (const arg* x : a->args) ann(x);
    ann(a->vararg);
    for (const arg* x : a->kwonlyargs) ann(x);
    ann(a->kwarg);
  }

  void params(ScopeBlock* b, const arguments* a) {
    auto p = [&](const arg* x) {
      if (!x) return;
      if (std::find(b->params.begin(), b->params.end(), x->arg) != b->params.end())
        fail(x, "duplicate argument '" + x->arg + "' in function definition");
      b->params.push_back(x->arg);
      bind(x->arg);
    };
    for (const arg* x : a->posonlyargs) p(x);
    for (const arg* x : a->args) p(x);
    p(a->vararg);
    for (const arg* x : a->kwonlyargs) p(x);
    p(a->kwarg);
  }

  void function(const Node* n, const std::string& name, const arguments* a, const ast::stmts* body,
                const expr* lambda_body) {
    ScopeBlock* b = table_->add(n, ScopeBlock::Function, name, cur());
    enter(b);
    params(b, a);
    if (body) stmts(*body);
    if (lambda_body) expression(lambda_body);
    leave();
  }

  void statement(const stmt* s) {
    switch (s->tag) {
      case StmtTag::FunctionDef: {
        auto* f = s->as<FunctionDef>();
        for (const expr* d : f->decorator_list) expression(d);
        arguments_defaults(f->args);
        if (f->returns) expression(f->returns);
        bind(f->name);
        function(f, f->name, f->args, &f->body, nullptr);
        break;
      }
      case StmtTag::AsyncFunctionDef: fail(s, "async functions are not supported"); break;
      case StmtTag::ClassDef: {
        auto* c = s->as<ClassDef>();
        for (const expr* d : c->decorator_list) expression(d);
        for (const expr* e : c->bases) expression(e);
        for (const keyword* k : c->keywords) expression(k->value);
        bind(c->name);
        ScopeBlock* b = table_->add(c, ScopeBlock::Class, c->name, cur());
        enter(b);
        stmts(c->body);
        leave();
        break;
      }
      case StmtTag::Return:
        if (auto* v = s->as<Return>()->value) expression(v);
        break;
      case StmtTag::Delete:
        for (const expr* t : s->as<Delete>()->targets) target(t);
        break;
      case StmtTag::Assign: {
        auto* a = s->as<Assign>();
        expression(a->value);
        for (const expr* t : a->targets) target(t);
        break;
      }
      case StmtTag::AugAssign: {
        auto* a = s->as<AugAssign>();
        expression(a->value);
        if (a->target->is<Name>()) use(a->target->as<Name>()->id);
        target(a->target);
        break;
      }
      case StmtTag::AnnAssign: {
        auto* a = s->as<AnnAssign>();
        if (a->value) expression(a->value);
        if (cur()->kind != ScopeBlock::Function || !a->simple) expression(a->annotation);
        if (a->value || !a->target->is<Name>()) target(a->target);
        else if (a->target->is<Name>()) bind(a->target->as<Name>()->id);
        break;
      }
      case StmtTag::For: {
        auto* f = s->as<For>();
        expression(f->iter);
        target(f->target);
        stmts(f->body);
        stmts(f->orelse);
        break;
      }
      case StmtTag::AsyncFor: fail(s, "async for is not supported"); break;
      case StmtTag::While: {
        auto* w = s->as<While>();
        expression(w->test);
        stmts(w->body);
        stmts(w->orelse);
        break;
      }
      case StmtTag::If: {
        auto* i = s->as<If>();
        expression(i->test);
        stmts(i->body);
        stmts(i->orelse);
        break;
      }
      case StmtTag::With: {
        auto* w = s->as<With>();
        for (const withitem* it : w->items) {
          expression(it->context_expr);
          if (it->optional_vars) target(it->optional_vars);
        }
        stmts(w->body);
        break;
      }
      case StmtTag::AsyncWith: fail(s, "async with is not supported"); break;
      case StmtTag::TryStar: fail(s, "except* is not supported"); break;
      case StmtTag::Raise: {
        auto* r = s->as<Raise>();
        if (r->exc) expression(r->exc);
        if (r->cause) expression(r->cause);
        break;
      }
      case StmtTag::Try: {
        auto* t = s->as<Try>();
        stmts(t->body);
        for (const ExceptHandler* h : t->handlers) {
          if (h->type) expression(h->type);
          if (h->name) bind(*h->name);
          stmts(h->body);
        }
        stmts(t->orelse);
        stmts(t->finalbody);
        break;
      }
      case StmtTag::Assert: {
        auto* a = s->as<Assert>();
        expression(a->test);
        if (a->msg) expression(a->msg);
        break;
      }
      case StmtTag::Import:
        for (const alias* a : s->as<Import>()->names) {
          std::string n = a->asname ? *a->asname : a->name.substr(0, a->name.find('.'));
          bind(n);
        }
        break;
      case StmtTag::ImportFrom:
        for (const alias* a : s->as<ImportFrom>()->names) {
          if (a->name == "*") {
            if (cur()->kind != ScopeBlock::Module) fail(s, "import * only allowed at module level");
            continue;
          }
          bind(a->asname ? *a->asname : a->name);
        }
        break;
      case StmtTag::Global:
        for (const std::string& n : s->as<Global>()->names) {
          Info& i = inf(cur());
          if (i.bound.count(n) || i.used.count(n)) {
            bool param = std::find(cur()->params.begin(), cur()->params.end(), n) != cur()->params.end();
            if (param) {
              fail(s, "name '" + n + "' is parameter and global");
            } else {
              fail(s, "name '" + n + "' is " + (i.bound.count(n) ? "assigned to" : "used") +
                          " prior to global declaration");
            }
          }
          if (i.nonlocals.count(n)) fail(s, "name '" + n + "' is nonlocal and global");
          i.globals.insert(n);
          i.see(n);
        }
        break;
      case StmtTag::Nonlocal:
        for (const std::string& n : s->as<Nonlocal>()->names) {
          Info& i = inf(cur());
          if (cur()->kind == ScopeBlock::Module) {
            fail(s, "nonlocal declaration not allowed at module level");
            return;
          }
          bool param = std::find(cur()->params.begin(), cur()->params.end(), n) != cur()->params.end();
          if (param) fail(s, "name '" + n + "' is parameter and nonlocal");
          else if (i.bound.count(n) || i.used.count(n))
            fail(s, "name '" + n + "' is " + (i.bound.count(n) ? "assigned to" : "used") +
                        " prior to nonlocal declaration");
          if (i.globals.count(n)) fail(s, "name '" + n + "' is nonlocal and global");
          i.nonlocals.insert(n);
          i.nonlocal_at.emplace(n, s);
          i.see(n);
        }
        break;
      case StmtTag::Expr: expression(s->as<Expr>()->value); break;
      case StmtTag::Pass:
      case StmtTag::Break:
      case StmtTag::Continue: break;
    }
  }

  void target(const expr* t) {
    switch (t->tag) {
      case ExprTag::Name: bind(t->as<Name>()->id); break;
      case ExprTag::Tuple:
        for (const expr* e : t->as<Tuple>()->elts) target(e);
        break;
      case ExprTag::List:
        for (const expr* e : t->as<List>()->elts) target(e);
        break;
      case ExprTag::Starred: target(t->as<Starred>()->value); break;
      case ExprTag::Attribute: expression(t->as<Attribute>()->value); break;
      case ExprTag::Subscript:
        expression(t->as<Subscript>()->value);
        expression(t->as<Subscript>()->slice);
        break;
      default: expression(t); break;
    }
  }

  void comprehension(const expr* n, const char* name, const std::vector<ast::comprehension*>& gens,
                     const expr* elt, const expr* value, bool generator) {
    // The first iterable is evaluated in the enclosing scope.
    expression(gens[0]->iter);
    ScopeBlock* b = table_->add(n, ScopeBlock::Function, name, cur());
    b->comprehension = true;
    b->generator = generator;
    enter(b);
    b->params.push_back(".0");
    bind(".0");
    for (size_t i = 0; i < gens.size(); ++i) {
      if (i > 0) expression(gens[i]->iter);
      target(gens[i]->target);
      for (const expr* c : gens[i]->ifs) expression(c);
    }
    expression(elt);
    if (value) expression(value);
    leave();
  }

  void expression(const expr* e) {
    if (!e) return;
    switch (e->tag) {
      case ExprTag::BoolOp:
        for (const expr* v : e->as<BoolOp>()->values) expression(v);
        break;
      case ExprTag::NamedExpr: {
        auto* n = e->as<NamedExpr>();
        expression(n->value);
        // Binds in the nearest enclosing non-comprehension scope (PEP 572).
        const std::string& id = n->target->as<Name>()->id;
        size_t k = stack_.size() - 1;
        while (k > 0 && stack_[k]->comprehension) {
          inf(stack_[k]).nonlocals.insert(id);  // resolved as a free variable of the comprehension
          inf(stack_[k]).see(id);
          --k;
        }
        if (stack_[k]->kind == ScopeBlock::Class && k != stack_.size() - 1)
          fail(e, "assignment expression within a comprehension cannot be used in a class body");
        Info& i = inf(stack_[k]);
        i.bound.insert(id);
        i.see(id);
        break;
      }
      case ExprTag::BinOp:
        expression(e->as<BinOp>()->left);
        expression(e->as<BinOp>()->right);
        break;
      case ExprTag::UnaryOp: expression(e->as<UnaryOp>()->operand); break;
      case ExprTag::Lambda: {
        auto* l = e->as<Lambda>();
        arguments_defaults(l->args);
        function(l, "<lambda>", l->args, nullptr, l->body);
        break;
      }
      case ExprTag::IfExp:
        expression(e->as<IfExp>()->test);
        expression(e->as<IfExp>()->body);
        expression(e->as<IfExp>()->orelse);
        break;
      case ExprTag::Dict:
        for (const expr* k : e->as<Dict>()->keys) expression(k);
        for (const expr* v : e->as<Dict>()->values) expression(v);
        break;
      case ExprTag::Set:
        for (const expr* v : e->as<Set>()->elts) expression(v);
        break;
      case ExprTag::ListComp:
        comprehension(e, "<listcomp>", e->as<ListComp>()->generators, e->as<ListComp>()->elt, nullptr, false);
        break;
      case ExprTag::SetComp:
        comprehension(e, "<setcomp>", e->as<SetComp>()->generators, e->as<SetComp>()->elt, nullptr, false);
        break;
      case ExprTag::DictComp:
        comprehension(e, "<dictcomp>", e->as<DictComp>()->generators, e->as<DictComp>()->key,
                      e->as<DictComp>()->value, false);
        break;
      case ExprTag::GeneratorExp:
        comprehension(e, "<genexpr>", e->as<GeneratorExp>()->generators, e->as<GeneratorExp>()->elt, nullptr,
                      true);
        break;
      case ExprTag::Await: fail(e, "'await' is not supported"); break;
      case ExprTag::Yield:
      case ExprTag::YieldFrom: {
        ScopeBlock* b = cur();
        if (b->kind != ScopeBlock::Function) {
          fail(e, std::string("'") + (e->is<Yield>() ? "yield" : "yield from") + "' outside function");
          return;
        }
        if (b->comprehension) {
          fail(e, "'yield' inside " + std::string(b->name == "<genexpr>" ? "generator expression" :
                                                   b->name == "<listcomp>" ? "list comprehension" :
                                                   b->name == "<setcomp>" ? "set comprehension" :
                                                                            "dict comprehension"));
          return;
        }
        b->generator = true;
        expression(e->is<Yield>() ? e->as<Yield>()->value : e->as<YieldFrom>()->value);
        break;
      }
      case ExprTag::Compare:
        expression(e->as<Compare>()->left);
        for (const expr* c : e->as<Compare>()->comparators) expression(c);
        break;
      case ExprTag::Call:
        expression(e->as<Call>()->func);
        for (const expr* a : e->as<Call>()->args) expression(a);
        for (const keyword* k : e->as<Call>()->keywords) expression(k->value);
        break;
      case ExprTag::FormattedValue:
        expression(e->as<FormattedValue>()->value);
        expression(e->as<FormattedValue>()->format_spec);
        break;
      case ExprTag::JoinedStr:
        for (const expr* v : e->as<JoinedStr>()->values) expression(v);
        break;
      case ExprTag::Constant: break;
      case ExprTag::Attribute: expression(e->as<Attribute>()->value); break;
      case ExprTag::Subscript:
        expression(e->as<Subscript>()->value);
        expression(e->as<Subscript>()->slice);
        break;
      case ExprTag::Starred: expression(e->as<Starred>()->value); break;
      case ExprTag::Name: {
        const std::string& id = e->as<Name>()->id;
        if (e->as<Name>()->ctx == expr_context::Load) {
          use(id);
          // super() and __class__ in a method need the class's __class__ cell.
          if ((id == "super" || id == "__class__") && cur()->kind == ScopeBlock::Function) {
            for (ScopeBlock* b = cur()->parent; b; b = b->parent) {
              if (b->kind == ScopeBlock::Class) {
                b->needs_class_cell = true;
                use("__class__");
                break;
              }
              if (b->kind != ScopeBlock::Function) break;
            }
          }
        } else {
          bind(id);
        }
        break;
      }
      case ExprTag::List:
        for (const expr* v : e->as<List>()->elts) expression(v);
        break;
      case ExprTag::Tuple:
        for (const expr* v : e->as<Tuple>()->elts) expression(v);
        break;
      case ExprTag::Slice:
        expression(e->as<Slice>()->lower);
        expression(e->as<Slice>()->upper);
        expression(e->as<Slice>()->step);
        break;
    }
  }

  // -- Pass 2 --
  // `bound_above`: names bound in enclosing function scopes (class scopes are skipped),
  // mapped to the block that binds them.
  void resolve(ScopeBlock* b, std::map<std::string, ScopeBlock*> bound_above) {
    Info& i = inf(b);
    if (b->kind == ScopeBlock::Class && b->needs_class_cell) {
      // The class body provides the __class__ cell its methods close over.
      i.see("__class__");
    }
    for (const std::string& n : i.order) {
      NameScope s;
      if (b->kind == ScopeBlock::Module) {
        s = i.globals.count(n) ? NameScope::GlobalExplicit : NameScope::GlobalImplicit;
      } else if (i.globals.count(n)) {
        s = NameScope::GlobalExplicit;
      } else if (i.nonlocals.count(n)) {
        auto it = bound_above.find(n);
        if (it == bound_above.end()) {
          if (!b->comprehension) {
            auto at = i.nonlocal_at.find(n);
            fail(at != i.nonlocal_at.end() ? at->second : b->node, "no binding for nonlocal '" + n + "' found");
          }
          s = NameScope::GlobalImplicit;
        } else {
          s = NameScope::Free;
          mark_cell(it->second, n, b);
        }
      } else if (b->kind == ScopeBlock::Class && n == "__class__" && b->needs_class_cell) {
        s = NameScope::Cell;
      } else if (i.bound.count(n)) {
        s = NameScope::Local;
      } else {
        auto it = bound_above.find(n);
        if (it != bound_above.end()) {
          s = NameScope::Free;
          mark_cell(it->second, n, b);
        } else {
          s = NameScope::GlobalImplicit;
        }
      }
      b->names[n] = s;
      if (s == NameScope::Free) add_unique(b->frees, n);
    }
    if (b->kind == ScopeBlock::Class && b->needs_class_cell) add_unique(b->cells, "__class__");
    // What children see: this function's locals (a class body binds nothing they see,
    // except the __class__ cell).
    std::map<std::string, ScopeBlock*> below = bound_above;
    if (b->kind == ScopeBlock::Function) {
      for (auto& [n, s] : b->names)
        if (s == NameScope::Local || s == NameScope::Cell) below[n] = b;
        else if (s == NameScope::GlobalExplicit || s == NameScope::GlobalImplicit) below.erase(n);
    } else if (b->kind == ScopeBlock::Class) {
      if (b->needs_class_cell) below["__class__"] = b;
    } else {
      below.clear();
    }
    for (ScopeBlock* c : i.children) resolve(c, below);
  }

  // The function that binds n keeps it in a cell; every block between it and `user`
  // passes the cell on as a free variable of its own.
  void mark_cell(ScopeBlock* owner, const std::string& n, ScopeBlock* user) {
    auto& s = owner->names[n];
    if (s == NameScope::Local || s == NameScope::Cell) {
      s = NameScope::Cell;
      add_unique(owner->cells, n);
    }
    for (ScopeBlock* p = user->parent; p && p != owner; p = p->parent) {
      auto it = p->names.find(n);
      if (it == p->names.end() || it->second == NameScope::GlobalImplicit) p->names[n] = NameScope::Free;
      add_unique(p->frees, n);
    }
  }

  static void add_unique(std::vector<std::string>& v, const std::string& n) {
    if (std::find(v.begin(), v.end(), n) == v.end()) v.push_back(n);
  }
};

}  // namespace

bool analyze_scopes(const ast::Module& m, ScopeTable* out, ScopeError* error) {
  return Collector(out, error).run(m);
}

}  // namespace sy::py
