// Expression, target, call-argument and parameter rules. Each method is the grammar rule
// of the same name in CPython 3.11's Grammar/python.gram.
#include <cmath>
#include <cstdlib>

#include "frontends/python/syntax/parser_internal.h"

namespace sy::py::detail {

namespace {

// A guard for rules that recurse through nested expressions.
struct Depth {
  Parser* p;
  bool ok;
  explicit Depth(Parser* parser) : p(parser), ok(parser->enter()) {}
  ~Depth() {
    if (ok) p->leave();
  }
};

Tuple* make_tuple(Parser* p, int start, exprs elts, expr_context ctx) {
  Tuple* t = p->make<Tuple>(start);
  t->elts = std::move(elts);
  t->ctx = ctx;
  return t;
}

// Digits of `text` in `base` (underscores already removed) as a decimal string.
std::string to_decimal(std::string_view digits, int base) {
  std::vector<uint32_t> limbs;  // little-endian, base 1e9
  for (char ch : digits) {
    int d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
    uint64_t carry = static_cast<uint64_t>(d);
    for (uint32_t& limb : limbs) {
      uint64_t v = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
      limb = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out.append(9 - part.size(), '0');
    out += part;
  }
  return out;
}

}  // namespace

// -- Numbers --

// NUMBER, converted as CPython's parsenumber: ints in any base to decimal digits, floats
// correctly rounded; imaginary literals are outside the language subset.
expr* Parser::number_token() {
  int start = mark_;
  const Token* t = expect(Tok::NUMBER);
  if (!t) return nullptr;
  std::string s;
  for (char c : text(t))
    if (c != '_') s += c;
  Constant* c = make<Constant>(start);
  char last = s.back();
  if (last == 'j' || last == 'J') {
    note_unsupported(Loc::of(t), "complex numbers (imaginary literals) are");
    c->value.kind = ConstantValue::Float;  // a stand-in: the parse is rejected in the end
    c->value.f = std::strtod(s.c_str(), nullptr);
    return c;
  }
  bool is_float = false;
  if (s.size() < 2 || s[0] != '0' || !(s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' || s[1] == 'b' || s[1] == 'B'))
    is_float = s.find_first_of(".eE") != std::string::npos;
  if (is_float) {
    c->value.kind = ConstantValue::Float;
    c->value.f = std::strtod(s.c_str(), nullptr);
    return c;
  }
  c->value.kind = ConstantValue::Int;
  if (s.size() >= 2 && s[0] == '0' && s[1] != '0' && !(s[1] >= '1' && s[1] <= '9')) {
    int base = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
    c->value.s = to_decimal(std::string_view(s).substr(2), base);
    return c;
  }
  size_t nz = s.find_first_not_of('0');
  c->value.s = nz == std::string::npos ? "0" : s.substr(nz);
  if (c->value.s.size() > 4300) {
    raise_at("SyntaxError", t->lineno, -1, t->end_lineno, -1,
             "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                 std::to_string(c->value.s.size()) +
                 " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
                 "integer literals to avoid decimal conversion limits.");
    return nullptr;
  }
  return c;
}

// -- Expressions --

// expressions: expression (',' expression)+ [','] | expression ',' | expression
expr* Parser::expressions() {
  int start = mark_;
  expr* a = expression();
  if (!a) return nullptr;
  exprs elts{a};
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* c = expression();
    if (!c) {
      mark_ = m;
      break;
    }
    elts.push_back(c);
  }
  if (error_) return nullptr;
  if (elts.size() > 1) {
    expect(Tok::COMMA);
    return make_tuple(this, start, std::move(elts), expr_context::Load);
  }
  if (expect(Tok::COMMA)) return make_tuple(this, start, std::move(elts), expr_context::Load);
  return a;
}

// expression (memo): invalid_expression | invalid_legacy_expression
//   | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
expr* Parser::expression() {
  void* memo;
  if (memo_get(Memo::expression, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  Depth d(this);
  if (!d.ok) return nullptr;
  expr* result = nullptr;
  do {
    if (call_invalid_rules_) {
      if (invalid_expression() || error_) break;
      mark_ = start;
      if (invalid_legacy_expression() || error_) break;
      mark_ = start;
    }
    if (expr* a = disjunction()) {
      int m = mark_;
      if (expect(Tok::KW_if)) {
        if (expr* b = disjunction()) {
          if (expect(Tok::KW_else)) {
            if (expr* c = expression()) {
              IfExp* e = make<IfExp>(start);
              e->test = b;
              e->body = a;
              e->orelse = c;
              result = e;
              break;
            }
          }
        }
      }
      if (error_) break;
      mark_ = m;
      result = a;
      break;
    }
    mark_ = start;
    if (error_) break;
    result = lambdef();
  } while (false);
  if (error_) return nullptr;
  if (!result) mark_ = start;
  memo_put(Memo::expression, start, result);
  return result;
}

// The same without the invalid alternatives (CPython's expression_without_invalid).
expr* Parser::expression_without_invalid() {
  bool saved = call_invalid_rules_;
  call_invalid_rules_ = false;
  int start = mark_;
  expr* result = nullptr;
  if (expr* a = disjunction()) {
    int m = mark_;
    result = a;
    if (expect(Tok::KW_if)) {
      if (expr* b = disjunction()) {
        if (expect(Tok::KW_else)) {
          if (expr* c = expression()) {
            IfExp* e = make<IfExp>(start);
            e->test = b;
            e->body = a;
            e->orelse = c;
            result = e;
            m = mark_;
          }
        }
      }
    }
    mark_ = m;
  } else if (!error_) {
    mark_ = start;
    result = lambdef();
  }
  call_invalid_rules_ = saved;
  return error_ ? nullptr : result;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
expr* Parser::yield_expr() {
  int start = mark_;
  if (!expect(Tok::KW_yield)) return nullptr;
  if (expect(Tok::KW_from)) {
    if (expr* a = expression()) {
      YieldFrom* y = make<YieldFrom>(start);
      y->value = a;
      return y;
    }
    if (error_) return nullptr;
    mark_ = start + 1;
  }
  int m = mark_;
  expr* a = star_expressions();
  if (!a) mark_ = m;
  if (error_) return nullptr;
  Yield* y = make<Yield>(start);
  y->value = a;
  return y;
}

// star_expressions: star_expression (',' star_expression)+ [','] | star_expression ','
//                 | star_expression
expr* Parser::star_expressions() {
  int start = mark_;
  expr* a = star_expression();
  if (!a) return nullptr;
  exprs elts{a};
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* c = star_expression();
    if (!c) {
      mark_ = m;
      break;
    }
    elts.push_back(c);
  }
  if (error_) return nullptr;
  if (elts.size() > 1) {
    expect(Tok::COMMA);
    return make_tuple(this, start, std::move(elts), expr_context::Load);
  }
  if (expect(Tok::COMMA)) return make_tuple(this, start, std::move(elts), expr_context::Load);
  return a;
}

// star_expression (memo): '*' bitwise_or | expression
expr* Parser::star_expression() {
  void* memo;
  if (memo_get(Memo::star_expression, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  expr* result = nullptr;
  if (expect(Tok::STAR)) {
    if (expr* a = bitwise_or()) {
      Starred* s = make<Starred>(start);
      s->value = a;
      result = s;
    }
  }
  if (!result && !error_) {
    mark_ = start;
    result = expression();
  }
  if (error_) return nullptr;
  if (!result) mark_ = start;
  memo_put(Memo::star_expression, start, result);
  return result;
}

// star_named_expressions: ','.star_named_expression+ [',']
bool Parser::star_named_expressions(exprs* out) {
  expr* a = star_named_expression();
  if (!a) return false;
  out->push_back(a);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* b = star_named_expression();
    if (!b) {
      mark_ = m;
      break;
    }
    out->push_back(b);
  }
  if (error_) return false;
  expect(Tok::COMMA);
  return !error_;
}

// star_named_expression: '*' bitwise_or | named_expression
expr* Parser::star_named_expression() {
  int start = mark_;
  if (expect(Tok::STAR)) {
    if (expr* a = bitwise_or()) {
      Starred* s = make<Starred>(start);
      s->value = a;
      return s;
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  return named_expression();
}

// assignment_expression: NAME ':=' ~ expression
expr* Parser::assignment_expression() {
  int start = mark_;
  Name* a = name_token();
  if (!a) return nullptr;
  if (!expect(Tok::COLONEQUAL)) {
    mark_ = start;
    return nullptr;
  }
  expr* b = expression();
  if (!b) return nullptr;
  NamedExpr* e = make<NamedExpr>(start);
  e->target = set_expr_context(a, expr_context::Store);
  e->value = b;
  return e;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
expr* Parser::named_expression() {
  int start = mark_;
  if (expr* e = assignment_expression()) return e;
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_named_expression()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  if (expr* e = expression()) {
    if (!at(Tok::COLONEQUAL)) return error_ ? nullptr : e;
  }
  mark_ = start;
  return nullptr;
}

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
expr* Parser::disjunction() {
  void* memo;
  if (memo_get(Memo::disjunction, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  expr* result = conjunction();
  if (result) {
    exprs values{result};
    for (;;) {
      int m = mark_;
      if (!expect(Tok::KW_or)) break;
      expr* c = conjunction();
      if (!c) {
        mark_ = m;
        break;
      }
      values.push_back(c);
    }
    if (values.size() > 1 && !error_) {
      BoolOp* b = make<BoolOp>(start);
      b->op = boolop::Or;
      b->values = std::move(values);
      result = b;
    }
  }
  if (error_) return nullptr;
  if (!result) mark_ = start;
  memo_put(Memo::disjunction, start, result);
  return result;
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
expr* Parser::conjunction() {
  void* memo;
  if (memo_get(Memo::conjunction, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  expr* result = inversion();
  if (result) {
    exprs values{result};
    for (;;) {
      int m = mark_;
      if (!expect(Tok::KW_and)) break;
      expr* c = inversion();
      if (!c) {
        mark_ = m;
        break;
      }
      values.push_back(c);
    }
    if (values.size() > 1 && !error_) {
      BoolOp* b = make<BoolOp>(start);
      b->op = boolop::And;
      b->values = std::move(values);
      result = b;
    }
  }
  if (error_) return nullptr;
  if (!result) mark_ = start;
  memo_put(Memo::conjunction, start, result);
  return result;
}

// inversion (memo): 'not' inversion | comparison
expr* Parser::inversion() {
  void* memo;
  if (memo_get(Memo::inversion, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  Depth d(this);
  if (!d.ok) return nullptr;
  expr* result = nullptr;
  if (expect(Tok::KW_not)) {
    if (expr* a = inversion()) {
      UnaryOp* u = make<UnaryOp>(start);
      u->op = unaryop::Not;
      u->operand = a;
      result = u;
    }
  }
  if (!result && !error_) {
    mark_ = start;
    result = comparison();
  }
  if (error_) return nullptr;
  if (!result) mark_ = start;
  memo_put(Memo::inversion, start, result);
  return result;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
expr* Parser::comparison() {
  int start = mark_;
  expr* a = bitwise_or();
  if (!a) return nullptr;
  std::vector<cmpop> ops;
  exprs comparators;
  for (;;) {
    int m = mark_;
    CmpopExprPair pair;
    if (!compare_op_bitwise_or_pair(&pair)) {
      mark_ = m;
      break;
    }
    ops.push_back(pair.op);
    comparators.push_back(pair.e);
  }
  if (error_) return nullptr;
  if (ops.empty()) return a;
  Compare* c = make<Compare>(start);
  c->left = a;
  c->ops = std::move(ops);
  c->comparators = std::move(comparators);
  return c;
}

bool Parser::compare_op_bitwise_or_pair(CmpopExprPair* out) {
  const Token* t = peek();
  if (!t) return false;
  cmpop op;
  switch (t->type) {
    case Tok::EQEQUAL: op = cmpop::Eq; break;
    case Tok::NOTEQUAL:
      if (text(t) != "!=") return false;  // `<>` is only for Barry as FLUFL
      op = cmpop::NotEq;
      break;
    case Tok::LESSEQUAL: op = cmpop::LtE; break;
    case Tok::LESS: op = cmpop::Lt; break;
    case Tok::GREATEREQUAL: op = cmpop::GtE; break;
    case Tok::GREATER: op = cmpop::Gt; break;
    case Tok::KW_not: {
      ++mark_;
      if (!expect(Tok::KW_in)) return false;
      op = cmpop::NotIn;
      expr* a = bitwise_or();
      if (!a) return false;
      *out = {op, a};
      return true;
    }
    case Tok::KW_in: op = cmpop::In; break;
    case Tok::KW_is: {
      ++mark_;
      int m = mark_;
      if (expect(Tok::KW_not)) {
        if (expr* a = bitwise_or()) {
          *out = {cmpop::IsNot, a};
          return true;
        }
        if (error_) return false;
      }
      mark_ = m;
      expr* a = bitwise_or();
      if (!a) return false;
      *out = {cmpop::Is, a};
      return true;
    }
    default: return false;
  }
  ++mark_;
  expr* a = bitwise_or();
  if (!a) return false;
  *out = {op, a};
  return true;
}

namespace {

// A left-associative binary level: `next (op next)*` for the operators `ops` maps.
template <class Next, class OpOf>
expr* binary_level(Parser* p, Next next, OpOf op_of) {
  int start = p->mark_;
  expr* a = (p->*next)();
  if (!a) return nullptr;
  for (;;) {
    int m = p->mark_;
    const Token* t = p->peek();
    if (!t) break;
    operator_ op;
    if (!op_of(t->type, &op)) break;
    ++p->mark_;
    expr* b = (p->*next)();
    if (!b) {
      p->mark_ = m;
      break;
    }
    BinOp* e = p->make<BinOp>(start);
    e->left = a;
    e->op = op;
    e->right = b;
    a = e;
  }
  return p->error_ ? nullptr : a;
}

}  // namespace

// bitwise_or (left-recursive, memo): bitwise_or '|' bitwise_xor | bitwise_xor
expr* Parser::bitwise_or() {
  void* memo;
  if (memo_get(Memo::bitwise_or, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  Depth d(this);
  if (!d.ok) return nullptr;
  expr* result = binary_level(this, &Parser::bitwise_xor, [](Tok t, operator_* op) {
    if (t != Tok::VBAR) return false;
    *op = operator_::BitOr;
    return true;
  });
  if (error_) return nullptr;
  if (!result) mark_ = start;
  memo_put(Memo::bitwise_or, start, result);
  return result;
}

expr* Parser::bitwise_xor() {
  return binary_level(this, &Parser::bitwise_and, [](Tok t, operator_* op) {
    if (t != Tok::CIRCUMFLEX) return false;
    *op = operator_::BitXor;
    return true;
  });
}

expr* Parser::bitwise_and() {
  return binary_level(this, &Parser::shift_expr, [](Tok t, operator_* op) {
    if (t != Tok::AMPER) return false;
    *op = operator_::BitAnd;
    return true;
  });
}

expr* Parser::shift_expr() {
  return binary_level(this, &Parser::sum, [](Tok t, operator_* op) {
    if (t == Tok::LEFTSHIFT) *op = operator_::LShift;
    else if (t == Tok::RIGHTSHIFT) *op = operator_::RShift;
    else return false;
    return true;
  });
}

expr* Parser::sum() {
  return binary_level(this, &Parser::term, [](Tok t, operator_* op) {
    if (t == Tok::PLUS) *op = operator_::Add;
    else if (t == Tok::MINUS) *op = operator_::Sub;
    else return false;
    return true;
  });
}

expr* Parser::term() {
  return binary_level(this, &Parser::factor, [](Tok t, operator_* op) {
    switch (t) {
      case Tok::STAR: *op = operator_::Mult; return true;
      case Tok::SLASH: *op = operator_::Div; return true;
      case Tok::DOUBLESLASH: *op = operator_::FloorDiv; return true;
      case Tok::PERCENT: *op = operator_::Mod; return true;
      case Tok::AT: *op = operator_::MatMult; return true;
      default: return false;
    }
  });
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
expr* Parser::factor() {
  void* memo;
  if (memo_get(Memo::factor, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  Depth d(this);
  if (!d.ok) return nullptr;
  expr* result = nullptr;
  const Token* t = peek();
  if (t && (t->type == Tok::PLUS || t->type == Tok::MINUS || t->type == Tok::TILDE)) {
    unaryop op = t->type == Tok::PLUS ? unaryop::UAdd : t->type == Tok::MINUS ? unaryop::USub : unaryop::Invert;
    ++mark_;
    if (expr* a = factor()) {
      UnaryOp* u = make<UnaryOp>(start);
      u->op = op;
      u->operand = a;
      result = u;
    }
  }
  if (!result && !error_) {
    mark_ = start;
    result = power();
  }
  if (error_) return nullptr;
  if (!result) mark_ = start;
  memo_put(Memo::factor, start, result);
  return result;
}

// power: await_primary '**' factor | await_primary
expr* Parser::power() {
  int start = mark_;
  expr* a = await_primary();
  if (!a) return nullptr;
  int m = mark_;
  if (expect(Tok::DOUBLESTAR)) {
    if (expr* b = factor()) {
      BinOp* e = make<BinOp>(start);
      e->left = a;
      e->op = operator_::Pow;
      e->right = b;
      return e;
    }
  }
  if (error_) return nullptr;
  mark_ = m;
  return a;
}

// await_primary (memo): AWAIT primary (rejected) | primary
expr* Parser::await_primary() {
  void* memo;
  if (memo_get(Memo::await_primary, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  expr* result = nullptr;
  if (const Token* t = expect(Tok::KW_await)) {
    Loc loc = Loc::of(t);
    note_unsupported(loc, "'await' is");
    if (expr* a = primary()) {
      Await* w = make<Await>(start);
      w->value = a;
      result = w;
    }
  }
  if (!result && !error_) {
    mark_ = start;
    result = primary();
  }
  if (error_) return nullptr;
  if (!result) mark_ = start;
  memo_put(Memo::await_primary, start, result);
  return result;
}

// primary (left-recursive): primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//                         | primary '[' slices ']' | atom
expr* Parser::primary() {
  void* memo;
  if (memo_get(Memo::primary, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  Depth d(this);
  if (!d.ok) return nullptr;
  expr* a = atom();
  while (a && !error_) {
    int m = mark_;
    if (expect(Tok::DOT)) {
      if (const Token* b = expect(Tok::NAME)) {
        Attribute* e = make<Attribute>(start);
        e->value = a;
        e->attr = std::string(text(b));
        a = e;
        continue;
      }
    }
    mark_ = m;
    if (error_) break;
    if (expr* g = genexp()) {
      Call* e = make<Call>(start);
      e->func = a;
      e->args = {g};
      a = e;
      continue;
    }
    mark_ = m;
    if (error_) break;
    if (expect(Tok::LPAR)) {
      int m2 = mark_;
      Call* b = arguments_();
      if (!b) mark_ = m2;
      if (!error_ && expect(Tok::RPAR)) {
        Call* e = make<Call>(start);
        e->func = a;
        if (b) {
          e->args = b->args;
          e->keywords = b->keywords;
        }
        a = e;
        continue;
      }
    }
    mark_ = m;
    if (error_) break;
    if (expect(Tok::LSQB)) {
      if (expr* b = slices()) {
        if (expect(Tok::RSQB)) {
          Subscript* e = make<Subscript>(start);
          e->value = a;
          e->slice = b;
          a = e;
          continue;
        }
      }
    }
    mark_ = m;
    break;
  }
  if (error_) return nullptr;
  if (!a) mark_ = start;
  memo_put(Memo::primary, start, a);
  return a;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','] -> Tuple
expr* Parser::slices() {
  int start = mark_;
  if (expr* a = slice()) {
    if (!at(Tok::COMMA) && !error_) return a;
  }
  mark_ = start;
  if (error_) return nullptr;
  auto item = [&]() -> expr* {
    int m = mark_;
    if (expr* s = slice()) return s;
    mark_ = m;
    if (error_) return nullptr;
    return starred_expression();
  };
  expr* first = item();
  if (!first) return nullptr;
  exprs elts{first};
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* b = item();
    if (!b) {
      mark_ = m;
      break;
    }
    elts.push_back(b);
  }
  if (error_) return nullptr;
  expect(Tok::COMMA);
  return make_tuple(this, start, std::move(elts), expr_context::Load);
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
expr* Parser::slice() {
  int start = mark_;
  expr* a = expression();
  if (!a) mark_ = start;
  if (!error_ && expect(Tok::COLON)) {
    int m = mark_;
    expr* b = expression();
    if (!b) mark_ = m;
    expr* c = nullptr;
    m = mark_;
    if (!error_ && expect(Tok::COLON)) {
      int m2 = mark_;
      c = expression();
      if (!c) mark_ = m2;
    } else {
      mark_ = m;
    }
    if (error_) return nullptr;
    Slice* s = make<Slice>(start);
    s->lower = a;
    s->upper = b;
    s->step = c;
    return s;
  }
  mark_ = start;
  if (error_) return nullptr;
  return named_expression();
}

// atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
//     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp) | '...'
expr* Parser::atom() {
  const Token* t = peek();
  if (!t) return nullptr;
  int start = mark_;
  switch (t->type) {
    case Tok::NAME: return name_token();
    case Tok::KW_True:
    case Tok::KW_False:
    case Tok::KW_None:
    case Tok::ELLIPSIS: {
      Tok type = t->type;
      ++mark_;
      Constant* c = make<Constant>(start);
      if (type == Tok::KW_None) {
        c->value.kind = ConstantValue::None;
      } else if (type == Tok::ELLIPSIS) {
        c->value.kind = ConstantValue::Ellipsis;
      } else {
        c->value.kind = ConstantValue::Bool;
        c->value.b = type == Tok::KW_True;
      }
      return c;
    }
    case Tok::STRING: return strings();
    case Tok::NUMBER: return number_token();
    case Tok::LPAR: {
      if (expr* e = tuple()) return e;
      mark_ = start;
      if (error_) return nullptr;
      if (expr* e = group()) return e;
      mark_ = start;
      if (error_) return nullptr;
      return genexp();
    }
    case Tok::LSQB: {
      if (expr* e = list()) return e;
      mark_ = start;
      if (error_) return nullptr;
      return listcomp();
    }
    case Tok::LBRACE: {
      if (expr* e = dict()) return e;
      mark_ = start;
      if (error_) return nullptr;
      if (expr* e = set()) return e;
      mark_ = start;
      if (error_) return nullptr;
      if (expr* e = dictcomp()) return e;
      mark_ = start;
      if (error_) return nullptr;
      return setcomp();
    }
    default: return nullptr;
  }
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
expr* Parser::group() {
  int start = mark_;
  if (expect(Tok::LPAR)) {
    int m = mark_;
    expr* a = yield_expr();
    if (!a) {
      mark_ = m;
      if (!error_) a = named_expression();
    }
    if (a && expect(Tok::RPAR)) return a;
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_group()) return nullptr;
  mark_ = start;
  return nullptr;
}

// lambdef: 'lambda' [lambda_params] ':' expression
expr* Parser::lambdef() {
  int start = mark_;
  if (!expect(Tok::KW_lambda)) return nullptr;
  int m = mark_;
  arguments* a = lambda_params();
  if (!a) mark_ = m;
  if (error_ || !expect(Tok::COLON)) return nullptr;
  expr* b = expression();
  if (!b) return nullptr;
  Lambda* l = make<Lambda>(start);
  l->args = a ? a : empty_arguments();
  l->body = b;
  return l;
}

// strings (memo): STRING+
expr* Parser::strings() {
  void* memo;
  if (memo_get(Memo::strings, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  if (!expect(Tok::STRING)) return nullptr;
  while (expect(Tok::STRING)) {
  }
  if (error_) return nullptr;
  expr* result = concatenate_strings(this, start, mark_ - 1);
  if (error_) return nullptr;
  memo_put(Memo::strings, start, result);
  return result;
}

// list: '[' [star_named_expressions] ']'
expr* Parser::list() {
  int start = mark_;
  if (!expect(Tok::LSQB)) return nullptr;
  exprs elts;
  int m = mark_;
  if (!star_named_expressions(&elts)) {
    mark_ = m;
    elts.clear();
  }
  if (error_ || !expect(Tok::RSQB)) return nullptr;
  List* l = make<List>(start);
  l->elts = std::move(elts);
  return l;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
expr* Parser::tuple() {
  int start = mark_;
  if (!expect(Tok::LPAR)) return nullptr;
  exprs elts;
  int m = mark_;
  if (expr* y = star_named_expression()) {
    if (expect(Tok::COMMA)) {
      elts.push_back(y);
      int m2 = mark_;
      if (!star_named_expressions(&elts)) {
        mark_ = m2;
        elts.resize(1);
      }
    } else {
      mark_ = m;
    }
  } else {
    mark_ = m;
  }
  if (error_ || !expect(Tok::RPAR)) return nullptr;
  return make_tuple(this, start, std::move(elts), expr_context::Load);
}

// set: '{' star_named_expressions '}'
expr* Parser::set() {
  int start = mark_;
  if (!expect(Tok::LBRACE)) return nullptr;
  exprs elts;
  if (!star_named_expressions(&elts) || !expect(Tok::RBRACE)) return nullptr;
  Set* s = make<Set>(start);
  s->elts = std::move(elts);
  return s;
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
expr* Parser::dict() {
  int start = mark_;
  if (expect(Tok::LBRACE)) {
    std::vector<KeyValuePair> pairs;
    int m = mark_;
    if (!double_starred_kvpairs(&pairs)) {
      mark_ = m;
      pairs.clear();
    }
    if (!error_ && expect(Tok::RBRACE)) {
      Dict* d = make<Dict>(start);
      for (const KeyValuePair& kv : pairs) {
        d->keys.push_back(kv.key);
        d->values.push_back(kv.value);
      }
      return d;
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && expect(Tok::LBRACE)) {
    if (invalid_double_starred_kvpairs() && expect(Tok::RBRACE)) return nullptr;
  }
  mark_ = start;
  return nullptr;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
bool Parser::double_starred_kvpairs(std::vector<KeyValuePair>* out) {
  KeyValuePair kv;
  if (!double_starred_kvpair(&kv)) return false;
  out->push_back(kv);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    if (!double_starred_kvpair(&kv)) {
      mark_ = m;
      break;
    }
    out->push_back(kv);
  }
  if (error_) return false;
  expect(Tok::COMMA);
  return !error_;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
bool Parser::double_starred_kvpair(KeyValuePair* out) {
  int start = mark_;
  if (expect(Tok::DOUBLESTAR)) {
    if (expr* a = bitwise_or()) {
      *out = {nullptr, a};
      return true;
    }
  }
  mark_ = start;
  if (error_) return false;
  return kvpair(out);
}

// kvpair: expression ':' expression
bool Parser::kvpair(KeyValuePair* out) {
  int start = mark_;
  expr* a = expression();
  if (a && expect(Tok::COLON)) {
    if (expr* b = expression()) {
      *out = {a, b};
      return true;
    }
  }
  mark_ = start;
  return false;
}

// for_if_clauses: for_if_clause+
bool Parser::for_if_clauses(std::vector<comprehension*>* out) {
  for (;;) {
    int m = mark_;
    comprehension* c = for_if_clause();
    if (!c) {
      mark_ = m;
      break;
    }
    out->push_back(c);
  }
  return !out->empty() && !error_;
}

// for_if_clause: ASYNC 'for' ... (rejected)
//   | 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target
comprehension* Parser::for_if_clause() {
  int start = mark_;
  const Token* async_kw = expect(Tok::KW_async);
  if (expect(Tok::KW_for)) {
    if (async_kw) note_unsupported(Loc::of(async_kw), "asynchronous comprehensions are");
    expr* a = star_targets();
    if (a && expect(Tok::KW_in)) {
      expr* b = disjunction();  // cut: past 'in', no other alternative
      if (!b) return nullptr;
      exprs ifs;
      for (;;) {
        int m = mark_;
        if (!expect(Tok::KW_if)) break;
        expr* z = disjunction();
        if (!z) {
          mark_ = m;
          break;
        }
        ifs.push_back(z);
      }
      if (error_) return nullptr;
      comprehension* c = arena_->make<comprehension>();
      c->target = a;
      c->iter = b;
      c->ifs = std::move(ifs);
      if (async_kw) c->is_async = 1;
      return c;
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_for_target()) return nullptr;
  mark_ = start;
  return nullptr;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
expr* Parser::listcomp() {
  int start = mark_;
  if (expect(Tok::LSQB)) {
    if (expr* a = named_expression()) {
      std::vector<comprehension*> gens;
      if (for_if_clauses(&gens) && expect(Tok::RSQB)) {
        ListComp* e = make<ListComp>(start);
        e->elt = a;
        e->generators = std::move(gens);
        return e;
      }
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_comprehension()) return nullptr;
  mark_ = start;
  return nullptr;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
expr* Parser::setcomp() {
  int start = mark_;
  if (expect(Tok::LBRACE)) {
    if (expr* a = named_expression()) {
      std::vector<comprehension*> gens;
      if (for_if_clauses(&gens) && expect(Tok::RBRACE)) {
        SetComp* e = make<SetComp>(start);
        e->elt = a;
        e->generators = std::move(gens);
        return e;
      }
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_comprehension()) return nullptr;
  mark_ = start;
  return nullptr;
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
//       | invalid_comprehension
expr* Parser::genexp() {
  int start = mark_;
  if (expect(Tok::LPAR)) {
    int m = mark_;
    expr* a = assignment_expression();
    if (!a && !error_) {
      mark_ = m;
      a = expression();
      if (a && at(Tok::COLONEQUAL)) a = nullptr;
    }
    if (a) {
      std::vector<comprehension*> gens;
      if (for_if_clauses(&gens) && expect(Tok::RPAR)) {
        GeneratorExp* e = make<GeneratorExp>(start);
        e->elt = a;
        e->generators = std::move(gens);
        return e;
      }
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_comprehension()) return nullptr;
  mark_ = start;
  return nullptr;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
expr* Parser::dictcomp() {
  int start = mark_;
  if (expect(Tok::LBRACE)) {
    KeyValuePair kv;
    if (kvpair(&kv)) {
      std::vector<comprehension*> gens;
      if (for_if_clauses(&gens) && expect(Tok::RBRACE)) {
        DictComp* e = make<DictComp>(start);
        e->key = kv.key;
        e->value = kv.value;
        e->generators = std::move(gens);
        return e;
      }
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_dict_comprehension()) return nullptr;
  mark_ = start;
  return nullptr;
}

// -- Call arguments --

// arguments (memo): args [','] &')' | invalid_arguments
Call* Parser::arguments_() {
  void* memo;
  if (memo_get(Memo::arguments, &memo)) return static_cast<Call*>(memo);
  int start = mark_;
  Call* result = nullptr;
  if (Call* a = args()) {
    expect(Tok::COMMA);
    if (at(Tok::RPAR)) result = a;
  }
  if (!result && !error_) {
    mark_ = start;
    if (call_invalid_rules_ && invalid_arguments()) {
    }
  }
  if (error_) return nullptr;
  if (!result) mark_ = start;
  memo_put(Memo::arguments, start, result);
  return result;
}

// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
//       [',' kwargs] | kwargs
Call* Parser::args() {
  int start = mark_;
  auto positional = [&]() -> expr* {
    int m = mark_;
    if (expr* s = starred_expression()) return s;
    mark_ = m;
    if (error_) return nullptr;
    expr* e = assignment_expression();
    if (!e && !error_) {
      mark_ = m;
      e = expression();
      if (e && at(Tok::COLONEQUAL)) e = nullptr;
    }
    if (e && !at(Tok::EQUAL) && !error_) return e;
    mark_ = m;
    return nullptr;
  };
  if (expr* first = positional()) {
    exprs a{first};
    for (;;) {
      int m = mark_;
      if (!expect(Tok::COMMA)) break;
      expr* e = positional();
      if (!e) {
        mark_ = m;
        break;
      }
      a.push_back(e);
    }
    if (error_) return nullptr;
    std::vector<KeywordOrStarred> b;
    int m = mark_;
    if (!(expect(Tok::COMMA) && kwargs(&b))) {
      mark_ = m;
      b.clear();
    }
    if (error_) return nullptr;
    Call* c = make<Call>(start);
    c->args = std::move(a);
    for (const KeywordOrStarred& k : b)
      if (k.starred) c->args.push_back(k.starred);
    for (const KeywordOrStarred& k : b)
      if (k.kw) c->keywords.push_back(k.kw);
    return c;
  }
  mark_ = start;
  if (error_) return nullptr;
  std::vector<KeywordOrStarred> b;
  if (!kwargs(&b)) return nullptr;
  Call* c = make<Call>(start);
  for (const KeywordOrStarred& k : b)
    if (k.starred) c->args.push_back(k.starred);
  for (const KeywordOrStarred& k : b)
    if (k.kw) c->keywords.push_back(k.kw);
  return c;
}

// kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//       | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
bool Parser::kwargs(std::vector<KeywordOrStarred>* out) {
  int start = mark_;
  auto gather = [&](bool (Parser::*item)(KeywordOrStarred*), std::vector<KeywordOrStarred>* seq) {
    KeywordOrStarred k;
    if (!(this->*item)(&k)) return false;
    seq->push_back(k);
    for (;;) {
      int m = mark_;
      if (!expect(Tok::COMMA)) break;
      if (!(this->*item)(&k)) {
        mark_ = m;
        break;
      }
      seq->push_back(k);
    }
    return !error_;
  };
  std::vector<KeywordOrStarred> a;
  if (gather(&Parser::kwarg_or_starred, &a)) {
    int m = mark_;
    std::vector<KeywordOrStarred> b;
    if (expect(Tok::COMMA) && gather(&Parser::kwarg_or_double_starred, &b)) {
      out->insert(out->end(), a.begin(), a.end());
      out->insert(out->end(), b.begin(), b.end());
      return true;
    }
    if (error_) return false;
    mark_ = m;
    out->insert(out->end(), a.begin(), a.end());
    return true;
  }
  mark_ = start;
  if (error_) return false;
  return gather(&Parser::kwarg_or_double_starred, out);
}

// starred_expression: '*' expression
expr* Parser::starred_expression() {
  int start = mark_;
  if (!expect(Tok::STAR)) return nullptr;
  expr* a = expression();
  if (!a) return nullptr;
  Starred* s = make<Starred>(start);
  s->value = a;
  return s;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
bool Parser::kwarg_or_starred(KeywordOrStarred* out) {
  int start = mark_;
  if (call_invalid_rules_ && invalid_kwarg()) return false;
  mark_ = start;
  if (error_) return false;
  if (const Token* a = expect(Tok::NAME)) {
    if (expect(Tok::EQUAL)) {
      if (expr* b = expression()) {
        keyword* k = make<keyword>(start);
        k->arg = std::string(text(a));
        k->value = b;
        *out = {k, nullptr};
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return false;
  if (expr* a = starred_expression()) {
    *out = {nullptr, a};
    return true;
  }
  return false;
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
bool Parser::kwarg_or_double_starred(KeywordOrStarred* out) {
  int start = mark_;
  if (call_invalid_rules_ && invalid_kwarg()) return false;
  mark_ = start;
  if (error_) return false;
  if (const Token* a = expect(Tok::NAME)) {
    if (expect(Tok::EQUAL)) {
      if (expr* b = expression()) {
        keyword* k = make<keyword>(start);
        k->arg = std::string(text(a));
        k->value = b;
        *out = {k, nullptr};
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return false;
  if (expect(Tok::DOUBLESTAR)) {
    if (expr* a = expression()) {
      keyword* k = make<keyword>(start);
      k->value = a;
      *out = {k, nullptr};
      return true;
    }
  }
  mark_ = start;
  return false;
}

// -- Targets --

// A copy of `e` with context `ctx` (recursively for tuples, lists and starred), as
// CPython's _PyPegen_set_expr_context; other expressions are returned unchanged.
expr* Parser::set_expr_context(expr* e, expr_context ctx) {
  switch (e->tag) {
    case ExprTag::Name: {
      Name* n = arena_->copy(*e->as<Name>());
      n->ctx = ctx;
      return n;
    }
    case ExprTag::Tuple: {
      Tuple* t = arena_->copy(*e->as<Tuple>());
      for (expr*& x : t->elts) x = set_expr_context(x, ctx);
      t->ctx = ctx;
      return t;
    }
    case ExprTag::List: {
      List* l = arena_->copy(*e->as<List>());
      for (expr*& x : l->elts) x = set_expr_context(x, ctx);
      l->ctx = ctx;
      return l;
    }
    case ExprTag::Subscript: {
      Subscript* s = arena_->copy(*e->as<Subscript>());
      s->ctx = ctx;
      return s;
    }
    case ExprTag::Attribute: {
      Attribute* a = arena_->copy(*e->as<Attribute>());
      a->ctx = ctx;
      return a;
    }
    case ExprTag::Starred: {
      Starred* s = arena_->copy(*e->as<Starred>());
      s->value = set_expr_context(s->value, ctx);
      s->ctx = ctx;
      return s;
    }
    default: return e;
  }
}

// star_targets: star_target !',' | star_target (',' star_target)* [','] -> Tuple
expr* Parser::star_targets() {
  int start = mark_;
  expr* a = star_target();
  if (!a) return nullptr;
  if (!at(Tok::COMMA)) return error_ ? nullptr : a;
  exprs elts{a};
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* c = star_target();
    if (!c) {
      mark_ = m;
      break;
    }
    elts.push_back(c);
  }
  if (error_) return nullptr;
  expect(Tok::COMMA);
  return make_tuple(this, start, std::move(elts), expr_context::Store);
}

// star_targets_list_seq: ','.star_target+ [',']
bool Parser::star_targets_list_seq(exprs* out) {
  expr* a = star_target();
  if (!a) return false;
  out->push_back(a);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* b = star_target();
    if (!b) {
      mark_ = m;
      break;
    }
    out->push_back(b);
  }
  if (error_) return false;
  expect(Tok::COMMA);
  return !error_;
}

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
bool Parser::star_targets_tuple_seq(exprs* out) {
  int start = mark_;
  expr* a = star_target();
  if (!a) return false;
  out->push_back(a);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* b = star_target();
    if (!b) {
      mark_ = m;
      break;
    }
    out->push_back(b);
  }
  if (error_) return false;
  if (out->size() > 1) {
    expect(Tok::COMMA);
    return !error_;
  }
  if (expect(Tok::COMMA)) return true;
  mark_ = start;
  out->clear();
  return false;
}

// star_target (memo): '*' (!'*' star_target) -> Starred | target_with_star_atom
expr* Parser::star_target() {
  void* memo;
  if (memo_get(Memo::star_target, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  Depth d(this);
  if (!d.ok) return nullptr;
  expr* result = nullptr;
  if (expect(Tok::STAR)) {
    if (!at(Tok::STAR)) {
      if (expr* a = star_target()) {
        Starred* s = make<Starred>(start);
        s->value = set_expr_context(a, expr_context::Store);
        s->ctx = expr_context::Store;
        result = s;
      }
    }
  }
  if (!result && !error_) {
    mark_ = start;
    result = target_with_star_atom();
  }
  if (error_) return nullptr;
  if (!result) mark_ = start;
  memo_put(Memo::star_target, start, result);
  return result;
}

// target_with_star_atom (memo): t_primary '.' NAME !t_lookahead
//   | t_primary '[' slices ']' !t_lookahead | star_atom
expr* Parser::target_with_star_atom() {
  void* memo;
  if (memo_get(Memo::target_with_star_atom, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  expr* result = single_subscript_attribute_target();
  if (!result && !error_) {
    mark_ = start;
    result = star_atom();
  }
  if (error_) return nullptr;
  if (!result) mark_ = start;
  memo_put(Memo::target_with_star_atom, start, result);
  return result;
}

// star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//          | '[' [star_targets_list_seq] ']'
expr* Parser::star_atom() {
  int start = mark_;
  if (Name* a = name_token()) return set_expr_context(a, expr_context::Store);
  if (error_) return nullptr;
  if (expect(Tok::LPAR)) {
    if (expr* a = target_with_star_atom()) {
      if (expect(Tok::RPAR)) return set_expr_context(a, expr_context::Store);
    }
    if (error_) return nullptr;
    mark_ = start + 1;
    exprs elts;
    int m = mark_;
    if (!star_targets_tuple_seq(&elts)) {
      mark_ = m;
      elts.clear();
    }
    if (!error_ && expect(Tok::RPAR)) return make_tuple(this, start, std::move(elts), expr_context::Store);
  }
  mark_ = start;
  if (error_) return nullptr;
  if (expect(Tok::LSQB)) {
    exprs elts;
    int m = mark_;
    if (!star_targets_list_seq(&elts)) {
      mark_ = m;
      elts.clear();
    }
    if (!error_ && expect(Tok::RSQB)) {
      List* l = make<List>(start);
      l->elts = std::move(elts);
      l->ctx = expr_context::Store;
      return l;
    }
  }
  mark_ = start;
  return nullptr;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
expr* Parser::single_target() {
  int start = mark_;
  if (expr* a = single_subscript_attribute_target()) return a;
  mark_ = start;
  if (error_) return nullptr;
  if (Name* a = name_token()) return set_expr_context(a, expr_context::Store);
  if (error_) return nullptr;
  if (expect(Tok::LPAR)) {
    Depth d(this);
    if (!d.ok) return nullptr;
    if (expr* a = single_target()) {
      if (expect(Tok::RPAR)) return a;
    }
  }
  mark_ = start;
  return nullptr;
}

// single_subscript_attribute_target: t_primary '.' NAME !t_lookahead
//                                  | t_primary '[' slices ']' !t_lookahead
expr* Parser::single_subscript_attribute_target() {
  int start = mark_;
  expr* a = t_primary();
  if (!a) {
    mark_ = start;
    return nullptr;
  }
  int after = mark_;
  if (expect(Tok::DOT)) {
    if (const Token* b = expect(Tok::NAME)) {
      if (!t_lookahead() && !error_) {
        Attribute* e = make<Attribute>(start);
        e->value = a;
        e->attr = std::string(text(b));
        e->ctx = expr_context::Store;
        return e;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = after;
  if (expect(Tok::LSQB)) {
    if (expr* b = slices()) {
      if (expect(Tok::RSQB) && !t_lookahead() && !error_) {
        Subscript* e = make<Subscript>(start);
        e->value = a;
        e->slice = b;
        e->ctx = expr_context::Store;
        return e;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// t_primary (left-recursive): t_primary '.' NAME &t_lookahead
//   | t_primary '[' slices ']' &t_lookahead | t_primary genexp &t_lookahead
//   | t_primary '(' [arguments] ')' &t_lookahead | atom &t_lookahead
expr* Parser::t_primary() {
  void* memo;
  if (memo_get(Memo::t_primary, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  Depth d(this);
  if (!d.ok) return nullptr;
  expr* a = atom();
  if (a && !t_lookahead()) a = nullptr;
  while (a && !error_) {
    int m = mark_;
    if (expect(Tok::DOT)) {
      if (const Token* b = expect(Tok::NAME)) {
        if (t_lookahead()) {
          Attribute* e = make<Attribute>(start);
          e->value = a;
          e->attr = std::string(text(b));
          a = e;
          continue;
        }
      }
    }
    mark_ = m;
    if (error_) break;
    if (expect(Tok::LSQB)) {
      if (expr* b = slices()) {
        if (expect(Tok::RSQB) && t_lookahead()) {
          Subscript* e = make<Subscript>(start);
          e->value = a;
          e->slice = b;
          a = e;
          continue;
        }
      }
    }
    mark_ = m;
    if (error_) break;
    if (expr* g = genexp()) {
      if (t_lookahead()) {
        Call* e = make<Call>(start);
        e->func = a;
        e->args = {g};
        a = e;
        continue;
      }
    }
    mark_ = m;
    if (error_) break;
    if (expect(Tok::LPAR)) {
      int m2 = mark_;
      Call* b = arguments_();
      if (!b) mark_ = m2;
      if (!error_ && expect(Tok::RPAR) && t_lookahead()) {
        Call* e = make<Call>(start);
        e->func = a;
        if (b) {
          e->args = b->args;
          e->keywords = b->keywords;
        }
        a = e;
        continue;
      }
    }
    mark_ = m;
    break;
  }
  if (error_) return nullptr;
  if (!a) mark_ = start;
  memo_put(Memo::t_primary, start, a);
  return a;
}

// t_lookahead: '(' | '[' | '.'
bool Parser::t_lookahead() {
  const Token* t = peek();
  return t && (t->type == Tok::LPAR || t->type == Tok::LSQB || t->type == Tok::DOT);
}

// del_targets: ','.del_target+ [',']
bool Parser::del_targets(exprs* out) {
  expr* a = del_target();
  if (!a) return false;
  out->push_back(a);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* b = del_target();
    if (!b) {
      mark_ = m;
      break;
    }
    out->push_back(b);
  }
  if (error_) return false;
  expect(Tok::COMMA);
  return !error_;
}

// del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
//                  | del_t_atom
expr* Parser::del_target() {
  void* memo;
  if (memo_get(Memo::del_target, &memo)) return static_cast<expr*>(memo);
  int start = mark_;
  Depth d(this);
  if (!d.ok) return nullptr;
  expr* result = single_subscript_attribute_target();
  if (result) {
    if (result->is<Attribute>())
      result->as<Attribute>()->ctx = expr_context::Del;
    else
      result->as<Subscript>()->ctx = expr_context::Del;
  }
  if (!result && !error_) {
    mark_ = start;
    result = del_t_atom();
  }
  if (error_) return nullptr;
  if (!result) mark_ = start;
  memo_put(Memo::del_target, start, result);
  return result;
}

// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
expr* Parser::del_t_atom() {
  int start = mark_;
  if (Name* a = name_token()) return set_expr_context(a, expr_context::Del);
  if (error_) return nullptr;
  if (expect(Tok::LPAR)) {
    if (expr* a = del_target()) {
      if (expect(Tok::RPAR)) return set_expr_context(a, expr_context::Del);
    }
    if (error_) return nullptr;
    mark_ = start + 1;
    exprs elts;
    int m = mark_;
    if (!del_targets(&elts)) {
      mark_ = m;
      elts.clear();
    }
    if (!error_ && expect(Tok::RPAR)) return make_tuple(this, start, std::move(elts), expr_context::Del);
  }
  mark_ = start;
  if (error_) return nullptr;
  if (expect(Tok::LSQB)) {
    exprs elts;
    int m = mark_;
    if (!del_targets(&elts)) {
      mark_ = m;
      elts.clear();
    }
    if (!error_ && expect(Tok::RSQB)) {
      List* l = make<List>(start);
      l->elts = std::move(elts);
      l->ctx = expr_context::Del;
      return l;
    }
  }
  mark_ = start;
  return nullptr;
}

// -- Parameters --

arguments* Parser::empty_arguments() { return arena_->make<arguments>(); }

arguments* Parser::make_arguments(std::vector<arg*>* slash_without_default, SlashWithDefault* slash_with_default,
                                  std::vector<arg*>* plain_names, std::vector<NameDefaultPair>* names_with_default,
                                  StarEtc* star_etc) {
  arguments* a = arena_->make<arguments>();
  if (slash_without_default) {
    a->posonlyargs = *slash_without_default;
  } else if (slash_with_default) {
    a->posonlyargs = slash_with_default->plain_names;
    for (const NameDefaultPair& p : slash_with_default->names_with_defaults) a->posonlyargs.push_back(p.a);
  }
  if (plain_names) a->args = *plain_names;
  if (names_with_default)
    for (const NameDefaultPair& p : *names_with_default) a->args.push_back(p.a);
  if (slash_with_default)
    for (const NameDefaultPair& p : slash_with_default->names_with_defaults) a->defaults.push_back(p.value);
  if (names_with_default)
    for (const NameDefaultPair& p : *names_with_default) a->defaults.push_back(p.value);
  if (star_etc) {
    a->vararg = star_etc->vararg;
    for (const NameDefaultPair& p : star_etc->kwonlyargs) {
      a->kwonlyargs.push_back(p.a);
      a->kw_defaults.push_back(p.value);
    }
    a->kwarg = star_etc->kwarg;
  }
  return a;
}

// params: invalid_parameters | parameters
arguments* Parser::params() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_parameters()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  return parameters();
}

// parameters:
//   | slash_no_default param_no_default* param_with_default* [star_etc]
//   | slash_with_default param_with_default* [star_etc]
//   | param_no_default+ param_with_default* [star_etc]
//   | param_with_default+ [star_etc]
//   | star_etc
arguments* Parser::parameters() {
  int start = mark_;
  auto no_defaults = [&](std::vector<arg*>* out) {
    for (;;) {
      int m = mark_;
      arg* a = param_no_default();
      if (!a) {
        mark_ = m;
        break;
      }
      out->push_back(a);
    }
  };
  auto with_defaults = [&](std::vector<NameDefaultPair>* out) {
    for (;;) {
      int m = mark_;
      NameDefaultPair p;
      if (!param_with_default(&p)) {
        mark_ = m;
        break;
      }
      out->push_back(p);
    }
  };
  auto opt_star_etc = [&](StarEtc* se) {
    int m = mark_;
    if (star_etc(se)) return true;
    mark_ = m;
    return false;
  };
  {
    std::vector<arg*> a;
    if (slash_no_default(&a)) {
      std::vector<arg*> b;
      std::vector<NameDefaultPair> c;
      StarEtc d;
      no_defaults(&b);
      with_defaults(&c);
      bool has_d = !error_ && opt_star_etc(&d);
      if (error_) return nullptr;
      return make_arguments(&a, nullptr, &b, &c, has_d ? &d : nullptr);
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  {
    SlashWithDefault a;
    if (slash_with_default(&a)) {
      std::vector<NameDefaultPair> b;
      StarEtc c;
      with_defaults(&b);
      bool has_c = !error_ && opt_star_etc(&c);
      if (error_) return nullptr;
      return make_arguments(nullptr, &a, nullptr, &b, has_c ? &c : nullptr);
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  {
    std::vector<arg*> a;
    no_defaults(&a);
    if (!a.empty() && !error_) {
      std::vector<NameDefaultPair> b;
      StarEtc c;
      with_defaults(&b);
      bool has_c = !error_ && opt_star_etc(&c);
      if (error_) return nullptr;
      return make_arguments(nullptr, nullptr, &a, &b, has_c ? &c : nullptr);
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  {
    std::vector<NameDefaultPair> a;
    with_defaults(&a);
    if (!a.empty() && !error_) {
      StarEtc b;
      bool has_b = !error_ && opt_star_etc(&b);
      if (error_) return nullptr;
      return make_arguments(nullptr, nullptr, nullptr, &a, has_b ? &b : nullptr);
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  StarEtc a;
  if (star_etc(&a)) return make_arguments(nullptr, nullptr, nullptr, nullptr, &a);
  return nullptr;
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
bool Parser::slash_no_default(std::vector<arg*>* out) {
  int start = mark_;
  for (;;) {
    int m = mark_;
    arg* a = param_no_default();
    if (!a) {
      mark_ = m;
      break;
    }
    out->push_back(a);
  }
  if (!out->empty() && !error_ && expect(Tok::SLASH)) {
    if (expect(Tok::COMMA) || at(Tok::RPAR)) return !error_;
  }
  mark_ = start;
  out->clear();
  return false;
}

// slash_with_default: param_no_default* param_with_default+ '/' ','
//                   | param_no_default* param_with_default+ '/' &')'
bool Parser::slash_with_default(SlashWithDefault* out) {
  int start = mark_;
  for (;;) {
    int m = mark_;
    arg* a = param_no_default();
    if (!a) {
      mark_ = m;
      break;
    }
    out->plain_names.push_back(a);
  }
  for (;;) {
    int m = mark_;
    NameDefaultPair p;
    if (!param_with_default(&p)) {
      mark_ = m;
      break;
    }
    out->names_with_defaults.push_back(p);
  }
  if (!out->names_with_defaults.empty() && !error_ && expect(Tok::SLASH)) {
    if (expect(Tok::COMMA) || at(Tok::RPAR)) return !error_;
  }
  mark_ = start;
  *out = {};
  return false;
}

// star_etc: invalid_star_etc
//   | '*' param_no_default param_maybe_default* [kwds]
//   | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//   | '*' ',' param_maybe_default+ [kwds]
//   | kwds
bool Parser::star_etc(StarEtc* out) {
  int start = mark_;
  if (call_invalid_rules_ && invalid_star_etc()) return false;
  mark_ = start;
  if (error_) return false;
  auto maybe_defaults = [&](std::vector<NameDefaultPair>* seq) {
    for (;;) {
      int m = mark_;
      NameDefaultPair p;
      if (!param_maybe_default(&p)) {
        mark_ = m;
        break;
      }
      seq->push_back(p);
    }
  };
  auto opt_kwds = [&]() -> arg* {
    int m = mark_;
    arg* k = kwds();
    if (!k) mark_ = m;
    return k;
  };
  if (expect(Tok::STAR)) {
    int after_star = mark_;
    arg* a = param_no_default();
    if (!a && !error_) {
      mark_ = after_star;
      a = param_no_default_star_annotation();
    }
    if (a) {
      StarEtc se;
      se.vararg = a;
      maybe_defaults(&se.kwonlyargs);
      se.kwarg = error_ ? nullptr : opt_kwds();
      if (error_) return false;
      *out = std::move(se);
      return true;
    }
    if (error_) return false;
    mark_ = after_star;
    if (expect(Tok::COMMA)) {
      StarEtc se;
      maybe_defaults(&se.kwonlyargs);
      if (!se.kwonlyargs.empty() && !error_) {
        se.kwarg = opt_kwds();
        if (error_) return false;
        *out = std::move(se);
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return false;
  if (arg* k = kwds()) {
    *out = {};
    out->kwarg = k;
    return true;
  }
  return false;
}

// kwds: invalid_kwds | '**' param_no_default
arg* Parser::kwds() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_kwds()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  if (!expect(Tok::DOUBLESTAR)) return nullptr;
  return param_no_default();
}

// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
arg* Parser::param_no_default() {
  int start = mark_;
  arg* a = param();
  if (a && (expect(Tok::COMMA) || at(Tok::RPAR))) return error_ ? nullptr : a;
  mark_ = start;
  return nullptr;
}

// param_no_default_star_annotation: param_star_annotation ',' | param_star_annotation &')'
arg* Parser::param_no_default_star_annotation() {
  int start = mark_;
  arg* a = param_star_annotation();
  if (a && (expect(Tok::COMMA) || at(Tok::RPAR))) return error_ ? nullptr : a;
  mark_ = start;
  return nullptr;
}

// param_with_default: param default ',' | param default &')'
bool Parser::param_with_default(NameDefaultPair* out) {
  int start = mark_;
  if (arg* a = param()) {
    if (expr* c = default_()) {
      if (expect(Tok::COMMA) || at(Tok::RPAR)) {
        *out = {a, c};
        return !error_;
      }
    }
  }
  mark_ = start;
  return false;
}

// param_maybe_default: param default? ',' | param default? &')'
bool Parser::param_maybe_default(NameDefaultPair* out) {
  int start = mark_;
  if (arg* a = param()) {
    int m = mark_;
    expr* c = default_();
    if (!c) mark_ = m;
    if (!error_ && (expect(Tok::COMMA) || at(Tok::RPAR))) {
      *out = {a, c};
      return !error_;
    }
  }
  mark_ = start;
  return false;
}

// param: NAME annotation?
arg* Parser::param() {
  int start = mark_;
  const Token* a = expect(Tok::NAME);
  if (!a) return nullptr;
  int m = mark_;
  expr* b = annotation();
  if (!b) mark_ = m;
  if (error_) return nullptr;
  arg* r = make<arg>(start);
  r->arg = std::string(text(a));
  r->annotation = b;
  return r;
}

// param_star_annotation: NAME star_annotation
arg* Parser::param_star_annotation() {
  int start = mark_;
  const Token* a = expect(Tok::NAME);
  if (!a) return nullptr;
  expr* b = star_annotation();
  if (!b) return nullptr;
  arg* r = make<arg>(start);
  r->arg = std::string(text(a));
  r->annotation = b;
  return r;
}

// annotation: ':' expression
expr* Parser::annotation() {
  if (!expect(Tok::COLON)) return nullptr;
  return expression();
}

// star_annotation: ':' star_expression
expr* Parser::star_annotation() {
  if (!expect(Tok::COLON)) return nullptr;
  return star_expression();
}

// default: '=' expression | invalid_default
expr* Parser::default_() {
  int start = mark_;
  if (expect(Tok::EQUAL)) {
    if (expr* a = expression()) return a;
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_default()) return nullptr;
  mark_ = start;
  return nullptr;
}

// -- Lambda parameters (the same shapes, without annotations, ending at ':') --

arguments* Parser::lambda_params() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_lambda_parameters()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  return lambda_parameters();
}

arguments* Parser::lambda_parameters() {
  int start = mark_;
  auto no_defaults = [&](std::vector<arg*>* out) {
    for (;;) {
      int m = mark_;
      arg* a = lambda_param_no_default();
      if (!a) {
        mark_ = m;
        break;
      }
      out->push_back(a);
    }
  };
  auto with_defaults = [&](std::vector<NameDefaultPair>* out) {
    for (;;) {
      int m = mark_;
      NameDefaultPair p;
      if (!lambda_param_with_default(&p)) {
        mark_ = m;
        break;
      }
      out->push_back(p);
    }
  };
  auto opt_star_etc = [&](StarEtc* se) {
    int m = mark_;
    if (lambda_star_etc(se)) return true;
    mark_ = m;
    return false;
  };
  {
    std::vector<arg*> a;
    if (lambda_slash_no_default(&a)) {
      std::vector<arg*> b;
      std::vector<NameDefaultPair> c;
      StarEtc d;
      no_defaults(&b);
      with_defaults(&c);
      bool has_d = !error_ && opt_star_etc(&d);
      if (error_) return nullptr;
      return make_arguments(&a, nullptr, &b, &c, has_d ? &d : nullptr);
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  {
    SlashWithDefault a;
    if (lambda_slash_with_default(&a)) {
      std::vector<NameDefaultPair> b;
      StarEtc c;
      with_defaults(&b);
      bool has_c = !error_ && opt_star_etc(&c);
      if (error_) return nullptr;
      return make_arguments(nullptr, &a, nullptr, &b, has_c ? &c : nullptr);
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  {
    std::vector<arg*> a;
    no_defaults(&a);
    if (!a.empty() && !error_) {
      std::vector<NameDefaultPair> b;
      StarEtc c;
      with_defaults(&b);
      bool has_c = !error_ && opt_star_etc(&c);
      if (error_) return nullptr;
      return make_arguments(nullptr, nullptr, &a, &b, has_c ? &c : nullptr);
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  {
    std::vector<NameDefaultPair> a;
    with_defaults(&a);
    if (!a.empty() && !error_) {
      StarEtc b;
      bool has_b = !error_ && opt_star_etc(&b);
      if (error_) return nullptr;
      return make_arguments(nullptr, nullptr, nullptr, &a, has_b ? &b : nullptr);
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  StarEtc a;
  if (lambda_star_etc(&a)) return make_arguments(nullptr, nullptr, nullptr, nullptr, &a);
  return nullptr;
}

bool Parser::lambda_slash_no_default(std::vector<arg*>* out) {
  int start = mark_;
  for (;;) {
    int m = mark_;
    arg* a = lambda_param_no_default();
    if (!a) {
      mark_ = m;
      break;
    }
    out->push_back(a);
  }
  if (!out->empty() && !error_ && expect(Tok::SLASH)) {
    if (expect(Tok::COMMA) || at(Tok::COLON)) return !error_;
  }
  mark_ = start;
  out->clear();
  return false;
}

bool Parser::lambda_slash_with_default(SlashWithDefault* out) {
  int start = mark_;
  for (;;) {
    int m = mark_;
    arg* a = lambda_param_no_default();
    if (!a) {
      mark_ = m;
      break;
    }
    out->plain_names.push_back(a);
  }
  for (;;) {
    int m = mark_;
    NameDefaultPair p;
    if (!lambda_param_with_default(&p)) {
      mark_ = m;
      break;
    }
    out->names_with_defaults.push_back(p);
  }
  if (!out->names_with_defaults.empty() && !error_ && expect(Tok::SLASH)) {
    if (expect(Tok::COMMA) || at(Tok::COLON)) return !error_;
  }
  mark_ = start;
  *out = {};
  return false;
}

// lambda_star_etc: invalid_lambda_star_etc
//   | '*' lambda_param_no_default lambda_param_maybe_default* [lambda_kwds]
//   | '*' ',' lambda_param_maybe_default+ [lambda_kwds]
//   | lambda_kwds
bool Parser::lambda_star_etc(StarEtc* out) {
  int start = mark_;
  if (call_invalid_rules_ && invalid_lambda_star_etc()) return false;
  mark_ = start;
  if (error_) return false;
  auto maybe_defaults = [&](std::vector<NameDefaultPair>* seq) {
    for (;;) {
      int m = mark_;
      NameDefaultPair p;
      if (!lambda_param_maybe_default(&p)) {
        mark_ = m;
        break;
      }
      seq->push_back(p);
    }
  };
  auto opt_kwds = [&]() -> arg* {
    int m = mark_;
    arg* k = lambda_kwds();
    if (!k) mark_ = m;
    return k;
  };
  if (expect(Tok::STAR)) {
    int after_star = mark_;
    if (arg* a = lambda_param_no_default()) {
      StarEtc se;
      se.vararg = a;
      maybe_defaults(&se.kwonlyargs);
      se.kwarg = error_ ? nullptr : opt_kwds();
      if (error_) return false;
      *out = std::move(se);
      return true;
    }
    if (error_) return false;
    mark_ = after_star;
    if (expect(Tok::COMMA)) {
      StarEtc se;
      maybe_defaults(&se.kwonlyargs);
      if (!se.kwonlyargs.empty() && !error_) {
        se.kwarg = opt_kwds();
        if (error_) return false;
        *out = std::move(se);
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return false;
  if (arg* k = lambda_kwds()) {
    *out = {};
    out->kwarg = k;
    return true;
  }
  return false;
}

// lambda_kwds: invalid_lambda_kwds | '**' lambda_param_no_default
arg* Parser::lambda_kwds() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_lambda_kwds()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  if (!expect(Tok::DOUBLESTAR)) return nullptr;
  return lambda_param_no_default();
}

// lambda_param_no_default: lambda_param ',' | lambda_param &':'
arg* Parser::lambda_param_no_default() {
  int start = mark_;
  arg* a = lambda_param();
  if (a && (expect(Tok::COMMA) || at(Tok::COLON))) return error_ ? nullptr : a;
  mark_ = start;
  return nullptr;
}

bool Parser::lambda_param_with_default(NameDefaultPair* out) {
  int start = mark_;
  if (arg* a = lambda_param()) {
    if (expr* c = default_()) {
      if (expect(Tok::COMMA) || at(Tok::COLON)) {
        *out = {a, c};
        return !error_;
      }
    }
  }
  mark_ = start;
  return false;
}

bool Parser::lambda_param_maybe_default(NameDefaultPair* out) {
  int start = mark_;
  if (arg* a = lambda_param()) {
    int m = mark_;
    expr* c = default_();
    if (!c) mark_ = m;
    if (!error_ && (expect(Tok::COMMA) || at(Tok::COLON))) {
      *out = {a, c};
      return !error_;
    }
  }
  mark_ = start;
  return false;
}

// lambda_param: NAME
arg* Parser::lambda_param() {
  int start = mark_;
  const Token* a = expect(Tok::NAME);
  if (!a) return nullptr;
  arg* r = make<arg>(start);
  r->arg = std::string(text(a));
  return r;
}

}  // namespace sy::py::detail
