// Expressions: names, constants, operators (indy sites), calls, displays, comprehensions,
// lambdas and functions, f-strings, yield and yield from.
#include <functional>

#include "core/bigint.h"
#include "frontends/python/compiler/codegen.h"

namespace sy::py {

bool is_builtin_name(std::string_view name);

namespace {

const char* op_name(A::operator_ op) {
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

const char* cmp_name(A::cmpop op) {
  switch (op) {
    case A::cmpop::Eq: return "==";
    case A::cmpop::NotEq: return "!=";
    case A::cmpop::Lt: return "<";
    case A::cmpop::LtE: return "<=";
    case A::cmpop::Gt: return ">";
    case A::cmpop::GtE: return ">=";
    case A::cmpop::Is: return "is";
    case A::cmpop::IsNot: return "is not";
    case A::cmpop::In: return "in";
    case A::cmpop::NotIn: return "not in";
  }
  return "?";
}

// None, True and False: `is` against them is a word compare.
bool is_singleton(const A::expr* e) {
  if (!e->is<A::Constant>()) return false;
  auto k = e->as<A::Constant>()->value.kind;
  return k == A::ConstantValue::None || k == A::ConstantValue::Bool;
}

}  // namespace

// -- Values --

uint32_t FunctionGen::value(const A::expr* e) {
  if (e->is<A::Name>() && !class_body_ && !module_) {
    const A::Name* n = e->as<A::Name>();
    if (scope_->scope_of(n->id) == NameScope::Local) return load_name(n, -1);
  }
  return expr(e, -1);
}

void FunctionGen::value_into(const A::expr* e, uint32_t dst) { expr(e, static_cast<int>(dst)); }

uint32_t FunctionGen::expr(const A::expr* e, int dst) {
  at(e);
  switch (e->tag) {
    case A::ExprTag::BoolOp: return boolop(e->as<A::BoolOp>(), dst);
    case A::ExprTag::NamedExpr: return named(e->as<A::NamedExpr>(), dst);
    case A::ExprTag::BinOp: return binop(e->as<A::BinOp>(), dst);
    case A::ExprTag::UnaryOp: return unaryop(e->as<A::UnaryOp>(), dst);
    case A::ExprTag::Lambda: return lambda(e->as<A::Lambda>(), dst);
    case A::ExprTag::IfExp: return ifexp(e->as<A::IfExp>(), dst);
    case A::ExprTag::Dict: return dict_display(e->as<A::Dict>(), dst);
    case A::ExprTag::Set:
    case A::ExprTag::List:
    case A::ExprTag::Tuple: return display(e, dst);
    case A::ExprTag::ListComp: return comprehension(e, e->as<A::ListComp>()->generators, dst);
    case A::ExprTag::SetComp: return comprehension(e, e->as<A::SetComp>()->generators, dst);
    case A::ExprTag::DictComp: return comprehension(e, e->as<A::DictComp>()->generators, dst);
    case A::ExprTag::GeneratorExp: return comprehension(e, e->as<A::GeneratorExp>()->generators, dst);
    case A::ExprTag::Await: fail(e, "'await' is not supported");
    case A::ExprTag::Yield: return yield(e->as<A::Yield>(), dst);
    case A::ExprTag::YieldFrom: return yield_from(e->as<A::YieldFrom>(), dst);
    case A::ExprTag::Compare: return compare(e->as<A::Compare>(), dst);
    case A::ExprTag::Call: return call(e->as<A::Call>(), dst);
    case A::ExprTag::FormattedValue: return formatted(e->as<A::FormattedValue>(), dst);
    case A::ExprTag::JoinedStr: return joined_str(e->as<A::JoinedStr>(), dst);
    case A::ExprTag::Constant: return constant(e->as<A::Constant>(), dst);
    case A::ExprTag::Attribute: return attribute(e->as<A::Attribute>(), dst);
    case A::ExprTag::Subscript: return subscript(e->as<A::Subscript>(), dst);
    case A::ExprTag::Starred: fail(e, "can't use starred expression here");
    case A::ExprTag::Name: return load_name(e->as<A::Name>(), dst);
    case A::ExprTag::Slice: {
      uint32_t r = slice_value(e);
      if (dst >= 0 && static_cast<uint32_t>(dst) != r) emit(ir::Op::Mov, {static_cast<uint32_t>(dst), r});
      return dst >= 0 ? static_cast<uint32_t>(dst) : r;
    }
  }
  fail(e, "unsupported expression");
}

// An unbound name raises where it is read (inside the same handler ranges).
void FunctionGen::check_bound(uint32_t v, const std::string& id, const char* raiser) {
  Emitter::Label ok = em_.new_label();
  emit(ir::Op::JIsNot, {v, r_unbound(), ok});
  uint32_t m = mark();
  uint32_t r = constant_reg(make_string(id));
  ncall(r, raiser, std::span<const uint32_t>(&r, 1));
  release(m);
  em_.place(ok);
}

uint32_t FunctionGen::load_name(const A::Name* n, int dst) {
  at(n);
  std::string id = mangled(n->id);
  NameScope s = scope_->scope_of(id);
  if (class_body_ && (s == NameScope::Local || s == NameScope::GlobalImplicit)) {
    // A class body looks in its namespace, then in the globals (then the builtins).
    uint32_t r = dst_or_tmp(dst);
    uint32_t m = mark();
    uint32_t g = tmp();
    emit(ir::Op::GGet, {g, m_.global(id)});
    uint32_t k = constant_reg(Value::object(intern(id)));
    uint32_t args[] = {ns_reg_, k, g};
    ncall(r, "py.ns_load", args);
    release(m);
    return r;
  }
  switch (s) {
    case NameScope::Local:
      if (!module_) {
        uint32_t reg = regs_.at(id);
        if (maybe_unbound_.count(n)) {
          checked_locals_.insert(id);
          check_bound(reg, id, "py.unbound_local");
        }
        if (dst >= 0 && static_cast<uint32_t>(dst) != reg) emit(ir::Op::Mov, {static_cast<uint32_t>(dst), reg});
        return dst >= 0 ? static_cast<uint32_t>(dst) : reg;
      }
      [[fallthrough]];
    case NameScope::GlobalExplicit:
    case NameScope::GlobalImplicit: {
      uint32_t r = dst_or_tmp(dst);
      emit(ir::Op::GGet, {r, m_.global(id)});
      // A global named like a builtin starts as the builtin and never becomes unbound.
      if (!is_builtin_name(id)) check_bound(r, id, "py.name_error");
      return r;
    }
    case NameScope::Cell:
    case NameScope::Free: {
      uint32_t r = dst_or_tmp(dst);
      emit(ir::Op::AGet, {r, cell_reg(id), r_zero()});
      check_bound(r, id, s == NameScope::Cell ? "py.unbound_local" : "py.unbound_free");
      return r;
    }
  }
  return 0;
}

uint32_t FunctionGen::constant(const A::Constant* c, int dst) {
  Value v;
  const A::ConstantValue& k = c->value;
  switch (k.kind) {
    case A::ConstantValue::None: v = Value::nil(); break;
    case A::ConstantValue::Bool: v = Value::boolean(k.b); break;
    case A::ConstantValue::Ellipsis: v = ellipsis(); break;
    case A::ConstantValue::Int: v = parse_int(k.s); break;
    case A::ConstantValue::Float: v = Value::number(k.f); break;
    case A::ConstantValue::Str: v = make_string(k.s); break;
    case A::ConstantValue::Bytes: fail(c, "bytes literals are not supported");
  }
  uint32_t r = dst_or_tmp(dst);
  const_(r, v);
  return r;
}

// -- Operators --

uint32_t FunctionGen::binop(const A::BinOp* e, int dst) {
  uint32_t m = mark();
  uint32_t a = value(e->left);
  uint32_t b = value(e->right);
  at(e);
  release(m);
  uint32_t r = dst_or_tmp(dst);  // may reuse an operand's temp: indy reads its arguments first
  const char* op = op_name(e->op);
  binop_site(op, r, a, b);
  return r;
}

// a op b through its site; the operators with a fallback form (docs/ir.md) do small ints
// and floats inline.
void FunctionGen::binop_site(const std::string& op, uint32_t dst, uint32_t a, uint32_t b) {
  std::string base = op;
  if (base.size() > 1 && base.back() == '=') base.pop_back();
  ir::Op x = ir::Op::Indy;
  if (base == "+") x = ir::Op::AddX;
  else if (base == "-") x = ir::Op::SubX;
  else if (base == "*") x = ir::Op::MulX;
  else if (base == "//") x = ir::Op::IDivX;
  else if (base == "%") x = ir::Op::ModX;
  else if (base == "&") x = ir::Op::BAndX;
  else if (base == "|") x = ir::Op::BOrX;
  else if (base == "^") x = ir::Op::BXorX;
  uint32_t site = m_.site("py.binop", op, 2, {op});
  if (x == ir::Op::Indy) {
    uint32_t args[] = {a, b};
    indy(dst, site, args);
  } else {
    emit(x, {dst, a, b, site});
  }
}

uint32_t FunctionGen::unaryop(const A::UnaryOp* e, int dst) {
  // Negative numeric literals are constants.
  if (e->op == A::unaryop::USub && e->operand->is<A::Constant>()) {
    const A::ConstantValue& k = e->operand->as<A::Constant>()->value;
    if (k.kind == A::ConstantValue::Int || k.kind == A::ConstantValue::Float) {
      Value v = k.kind == A::ConstantValue::Int ? parse_int("-" + k.s) : Value::number(-k.f);
      uint32_t r = dst_or_tmp(dst);
      const_(r, v);
      return r;
    }
  }
  uint32_t m = mark();
  uint32_t a = value(e->operand);
  at(e);
  if (e->op == A::unaryop::Not) {
    uint32_t t = truth(a);
    release(m);
    uint32_t r = dst_or_tmp(dst);
    emit(ir::Op::Not, {r, t});
    return r;
  }
  release(m);
  uint32_t r = dst_or_tmp(dst);
  const char* op = e->op == A::unaryop::USub ? "-" : e->op == A::unaryop::UAdd ? "+" : "~";
  uint32_t site = m_.site("py.unary", op, 1, {op});
  if (e->op == A::unaryop::USub) emit(ir::Op::NegX, {r, a, site});
  else indy(r, site, std::span<const uint32_t>(&a, 1));
  return r;
}

uint32_t FunctionGen::truth(uint32_t v) {
  uint32_t t = tmp();
  emit(ir::Op::TruthX, {t, v, m_.site("py.truth", "truth", 1, {"truth"})});
  return t;
}

uint32_t FunctionGen::boolop(const A::BoolOp* e, int dst) {
  // The operands are computed into a temp: dst may be the register of a local that a later
  // operand reads (`e = e.a or e.b`).
  uint32_t r = tmp();
  Emitter::Label end = em_.new_label();
  for (size_t i = 0; i < e->values.size(); ++i) {
    value_into(e->values[i], r);
    if (i + 1 == e->values.size()) break;
    at(e);
    uint32_t m = mark();
    uint32_t t = truth(r);
    emit(e->op == A::boolop::And ? ir::Op::Jf : ir::Op::Jt, {t, end});
    release(m);
  }
  em_.place(end);
  if (dst < 0) return r;
  emit(ir::Op::Mov, {static_cast<uint32_t>(dst), r});
  return static_cast<uint32_t>(dst);
}

uint32_t FunctionGen::compare_one(A::cmpop op, uint32_t a, uint32_t b, int dst, bool as_bool) {
  uint32_t r = dst_or_tmp(dst);
  switch (op) {
    case A::cmpop::Is:
    case A::cmpop::IsNot: {
      uint32_t args[] = {a, b};
      ncall(r, "py.is", args);
      if (op == A::cmpop::IsNot) emit(ir::Op::Not, {r, r});
      return r;
    }
    case A::cmpop::In:
    case A::cmpop::NotIn: {
      uint32_t args[] = {b, a};
      indy(r, m_.site("py.contains", "in", 2, {"in"}), args);
      if (op == A::cmpop::NotIn) emit(ir::Op::Not, {r, r});
      return r;
    }
    default: {
      const char* name = cmp_name(op);
      ir::Op x = op == A::cmpop::Lt ? ir::Op::LtX : op == A::cmpop::LtE ? ir::Op::LeX : op == A::cmpop::Gt ? ir::Op::GtX
                 : op == A::cmpop::GtE ? ir::Op::GeX : op == A::cmpop::Eq ? ir::Op::EqX : ir::Op::NeX;
      emit(x, {r, a, b, m_.site(as_bool ? "py.cmpbool" : "py.compare", name, 2, {name})});
      return r;
    }
  }
}

uint32_t FunctionGen::compare(const A::Compare* e, int dst) {
  uint32_t m = mark();
  if (e->ops.size() == 1) {
    uint32_t a = value(e->left);
    uint32_t b = value(e->comparators[0]);
    at(e);
    release(m);
    uint32_t r = dst_or_tmp(dst);
    return compare_one(e->ops[0], a, b, static_cast<int>(r), false);
  }
  // a < b < c: each comparison's result is the value when false or last. It goes to a
  // temp: dst may be the register of a local that a later operand reads.
  uint32_t r = tmp();
  Emitter::Label end = em_.new_label();
  uint32_t a = value(e->left);
  for (size_t i = 0; i < e->ops.size(); ++i) {
    uint32_t b = tmp();
    value_into(e->comparators[i], b);
    at(e);
    compare_one(e->ops[i], a, b, static_cast<int>(r), false);
    if (i + 1 < e->ops.size()) {
      uint32_t t = truth(r);
      emit(ir::Op::Jf, {t, end});
    }
    a = b;
  }
  em_.place(end);
  if (dst < 0) return r;
  emit(ir::Op::Mov, {static_cast<uint32_t>(dst), r});
  return static_cast<uint32_t>(dst);
}

void FunctionGen::branch(const A::expr* e, bool if_true, Emitter::Label to) {
  at(e);
  uint32_t m = mark();
  switch (e->tag) {
    case A::ExprTag::BoolOp: {
      auto* b = e->as<A::BoolOp>();
      bool is_and = b->op == A::boolop::And;
      if (is_and != if_true) {
        // `a and b` jumping when false (or `a or b` jumping when true): each operand can.
        for (const A::expr* v : b->values) branch(v, if_true, to);
      } else {
        Emitter::Label skip = em_.new_label();
        for (size_t i = 0; i + 1 < b->values.size(); ++i) branch(b->values[i], !if_true, skip);
        branch(b->values.back(), if_true, to);
        em_.place(skip);
      }
      return;
    }
    case A::ExprTag::UnaryOp:
      if (e->as<A::UnaryOp>()->op == A::unaryop::Not) {
        branch(e->as<A::UnaryOp>()->operand, !if_true, to);
        return;
      }
      break;
    case A::ExprTag::Constant: {
      const A::ConstantValue& k = e->as<A::Constant>()->value;
      bool truthy = true;
      switch (k.kind) {
        case A::ConstantValue::None: truthy = false; break;
        case A::ConstantValue::Bool: truthy = k.b; break;
        case A::ConstantValue::Int: truthy = k.s != "0"; break;
        case A::ConstantValue::Float: truthy = k.f != 0; break;
        case A::ConstantValue::Str:
        case A::ConstantValue::Bytes: truthy = !k.s.empty(); break;
        case A::ConstantValue::Ellipsis: truthy = true; break;
      }
      if (truthy == if_true) emit(ir::Op::Jmp, {to});
      return;
    }
    case A::ExprTag::Compare: {
      auto* c = e->as<A::Compare>();
      if (c->ops.size() != 1) break;
      A::cmpop op = c->ops[0];
      if ((op == A::cmpop::Is || op == A::cmpop::IsNot) && (is_singleton(c->left) || is_singleton(c->comparators[0]))) {
        uint32_t a = value(c->left);
        uint32_t b = value(c->comparators[0]);
        at(e);
        bool eq_jumps = (op == A::cmpop::Is) == if_true;
        emit(eq_jumps ? ir::Op::Jeq : ir::Op::Jne, {a, b, to});
        release(m);
        return;
      }
      uint32_t a = value(c->left);
      uint32_t b = value(c->comparators[0]);
      at(e);
      uint32_t r = compare_one(op, a, b, -1, true);
      emit(if_true ? ir::Op::Jt : ir::Op::Jf, {r, to});
      release(m);
      return;
    }
    default: break;
  }
  uint32_t v = value(e);
  at(e);
  uint32_t t = truth(v);
  emit(if_true ? ir::Op::Jt : ir::Op::Jf, {t, to});
  release(m);
}

uint32_t FunctionGen::ifexp(const A::IfExp* e, int dst) {
  uint32_t r = dst_or_tmp(dst);
  Emitter::Label orelse = em_.new_label(), end = em_.new_label();
  branch(e->test, false, orelse);
  value_into(e->body, r);
  emit(ir::Op::Jmp, {end});
  em_.place(orelse);
  value_into(e->orelse, r);
  em_.place(end);
  return r;
}

uint32_t FunctionGen::named(const A::NamedExpr* e, int dst) {
  uint32_t r = dst_or_tmp(dst);
  value_into(e->value, r);
  at(e);
  store_name(e->target->as<A::Name>()->id, r);
  return r;
}

// -- Calls --

uint32_t FunctionGen::call(const A::Call* e, int dst) {
  bool dynamic = false;
  for (const A::expr* a : e->args) dynamic |= a->is<A::Starred>();
  for (const A::keyword* k : e->keywords) dynamic |= !k->arg.has_value();

  if (e->func->is<A::Name>() && e->func->as<A::Name>()->id == "super" && e->args.empty() && e->keywords.empty() &&
      scope_->scope_of("super") != NameScope::Local && scope_->scope_of("__class__") == NameScope::Free)
    return super_call(e, dst);

  if (e->func->is<A::Name>() && e->func->as<A::Name>()->id == "globals" && e->args.empty() && e->keywords.empty()) {
    // globals() needs to know which module calls it.
    uint32_t m = mark();
    uint32_t f = value(e->func);
    uint32_t n = constant_reg(make_string(m_.module_name()));
    at(e);
    release(m);
    uint32_t r = dst_or_tmp(dst);
    uint32_t args[] = {f, n};
    ncall(r, "py.globals", args);
    return r;
  }
  uint32_t m = mark();
  std::vector<uint32_t> args;
  std::vector<std::string> statics;
  std::string bootstrap = "py.call", name = "call";
  if (e->func->is<A::Attribute>() && !dynamic) {
    auto* a = e->func->as<A::Attribute>();
    uint32_t obj = value(a->value);
    args = {obj, obj};
    bootstrap = "py.callmethod";
    name = mangled(a->attr);
    statics.push_back(name);
  } else {
    uint32_t f = tmp();
    value_into(e->func, f);
    if (dynamic) {
      uint32_t r = call_ex(e, f, dst);
      return r;
    }
    args.push_back(f);
  }
  for (const A::expr* a : e->args) args.push_back(value(a));
  for (const A::keyword* k : e->keywords) {
    args.push_back(value(k->value));
    statics.push_back(*k->arg);
  }
  at(e);
  release(m);
  uint32_t r = dst_or_tmp(dst);
  // The result may land in a temp the arguments used: indy reads them first.
  indy(r, m_.site(bootstrap, name, static_cast<uint32_t>(args.size()), statics), args);
  if (bootstrap == "py.callmethod" && !positions_.empty()) {
    Position& p = positions_.back();
    p.attr_lineno = e->func->lineno;
    p.attr_end_lineno = e->func->end_lineno;
    p.attr_col = e->func->col_offset;
    p.attr_end_col = e->func->end_col_offset;
  }
  return r;
}

uint32_t FunctionGen::call_ex(const A::Call* e, uint32_t f, int dst) {
  uint32_t m = mark();
  uint32_t tup = tmp();
  if (e->args.size() == 1 && e->args[0]->is<A::Starred>()) {
    // f(*x): x itself is the arguments (CPython's error then names f).
    uint32_t v = value(e->args[0]->as<A::Starred>()->value);
    at(e);
    uint32_t sargs[] = {v, f};
    ncall(tup, "py.star_args", sargs);
  } else {
    // f(a, *x): the list display's message, as CPython's LIST_EXTEND gives it.
    uint32_t lst = build_list(e->args, e);
    at(e);
    ncall(tup, "py.list_to_tuple", std::span<const uint32_t>(&lst, 1));
  }
  uint32_t kw;
  if (e->keywords.empty()) {
    kw = constant_reg(Value::nil());
  } else {
    kw = tmp();
    ncall(kw, "py.dict_of", {});
    for (const A::keyword* k : e->keywords) {
      uint32_t mk = mark();
      uint32_t v = value(k->value);
      at(e);
      uint32_t r = tmp();
      if (k->arg) {
        uint32_t key = constant_reg(make_string(*k->arg));
        uint32_t args[] = {kw, key, v, f};
        ncall(r, "py.kwargs_set", args);
      } else {
        uint32_t args[] = {kw, v, f};
        ncall(r, "py.kwargs_update", args);
      }
      release(mk);
    }
  }
  at(e);
  release(m);
  uint32_t r = dst_or_tmp(dst);
  uint32_t args[] = {f, tup, kw};
  indy(r, m_.site("py.callex", "call", 3, {}), args);
  return r;
}

uint32_t FunctionGen::super_call(const A::Call* e, int dst) {
  // super() in a method: super(__class__, <first argument>).
  uint32_t m = mark();
  uint32_t cls = tmp();
  emit(ir::Op::AGet, {cls, cell_reg("__class__"), r_zero()});
  uint32_t self = tmp();
  if (param_regs_.empty()) {
    const_(self, unbound());
  } else {
    const std::string& first = scope_->params[0];
    if (scope_->scope_of(first) == NameScope::Cell) emit(ir::Op::AGet, {self, cell_reg(first), r_zero()});
    else emit(ir::Op::Mov, {self, param_regs_[0]});
  }
  at(e);
  release(m);
  uint32_t r = dst_or_tmp(dst);
  uint32_t args[] = {cls, self};
  ncall(r, "py.super", args);
  return r;
}

uint32_t FunctionGen::attribute(const A::Attribute* e, int dst) {
  uint32_t m = mark();
  uint32_t o = value(e->value);
  at(e);
  release(m);
  uint32_t r = dst_or_tmp(dst);
  indy(r, m_.site("py.getattr", mangled(e->attr), 1, {mangled(e->attr)}), std::span<const uint32_t>(&o, 1));
  return r;
}

uint32_t FunctionGen::slice_value(const A::expr* s) {
  if (!s->is<A::Slice>()) return value(s);
  auto* sl = s->as<A::Slice>();
  uint32_t parts[3];
  const A::expr* es[3] = {sl->lower, sl->upper, sl->step};
  for (int i = 0; i < 3; ++i) {
    parts[i] = tmp();
    if (es[i]) value_into(es[i], parts[i]);
    else const_(parts[i], Value::nil());
  }
  at(s);
  uint32_t r = tmp();
  ncall(r, "py.slice", parts);
  return r;
}

uint32_t FunctionGen::subscript(const A::Subscript* e, int dst) {
  uint32_t m = mark();
  uint32_t o = value(e->value);
  uint32_t k = slice_value(e->slice);
  at(e);
  release(m);
  uint32_t r = dst_or_tmp(dst);
  emit(ir::Op::IndexX, {r, o, k, m_.site("py.getitem", "[]", 2, {"[]"})});
  return r;
}

// -- Displays --

uint32_t FunctionGen::build_list(const A::exprs& elts, const A::Node* where) {
  uint32_t l = tmp();
  emit(ir::Op::Array, {l}, {});
  for (const A::expr* e : elts) {
    uint32_t m = mark();
    if (e->is<A::Starred>()) {
      uint32_t v = value(e->as<A::Starred>()->value);
      at(where);  // CPython reports a bad `*x` at the whole display or call
      uint32_t r = tmp();
      uint32_t args[] = {l, v};
      ncall(r, "py.list_extend", args);
    } else {
      uint32_t v = value(e);
      emit(ir::Op::APush, {l, v});
    }
    release(m);
  }
  return l;
}

namespace {
// An element CPython's AST optimizer turns into a constant: literals, signed numbers,
// tuples of those. A set display of three or more of them is built from a folded
// frozenset (compile.c's starunpack_helper), which decides the set's iteration order.
bool folds_to_constant(const A::expr* e) {
  if (e->is<A::Constant>()) return true;
  if (e->is<A::UnaryOp>()) {
    const auto* u = e->as<A::UnaryOp>();
    if (u->op == A::unaryop::Not || !u->operand->is<A::Constant>()) return false;
    auto k = u->operand->as<A::Constant>()->value.kind;
    return k == A::ConstantValue::Int || k == A::ConstantValue::Bool ||
           (k == A::ConstantValue::Float && u->op != A::unaryop::Invert);
  }
  if (e->is<A::Tuple>()) {
    for (const auto* x : e->as<A::Tuple>()->elts)
      if (!folds_to_constant(x)) return false;
    return true;
  }
  return false;
}
}  // namespace

uint32_t FunctionGen::display(const A::expr* e, int dst) {
  const A::exprs& elts = e->is<A::List>() ? e->as<A::List>()->elts
                         : e->is<A::Tuple>() ? e->as<A::Tuple>()->elts
                                             : e->as<A::Set>()->elts;
  bool starred = false, constants = elts.size() > 2;
  for (auto* x : elts) {
    starred |= x->is<A::Starred>();
    constants = constants && folds_to_constant(x);
  }
  bool folded_set = e->is<A::Set>() && constants;
  uint32_t m = mark();
  if (starred && e->is<A::Set>()) {
    // {a, *b}: added one by one, as BUILD_SET/SET_UPDATE do (and with their errors).
    uint32_t st = tmp();
    ncall(st, "py.set_of", {});
    for (const A::expr* x : elts) {
      uint32_t mx = mark();
      bool star = x->is<A::Starred>();
      uint32_t v = value(star ? x->as<A::Starred>()->value : x);
      at(x);
      uint32_t r = tmp();
      uint32_t args[] = {st, v};
      ncall(r, star ? "py.set_extend" : "py.set_add", args);
      release(mx);
    }
    release(m);
    uint32_t r = dst_or_tmp(dst);
    if (r != st) emit(ir::Op::Mov, {r, st});
    return r;
  }
  if (starred || elts.size() > 16 || folded_set) {
    uint32_t l = build_list(elts, e);
    at(e);
    release(m);
    uint32_t r = dst_or_tmp(dst);
    if (e->is<A::List>()) {
      if (r != l) emit(ir::Op::Mov, {r, l});
    } else {
      ncall(r, e->is<A::Tuple>() ? "py.list_to_tuple" : folded_set ? "py.list_to_folded_set" : "py.list_to_set",
            std::span<const uint32_t>(&l, 1));
    }
    return r;
  }
  std::vector<uint32_t> regs;
  for (auto* x : elts) regs.push_back(value(x));
  at(e);
  release(m);
  uint32_t r = dst_or_tmp(dst);
  if (e->is<A::List>()) emit(ir::Op::Array, {r}, regs);
  else if (e->is<A::Tuple>()) emit(ir::Op::Tuple, {r}, regs);
  else ncall(r, "py.set_of", regs);
  return r;
}

uint32_t FunctionGen::dict_display(const A::Dict* e, int dst) {
  uint32_t m = mark();
  bool unpack = false;
  for (auto* k : e->keys) unpack |= k == nullptr;
  if (!unpack && e->keys.size() <= 8) {
    std::vector<uint32_t> regs;
    for (size_t i = 0; i < e->keys.size(); ++i) {
      regs.push_back(value(e->keys[i]));
      regs.push_back(value(e->values[i]));
    }
    at(e);
    release(m);
    uint32_t r = dst_or_tmp(dst);
    ncall(r, "py.dict_of", regs);
    return r;
  }
  uint32_t d = tmp();
  ncall(d, "py.dict_of", {});
  for (size_t i = 0; i < e->keys.size(); ++i) {
    uint32_t mi = mark();
    uint32_t r = tmp();
    if (!e->keys[i]) {
      uint32_t v = value(e->values[i]);
      at(e);
      uint32_t args[] = {d, v};
      ncall(r, "py.dict_update", args);
    } else {
      uint32_t k = value(e->keys[i]);
      uint32_t v = value(e->values[i]);
      at(e);
      uint32_t args[] = {d, k, v};
      ncall(r, "py.dict_set", args);
    }
    release(mi);
  }
  release(m);
  uint32_t r = dst_or_tmp(dst);
  if (r != d) emit(ir::Op::Mov, {r, d});
  return r;
}

// -- Functions --

uint32_t FunctionGen::make_function(const A::Node* node, const A::arguments* args, int dst) {
  const ScopeBlock* block = m_.scopes().block(node);
  std::string name = block->name;
  std::string prefix = scope_->kind == ScopeBlock::Module ? "" : code_->qualname + (class_body_ ? "." : ".<locals>.");
  CodeInfo* code = m_.new_code();
  code->name = name;
  code->qualname = prefix + name;
  code->firstlineno = static_cast<uint32_t>(node->lineno);
  code->generator = block->generator;
  if (args) {
    code->posonlyargcount = static_cast<uint32_t>(args->posonlyargs.size());
    code->argcount = static_cast<uint32_t>(args->posonlyargs.size() + args->args.size());
    code->kwonlyargcount = static_cast<uint32_t>(args->kwonlyargs.size());
    code->varargs = args->vararg != nullptr;
    code->varkw = args->kwarg != nullptr;
  } else {
    code->argcount = 1;  // a comprehension's iterator
  }
  for (const std::string& p : block->params) code->params.push_back(Value::object(intern(p)));
  code->varnames = block->varnames;

  const A::stmts* body = nullptr;
  const A::expr* lambda_body = nullptr;
  bool comprehension = block->comprehension;
  if (!comprehension) {
    if (auto* s = dynamic_cast<const A::FunctionDef*>(node)) body = &s->body;
    else if (auto* l = dynamic_cast<const A::Lambda*>(node)) lambda_body = l->body;
  }

  uint32_t nparams = code->nparams();
  Function* fn = m_.new_function(code->qualname, nparams);
  code->fn = fn;
  if (block->generator) {
    // The def runs a starter that builds the generator; the body runs in a fiber.
    Function* gen = m_.new_function(code->qualname + "$body", 0);
    {
      FunctionGen g(m_, block, gen, code, true);
      if (comprehension) g.compile_comprehension(dynamic_cast<const A::expr*>(node));
      else g.compile_function(args, body, lambda_body);
    }
    m_.out().function_codes.emplace_back(fn, code);
    Emitter s(fn);
    s.line(node->lineno);
    uint32_t nfree = static_cast<uint32_t>(block->frees.size());
    uint32_t base = nparams;
    std::vector<uint32_t> caps;
    for (uint32_t i = 0; i <= nfree; ++i) {
      s.op(ir::Op::Cap, {base + i, i});
      caps.push_back(base + i);
    }
    for (uint32_t p = 1; p < nparams; ++p) caps.push_back(p);
    uint32_t rb = base + nfree + 1, rf = rb + 1, rg = rf + 1;
    s.op(ir::Op::Closure, {rb, gen->index}, caps);
    s.op(ir::Op::NewFiber, {rf, rb});
    uint32_t gargs[] = {rf, base};
    s.op(ir::Op::NCall, {rg, static_cast<uint32_t>(find_native("py.make_generator"))}, gargs);
    s.op(ir::Op::Ret, {rg});
    s.finish(rg + 1);
    fn->decl_line = code->firstlineno;
  } else {
    FunctionGen g(m_, block, fn, code, false);
    if (comprehension) g.compile_comprehension(dynamic_cast<const A::expr*>(node));
    else g.compile_function(args, body, lambda_body);
  }

  // At the definition: defaults, keyword-only defaults, the function object, the closure.
  at(node);
  uint32_t m = mark();
  uint32_t defaults, kwdefaults;
  if (args && !args->defaults.empty()) {
    std::vector<uint32_t> regs;
    for (const A::expr* d : args->defaults) regs.push_back(value(d));
    at(node);
    defaults = tmp();
    emit(ir::Op::Tuple, {defaults}, regs);
  } else {
    defaults = constant_reg(Value::nil());
  }
  bool any_kw = false;
  if (args)
    for (const A::expr* d : args->kw_defaults) any_kw |= d != nullptr;
  if (any_kw) {
    std::vector<uint32_t> regs;
    for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
      if (!args->kw_defaults[i]) continue;
      regs.push_back(constant_reg(make_string(args->kwonlyargs[i]->arg)));
      regs.push_back(value(args->kw_defaults[i]));
    }
    at(node);
    kwdefaults = tmp();
    ncall(kwdefaults, "py.dict_of", regs);
  } else {
    kwdefaults = constant_reg(Value::nil());
  }
  // A docstring: the first statement of a def body, if it is a string constant.
  uint32_t doc;
  if (body && !body->empty() && (*body)[0]->is<A::Expr>() && (*body)[0]->as<A::Expr>()->value->is<A::Constant>() &&
      (*body)[0]->as<A::Expr>()->value->as<A::Constant>()->value.kind == A::ConstantValue::Str)
    doc = constant_reg(make_string((*body)[0]->as<A::Expr>()->value->as<A::Constant>()->value.s));
  else
    doc = constant_reg(Value::nil());
  uint32_t tmpl = tmp();
  emit(ir::Op::Func, {tmpl, fn->index});
  uint32_t info = tmp();
  uint32_t iargs[] = {tmpl, defaults, kwdefaults, doc};
  ncall(info, "py.funcinfo", iargs);
  std::vector<uint32_t> caps{info};
  for (const std::string& f : block->frees) caps.push_back(cell_reg(f));
  release(m);
  uint32_t r = dst_or_tmp(dst);
  emit(ir::Op::Closure, {r, fn->index}, caps);
  return r;
}

uint32_t FunctionGen::lambda(const A::Lambda* e, int dst) { return make_function(e, e->args, dst); }

uint32_t FunctionGen::comprehension(const A::expr* e, const std::vector<A::comprehension*>& gens, int dst) {
  uint32_t m = mark();
  uint32_t src = value(gens[0]->iter);
  at(e);  // CPython reports a non-iterable outermost iterable at the whole comprehension
  uint32_t it = tmp();
  indy(it, m_.site("py.iter", "iter", 1, {"iter"}), std::span<const uint32_t>(&src, 1));
  uint32_t f = make_function(e, nullptr, -1);
  at(e);
  release(m);
  uint32_t r = dst_or_tmp(dst);
  uint32_t args[] = {f, it};
  emit(ir::Op::CallV, {r, f}, args);
  return r;
}

// The body of a comprehension function: parameters (slot, iterator of the first `for`).
void FunctionGen::compile_comprehension(const A::expr* node) {
  const std::vector<A::comprehension*>* gens = nullptr;
  if (node->is<A::ListComp>()) gens = &node->as<A::ListComp>()->generators;
  else if (node->is<A::SetComp>()) gens = &node->as<A::SetComp>()->generators;
  else if (node->is<A::DictComp>()) gens = &node->as<A::DictComp>()->generators;
  else gens = &node->as<A::GeneratorExp>()->generators;

  setup_registers();

  at(node);
  uint32_t acc = 0;
  bool gen = node->is<A::GeneratorExp>();
  if (!gen) {
    acc = tmp();
    if (node->is<A::ListComp>()) emit(ir::Op::Array, {acc}, {});
    else if (node->is<A::SetComp>()) ncall(acc, "py.set_of", {});
    else ncall(acc, "py.dict_of", {});
  }
  std::function<void(size_t)> level = [&](size_t i) {
    const A::comprehension* c = (*gens)[i];
    uint32_t m = mark();
    uint32_t it;
    if (i == 0) {
      it = param_regs_[0];
    } else {
      uint32_t src = value(c->iter);
      at(node);  // as the outermost one: reported at the whole comprehension
      it = tmp();
      indy(it, m_.site("py.iter", "iter", 1, {"iter"}), std::span<const uint32_t>(&src, 1));
    }
    Emitter::Label top = em_.new_label(), end = em_.new_label();
    em_.place(top);
    at(c->iter);
    uint32_t item = tmp();
    indy(item, m_.site("py.fornext", "next", 1, {"next"}), std::span<const uint32_t>(&it, 1));
    emit(ir::Op::JIs, {item, r_stop(), end});
    at(c->target);
    store(c->target, item);
    for (const A::expr* cond : c->ifs) branch(cond, false, top);
    if (i + 1 < gens->size()) {
      level(i + 1);
    } else {
      uint32_t mi = mark();
      if (node->is<A::ListComp>()) {
        uint32_t v = value(node->as<A::ListComp>()->elt);
        at(node);
        emit(ir::Op::APush, {acc, v});
      } else if (node->is<A::SetComp>()) {
        uint32_t v = value(node->as<A::SetComp>()->elt);
        at(node);
        uint32_t r = tmp();
        uint32_t args[] = {acc, v};
        ncall(r, "py.set_add", args);
      } else if (node->is<A::DictComp>()) {
        uint32_t k = value(node->as<A::DictComp>()->key);
        uint32_t v = value(node->as<A::DictComp>()->value);
        at(node);
        uint32_t r = tmp();
        uint32_t args[] = {acc, k, v};
        ncall(r, "py.dict_set", args);
      } else {
        uint32_t v = value(node->as<A::GeneratorExp>()->elt);
        at(node);
        uint32_t r = tmp();
        emit(ir::Op::FYield, {r, v});
      }
      release(mi);
    }
    emit(ir::Op::Jmp, {top});
    em_.place(end);
    release(m);
  };
  level(0);
  at(nullptr);
  if (gen) {
    uint32_t r = constant_reg(Value::nil());
    em_.op(ir::Op::Ret, {r});
  } else {
    em_.op(ir::Op::Ret, {acc});
  }
  finish();
}

// -- f-strings --

uint32_t FunctionGen::formatted(const A::FormattedValue* e, int dst) {
  uint32_t m = mark();
  uint32_t v = value(e->value);
  at(e);
  if (e->conversion == 's' || e->conversion == 'r' || e->conversion == 'a') {
    uint32_t c = tmp();
    ncall(c, e->conversion == 's' ? "py.str" : e->conversion == 'r' ? "py.repr" : "py.ascii",
          std::span<const uint32_t>(&v, 1));
    v = c;
  }
  uint32_t spec;
  if (e->format_spec) spec = value(e->format_spec);
  else spec = constant_reg(make_string(""));
  at(e);
  release(m);
  uint32_t r = dst_or_tmp(dst);
  uint32_t args[] = {v, spec};
  ncall(r, "py.format", args);
  return r;
}

uint32_t FunctionGen::joined_str(const A::JoinedStr* e, int dst) {
  uint32_t m = mark();
  std::vector<uint32_t> parts;
  for (const A::expr* v : e->values) parts.push_back(value(v));
  at(e);
  release(m);
  uint32_t r = dst_or_tmp(dst);
  if (parts.size() == 1 && e->values[0]->is<A::FormattedValue>()) {
    if (r != parts[0]) emit(ir::Op::Mov, {r, parts[0]});
    return r;
  }
  ncall(r, "py.join_str", parts);
  return r;
}

// -- Generators --

uint32_t FunctionGen::yield(const A::Yield* e, int dst) {
  if (!generator_body_) fail(e, "'yield' outside function");
  uint32_t m = mark();
  uint32_t v;
  if (e->value) v = value(e->value);
  else v = constant_reg(Value::nil());
  at(e);
  release(m);
  uint32_t r = dst_or_tmp(dst);
  emit(ir::Op::FYield, {r, v});
  return r;
}

uint32_t FunctionGen::yield_from(const A::YieldFrom* e, int dst) {
  if (!generator_body_) fail(e, "'yield' outside function");
  uint32_t m = mark();
  uint32_t src = value(e->value);
  at(e);
  uint32_t it = tmp(), sent = tmp(), y = tmp(), exc = tmp();
  indy(it, m_.site("py.iter", "iter", 1, {"iter"}), std::span<const uint32_t>(&src, 1));
  const_(sent, Value::nil());
  Emitter::Label loop = em_.new_label(), yield_at = em_.new_label(), yield_end = em_.new_label(),
                 thrown = em_.new_label(), done = em_.new_label();
  em_.place(loop);
  uint32_t sargs[] = {it, sent};
  indy(y, m_.site("py.yfsend", "send", 2, {"send"}), sargs);
  emit(ir::Op::JIs, {y, r_stop(), done});
  em_.place(yield_at);
  emit(ir::Op::FYield, {sent, y});
  em_.place(yield_end);
  emit(ir::Op::Jmp, {loop});
  // Thrown into us while suspended: pass it to the inner iterator.
  em_.place(thrown);
  noted_ = nullptr;
  ncall(exc, "py.catch_thrown", std::span<const uint32_t>(&exc, 1));
  uint32_t targs[] = {it, exc};
  indy(y, m_.site("py.yfthrow", "throw", 2, {"throw"}), targs);
  emit(ir::Op::JIs, {y, r_stop(), done});
  emit(ir::Op::Jmp, {yield_at});
  em_.handler(yield_at, yield_end, thrown, exc);
  em_.place(done);
  release(m);
  uint32_t r = dst_or_tmp(dst);
  ncall(r, "py.yf_value", std::span<const uint32_t>(&it, 1));
  return r;
}

}  // namespace sy::py
