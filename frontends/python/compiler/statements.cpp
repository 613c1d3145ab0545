// Statements: assignment and its targets, control flow, exceptions, with, def and class,
// imports. Loops and `try` maintain the block stack that return/break/continue unwind.
#include "frontends/python/compiler/codegen.h"

#include <functional>

#include "core/bigint.h"

namespace sy::py {

namespace {
const char* binop_name(A::operator_ op) {
  switch (op) {
    case A::operator_::Add: return "+";
    case A::operator_::Sub: return "-";
    case A::operator_::Mult: return "*";
    case A::operator_::MatMult: return "@";
    case A::operator_::Div: return "/";
    case A::operator_::Mod: return "%";
    case A::operator_::Pow: return "**";
    case A::operator_::LShift: return "<<";
    case A::operator_::RShift: return ">>";
    case A::operator_::BitOr: return "|";
    case A::operator_::BitXor: return "^";
    case A::operator_::BitAnd: return "&";
    case A::operator_::FloorDiv: return "//";
  }
  return "?";
}
}  // namespace

void FunctionGen::stmts(const A::stmts& body) {
  for (const A::stmt* s : body) stmt(s);
}

void FunctionGen::stmt(const A::stmt* s) {
  at(s);
  uint32_t m = mark();
  switch (s->tag) {
    case A::StmtTag::FunctionDef: function_def(s->as<A::FunctionDef>()); break;
    case A::StmtTag::ClassDef: class_def(s->as<A::ClassDef>()); break;
    case A::StmtTag::Return: return_stmt(s->as<A::Return>()); break;
    case A::StmtTag::Delete:
      for (const A::expr* t : s->as<A::Delete>()->targets) delete_target(t);
      break;
    case A::StmtTag::Assign: assign(s->as<A::Assign>()); break;
    case A::StmtTag::AugAssign: aug_assign(s->as<A::AugAssign>()); break;
    case A::StmtTag::AnnAssign: {
      auto* a = s->as<A::AnnAssign>();
      if (a->value) {
        uint32_t v = value(a->value);
        at(s);
        store(a->target, v);
      }
      break;
    }
    case A::StmtTag::For: for_stmt(s->as<A::For>()); break;
    case A::StmtTag::While: while_stmt(s->as<A::While>()); break;
    case A::StmtTag::If: if_stmt(s->as<A::If>()); break;
    case A::StmtTag::With: with_stmt(s->as<A::With>(), 0); break;
    case A::StmtTag::Raise: raise_stmt(s->as<A::Raise>()); break;
    case A::StmtTag::Try: try_stmt(s->as<A::Try>()); break;
    case A::StmtTag::Assert: assert_stmt(s->as<A::Assert>()); break;
    case A::StmtTag::Import: import_stmt(s->as<A::Import>()); break;
    case A::StmtTag::ImportFrom: import_from(s->as<A::ImportFrom>()); break;
    case A::StmtTag::Global:
    case A::StmtTag::Nonlocal:
    case A::StmtTag::Pass: break;
    case A::StmtTag::Expr: {
      const A::expr* e = s->as<A::Expr>()->value;
      // A docstring or a bare constant does nothing.
      if (!e->is<A::Constant>()) value(e);
      break;
    }
    case A::StmtTag::Break:
    case A::StmtTag::Continue: {
      size_t i = blocks_.size();
      while (i > 0 && blocks_[i - 1].kind != Block::Loop) --i;
      if (i == 0)
        fail(s, s->tag == A::StmtTag::Break ? "'break' outside loop" : "'continue' not properly in loop");
      Emitter::Label to = s->tag == A::StmtTag::Break ? blocks_[i - 1].break_to : blocks_[i - 1].continue_to;
      unwind_to(i);
      at(s);
      emit(ir::Op::Jmp, {to});
      break;
    }
    case A::StmtTag::AsyncFunctionDef:
    case A::StmtTag::AsyncFor:
    case A::StmtTag::AsyncWith: fail(s, "async is not supported");
    case A::StmtTag::TryStar: fail(s, "except* is not supported");
  }
  release(m);
}

// -- Assignment --

void FunctionGen::assign(const A::Assign* s) {
  // `x = expr` computes straight into a local's register.
  if (s->targets.size() == 1 && s->targets[0]->is<A::Name>() && !class_body_ && !module_) {
    std::string id = mangled(s->targets[0]->as<A::Name>()->id);
    if (scope_->scope_of(id) == NameScope::Local) {
      value_into(s->value, regs_.at(id));
      return;
    }
  }
  // `a, b = x, y`: no tuple is built; the values go to temporaries, then to the targets.
  if (s->targets.size() == 1) {
    const A::expr* t = s->targets[0];
    const A::exprs* lhs = t->is<A::Tuple>() ? &t->as<A::Tuple>()->elts : t->is<A::List>() ? &t->as<A::List>()->elts : nullptr;
    const A::expr* v = s->value;
    const A::exprs* rhs = v->is<A::Tuple>() ? &v->as<A::Tuple>()->elts : v->is<A::List>() ? &v->as<A::List>()->elts : nullptr;
    auto starred = [](const A::exprs* l) {
      for (auto* e : *l)
        if (e->is<A::Starred>()) return true;
      return false;
    };
    if (lhs && rhs && lhs->size() == rhs->size() && !starred(lhs) && !starred(rhs)) {
      std::vector<uint32_t> vals;
      for (const A::expr* e : *rhs) {
        uint32_t r = tmp();
        value_into(e, r);
        vals.push_back(r);
      }
      for (size_t i = 0; i < lhs->size(); ++i) {
        at((*lhs)[i]);
        store((*lhs)[i], vals[i]);
      }
      return;
    }
  }
  uint32_t v = value(s->value);
  for (const A::expr* t : s->targets) {
    at(t);
    store(t, v);
  }
}

void FunctionGen::store(const A::expr* t, uint32_t v) {
  switch (t->tag) {
    case A::ExprTag::Name: store_name(t->as<A::Name>()->id, v); return;
    case A::ExprTag::Attribute: {
      auto* a = t->as<A::Attribute>();
      uint32_t m = mark();
      uint32_t o = value(a->value);
      at(t);
      uint32_t r = tmp();
      uint32_t args[] = {o, v};
      indy(r, m_.site("py.setattr", mangled(a->attr), 2, {mangled(a->attr)}), args);
      release(m);
      return;
    }
    case A::ExprTag::Subscript: {
      auto* sub = t->as<A::Subscript>();
      uint32_t m = mark();
      uint32_t o = value(sub->value);
      uint32_t k = slice_value(sub->slice);
      at(t);
      uint32_t r = tmp();
      emit(ir::Op::SetIndexX, {r, o, k, v, m_.site("py.setitem", "[]=", 3, {"[]="})});
      release(m);
      return;
    }
    case A::ExprTag::Tuple:
    case A::ExprTag::List: {
      const A::exprs& elts = t->is<A::Tuple>() ? t->as<A::Tuple>()->elts : t->as<A::List>()->elts;
      uint32_t m = mark();
      size_t star = elts.size();
      for (size_t i = 0; i < elts.size(); ++i)
        if (elts[i]->is<A::Starred>()) {
          if (star != elts.size()) fail(elts[i], "multiple starred expressions in assignment");
          star = i;
        }
      uint32_t seq = tmp();
      if (star == elts.size()) {
        // A tuple or list of the right length is read in place; anything else (other
        // iterables, wrong lengths and their errors) goes through py.unpack.
        size_t count = elts.size();
        uint32_t n = constant_reg(Value::small_int(static_cast<int64_t>(count)));
        std::vector<uint32_t> items(count);
        for (uint32_t& r : items) r = tmp();
        uint32_t len = tmp();
        Emitter::Label not_tuple = em_.new_label(), slow = em_.new_label(), done = em_.new_label();
        emit(ir::Op::JNCls, {v, cls::Tuple, not_tuple});
        emit(ir::Op::TLen, {len, v});
        emit(ir::Op::Jne, {len, n, slow});
        for (size_t i = 0; i < count; ++i) emit(ir::Op::TGet, {items[i], v, static_cast<uint32_t>(i)});
        emit(ir::Op::Jmp, {done});
        em_.place(not_tuple);
        emit(ir::Op::JNCls, {v, cls::Array, slow});
        emit(ir::Op::ALen, {len, v});
        emit(ir::Op::Jne, {len, n, slow});
        for (size_t i = 0; i < count; ++i) {
          const_(len, Value::small_int(static_cast<int64_t>(i)));
          emit(ir::Op::AGet, {items[i], v, len});
        }
        emit(ir::Op::Jmp, {done});
        em_.place(slow);
        uint32_t args[] = {v, n};
        ncall(seq, "py.unpack", args);
        for (size_t i = 0; i < count; ++i) emit(ir::Op::TGet, {items[i], seq, static_cast<uint32_t>(i)});
        em_.place(done);
        for (size_t i = 0; i < count; ++i) {
          at(elts[i]);
          store(elts[i], items[i]);
        }
        release(m);
        return;
      } else {
        uint32_t before = constant_reg(Value::small_int(static_cast<int64_t>(star)));
        uint32_t after = constant_reg(Value::small_int(static_cast<int64_t>(elts.size() - star - 1)));
        uint32_t args[] = {v, before, after};
        ncall(seq, "py.unpack_ex", args);
      }
      for (size_t i = 0; i < elts.size(); ++i) {
        uint32_t mi = mark();
        uint32_t item = tmp();
        emit(ir::Op::TGet, {item, seq, static_cast<uint32_t>(i)});
        const A::expr* target = elts[i]->is<A::Starred>() ? elts[i]->as<A::Starred>()->value : elts[i];
        at(target);
        store(target, item);
        release(mi);
      }
      release(m);
      return;
    }
    case A::ExprTag::Starred: fail(t, "starred assignment target must be in a list or tuple");
    default: fail(t, "cannot assign to expression");
  }
}

void FunctionGen::store_name(const std::string& name, uint32_t v) {
  std::string id = mangled(name);
  NameScope s = scope_->scope_of(id);
  if (class_body_ && (s == NameScope::Local || s == NameScope::GlobalImplicit)) {
    uint32_t m = mark();
    uint32_t k = constant_reg(Value::object(intern(id)));
    uint32_t r = tmp();
    uint32_t args[] = {ns_reg_, k, v};
    ncall(r, "py.ns_store", args);
    release(m);
    return;
  }
  switch (s) {
    case NameScope::Local:
      if (!module_) {
        uint32_t r = regs_.at(id);
        if (r != v) emit(ir::Op::Mov, {r, v});
        return;
      }
      [[fallthrough]];
    case NameScope::GlobalExplicit:
    case NameScope::GlobalImplicit:
      emit(ir::Op::GSet, {m_.global(id), v});
      return;
    case NameScope::Cell:
    case NameScope::Free: emit(ir::Op::ASet, {cell_reg(id), r_zero(), v}); return;
  }
}

void FunctionGen::delete_target(const A::expr* t) {
  at(t);
  uint32_t m = mark();
  switch (t->tag) {
    case A::ExprTag::Name: {
      const A::Name* n = t->as<A::Name>();
      std::string id = mangled(n->id);
      NameScope s = scope_->scope_of(id);
      if (class_body_ && (s == NameScope::Local || s == NameScope::GlobalImplicit)) {
        uint32_t k = constant_reg(Value::object(intern(id)));
        uint32_t r = tmp();
        uint32_t args[] = {ns_reg_, k};
        ncall(r, "py.ns_delete", args);
        break;
      }
      // Deleting checks that the name is bound, then unbinds it. A global that is also
      // a builtin goes back to the builtin.
      if (s == NameScope::GlobalExplicit || s == NameScope::GlobalImplicit || module_) {
        uint32_t g = m_.global(id);
        uint32_t k = constant_reg(make_string(id));
        uint32_t r = tmp();
        emit(ir::Op::GGet, {r, g});
        uint32_t args[] = {r, k};
        ncall(r, "py.delete_global", args);
        emit(ir::Op::GSet, {g, r});
        break;
      }
      uint32_t v = load_name(n, -1);
      (void)v;
      store_name(id, r_unbound());
      if (s == NameScope::Local) checked_locals_.insert(id);
      break;
    }
    case A::ExprTag::Attribute: {
      auto* a = t->as<A::Attribute>();
      uint32_t o = value(a->value);
      at(t);
      uint32_t r = tmp();
      indy(r, m_.site("py.delattr", mangled(a->attr), 1, {mangled(a->attr)}), std::span<const uint32_t>(&o, 1));
      break;
    }
    case A::ExprTag::Subscript: {
      auto* sub = t->as<A::Subscript>();
      uint32_t o = value(sub->value);
      uint32_t k = slice_value(sub->slice);
      at(t);
      uint32_t r = tmp();
      uint32_t args[] = {o, k};
      indy(r, m_.site("py.delitem", "del[]", 2, {"del[]"}), args);
      break;
    }
    case A::ExprTag::Tuple:
      for (auto* e : t->as<A::Tuple>()->elts) delete_target(e);
      break;
    case A::ExprTag::List:
      for (auto* e : t->as<A::List>()->elts) delete_target(e);
      break;
    default: fail(t, "cannot delete expression");
  }
  release(m);
}

void FunctionGen::aug_assign(const A::AugAssign* s) {
  std::string op = std::string(binop_name(s->op)) + "=";
  const A::expr* t = s->target;
  uint32_t m = mark();
  auto apply = [&](uint32_t cur, uint32_t dst) {
    uint32_t v = value(s->value);
    at(s);
    binop_site(op, dst, cur, v);
  };
  switch (t->tag) {
    case A::ExprTag::Name: {
      const A::Name* n = t->as<A::Name>();
      uint32_t cur = load_name(n, -1);
      bool local = !class_body_ && !module_ && scope_->scope_of(n->id) == NameScope::Local;
      uint32_t dst = local ? regs_.at(mangled(n->id)) : tmp();
      apply(cur, dst);
      if (!local) store_name(n->id, dst);
      break;
    }
    case A::ExprTag::Attribute: {
      auto* a = t->as<A::Attribute>();
      uint32_t o = value(a->value);
      at(t);
      uint32_t cur = tmp();
      indy(cur, m_.site("py.getattr", mangled(a->attr), 1, {mangled(a->attr)}), std::span<const uint32_t>(&o, 1));
      apply(cur, cur);
      at(t);
      uint32_t r = tmp();
      uint32_t args[] = {o, cur};
      indy(r, m_.site("py.setattr", mangled(a->attr), 2, {mangled(a->attr)}), args);
      break;
    }
    case A::ExprTag::Subscript: {
      auto* sub = t->as<A::Subscript>();
      uint32_t o = value(sub->value);
      uint32_t k = slice_value(sub->slice);
      at(t);
      uint32_t cur = tmp();
      emit(ir::Op::IndexX, {cur, o, k, m_.site("py.getitem", "[]", 2, {"[]"})});
      apply(cur, cur);
      at(t);
      uint32_t r = tmp();
      emit(ir::Op::SetIndexX, {r, o, k, cur, m_.site("py.setitem", "[]=", 3, {"[]="})});
      break;
    }
    default: fail(t, "'" + std::string(A::name(t->tag)) + "' is an illegal expression for augmented assignment");
  }
  release(m);
}

// -- Control flow --

void FunctionGen::if_stmt(const A::If* s) {
  Emitter::Label orelse = em_.new_label(), end = em_.new_label();
  branch(s->test, false, orelse);
  stmts(s->body);
  if (!s->orelse.empty()) emit(ir::Op::Jmp, {end});
  em_.place(orelse);
  stmts(s->orelse);
  em_.place(end);
}

void FunctionGen::loop_body(const A::stmts& body, Emitter::Label brk, Emitter::Label cont) {
  Block& b = push_block(Block::Loop);
  b.break_to = brk;
  b.continue_to = cont;
  stmts(body);
  pop_block();
}

void FunctionGen::while_stmt(const A::While* s) {
  Emitter::Label top = em_.new_label(), orelse = em_.new_label(), end = em_.new_label();
  em_.place(top);
  bool forever = s->test->is<A::Constant>() && s->test->as<A::Constant>()->value.kind == A::ConstantValue::Bool &&
                 s->test->as<A::Constant>()->value.b;
  if (!forever) {
    at(s->test);
    branch(s->test, false, orelse);
  }
  loop_body(s->body, end, top);
  at(s);
  emit(ir::Op::Jmp, {top});
  em_.place(orelse);
  stmts(s->orelse);
  em_.place(end);
}

// `for x in range(...)` with int bounds counts in a register; the general protocol
// (iter + fornext) covers everything else, decided when the loop starts.
bool FunctionGen::for_range(const A::For* s) {
  if (!s->iter->is<A::Call>()) return false;
  auto* c = s->iter->as<A::Call>();
  if (!c->func->is<A::Name>() || c->func->as<A::Name>()->id != "range" || !c->keywords.empty() ||
      c->args.empty() || c->args.size() > 3)
    return false;
  for (auto* a : c->args)
    if (a->is<A::Starred>()) return false;
  int64_t step = 1;
  if (c->args.size() == 3) {
    const A::expr* st = c->args[2];
    bool neg = false;
    if (st->is<A::UnaryOp>() && st->as<A::UnaryOp>()->op == A::unaryop::USub) {
      neg = true;
      st = st->as<A::UnaryOp>()->operand;
    }
    if (!st->is<A::Constant>() || st->as<A::Constant>()->value.kind != A::ConstantValue::Int) return false;
    const std::string& digits = st->as<A::Constant>()->value.s;
    if (digits.size() > 9) return false;
    step = std::stoll(digits) * (neg ? -1 : 1);
    if (step == 0) return false;
  }
  uint32_t m = mark();
  at(s->iter);
  // Arguments, evaluated once, left to right.
  uint32_t f = load_name(c->func->as<A::Name>(), -1);
  uint32_t lo = tmp(), hi = tmp();
  if (c->args.size() == 1) {
    const_(lo, Value::small_int(0));
    value_into(c->args[0], hi);
  } else {
    value_into(c->args[0], lo);
    value_into(c->args[1], hi);
  }
  uint32_t stepr = c->args.size() == 3 ? value(c->args[2]) : UINT32_MAX;
  at(s->iter);
  uint32_t fast = tmp(), it = tmp(), item = tmp();
  Emitter::Label fast_entry = em_.new_label(), fast_item = em_.new_label(), next_general = em_.new_label(),
                 body = em_.new_label(), orelse = em_.new_label(), end = em_.new_label(),
                 cont = em_.new_label();
  // range is still the builtin and both bounds are small ints: count in `lo`, with the
  // entry test once and `forstep` as the back edge.
  uint32_t tmp1 = tmp();
  uint32_t args1[] = {f, lo, hi};
  ncall(fast, "py.range_fast", args1);
  emit(ir::Op::Jt, {fast, fast_entry});
  {
    uint32_t r = tmp1;
    std::vector<uint32_t> args{f};
    if (c->args.size() == 1) args.push_back(hi);
    else {
      args.push_back(lo);
      args.push_back(hi);
      if (stepr != UINT32_MAX) args.push_back(stepr);
    }
    indy(r, m_.site("py.call", "call", static_cast<uint32_t>(args.size()), {}), args);
    at(s);
    indy(it, m_.site("py.iter", "iter", 1, {"iter"}), std::span<const uint32_t>(&r, 1));
    emit(ir::Op::Jmp, {next_general});
  }
  em_.place(fast_entry);
  if (step > 0) emit(ir::Op::Jge, {lo, hi, orelse});
  else emit(ir::Op::Jle, {lo, hi, orelse});
  em_.place(fast_item);
  emit(ir::Op::Mov, {item, lo});
  em_.place(body);
  at(s->target);
  store(s->target, item);
  loop_body(s->body, end, cont);
  em_.place(cont);
  at(s);
  emit(ir::Op::Jf, {fast, next_general});
  emit(ir::Op::ForStep, {lo, static_cast<uint32_t>(static_cast<int32_t>(step)), hi, fast_item});
  emit(ir::Op::Jmp, {orelse});
  em_.place(next_general);
  indy(item, m_.site("py.fornext", "next", 1, {"next"}), std::span<const uint32_t>(&it, 1));
  emit(ir::Op::JIsNot, {item, r_stop(), body});
  em_.place(orelse);
  stmts(s->orelse);
  em_.place(end);
  release(m);
  return true;
}

void FunctionGen::for_stmt(const A::For* s) {
  if (for_range(s)) return;
  uint32_t m = mark();
  uint32_t src = value(s->iter);
  at(s);  // CPython reports a non-iterable at the whole statement
  uint32_t it = tmp();
  indy(it, m_.site("py.iter", "iter", 1, {"iter"}), std::span<const uint32_t>(&src, 1));
  Emitter::Label top = em_.new_label(), orelse = em_.new_label(), end = em_.new_label();
  uint32_t item = tmp();
  em_.place(top);
  at(s);
  indy(item, m_.site("py.fornext", "next", 1, {"next"}), std::span<const uint32_t>(&it, 1));
  emit(ir::Op::JIs, {item, r_stop(), orelse});
  at(s->target);
  store(s->target, item);
  loop_body(s->body, end, top);
  at(s);
  emit(ir::Op::Jmp, {top});
  em_.place(orelse);
  stmts(s->orelse);
  em_.place(end);
  release(m);
}

// -- Exceptions --

void FunctionGen::raise_stmt(const A::Raise* s) {
  uint32_t m = mark();
  if (!s->exc) {
    // A bare raise re-raises the exception being handled.
    if (handling_regs_.empty()) {
      uint32_t r = tmp();
      ncall(r, "py.reraise_none", {});
    } else {
      uint32_t r = tmp();
      ncall(r, "py.reraise", std::span<const uint32_t>(&handling_regs_.back(), 1));
    }
    release(m);
    return;
  }
  uint32_t e = value(s->exc);
  uint32_t cause = UINT32_MAX;
  if (s->cause) cause = value(s->cause);
  at(s);
  uint32_t r = tmp();
  if (cause != UINT32_MAX) {
    uint32_t args[] = {e, cause};
    ncall(r, "py.raise_from", args);
  } else {
    ncall(r, "py.raise", std::span<const uint32_t>(&e, 1));
  }
  release(m);
}

namespace {
// Where CPython 3.11 reports a failed assert: at the last comparison its jump code compiles
// (through `not`, `and`/`or` and conditional expressions), else at the whole statement.
const A::Node* assert_position(const A::expr* e, const A::Node* fallback) {
  const A::Node* found = nullptr;
  std::function<void(const A::expr*)> walk = [&](const A::expr* x) {
    if (x->is<A::Compare>()) found = x;
    else if (x->is<A::UnaryOp>() && x->as<A::UnaryOp>()->op == A::unaryop::Not) walk(x->as<A::UnaryOp>()->operand);
    else if (x->is<A::BoolOp>())
      for (const A::expr* v : x->as<A::BoolOp>()->values) walk(v);
    else if (x->is<A::IfExp>()) {
      walk(x->as<A::IfExp>()->test);
      walk(x->as<A::IfExp>()->body);
      walk(x->as<A::IfExp>()->orelse);
    }
  };
  walk(e);
  return found ? found : fallback;
}
}  // namespace

void FunctionGen::assert_stmt(const A::Assert* s) {
  Emitter::Label ok = em_.new_label();
  branch(s->test, true, ok);
  uint32_t m = mark();
  const A::Node* where = assert_position(s->test, s);
  at(where);
  uint32_t r = tmp();
  if (s->msg) {
    uint32_t msg = value(s->msg);
    at(where);
    ncall(r, "py.assert_fail", std::span<const uint32_t>(&msg, 1));
  } else {
    ncall(r, "py.assert_fail", {});
  }
  release(m);
  em_.place(ok);
}

void FunctionGen::try_stmt(const A::Try* s) {
  if (s->finalbody.empty()) {
    try_except(s);
    return;
  }
  uint32_t m = mark();
  uint32_t exc = tmp();
  Emitter::Label handler = em_.new_label(), after = em_.new_label();
  {
    Block& f = push_block(Block::Finally);
    f.finalbody = &s->finalbody;
    f.target = handler;
    f.exc_reg = exc;
    open_segment(f);
  }
  if (!s->handlers.empty()) try_except(s);
  else stmts(s->body);
  pop_block();
  // Normal exit: the final body once.
  stmts(s->finalbody);
  emit(ir::Op::Jmp, {after});
  // Exceptional exit: the final body, then the exception goes on (an exception inside
  // the final body gets this one as its context).
  em_.place(handler);
  at(s);
  noted_ = nullptr;
  ncall(exc, "py.catch", std::span<const uint32_t>(&exc, 1));
  uint32_t inner = tmp();
  Emitter::Label ctx = em_.new_label();
  {
    Block& c = push_block(Block::ExceptBody);  // a jump out pops the handled exception
    c.target = ctx;
    c.exc_reg = inner;
    open_segment(c);
  }
  handling_regs_.push_back(exc);
  uint32_t r = tmp();
  ncall(r, "py.handling_push", std::span<const uint32_t>(&exc, 1));
  stmts(s->finalbody);
  handling_regs_.pop_back();
  pop_block();
  ncall(r, "py.handling_pop", {});
  ncall(r, "py.reraise", std::span<const uint32_t>(&exc, 1));
  em_.place(ctx);
  uint32_t args[] = {inner, exc};
  ncall(inner, "py.catch_in_handler", args);
  ncall(r, "py.reraise", std::span<const uint32_t>(&inner, 1));
  em_.place(after);
  release(m);
}

void FunctionGen::try_except(const A::Try* s) {
  uint32_t m = mark();
  uint32_t exc = tmp();
  Emitter::Label handler = em_.new_label(), end = em_.new_label();
  {
    Block& p = push_block(Block::Protect);
    p.target = handler;
    p.exc_reg = exc;
    open_segment(p);
  }
  stmts(s->body);
  pop_block();
  stmts(s->orelse);
  emit(ir::Op::Jmp, {end});

  em_.place(handler);
  at(s->handlers.empty() ? static_cast<const A::Node*>(s) : s->handlers[0]);
  noted_ = nullptr;
  ncall(exc, "py.catch", std::span<const uint32_t>(&exc, 1));
  for (const A::ExceptHandler* h : s->handlers) {
    uint32_t mh = mark();
    Emitter::Label next = em_.new_label();
    if (h->type) {
      uint32_t t = value(h->type);
      at(h);
      uint32_t ok = tmp();
      uint32_t args[] = {exc, t};
      ncall(ok, "py.exc_match", args);
      emit(ir::Op::Jf, {ok, next});
    }
    if (h->name) {
      at(h);
      store_name(*h->name, exc);
    }
    uint32_t inner = tmp();
    Emitter::Label ctx = em_.new_label();
    {
      Block& b = push_block(Block::ExceptBody);
      b.name = h->name;
      b.reg = exc;
      b.target = ctx;
      b.exc_reg = inner;
      open_segment(b);
    }
    handling_.push_back(h);
    handling_regs_.push_back(exc);
    {
      uint32_t r = tmp();
      ncall(r, "py.handling_push", std::span<const uint32_t>(&exc, 1));
    }
    stmts(h->body);
    handling_.pop_back();
    handling_regs_.pop_back();
    pop_block();
    {
      uint32_t r = tmp();
      ncall(r, "py.handling_pop", {});
    }
    if (h->name) store_name(*h->name, r_unbound());
    emit(ir::Op::Jmp, {end});
    // An exception escaping the handler body: this one becomes its context.
    em_.place(ctx);
    at(h);
    noted_ = nullptr;
    uint32_t args[] = {inner, exc};
    ncall(inner, "py.catch_in_handler", args);
    if (h->name) store_name(*h->name, r_unbound());
    uint32_t r = tmp();
    ncall(r, "py.reraise", std::span<const uint32_t>(&inner, 1));
    em_.place(next);
    release(mh);
  }
  uint32_t r = tmp();
  ncall(r, "py.reraise", std::span<const uint32_t>(&exc, 1));
  em_.place(end);
  release(m);
}

void FunctionGen::with_stmt(const A::With* s, size_t item) {
  if (item == s->items.size()) {
    stmts(s->body);
    return;
  }
  const A::withitem* w = s->items[item];
  uint32_t m = mark();
  uint32_t mgr = tmp();
  value_into(w->context_expr, mgr);
  at(s);  // CPython reports a failing __enter__ (or a missing one) at the whole statement
  uint32_t entered = tmp();
  ncall(entered, "py.check_context_manager", std::span<const uint32_t>(&mgr, 1));
  uint32_t eargs[] = {mgr, mgr};
  indy(entered, m_.site("py.callmethod", "__enter__", 2, {"__enter__"}), eargs);
  uint32_t exc = tmp();
  Emitter::Label handler = em_.new_label(), end = em_.new_label();
  {
    Block& b = push_block(Block::With);
    b.reg = mgr;
    b.target = handler;
    b.exc_reg = exc;
    open_segment(b);
  }
  if (w->optional_vars) {
    at(w->optional_vars);
    store(w->optional_vars, entered);
  }
  with_stmt(s, item + 1);
  pop_block();
  at(s);
  noted_ = nullptr;
  {
    uint32_t none = constant_reg(Value::nil());
    uint32_t r = tmp();
    uint32_t args[] = {mgr, mgr, none, none, none};
    indy(r, m_.site("py.callmethod", "__exit__", 5, {"__exit__"}), args);
  }
  emit(ir::Op::Jmp, {end});
  em_.place(handler);
  noted_ = nullptr;
  ncall(exc, "py.catch", std::span<const uint32_t>(&exc, 1));
  {
    // __exit__(type, value, traceback) runs while the exception is being handled; a true
    // result swallows it.
    uint32_t ty = tmp(), tb = tmp(), r = tmp(), inner = tmp();
    Emitter::Label ctx = em_.new_label();
    ncall(r, "py.handling_push", std::span<const uint32_t>(&exc, 1));
    {
      Block& b = push_block(Block::ExceptBody);
      b.target = ctx;
      b.exc_reg = inner;
      open_segment(b);
    }
    ncall(ty, "py.exc_type", std::span<const uint32_t>(&exc, 1));
    const_(tb, Value::nil());
    uint32_t args[] = {mgr, mgr, ty, exc, tb};
    indy(r, m_.site("py.callmethod", "__exit__", 5, {"__exit__"}), args);
    uint32_t t = truth(r);
    pop_block();
    ncall(r, "py.handling_pop", {});
    emit(ir::Op::Jt, {t, end});
    ncall(r, "py.reraise", std::span<const uint32_t>(&exc, 1));
    em_.place(ctx);
    uint32_t cargs[] = {inner, exc};
    ncall(inner, "py.catch_in_handler", cargs);
    ncall(r, "py.reraise", std::span<const uint32_t>(&inner, 1));
  }
  em_.place(end);
  release(m);
}

void FunctionGen::return_stmt(const A::Return* s) {
  if (scope_->kind != ScopeBlock::Function) fail(s, "'return' outside function");
  uint32_t m = mark();
  uint32_t v = tmp();
  if (s->value) value_into(s->value, v);
  else const_(v, Value::nil());
  unwind_to(0);
  at(s);
  emit(ir::Op::Ret, {v});
  release(m);
}

// -- Definitions --

void FunctionGen::function_def(const A::FunctionDef* s) {
  uint32_t m = mark();
  std::vector<uint32_t> decorators;
  for (const A::expr* d : s->decorator_list) {
    uint32_t r = tmp();
    value_into(d, r);
    decorators.push_back(r);
  }
  at(s);
  uint32_t f = make_function(s, s->args, -1);
  // Innermost first; each application is reported at its decorator expression.
  for (size_t i = decorators.size(); i-- > 0;) {
    uint32_t args[] = {decorators[i], f};
    at(s->decorator_list[i]);
    indy(f, m_.site("py.call", "call", 2, {}), args);
  }
  store_name(s->name, f);
  release(m);
}

void FunctionGen::class_def(const A::ClassDef* s) {
  uint32_t m = mark();
  std::vector<uint32_t> decorators;
  for (const A::expr* d : s->decorator_list) {
    uint32_t r = tmp();
    value_into(d, r);
    decorators.push_back(r);
  }
  for (const A::keyword* k : s->keywords)
    fail(k, "class keyword arguments (metaclass=...) are not supported");
  at(s);
  uint32_t bases;
  bool starred = false;
  for (auto* b : s->bases) starred |= b->is<A::Starred>();
  if (starred) {
    uint32_t l = build_list(s->bases, s);
    bases = tmp();
    ncall(bases, "py.list_to_tuple", std::span<const uint32_t>(&l, 1));
  } else {
    std::vector<uint32_t> regs;
    for (auto* b : s->bases) {
      uint32_t r = tmp();
      value_into(b, r);
      regs.push_back(r);
    }
    at(s);
    bases = tmp();
    emit(ir::Op::Tuple, {bases}, regs);
  }
  // The body runs as a function over a fresh namespace.
  const ScopeBlock* block = m_.scopes().block(s);
  std::string qual = (scope_->kind == ScopeBlock::Module ? "" : code_->qualname + (class_body_ ? "." : ".<locals>.")) +
                     s->name;
  CodeInfo* code = m_.new_code();
  code->name = s->name;
  code->qualname = qual;
  code->firstlineno = static_cast<uint32_t>(s->lineno);
  Function* fn = m_.new_function(qual, 2);
  code->fn = fn;
  code->argcount = 1;
  {
    FunctionGen g(m_, block, fn, code, false);
    g.compile_class_body(s->body);
  }
  at(s);
  uint32_t ns = tmp();
  ncall(ns, "py.class_namespace", {});
  uint32_t body = tmp();
  std::vector<uint32_t> caps;
  uint32_t none = constant_reg(Value::nil());
  caps.push_back(none);
  for (const std::string& f : block->frees) caps.push_back(cell_reg(f));
  emit(ir::Op::Closure, {body, fn->index}, caps);
  uint32_t cell = tmp();
  uint32_t bargs[] = {body, ns};
  emit(ir::Op::CallV, {cell, body}, bargs);
  uint32_t name = constant_reg(Value::object(intern(s->name)));
  uint32_t qn = constant_reg(make_string(qual));
  uint32_t mod = constant_reg(make_string(m_.module_name()));
  uint32_t cls = tmp();
  uint32_t args[] = {name, qn, mod, bases, ns};
  ncall(cls, "py.make_class", args);
  if (block->needs_class_cell) emit(ir::Op::ASet, {cell, r_zero(), cls});
  for (size_t i = decorators.size(); i-- > 0;) {
    uint32_t dargs[] = {decorators[i], cls};
    at(s->decorator_list[i]);
    indy(cls, m_.site("py.call", "call", 2, {}), dargs);
  }
  store_name(s->name, cls);
  release(m);
}

// -- Imports --

void FunctionGen::import_stmt(const A::Import* s) {
  for (const A::alias* a : s->names) {
    uint32_t m = mark();
    at(s);
    uint32_t name = constant_reg(make_string(a->name));
    uint32_t mod = tmp();
    ncall(mod, "py.import", std::span<const uint32_t>(&name, 1));
    if (a->asname) {
      // `import a.b as c` binds the submodule.
      if (a->name.find('.') != std::string::npos) {
        uint32_t args[] = {mod, name};
        ncall(mod, "py.import_submodule", args);
      }
      store_name(*a->asname, mod);
    } else {
      store_name(a->name.substr(0, a->name.find('.')), mod);
    }
    release(m);
  }
}

void FunctionGen::import_from(const A::ImportFrom* s) {
  if (s->level > 0) fail(s, "relative imports are not supported");
  uint32_t m = mark();
  at(s);
  uint32_t name = constant_reg(make_string(*s->module));
  uint32_t mod = tmp();
  ncall(mod, "py.import", std::span<const uint32_t>(&name, 1));
  if (s->module->find('.') != std::string::npos) {
    uint32_t args[] = {mod, name};
    ncall(mod, "py.import_submodule", args);
  }
  for (const A::alias* a : s->names) {
    uint32_t mi = mark();
    at(s);  // CPython reports a missing name at the whole statement
    if (a->name == "*") {
      // Every public global of the module becomes a global here (the syntax layer allows
      // the star at module level only).
      uint32_t into = constant_reg(make_string(m_.module_name()));
      uint32_t r = tmp();
      uint32_t args[] = {mod, into};
      ncall(r, "py.import_star", args);
      release(mi);
      continue;
    }
    uint32_t attr = constant_reg(make_string(a->name));
    uint32_t v = tmp();
    uint32_t args[] = {mod, attr};
    ncall(v, "py.import_from", args);
    store_name(a->asname ? *a->asname : a->name, v);
    release(mi);
  }
  release(m);
}

}  // namespace sy::py
