// The module and function frame of the code generator: naming, registers, sites, handler
// ranges, the prologue, and the definite-assignment pass that decides which local loads
// need an "is it bound?" check.
#include "frontends/python/compiler/compiler.h"

#include <algorithm>
#include <set>

#include "core/ir/verifier.h"
#include "frontends/python/compiler/codegen.h"

namespace sy::py {

// -- ModuleGen --

ModuleGen::ModuleGen(const A::Module& tree, const std::string& source, const std::string& path,
                     const std::string& name)
    : tree_(tree), name_(name), out_(std::make_unique<CompiledModule>()) {
  out_->ir = std::make_unique<Module>();
  out_->module = out_->ir.get();
  out_->ir->name = name;
  out_->ir->source = out_->ir->declared_source = path;
  out_->ir->explicit_lines = true;
  out_->name = name;
  out_->path = path;
  out_->source = source;
}

void ModuleGen::fail(const A::Node* at, const std::string& msg, const std::string& type) {
  CompileFailure f;
  f.error.type = type;
  f.error.msg = msg;
  f.error.lineno = at ? at->lineno : 0;
  f.error.col = at ? at->col_offset : 0;
  f.error.end_lineno = at ? at->end_lineno : 0;
  f.error.end_col = at ? at->end_col_offset : 0;
  throw f;
}

uint32_t ModuleGen::global(const std::string& n) {
  auto it = globals_.find(n);
  if (it != globals_.end()) return it->second;
  uint32_t g = out_->ir->add_global(n);
  globals_[n] = g;
  return g;
}

uint32_t ModuleGen::site(const std::string& bootstrap, const std::string& name, uint32_t arity,
                         const std::vector<std::string>& statics) {
  Module& m = *out_->ir;
  SiteDescriptor d;
  d.id = "s" + std::to_string(m.sites.size());
  d.name = name;
  d.arity = arity;
  d.bootstrap = bootstrap;
  for (const auto& s : statics) d.static_args.push_back(make_string(s));
  m.sites.push_back(std::move(d));
  return static_cast<uint32_t>(m.sites.size() - 1);
}

Function* ModuleGen::new_function(const std::string& qualname, uint32_t nparams) {
  std::string n = qualname;
  int& count = fn_names_[qualname];
  if (count++ > 0) n += "#" + std::to_string(count);
  return out_->ir->add_function(n, nparams, 0);
}

CodeInfo* ModuleGen::new_code() {
  out_->codes.push_back(std::make_unique<CodeInfo>());
  CodeInfo* c = out_->codes.back().get();
  c->filename = out_->path;
  return c;
}

std::unique_ptr<CompiledModule> ModuleGen::run(CompileError* error) {
  try {
    const ScopeBlock* b = scopes_.block(&tree_);
    CodeInfo* code = new_code();
    code->name = "<module>";
    code->qualname = "<module>";
    code->firstlineno = 1;
    Function* fn = new_function("<module>", 0);
    code->fn = fn;
    FunctionGen g(*this, b, fn, code, false);
    g.compile_module(tree_.body);
    out_->body = fn;
  } catch (const CompileFailure& f) {
    *error = f.error;
    return nullptr;
  }
  out_->ir->finish();
  ir::VerifyError ve;
  if (!ir::verify_module(*out_->ir, &ve)) {  // a compiler bug, reported as such
    error->type = "SystemError";
    error->msg = "internal compiler error: invalid IR in " + (ve.fn ? ve.fn->name : std::string("?")) + ": " +
                 ve.message;
    error->lineno = ve.fn ? static_cast<int>(ve.fn->line_at(ve.pc)) : 0;
    return nullptr;
  }
  return std::move(out_);
}

std::unique_ptr<CompiledModule> compile_module(const ast::Module& tree, const SymbolTable& symbols,
                                               const std::string& source, const std::string& path,
                                               const std::string& name, CompileError* error) {
  install();
  ModuleGen gen(tree, source, path, name);
  build_scope_table(symbols, &gen.scope_table());
  return gen.run(error);
}

// -- FunctionGen: set-up --

FunctionGen::FunctionGen(ModuleGen& m, const ScopeBlock* scope, Function* fn, CodeInfo* code, bool generator_body)
    : m_(m), scope_(scope), fn_(fn), code_(code), em_(fn), generator_body_(generator_body) {
  m_.out().function_codes.emplace_back(fn, code);
}

uint32_t FunctionGen::tmp() {
  uint32_t r = next_++;
  if (next_ > max_) max_ = next_;
  return r;
}

void FunctionGen::note_position() {
  if (!node_ || (node_ == noted_ && !positions_.empty())) return;
  noted_ = node_;
  em_.line(node_->lineno);
  Position p;
  p.pc = em_.pc();
  p.lineno = node_->lineno;
  p.end_lineno = node_->end_lineno;
  p.col = node_->col_offset;
  p.end_col = node_->end_col_offset;
  positions_.push_back(p);
}

void FunctionGen::emit(ir::Op op, std::initializer_list<uint32_t> operands, std::span<const uint32_t> list) {
  note_position();
  em_.op(op, operands, list);
}

void FunctionGen::const_(uint32_t dst, Value v) { emit(ir::Op::Const, {dst, em_.constant(v)}); }

uint32_t FunctionGen::constant_reg(Value v) {
  uint32_t r = tmp();
  const_(r, v);
  return r;
}

void FunctionGen::indy(uint32_t dst, uint32_t site, std::span<const uint32_t> args) {
  emit(ir::Op::Indy, {dst, site}, args);
}

void FunctionGen::ncall(uint32_t dst, const char* native, std::span<const uint32_t> args) {
  int64_t n = find_native(native);
  if (n < 0) throw std::logic_error(std::string("python compiler: unknown native ") + native);
  emit(ir::Op::NCall, {dst, static_cast<uint32_t>(n)}, args);
}

uint32_t FunctionGen::r_unbound() {
  used_unbound_ = true;
  return special_base_;
}
uint32_t FunctionGen::r_zero() {
  used_zero_ = true;
  return special_base_ + 1;
}
uint32_t FunctionGen::r_stop() {
  used_stop_ = true;
  return special_base_ + 2;
}

uint32_t FunctionGen::cell_reg(const std::string& id) {
  auto it = regs_.find(mangled(id));
  if (it == regs_.end()) throw std::logic_error("python compiler: no cell for " + id);
  return it->second;
}

// -- Blocks and handler ranges --

Block& FunctionGen::push_block(Block::Kind k) {
  blocks_.push_back(Block{k});
  return blocks_.back();
}

void FunctionGen::open_segment(Block& b) {
  b.open = em_.new_label();
  em_.place(b.open);
  b.is_open = true;
}

void FunctionGen::close_segment(Block& b) {
  if (!b.is_open) return;
  Emitter::Label end = em_.new_label();
  em_.place(end);
  b.segments.emplace_back(b.open, end);
  b.is_open = false;
}

void FunctionGen::finish_block_handlers(Block& b) {
  close_segment(b);
  for (auto [s, e] : b.segments) em_.handler(s, e, b.target, b.exc_reg);
}

void FunctionGen::pop_block() {
  Block& b = blocks_.back();
  if (b.kind != Block::Loop) finish_block_handlers(b);
  blocks_.pop_back();
}

void FunctionGen::unwind_to(size_t from) {
  std::vector<Block> saved;
  while (blocks_.size() > from) {
    Block b = std::move(blocks_.back());
    blocks_.pop_back();
    if (b.kind != Block::Loop) close_segment(b);
    uint32_t m = mark();
    switch (b.kind) {
      case Block::Loop:
      case Block::Protect: break;
      case Block::Finally: stmts(*b.finalbody); break;
      case Block::ExceptBody: {
        uint32_t r = tmp();
        ncall(r, "py.handling_pop", {});
        if (b.name) store_name(*b.name, r_unbound());
        break;
      }
      case Block::With: {
        uint32_t none = constant_reg(Value::nil());
        uint32_t r = tmp();
        uint32_t args[] = {b.reg, b.reg, none, none, none};
        indy(r, m_.site("py.callmethod", "__exit__", 5, {"__exit__"}), args);
        break;
      }
    }
    release(m);
    saved.push_back(std::move(b));
  }
  for (auto it = saved.rbegin(); it != saved.rend(); ++it) {
    blocks_.push_back(std::move(*it));
    if (blocks_.back().kind != Block::Loop) open_segment(blocks_.back());
  }
}

// -- Function kinds --

void FunctionGen::compile_module(const A::stmts& body) {
  module_ = true;
  next_ = max_ = 1;
  special_base_ = next_;
  next_ += 3;
  max_ = next_;
  stmts(body);
  at(nullptr);
  uint32_t r = constant_reg(Value::nil());
  em_.op(ir::Op::Ret, {r});
  finish();
}

void FunctionGen::setup_registers() {
  // Registers: r0 the callee slot, the parameters, the other locals, the cells of
  // parameters, the free cells, three special registers, then temporaries.
  next_ = 1;
  for (const std::string& p : scope_->params) {
    regs_[p] = next_;
    param_regs_.push_back(next_++);
  }
  if (!param_regs_.empty()) first_arg_reg_ = param_regs_[0];
  for (const auto& [n, s] : scope_->names)
    if ((s == NameScope::Local || s == NameScope::Cell) && !regs_.count(n)) regs_[n] = next_++;
  // A parameter that is a cell gets a register for its cell; the prologue fills it.
  for (const std::string& p : scope_->params)
    if (scope_->scope_of(p) == NameScope::Cell) regs_[p] = next_++;
  for (const std::string& f : scope_->frees) {
    frees_.push_back(f);
    regs_[f] = next_++;
  }
  special_base_ = next_;
  next_ += 3;
  max_ = next_;
}

void FunctionGen::compile_function(const A::arguments*, const A::stmts* body, const A::expr* lambda_body) {
  setup_registers();
  maybe_unbound_ = maybe_unbound_loads(scope_, body, lambda_body);
  if (lambda_body) {
    at(lambda_body);
    uint32_t v = value(lambda_body);
    emit(ir::Op::Ret, {v});
  } else {
    stmts(*body);
    at(nullptr);
    uint32_t r = constant_reg(Value::nil());
    em_.op(ir::Op::Ret, {r});
  }
  finish();
}

void FunctionGen::compile_class_body(const A::stmts& body) {
  // r0 the callee slot, r1 the namespace dict, the cells, the free cells, specials.
  class_body_ = true;
  ns_reg_ = 1;
  next_ = 2;
  for (const std::string& c : scope_->cells) regs_[c] = next_++;
  for (const std::string& f : scope_->frees) {
    frees_.push_back(f);
    if (!regs_.count(f)) regs_[f] = next_++;
  }
  special_base_ = next_;
  next_ += 3;
  max_ = next_;
  stmts(body);
  at(nullptr);
  // The class body returns its __class__ cell (or None): make_class's caller fills it.
  if (scope_->needs_class_cell) {
    em_.op(ir::Op::Ret, {regs_.at("__class__")});
  } else {
    uint32_t r = constant_reg(Value::nil());
    em_.op(ir::Op::Ret, {r});
  }
  finish();
}

// The prologue (constants, parameters from captures, cells) goes before the body once
// the body has said what it needs; then error stubs, positions and the frame size.
void FunctionGen::finish() {
  std::vector<uint32_t> pro;
  auto put = [&](ir::Op op, std::initializer_list<uint32_t> operands) {
    pro.push_back(static_cast<uint32_t>(op));
    pro.insert(pro.end(), operands);
  };
  auto cells_needed = [&] {
    if (!scope_->cells.empty() || !frees_.empty()) used_zero_ = true;
  };
  cells_needed();
  bool any_cell = false;
  for (const std::string& c : scope_->cells) {
    any_cell = true;
    (void)c;
  }
  if (any_cell || !checked_locals_.empty()) used_unbound_ = true;
  if (used_zero_) put(ir::Op::Const, {special_base_ + 1, fn_->add_constant(Value::small_int(0))});
  if (used_unbound_) put(ir::Op::Const, {special_base_, fn_->add_constant(unbound())});
  if (used_stop_) put(ir::Op::Const, {special_base_ + 2, fn_->add_constant(stop())});
  // A generator's body receives its parameters as captures after the free cells.
  if (generator_body_) {
    uint32_t k = 1 + static_cast<uint32_t>(frees_.size());
    for (uint32_t r : param_regs_) put(ir::Op::Cap, {r, k++});
  }
  for (size_t i = 0; i < frees_.size(); ++i)
    put(ir::Op::Cap, {regs_.at(frees_[i]), static_cast<uint32_t>(i + 1)});
  for (const std::string& c : scope_->cells) {
    uint32_t cell = regs_.at(c);
    auto pit = std::find(scope_->params.begin(), scope_->params.end(), c);
    uint32_t init = special_base_;  // unbound
    if (pit != scope_->params.end()) init = param_regs_[pit - scope_->params.begin()];
    put(ir::Op::Array, {cell, 1, init});
  }
  for (const std::string& l : checked_locals_) put(ir::Op::Mov, {regs_.at(l), special_base_});
  uint32_t shift = em_.prepend(pro);
  for (Position& p : positions_) p.pc += shift;
  em_.finish(max_);
  fn_->decl_line = code_->firstlineno;
  m_.out().positions.emplace_back(fn_, std::move(positions_));
}

// -- Definite assignment --

namespace {

class Assigned {
 public:
  Assigned(const ScopeBlock* s, std::unordered_set<const A::Name*>* out) : scope_(s), out_(out) {}

  struct State {
    std::set<std::string> bound;
    bool dead = false;
  };

  static State meet(const State& a, const State& b) {
    if (a.dead) return b;
    if (b.dead) return a;
    State r;
    std::set_intersection(a.bound.begin(), a.bound.end(), b.bound.begin(), b.bound.end(),
                          std::inserter(r.bound, r.bound.begin()));
    return r;
  }

  bool tracked(const std::string& n) const {
    return scope_->scope_of(n) == NameScope::Local;
  }

  State stmts(const A::stmts& body, State st) {
    for (const A::stmt* s : body) st = stmt(s, st);
    return st;
  }

  // Names a statement list may delete anywhere (loops and handlers assume the worst).
  void deleted(const A::stmts& body, std::set<std::string>* out) {
    for (const A::stmt* s : body) {
      switch (s->tag) {
        case A::StmtTag::Delete:
          for (const A::expr* t : s->as<A::Delete>()->targets) del_names(t, out);
          break;
        case A::StmtTag::If:
          deleted(s->as<A::If>()->body, out);
          deleted(s->as<A::If>()->orelse, out);
          break;
        case A::StmtTag::While:
          deleted(s->as<A::While>()->body, out);
          deleted(s->as<A::While>()->orelse, out);
          break;
        case A::StmtTag::For:
          deleted(s->as<A::For>()->body, out);
          deleted(s->as<A::For>()->orelse, out);
          break;
        case A::StmtTag::With: deleted(s->as<A::With>()->body, out); break;
        case A::StmtTag::Try: {
          auto* t = s->as<A::Try>();
          deleted(t->body, out);
          for (auto* h : t->handlers) {
            deleted(h->body, out);
            if (h->name) out->insert(*h->name);  // cleared when the handler ends
          }
          deleted(t->orelse, out);
          deleted(t->finalbody, out);
          break;
        }
        default: break;
      }
    }
  }

  void del_names(const A::expr* t, std::set<std::string>* out) {
    if (t->is<A::Name>()) out->insert(t->as<A::Name>()->id);
    else if (t->is<A::Tuple>())
      for (auto* e : t->as<A::Tuple>()->elts) del_names(e, out);
    else if (t->is<A::List>())
      for (auto* e : t->as<A::List>()->elts) del_names(e, out);
  }

  static State minus(State st, const std::set<std::string>& d) {
    for (const auto& n : d) st.bound.erase(n);
    return st;
  }

  State stmt(const A::stmt* s, State st) {
    if (st.dead) return st;
    switch (s->tag) {
      case A::StmtTag::FunctionDef: {
        auto* f = s->as<A::FunctionDef>();
        for (auto* d : f->decorator_list) expr(d, st);
        args(f->args, st);
        st.bound.insert(f->name);
        return st;
      }
      case A::StmtTag::ClassDef: {
        auto* c = s->as<A::ClassDef>();
        for (auto* d : c->decorator_list) expr(d, st);
        for (auto* b : c->bases) expr(b, st);
        for (auto* k : c->keywords) expr(k->value, st);
        st.bound.insert(c->name);
        return st;
      }
      case A::StmtTag::Return:
        if (auto* v = s->as<A::Return>()->value) expr(v, st);
        st.dead = true;
        return st;
      case A::StmtTag::Delete:
        for (auto* t : s->as<A::Delete>()->targets) {
          target_loads(t, st);
          if (t->is<A::Name>()) {
            const A::Name* n = t->as<A::Name>();
            if (tracked(n->id) && !st.bound.count(n->id)) out_->insert(n);
          }
          std::set<std::string> d;
          del_names(t, &d);
          st = minus(st, d);
        }
        return st;
      case A::StmtTag::Assign: {
        auto* a = s->as<A::Assign>();
        expr(a->value, st);
        for (auto* t : a->targets) target(t, st);
        return st;
      }
      case A::StmtTag::AugAssign: {
        auto* a = s->as<A::AugAssign>();
        if (a->target->is<A::Name>()) load(a->target->as<A::Name>(), st);
        else target_loads(a->target, st);
        expr(a->value, st);
        target(a->target, st);
        return st;
      }
      case A::StmtTag::AnnAssign: {
        auto* a = s->as<A::AnnAssign>();
        if (a->value) {
          expr(a->value, st);
          target(a->target, st);
        }
        return st;
      }
      case A::StmtTag::For: {
        auto* f = s->as<A::For>();
        expr(f->iter, st);
        std::set<std::string> d;
        deleted(f->body, &d);
        State in = minus(st, d);
        State body = in;
        target(f->target, body);
        stmts(f->body, body);
        State after = stmts(f->orelse, in);
        return meet(after, in);
      }
      case A::StmtTag::While: {
        auto* w = s->as<A::While>();
        std::set<std::string> d;
        deleted(w->body, &d);
        State in = minus(st, d);
        expr(w->test, in);
        stmts(w->body, in);
        bool infinite = w->test->is<A::Constant>() && w->test->as<A::Constant>()->value.kind == A::ConstantValue::Bool &&
                        w->test->as<A::Constant>()->value.b;
        State after = stmts(w->orelse, in);
        if (infinite) {
          // Only a break leaves `while True`: what was bound before the loop still is.
          State r = in;
          return r;
        }
        return meet(after, in);
      }
      case A::StmtTag::If: {
        auto* i = s->as<A::If>();
        expr(i->test, st);
        return meet(stmts(i->body, st), stmts(i->orelse, st));
      }
      case A::StmtTag::With: {
        auto* w = s->as<A::With>();
        for (auto* it : w->items) {
          expr(it->context_expr, st);
          if (it->optional_vars) target(it->optional_vars, st);
        }
        // A with block may suppress an exception: code after it cannot count on the body.
        std::set<std::string> d;
        deleted(w->body, &d);
        State body = stmts(w->body, st);
        return meet(body, minus(st, d));
      }
      case A::StmtTag::Raise: {
        auto* r = s->as<A::Raise>();
        if (r->exc) expr(r->exc, st);
        if (r->cause) expr(r->cause, st);
        st.dead = true;
        return st;
      }
      case A::StmtTag::Try: {
        auto* t = s->as<A::Try>();
        std::set<std::string> d;
        deleted(t->body, &d);
        for (auto* h : t->handlers) deleted(h->body, &d);
        deleted(t->orelse, &d);
        State weak = minus(st, d);
        State body = stmts(t->body, st);
        State out = stmts(t->orelse, body);
        for (auto* h : t->handlers) {
          State hs = weak;
          if (h->type) expr(h->type, hs);
          if (h->name) hs.bound.insert(*h->name);
          State he = stmts(h->body, hs);
          if (h->name) he.bound.erase(*h->name);
          out = meet(out, he);
        }
        if (!t->finalbody.empty()) {
          State fin = stmts(t->finalbody, weak);
          if (out.dead || fin.dead) {
            State r;
            r.dead = true;
            return r;
          }
          State fin_after = stmts(t->finalbody, out);
          return fin_after;
        }
        return out;
      }
      case A::StmtTag::Assert: {
        auto* a = s->as<A::Assert>();
        expr(a->test, st);
        if (a->msg) expr(a->msg, st);
        return st;
      }
      case A::StmtTag::Import:
        for (auto* a : s->as<A::Import>()->names)
          st.bound.insert(a->asname ? *a->asname : a->name.substr(0, a->name.find('.')));
        return st;
      case A::StmtTag::ImportFrom:
        for (auto* a : s->as<A::ImportFrom>()->names) st.bound.insert(a->asname ? *a->asname : a->name);
        return st;
      case A::StmtTag::Expr: expr(s->as<A::Expr>()->value, st); return st;
      case A::StmtTag::Break:
      case A::StmtTag::Continue: st.dead = true; return st;
      default: return st;
    }
  }

  void args(const A::arguments* a, State& st) {
    for (auto* d : a->defaults) expr(d, st);
    for (auto* d : a->kw_defaults)
      if (d) expr(d, st);
  }

  void target(const A::expr* t, State& st) {
    switch (t->tag) {
      case A::ExprTag::Name: st.bound.insert(t->as<A::Name>()->id); break;
      case A::ExprTag::Tuple:
        for (auto* e : t->as<A::Tuple>()->elts) target(e, st);
        break;
      case A::ExprTag::List:
        for (auto* e : t->as<A::List>()->elts) target(e, st);
        break;
      case A::ExprTag::Starred: target(t->as<A::Starred>()->value, st); break;
      default: target_loads(t, st); break;
    }
  }

  void target_loads(const A::expr* t, State& st) {
    if (t->is<A::Attribute>()) expr(t->as<A::Attribute>()->value, st);
    else if (t->is<A::Subscript>()) {
      expr(t->as<A::Subscript>()->value, st);
      expr(t->as<A::Subscript>()->slice, st);
    }
  }

  void load(const A::Name* n, State& st) {
    if (tracked(n->id) && !st.bound.count(n->id)) out_->insert(n);
  }

  // Loads in an expression; bindings by `:=` count only outside conditional parts.
  void expr(const A::expr* e, State& st, bool conditional = false) {
    if (!e) return;
    switch (e->tag) {
      case A::ExprTag::Name:
        if (e->as<A::Name>()->ctx == A::expr_context::Load) load(e->as<A::Name>(), st);
        break;
      case A::ExprTag::NamedExpr: {
        auto* n = e->as<A::NamedExpr>();
        expr(n->value, st, conditional);
        if (!conditional) st.bound.insert(n->target->as<A::Name>()->id);
        break;
      }
      case A::ExprTag::BoolOp: {
        auto& vs = e->as<A::BoolOp>()->values;
        for (size_t i = 0; i < vs.size(); ++i) expr(vs[i], st, conditional || i > 0);
        break;
      }
      case A::ExprTag::IfExp:
        expr(e->as<A::IfExp>()->test, st, conditional);
        expr(e->as<A::IfExp>()->body, st, true);
        expr(e->as<A::IfExp>()->orelse, st, true);
        break;
      case A::ExprTag::BinOp:
        expr(e->as<A::BinOp>()->left, st, conditional);
        expr(e->as<A::BinOp>()->right, st, conditional);
        break;
      case A::ExprTag::UnaryOp: expr(e->as<A::UnaryOp>()->operand, st, conditional); break;
      case A::ExprTag::Lambda: args(e->as<A::Lambda>()->args, st); break;
      case A::ExprTag::Dict:
        for (auto* k : e->as<A::Dict>()->keys) expr(k, st, conditional);
        for (auto* v : e->as<A::Dict>()->values) expr(v, st, conditional);
        break;
      case A::ExprTag::Set:
        for (auto* v : e->as<A::Set>()->elts) expr(v, st, conditional);
        break;
      case A::ExprTag::ListComp: expr(e->as<A::ListComp>()->generators[0]->iter, st, conditional); break;
      case A::ExprTag::SetComp: expr(e->as<A::SetComp>()->generators[0]->iter, st, conditional); break;
      case A::ExprTag::DictComp: expr(e->as<A::DictComp>()->generators[0]->iter, st, conditional); break;
      case A::ExprTag::GeneratorExp: expr(e->as<A::GeneratorExp>()->generators[0]->iter, st, conditional); break;
      case A::ExprTag::Yield: expr(e->as<A::Yield>()->value, st, conditional); break;
      case A::ExprTag::YieldFrom: expr(e->as<A::YieldFrom>()->value, st, conditional); break;
      case A::ExprTag::Compare: {
        auto* c = e->as<A::Compare>();
        expr(c->left, st, conditional);
        for (size_t i = 0; i < c->comparators.size(); ++i) expr(c->comparators[i], st, conditional || i > 0);
        break;
      }
      case A::ExprTag::Call:
        expr(e->as<A::Call>()->func, st, conditional);
        for (auto* a : e->as<A::Call>()->args) expr(a, st, conditional);
        for (auto* k : e->as<A::Call>()->keywords) expr(k->value, st, conditional);
        break;
      case A::ExprTag::FormattedValue:
        expr(e->as<A::FormattedValue>()->value, st, conditional);
        expr(e->as<A::FormattedValue>()->format_spec, st, conditional);
        break;
      case A::ExprTag::JoinedStr:
        for (auto* v : e->as<A::JoinedStr>()->values) expr(v, st, conditional);
        break;
      case A::ExprTag::Attribute: expr(e->as<A::Attribute>()->value, st, conditional); break;
      case A::ExprTag::Subscript:
        expr(e->as<A::Subscript>()->value, st, conditional);
        expr(e->as<A::Subscript>()->slice, st, conditional);
        break;
      case A::ExprTag::Starred: expr(e->as<A::Starred>()->value, st, conditional); break;
      case A::ExprTag::List:
        for (auto* v : e->as<A::List>()->elts) expr(v, st, conditional);
        break;
      case A::ExprTag::Tuple:
        for (auto* v : e->as<A::Tuple>()->elts) expr(v, st, conditional);
        break;
      case A::ExprTag::Slice:
        expr(e->as<A::Slice>()->lower, st, conditional);
        expr(e->as<A::Slice>()->upper, st, conditional);
        expr(e->as<A::Slice>()->step, st, conditional);
        break;
      default: break;
    }
  }

 private:
  const ScopeBlock* scope_;
  std::unordered_set<const A::Name*>* out_;
};

}  // namespace

std::unordered_set<const A::Name*> maybe_unbound_loads(const ScopeBlock* scope, const A::stmts* body,
                                                       const A::expr* lambda_body) {
  std::unordered_set<const A::Name*> out;
  Assigned a(scope, &out);
  Assigned::State st;
  for (const std::string& p : scope->params) st.bound.insert(p);
  if (body) a.stmts(*body, st);
  if (lambda_body) a.expr(lambda_body, st);
  return out;
}

}  // namespace sy::py
