// The second pass's rules: CPython 3.11's invalid_* rules, each matching a common mistake
// and raising its specific error. They run only when the first pass failed
// (call_invalid_rules_). Each returns true when it raised; on false the caller resets
// the mark and goes on with its next alternative, as a failed PEG alternative does.
#include "frontends/python/syntax/parser_internal.h"

namespace sy::py::detail {

namespace {

bool is_legacy_name(const expr* e) {
  if (!e->is<Name>()) return false;
  const std::string& id = e->as<Name>()->id;
  return id == "print" || id == "exec";
}

Loc last_comprehension_item(const comprehension* c) {
  if (c->ifs.empty()) return Loc::of(c->iter);
  return Loc::of(c->ifs.back());
}

}  // namespace

// invalid_arguments (see the grammar for its six alternatives)
bool Parser::invalid_arguments() {
  int start = mark_;
  // a=args ',' '*'. CPython 3.11.7 reports this at the '*' (its source grammar says `a`).
  if (args() && expect(Tok::COMMA)) {
    if (const Token* star = expect(Tok::STAR)) {
      raise_known(Loc::of(star), "iterable argument unpacking follows keyword argument unpacking");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  if (expr* a = expression()) {
    std::vector<comprehension*> b;
    if (for_if_clauses(&b) && expect(Tok::COMMA)) {
      int m = mark_;
      if (!args()) {
        mark_ = m;
        if (!error_ && expression()) {
          std::vector<comprehension*> c;
          if (!for_if_clauses(&c)) mark_ = m;
        } else {
          mark_ = m;
        }
      }
      if (error_) return true;
      raise_range(Loc::of(a), last_comprehension_item(b.back()), "Generator expression must be parenthesized");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  // a=NAME b='=' expression for_if_clauses
  if (const Token* a = expect(Tok::NAME)) {
    if (const Token* b = expect(Tok::EQUAL)) {
      Loc la = Loc::of(a), lb = Loc::of(b);
      if (expression()) {
        std::vector<comprehension*> c;
        if (for_if_clauses(&c)) {
          raise_range(la, lb, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
          return true;
        }
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  // a=args b=for_if_clauses
  if (Call* a = args()) {
    std::vector<comprehension*> b;
    if (for_if_clauses(&b)) {
      nonparen_genexp_in_call(a, b);
      if (error_) return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  // args ',' a=expression b=for_if_clauses
  if (args() && expect(Tok::COMMA)) {
    if (expr* a = expression()) {
      std::vector<comprehension*> b;
      if (for_if_clauses(&b)) {
        raise_range(Loc::of(a), last_comprehension_item(b.back()), "Generator expression must be parenthesized");
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  // a=args ',' args
  if (Call* a = args()) {
    if (expect(Tok::COMMA) && args()) {
      arguments_parsing_error(a);
      return true;
    }
  }
  mark_ = start;
  return error_;
}

void Parser::nonparen_genexp_in_call(Call* args, const std::vector<comprehension*>& comps) {
  if (args->args.size() <= 1) return;
  raise_range(Loc::of(args->args.back()), last_comprehension_item(comps.back()),
              "Generator expression must be parenthesized");
}

void Parser::arguments_parsing_error(Call* e) {
  bool keyword_unpacking = false;
  for (keyword* k : e->keywords)
    if (!k->arg) keyword_unpacking = true;
  raise_generic("SyntaxError", keyword_unpacking ? "positional argument follows keyword argument unpacking"
                                                 : "positional argument follows keyword argument");
}

// invalid_kwarg:
//   | a=('True'|'False'|'None') b='='
//   | a=NAME b='=' expression for_if_clauses
//   | !(NAME '=') a=expression b='='
bool Parser::invalid_kwarg() {
  int start = mark_;
  const Token* t = peek();
  if (!t) return true;
  if (t->type == Tok::KW_True || t->type == Tok::KW_False || t->type == Tok::KW_None) {
    Loc la = Loc::of(t);
    std::string name(text(t));
    ++mark_;
    if (const Token* b = expect(Tok::EQUAL)) {
      raise_range(la, Loc::of(b), "cannot assign to " + name);
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  if (const Token* a = expect(Tok::NAME)) {
    if (const Token* b = expect(Tok::EQUAL)) {
      Loc la = Loc::of(a), lb = Loc::of(b);
      if (expression()) {
        std::vector<comprehension*> c;
        if (for_if_clauses(&c)) {
          raise_range(la, lb, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
          return true;
        }
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  bool name_eq = expect(Tok::NAME) && expect(Tok::EQUAL);
  mark_ = start;
  if (!name_eq && !error_) {
    if (expr* a = expression()) {
      if (const Token* b = expect(Tok::EQUAL)) {
        raise_range(Loc::of(a), Loc::of(b), "expression cannot contain assignment, perhaps you meant \"==\"?");
        return true;
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_legacy_expression: a=NAME !'(' b=star_expressions
bool Parser::invalid_legacy_expression() {
  int start = mark_;
  if (Name* a = name_token()) {
    if (!at(Tok::LPAR) && !error_) {
      if (expr* b = star_expressions()) {
        if (is_legacy_name(a)) {
          raise_range(Loc::of(a), Loc::of(b),
                      "Missing parentheses in call to '" + a->id + "'. Did you mean " + a->id + "(...)?");
          return true;
        }
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_expression:
//   | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
//   | a=disjunction 'if' b=disjunction !('else'|':')
bool Parser::invalid_expression() {
  int start = mark_;
  bool excluded = false;
  if (const Token* t = peek()) {
    if (t->type == Tok::NAME) {
      std::string_view s = text(t);
      excluded = s == "_" || s == "case" || s == "match";
      if (!excluded) {
        ++mark_;
        excluded = at(Tok::STRING);
        mark_ = start;
      }
    }
  }
  if (error_) return true;
  if (!excluded) {
    if (expr* a = disjunction()) {
      if (expr* b = expression_without_invalid()) {
        if (!is_legacy_name(a) && tokens_[mark_ - 1].level != 0) {
          raise_range(Loc::of(a), Loc::of(b), "invalid syntax. Perhaps you forgot a comma?");
          return true;
        }
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  if (expr* a = disjunction()) {
    if (expect(Tok::KW_if)) {
      if (expr* b = disjunction()) {
        if (!at(Tok::KW_else) && !at(Tok::COLON) && !error_) {
          raise_range(Loc::of(a), Loc::of(b), "expected 'else' after 'if' expression");
          return true;
        }
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_named_expression (memo):
//   | a=expression ':=' expression
//   | a=NAME '=' b=bitwise_or !('='|':=')
//   | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
bool Parser::invalid_named_expression() {
  void* memo;
  if (memo_get(Memo::invalid_named_expression, &memo)) return error_;
  int start = mark_;
  bool raised = false;
  do {
    if (expr* a = expression()) {
      if (expect(Tok::COLONEQUAL) && expression()) {
        raise_known(Loc::of(a), std::string("cannot use assignment expressions with ") + expr_name(a));
        raised = true;
        break;
      }
    }
    mark_ = start;
    if (error_) break;
    if (Name* a = name_token()) {
      if (expect(Tok::EQUAL)) {
        if (expr* b = bitwise_or()) {
          if (!at(Tok::EQUAL) && !at(Tok::COLONEQUAL) && !error_) {
            raise_range(Loc::of(a), Loc::of(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            raised = true;
            break;
          }
        }
      }
    }
    mark_ = start;
    if (error_) break;
    bool excluded = false;
    if (const Token* t = peek()) {
      if (t->type == Tok::KW_True || t->type == Tok::KW_None || t->type == Tok::KW_False) {
        excluded = true;
      } else {
        excluded = list() != nullptr;
        mark_ = start;
        if (!excluded && !error_) excluded = tuple() != nullptr;
        mark_ = start;
        if (!excluded && !error_) excluded = genexp() != nullptr;
        mark_ = start;
      }
    }
    if (error_) break;
    if (!excluded) {
      if (expr* a = bitwise_or()) {
        if (expect(Tok::EQUAL) && bitwise_or()) {
          if (!at(Tok::EQUAL) && !at(Tok::COLONEQUAL) && !error_) {
            raise_known(Loc::of(a),
                        std::string("cannot assign to ") + expr_name(a) + " here. Maybe you meant '==' instead of '='?");
            raised = true;
            break;
          }
        }
      }
    }
    mark_ = start;
  } while (false);
  if (!error_) {
    mark_ = start;
    memo_put(Memo::invalid_named_expression, start, nullptr);
  }
  return raised || error_;
}

// invalid_assignment (see the grammar)
bool Parser::invalid_assignment() {
  int start = mark_;
  // a=invalid_ann_assign_target ':' expression
  if (expr* a = invalid_ann_assign_target()) {
    if (expect(Tok::COLON) && expression()) {
      raise_known(Loc::of(a), std::string("only single target (not ") + expr_name(a) + ") can be annotated");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  // a=star_named_expression ',' star_named_expressions* ':' expression
  if (expr* a = star_named_expression()) {
    if (expect(Tok::COMMA)) {
      for (;;) {
        int m = mark_;
        exprs rest;
        if (!star_named_expressions(&rest)) {
          mark_ = m;
          break;
        }
      }
      if (!error_ && expect(Tok::COLON) && expression()) {
        raise_known(Loc::of(a), "only single target (not tuple) can be annotated");
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  // a=expression ':' expression
  if (expr* a = expression()) {
    if (expect(Tok::COLON) && expression()) {
      raise_known(Loc::of(a), "illegal target for annotation");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  auto targets_prefix = [&]() {
    for (;;) {
      int m = mark_;
      if (star_targets() && expect(Tok::EQUAL)) continue;
      mark_ = m;
      break;
    }
  };
  // (star_targets '=')* a=star_expressions '='
  targets_prefix();
  if (!error_) {
    if (expr* a = star_expressions()) {
      if (expect(Tok::EQUAL) && raise_invalid_target(Targets::Star, a)) return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  // (star_targets '=')* a=yield_expr '='
  targets_prefix();
  if (!error_) {
    if (expr* a = yield_expr()) {
      if (expect(Tok::EQUAL)) {
        raise_known(Loc::of(a), "assignment to yield expression not possible");
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  // a=star_expressions augassign (yield_expr | star_expressions)
  if (expr* a = star_expressions()) {
    operator_ op;
    if (augassign(&op)) {
      int m = mark_;
      expr* c = yield_expr();
      if (!c) {
        mark_ = m;
        if (!error_) c = star_expressions();
      }
      if (c) {
        raise_known(Loc::of(a),
                    std::string("'") + expr_name(a) + "' is an illegal expression for augmented assignment");
        return true;
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
expr* Parser::invalid_ann_assign_target() {
  int start = mark_;
  if (expr* e = list()) return e;
  mark_ = start;
  if (error_) return nullptr;
  if (expr* e = tuple()) return e;
  mark_ = start;
  if (error_) return nullptr;
  if (expect(Tok::LPAR)) {
    if (!enter()) return nullptr;
    expr* a = invalid_ann_assign_target();
    leave();
    if (a && expect(Tok::RPAR)) return a;
  }
  mark_ = start;
  return nullptr;
}

// invalid_del_stmt: 'del' a=star_expressions
bool Parser::invalid_del_stmt() {
  int start = mark_;
  if (expect(Tok::KW_del)) {
    if (expr* a = star_expressions()) {
      if (raise_invalid_target(Targets::Del, a)) return true;
    }
  }
  mark_ = start;
  return error_;
}

// invalid_block: NEWLINE !INDENT
bool Parser::invalid_block() {
  int start = mark_;
  if (expect(Tok::NEWLINE) && !at(Tok::INDENT) && !error_) {
    raise_generic("IndentationError", "expected an indented block");
    return true;
  }
  mark_ = start;
  return error_;
}

// invalid_comprehension:
//   | ('[' | '(' | '{') a=starred_expression for_if_clauses
//   | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
//   | ('[' | '{') a=star_named_expression b=',' for_if_clauses
bool Parser::invalid_comprehension() {
  int start = mark_;
  if (expect(Tok::LSQB) || expect(Tok::LPAR) || expect(Tok::LBRACE)) {
    if (expr* a = starred_expression()) {
      std::vector<comprehension*> c;
      if (for_if_clauses(&c)) {
        raise_known(Loc::of(a), "iterable unpacking cannot be used in comprehension");
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  if (expect(Tok::LSQB) || expect(Tok::LBRACE)) {
    int after_open = mark_;
    if (expr* a = star_named_expression()) {
      if (expect(Tok::COMMA)) {
        exprs b;
        if (star_named_expressions(&b)) {
          std::vector<comprehension*> c;
          if (for_if_clauses(&c)) {
            raise_range(Loc::of(a), Loc::of(b.back()), "did you forget parentheses around the comprehension target?");
            return true;
          }
        }
      }
    }
    if (error_) return true;
    mark_ = after_open;
    if (expr* a = star_named_expression()) {
      if (const Token* b = expect(Tok::COMMA)) {
        Loc lb = Loc::of(b);
        std::vector<comprehension*> c;
        if (for_if_clauses(&c)) {
          raise_range(Loc::of(a), lb, "did you forget parentheses around the comprehension target?");
          return true;
        }
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
bool Parser::invalid_dict_comprehension() {
  int start = mark_;
  if (expect(Tok::LBRACE)) {
    if (const Token* a = expect(Tok::DOUBLESTAR)) {
      Loc la = Loc::of(a);
      if (bitwise_or()) {
        std::vector<comprehension*> c;
        if (for_if_clauses(&c) && expect(Tok::RBRACE)) {
          raise_known(la, "dict unpacking cannot be used in dict comprehension");
          return true;
        }
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_parameters (see the grammar)
bool Parser::invalid_parameters() {
  int start = mark_;
  auto no_defaults = [&]() {
    int n = 0;
    for (;;) {
      int m = mark_;
      if (!param_no_default()) {
        mark_ = m;
        break;
      }
      ++n;
    }
    return n;
  };
  auto maybe_defaults = [&]() {
    int n = 0;
    for (;;) {
      int m = mark_;
      NameDefaultPair p;
      if (!param_maybe_default(&p)) {
        mark_ = m;
        break;
      }
      ++n;
    }
    return n;
  };
  // param_no_default* invalid_parameters_helper a=param_no_default
  no_defaults();
  if (!error_ && invalid_parameters_helper()) {
    int m = mark_;
    if (arg* a = param_no_default()) {
      raise_known(Loc::of(a), "non-default argument follows default argument");
      return true;
    }
    mark_ = m;
  }
  mark_ = start;
  if (error_) return true;
  // param_no_default* a='(' param_no_default+ ','? b=')'
  no_defaults();
  if (const Token* a = expect(Tok::LPAR)) {
    Loc la = Loc::of(a);
    if (no_defaults() > 0) {
      expect(Tok::COMMA);
      if (const Token* b = expect(Tok::RPAR)) {
        raise_range(la, Loc::of(b), "Function parameters cannot be parenthesized");
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  // a="/" ','
  if (const Token* a = expect(Tok::SLASH)) {
    Loc la = Loc::of(a);
    if (expect(Tok::COMMA)) {
      raise_known(la, "at least one argument must precede /");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  auto slash_any = [&]() {
    int m = mark_;
    std::vector<arg*> a;
    if (slash_no_default(&a)) return true;
    mark_ = m;
    if (error_) return false;
    SlashWithDefault b;
    if (slash_with_default(&b)) return true;
    mark_ = m;
    return false;
  };
  // (slash_no_default | slash_with_default) param_maybe_default* a='/'
  if (slash_any()) {
    maybe_defaults();
    if (const Token* a = expect(Tok::SLASH)) {
      raise_known(Loc::of(a), "/ may appear only once");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
  //     param_maybe_default* a='/'
  slash_any();
  maybe_defaults();
  if (!error_ && expect(Tok::STAR)) {
    if (expect(Tok::COMMA) || param_no_default()) {
      maybe_defaults();
      if (const Token* a = expect(Tok::SLASH)) {
        raise_known(Loc::of(a), "/ must be ahead of *");
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  // param_maybe_default+ '/' a='*'
  if (maybe_defaults() > 0 && expect(Tok::SLASH)) {
    if (const Token* a = expect(Tok::STAR)) {
      raise_known(Loc::of(a), "expected comma between / and *");
      return true;
    }
  }
  mark_ = start;
  return error_;
}

// invalid_default: a='=' &(')'|',')
bool Parser::invalid_default() {
  int start = mark_;
  if (const Token* a = expect(Tok::EQUAL)) {
    Loc la = Loc::of(a);
    if (at(Tok::RPAR) || at(Tok::COMMA)) {
      raise_known(la, "expected default value expression");
      return true;
    }
  }
  mark_ = start;
  return error_;
}

// invalid_star_etc (see the grammar)
bool Parser::invalid_star_etc() {
  int start = mark_;
  // a='*' (')' | ',' (')' | '**'))
  if (const Token* a = expect(Tok::STAR)) {
    Loc la = Loc::of(a);
    int m = mark_;
    bool match = expect(Tok::RPAR) != nullptr;
    if (!match) {
      mark_ = m;
      match = expect(Tok::COMMA) && (expect(Tok::RPAR) || expect(Tok::DOUBLESTAR));
    }
    if (match) {
      raise_known(la, "named arguments must follow bare *");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  // '*' param a='='
  if (expect(Tok::STAR) && param()) {
    if (const Token* a = expect(Tok::EQUAL)) {
      raise_known(Loc::of(a), "var-positional argument cannot have default value");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
  if (expect(Tok::STAR)) {
    int m = mark_;
    bool ok = param_no_default() != nullptr;
    if (!ok) {
      mark_ = m;
      ok = expect(Tok::COMMA) != nullptr;
    }
    if (ok) {
      for (;;) {
        int m2 = mark_;
        NameDefaultPair p;
        if (!param_maybe_default(&p)) {
          mark_ = m2;
          break;
        }
      }
      if (const Token* a = expect(Tok::STAR)) {
        Loc la = Loc::of(a);
        int m3 = mark_;
        bool ok2 = param_no_default() != nullptr;
        if (!ok2) {
          mark_ = m3;
          ok2 = expect(Tok::COMMA) != nullptr;
        }
        if (ok2) {
          raise_known(la, "* argument may appear only once");
          return true;
        }
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_kwds: '**' param a='=' | '**' param ',' a=param | '**' param ',' a=('*'|'**'|'/')
bool Parser::invalid_kwds() {
  int start = mark_;
  if (expect(Tok::DOUBLESTAR) && param()) {
    int m = mark_;
    if (const Token* a = expect(Tok::EQUAL)) {
      raise_known(Loc::of(a), "var-keyword argument cannot have default value");
      return true;
    }
    mark_ = m;
    if (expect(Tok::COMMA)) {
      int m2 = mark_;
      if (arg* a = param()) {
        raise_known(Loc::of(a), "arguments cannot follow var-keyword argument");
        return true;
      }
      mark_ = m2;
      const Token* t = peek();
      if (t && (t->type == Tok::STAR || t->type == Tok::DOUBLESTAR || t->type == Tok::SLASH)) {
        raise_known(Loc::of(t), "arguments cannot follow var-keyword argument");
        return true;
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_parameters_helper: slash_with_default | param_with_default+
bool Parser::invalid_parameters_helper() {
  int start = mark_;
  SlashWithDefault a;
  if (slash_with_default(&a)) return true;
  mark_ = start;
  if (error_) return false;
  int n = 0;
  for (;;) {
    int m = mark_;
    NameDefaultPair p;
    if (!param_with_default(&p)) {
      mark_ = m;
      break;
    }
    ++n;
  }
  return n > 0 && !error_;
}

// invalid_lambda_parameters (as invalid_parameters, for lambda)
bool Parser::invalid_lambda_parameters() {
  int start = mark_;
  auto no_defaults = [&]() {
    int n = 0;
    for (;;) {
      int m = mark_;
      if (!lambda_param_no_default()) {
        mark_ = m;
        break;
      }
      ++n;
    }
    return n;
  };
  auto maybe_defaults = [&]() {
    int n = 0;
    for (;;) {
      int m = mark_;
      NameDefaultPair p;
      if (!lambda_param_maybe_default(&p)) {
        mark_ = m;
        break;
      }
      ++n;
    }
    return n;
  };
  no_defaults();
  if (!error_ && invalid_lambda_parameters_helper()) {
    int m = mark_;
    if (arg* a = lambda_param_no_default()) {
      raise_known(Loc::of(a), "non-default argument follows default argument");
      return true;
    }
    mark_ = m;
  }
  mark_ = start;
  if (error_) return true;
  // lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')'
  no_defaults();
  if (const Token* a = expect(Tok::LPAR)) {
    Loc la = Loc::of(a);
    if (lambda_param()) {
      for (;;) {
        int m = mark_;
        if (!expect(Tok::COMMA) || !lambda_param()) {
          mark_ = m;
          break;
        }
      }
      expect(Tok::COMMA);
      if (const Token* b = expect(Tok::RPAR)) {
        raise_range(la, Loc::of(b), "Lambda expression parameters cannot be parenthesized");
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  if (const Token* a = expect(Tok::SLASH)) {
    Loc la = Loc::of(a);
    if (expect(Tok::COMMA)) {
      raise_known(la, "at least one argument must precede /");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  auto slash_any = [&]() {
    int m = mark_;
    std::vector<arg*> a;
    if (lambda_slash_no_default(&a)) return true;
    mark_ = m;
    if (error_) return false;
    SlashWithDefault b;
    if (lambda_slash_with_default(&b)) return true;
    mark_ = m;
    return false;
  };
  if (slash_any()) {
    maybe_defaults();
    if (const Token* a = expect(Tok::SLASH)) {
      raise_known(Loc::of(a), "/ may appear only once");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  slash_any();
  maybe_defaults();
  if (!error_ && expect(Tok::STAR)) {
    if (expect(Tok::COMMA) || lambda_param_no_default()) {
      maybe_defaults();
      if (const Token* a = expect(Tok::SLASH)) {
        raise_known(Loc::of(a), "/ must be ahead of *");
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  if (maybe_defaults() > 0 && expect(Tok::SLASH)) {
    if (const Token* a = expect(Tok::STAR)) {
      raise_known(Loc::of(a), "expected comma between / and *");
      return true;
    }
  }
  mark_ = start;
  return error_;
}

bool Parser::invalid_lambda_parameters_helper() {
  int start = mark_;
  SlashWithDefault a;
  if (lambda_slash_with_default(&a)) return true;
  mark_ = start;
  if (error_) return false;
  int n = 0;
  for (;;) {
    int m = mark_;
    NameDefaultPair p;
    if (!lambda_param_with_default(&p)) {
      mark_ = m;
      break;
    }
    ++n;
  }
  return n > 0 && !error_;
}

// invalid_lambda_star_etc:
//   | '*' (':' | ',' (':' | '**'))
//   | '*' lambda_param a='='
//   | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*'
//         (lambda_param_no_default | ',')
bool Parser::invalid_lambda_star_etc() {
  int start = mark_;
  if (expect(Tok::STAR)) {
    int m = mark_;
    bool match = expect(Tok::COLON) != nullptr;
    if (!match) {
      mark_ = m;
      match = expect(Tok::COMMA) && (expect(Tok::COLON) || expect(Tok::DOUBLESTAR));
    }
    if (match) {
      raise_generic("SyntaxError", "named arguments must follow bare *");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  if (expect(Tok::STAR) && lambda_param()) {
    if (const Token* a = expect(Tok::EQUAL)) {
      raise_known(Loc::of(a), "var-positional argument cannot have default value");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  if (expect(Tok::STAR)) {
    int m = mark_;
    bool ok = lambda_param_no_default() != nullptr;
    if (!ok) {
      mark_ = m;
      ok = expect(Tok::COMMA) != nullptr;
    }
    if (ok) {
      for (;;) {
        int m2 = mark_;
        NameDefaultPair p;
        if (!lambda_param_maybe_default(&p)) {
          mark_ = m2;
          break;
        }
      }
      if (const Token* a = expect(Tok::STAR)) {
        Loc la = Loc::of(a);
        int m3 = mark_;
        bool ok2 = lambda_param_no_default() != nullptr;
        if (!ok2) {
          mark_ = m3;
          ok2 = expect(Tok::COMMA) != nullptr;
        }
        if (ok2) {
          raise_known(la, "* argument may appear only once");
          return true;
        }
      }
    }
  }
  mark_ = start;
  return error_;
}

bool Parser::invalid_lambda_kwds() {
  int start = mark_;
  if (expect(Tok::DOUBLESTAR) && lambda_param()) {
    int m = mark_;
    if (const Token* a = expect(Tok::EQUAL)) {
      raise_known(Loc::of(a), "var-keyword argument cannot have default value");
      return true;
    }
    mark_ = m;
    if (expect(Tok::COMMA)) {
      int m2 = mark_;
      if (arg* a = lambda_param()) {
        raise_known(Loc::of(a), "arguments cannot follow var-keyword argument");
        return true;
      }
      mark_ = m2;
      const Token* t = peek();
      if (t && (t->type == Tok::STAR || t->type == Tok::DOUBLESTAR || t->type == Tok::SLASH)) {
        raise_known(Loc::of(t), "arguments cannot follow var-keyword argument");
        return true;
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
bool Parser::invalid_with_item() {
  int start = mark_;
  if (expression() && expect(Tok::KW_as)) {
    if (expr* a = expression()) {
      if ((at(Tok::COMMA) || at(Tok::RPAR) || at(Tok::COLON)) && raise_invalid_target(Targets::Star, a)) return true;
    }
  }
  mark_ = start;
  return error_;
}

// invalid_for_target: ASYNC? 'for' a=star_expressions
bool Parser::invalid_for_target() {
  int start = mark_;
  expect(Tok::KW_async);
  if (expect(Tok::KW_for)) {
    if (expr* a = star_expressions()) {
      if (raise_invalid_target(Targets::For, a)) return true;
    }
  }
  mark_ = start;
  return error_;
}

// invalid_group: '(' a=starred_expression ')' | '(' a='**' expression ')'
bool Parser::invalid_group() {
  int start = mark_;
  if (expect(Tok::LPAR)) {
    if (expr* a = starred_expression()) {
      if (expect(Tok::RPAR)) {
        raise_known(Loc::of(a), "cannot use starred expression here");
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  if (expect(Tok::LPAR)) {
    if (const Token* a = expect(Tok::DOUBLESTAR)) {
      Loc la = Loc::of(a);
      if (expression() && expect(Tok::RPAR)) {
        raise_known(la, "cannot use double starred expression here");
        return true;
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
bool Parser::invalid_import_from_targets() {
  int start = mark_;
  std::vector<alias*> names;
  if (import_from_as_names(&names) && expect(Tok::COMMA) && expect(Tok::NEWLINE)) {
    raise_generic("SyntaxError", "trailing comma not allowed without surrounding parentheses");
    return true;
  }
  mark_ = start;
  return error_;
}

namespace {

// ','.(expression ['as' star_target])+, or with `expressions` inside parentheses.
bool with_items_loose(Parser* p, bool parenthesized) {
  auto item = [&]() {
    expr* e = parenthesized ? p->expressions() : p->expression();
    if (!e) return false;
    int m = p->mark_;
    if (!(p->expect(Tok::KW_as) && p->star_target())) p->mark_ = m;
    return !p->error_;
  };
  if (!item()) return false;
  for (;;) {
    int m = p->mark_;
    if (!p->expect(Tok::COMMA) || !item()) {
      p->mark_ = m;
      break;
    }
  }
  return !p->error_;
}

}  // namespace

// invalid_with_stmt:
//   | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//   | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
bool Parser::invalid_with_stmt() {
  int start = mark_;
  expect(Tok::KW_async);
  if (expect(Tok::KW_with) && with_items_loose(this, false) && expect(Tok::NEWLINE)) {
    raise_generic("SyntaxError", "expected ':'");
    return true;
  }
  mark_ = start;
  if (error_) return true;
  expect(Tok::KW_async);
  if (expect(Tok::KW_with) && expect(Tok::LPAR) && with_items_loose(this, true)) {
    expect(Tok::COMMA);
    if (expect(Tok::RPAR) && expect(Tok::NEWLINE)) {
      raise_generic("SyntaxError", "expected ':'");
      return true;
    }
  }
  mark_ = start;
  return error_;
}

// invalid_with_stmt_indent: the same two shapes followed by ':' NEWLINE !INDENT
bool Parser::invalid_with_stmt_indent() {
  int start = mark_;
  for (int paren = 0; paren < 2; ++paren) {
    mark_ = start;
    expect(Tok::KW_async);
    const Token* a = expect(Tok::KW_with);
    if (!a) continue;
    int line = a->lineno;
    bool ok;
    if (paren) {
      ok = expect(Tok::LPAR) && with_items_loose(this, true);
      if (ok) {
        expect(Tok::COMMA);
        ok = expect(Tok::RPAR) != nullptr;
      }
    } else {
      ok = with_items_loose(this, false);
    }
    if (ok && expect(Tok::COLON) && expect(Tok::NEWLINE) && !at(Tok::INDENT) && !error_) {
      raise_generic("IndentationError",
                    "expected an indented block after 'with' statement on line " + std::to_string(line));
      return true;
    }
    if (error_) return true;
  }
  mark_ = start;
  return error_;
}

// invalid_try_stmt (see the grammar)
bool Parser::invalid_try_stmt() {
  int start = mark_;
  if (const Token* a = expect(Tok::KW_try)) {
    int line = a->lineno;
    if (expect(Tok::COLON) && expect(Tok::NEWLINE) && !at(Tok::INDENT) && !error_) {
      raise_generic("IndentationError", "expected an indented block after 'try' statement on line " + std::to_string(line));
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  if (expect(Tok::KW_try) && expect(Tok::COLON) && block()) {
    if (!at(Tok::KW_except) && !at(Tok::KW_finally) && !error_) {
      raise_generic("SyntaxError", "expected 'except' or 'finally' block");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  auto blocks = [&]() {
    for (;;) {
      int m = mark_;
      if (!block()) {
        mark_ = m;
        break;
      }
    }
  };
  // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
  if (expect(Tok::KW_try) && expect(Tok::COLON)) {
    blocks();
    int n = 0;
    for (;;) {
      int m = mark_;
      if (!except_block()) {
        mark_ = m;
        break;
      }
      ++n;
    }
    if (n > 0 && !error_) {
      if (const Token* a = expect(Tok::KW_except)) {
        Loc la = Loc::of(a);
        if (const Token* b = expect(Tok::STAR)) {
          Loc lb = Loc::of(b);
          if (expression()) {
            int m = mark_;
            if (!(expect(Tok::KW_as) && expect(Tok::NAME))) mark_ = m;
            if (!error_ && expect(Tok::COLON)) {
              raise_range(la, lb, "cannot have both 'except' and 'except*' on the same 'try'");
              return true;
            }
          }
        }
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
  if (expect(Tok::KW_try) && expect(Tok::COLON)) {
    blocks();
    int n = 0;
    for (;;) {
      int m = mark_;
      if (!except_star_block()) {
        mark_ = m;
        break;
      }
      ++n;
    }
    if (n > 0 && !error_) {
      if (const Token* a = expect(Tok::KW_except)) {
        Loc la = Loc::of(a);
        int m = mark_;
        if (expression()) {
          int m2 = mark_;
          if (!(expect(Tok::KW_as) && expect(Tok::NAME))) mark_ = m2;
        } else {
          mark_ = m;
        }
        if (!error_ && expect(Tok::COLON)) {
          raise_known(la, "cannot have both 'except' and 'except*' on the same 'try'");
          return true;
        }
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_except_stmt:
//   | 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
//   | a='except' '*'? expression ['as' NAME ] NEWLINE
//   | a='except' NEWLINE
//   | a='except' '*' (NEWLINE | ':')
bool Parser::invalid_except_stmt() {
  int start = mark_;
  if (expect(Tok::KW_except)) {
    expect(Tok::STAR);
    if (expr* a = expression()) {
      if (expect(Tok::COMMA) && expressions()) {
        int m = mark_;
        if (!(expect(Tok::KW_as) && expect(Tok::NAME))) mark_ = m;
        if (!error_ && expect(Tok::COLON)) {
          raise_starting_from(Loc::of(a), "multiple exception types must be parenthesized");
          return true;
        }
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  if (expect(Tok::KW_except)) {
    expect(Tok::STAR);
    if (expression()) {
      int m = mark_;
      if (!(expect(Tok::KW_as) && expect(Tok::NAME))) mark_ = m;
      if (!error_ && expect(Tok::NEWLINE)) {
        raise_generic("SyntaxError", "expected ':'");
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  if (expect(Tok::KW_except) && expect(Tok::NEWLINE)) {
    raise_generic("SyntaxError", "expected ':'");
    return true;
  }
  mark_ = start;
  if (error_) return true;
  if (expect(Tok::KW_except) && expect(Tok::STAR) && (expect(Tok::NEWLINE) || expect(Tok::COLON))) {
    raise_generic("SyntaxError", "expected one or more exception types");
    return true;
  }
  mark_ = start;
  return error_;
}

// invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT
bool Parser::invalid_finally_stmt() {
  int start = mark_;
  if (const Token* a = expect(Tok::KW_finally)) {
    int line = a->lineno;
    if (expect(Tok::COLON) && expect(Tok::NEWLINE) && !at(Tok::INDENT) && !error_) {
      raise_generic("IndentationError",
                    "expected an indented block after 'finally' statement on line " + std::to_string(line));
      return true;
    }
  }
  mark_ = start;
  return error_;
}

// invalid_except_stmt_indent:
//   | a='except' expression ['as' NAME ] ':' NEWLINE !INDENT
//   | a='except' ':' NEWLINE !INDENT
bool Parser::invalid_except_stmt_indent() {
  int start = mark_;
  if (const Token* a = expect(Tok::KW_except)) {
    int line = a->lineno;
    if (expression()) {
      int m = mark_;
      if (!(expect(Tok::KW_as) && expect(Tok::NAME))) mark_ = m;
      if (!error_ && expect(Tok::COLON) && expect(Tok::NEWLINE) && !at(Tok::INDENT) && !error_) {
        raise_generic("IndentationError",
                      "expected an indented block after 'except' statement on line " + std::to_string(line));
        return true;
      }
    }
    if (error_) return true;
    mark_ = start + 1;
    if (expect(Tok::COLON) && expect(Tok::NEWLINE) && !at(Tok::INDENT) && !error_) {
      raise_generic("IndentationError",
                    "expected an indented block after 'except' statement on line " + std::to_string(line));
      return true;
    }
  }
  mark_ = start;
  return error_;
}

// invalid_except_star_stmt_indent: a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
bool Parser::invalid_except_star_stmt_indent() {
  int start = mark_;
  if (const Token* a = expect(Tok::KW_except)) {
    int line = a->lineno;
    if (expect(Tok::STAR) && expression()) {
      int m = mark_;
      if (!(expect(Tok::KW_as) && expect(Tok::NAME))) mark_ = m;
      if (!error_ && expect(Tok::COLON) && expect(Tok::NEWLINE) && !at(Tok::INDENT) && !error_) {
        raise_generic("IndentationError",
                      "expected an indented block after 'except*' statement on line " + std::to_string(line));
        return true;
      }
    }
  }
  mark_ = start;
  return error_;
}

namespace {

// The shared shape of invalid_if_stmt, invalid_elif_stmt and invalid_while_stmt:
//   | KW named_expression NEWLINE                       -> "expected ':'"
//   | a=KW named_expression ':' NEWLINE !INDENT         -> "expected an indented block ..."
// For 'if', CPython's rule rebinds `a` to the condition, so its line is reported.
bool invalid_conditional(Parser* p, Tok kw, const char* what, bool line_of_condition) {
  int start = p->mark_;
  if (p->expect(kw) && p->named_expression() && p->expect(Tok::NEWLINE)) {
    p->raise_generic("SyntaxError", "expected ':'");
    return true;
  }
  p->mark_ = start;
  if (p->error_) return true;
  if (const Token* a = p->expect(kw)) {
    int line = a->lineno;
    if (expr* cond = p->named_expression()) {
      if (line_of_condition) line = cond->lineno;
      if (p->expect(Tok::COLON) && p->expect(Tok::NEWLINE) && !p->at(Tok::INDENT) && !p->error_) {
        p->raise_generic("IndentationError", std::string("expected an indented block after '") + what +
                                                 "' statement on line " + std::to_string(line));
        return true;
      }
    }
  }
  p->mark_ = start;
  return p->error_;
}

}  // namespace

bool Parser::invalid_if_stmt() { return invalid_conditional(this, Tok::KW_if, "if", true); }
bool Parser::invalid_elif_stmt() { return invalid_conditional(this, Tok::KW_elif, "elif", false); }
bool Parser::invalid_while_stmt() { return invalid_conditional(this, Tok::KW_while, "while", false); }

// invalid_else_stmt: a='else' ':' NEWLINE !INDENT
bool Parser::invalid_else_stmt() {
  int start = mark_;
  if (const Token* a = expect(Tok::KW_else)) {
    int line = a->lineno;
    if (expect(Tok::COLON) && expect(Tok::NEWLINE) && !at(Tok::INDENT) && !error_) {
      raise_generic("IndentationError", "expected an indented block after 'else' statement on line " + std::to_string(line));
      return true;
    }
  }
  mark_ = start;
  return error_;
}

// invalid_for_stmt:
//   | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//   | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
bool Parser::invalid_for_stmt() {
  int start = mark_;
  expect(Tok::KW_async);
  if (expect(Tok::KW_for) && star_targets() && expect(Tok::KW_in) && star_expressions() && expect(Tok::NEWLINE)) {
    raise_generic("SyntaxError", "expected ':'");
    return true;
  }
  mark_ = start;
  if (error_) return true;
  expect(Tok::KW_async);
  if (const Token* a = expect(Tok::KW_for)) {
    int line = a->lineno;
    if (star_targets() && expect(Tok::KW_in) && star_expressions() && expect(Tok::COLON) && expect(Tok::NEWLINE) &&
        !at(Tok::INDENT) && !error_) {
      raise_generic("IndentationError", "expected an indented block after 'for' statement on line " + std::to_string(line));
      return true;
    }
  }
  mark_ = start;
  return error_;
}

// invalid_def_raw: [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
bool Parser::invalid_def_raw() {
  int start = mark_;
  expect(Tok::KW_async);
  if (const Token* a = expect(Tok::KW_def)) {
    int line = a->lineno;
    if (expect(Tok::NAME) && expect(Tok::LPAR)) {
      int m = mark_;
      if (!params()) mark_ = m;
      if (!error_ && expect(Tok::RPAR)) {
        m = mark_;
        if (!(expect(Tok::RARROW) && expression())) mark_ = m;
        if (!error_ && expect(Tok::COLON) && expect(Tok::NEWLINE) && !at(Tok::INDENT) && !error_) {
          raise_generic("IndentationError",
                        "expected an indented block after function definition on line " + std::to_string(line));
          return true;
        }
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_class_def_raw:
//   | 'class' NAME ['(' [arguments] ')'] NEWLINE
//   | a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
bool Parser::invalid_class_def_raw() {
  int start = mark_;
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = start;
    const Token* a = expect(Tok::KW_class);
    if (!a) return error_;
    int line = a->lineno;
    if (!expect(Tok::NAME)) continue;
    int m = mark_;
    if (expect(Tok::LPAR)) {
      int m2 = mark_;
      if (!arguments_()) mark_ = m2;
      if (error_ || !expect(Tok::RPAR)) mark_ = m;
    }
    if (error_) return true;
    if (alt == 0) {
      if (expect(Tok::NEWLINE)) {
        raise_generic("SyntaxError", "expected ':'");
        return true;
      }
    } else if (expect(Tok::COLON) && expect(Tok::NEWLINE) && !at(Tok::INDENT) && !error_) {
      raise_generic("IndentationError",
                    "expected an indented block after class definition on line " + std::to_string(line));
      return true;
    }
    if (error_) return true;
  }
  mark_ = start;
  return error_;
}

// invalid_double_starred_kvpairs:
//   | ','.double_starred_kvpair+ ',' invalid_kvpair
//   | expression ':' a='*' bitwise_or
//   | expression a=':' &('}'|',')
bool Parser::invalid_double_starred_kvpairs() {
  int start = mark_;
  {
    KeyValuePair kv;
    if (double_starred_kvpair(&kv)) {
      for (;;) {
        int m = mark_;
        if (!expect(Tok::COMMA) || !double_starred_kvpair(&kv)) {
          mark_ = m;
          break;
        }
      }
      if (!error_ && expect(Tok::COMMA) && invalid_kvpair()) return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  if (expression() && expect(Tok::COLON)) {
    if (const Token* a = expect(Tok::STAR)) {
      Loc la = Loc::of(a);
      if (bitwise_or()) {
        raise_starting_from(la, "cannot use a starred expression in a dictionary value");
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  if (expression()) {
    if (const Token* a = expect(Tok::COLON)) {
      Loc la = Loc::of(a);
      if (at(Tok::RBRACE) || at(Tok::COMMA)) {
        raise_known(la, "expression expected after dictionary key and ':'");
        return true;
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_kvpair:
//   | a=expression !(':')
//   | expression ':' a='*' bitwise_or
//   | expression a=':' &('}'|',')
bool Parser::invalid_kvpair() {
  int start = mark_;
  if (expr* a = expression()) {
    if (!at(Tok::COLON) && !error_) {
      raise_at("SyntaxError", a->lineno, a->end_col_offset - 1, a->end_lineno, -1, "':' expected after dictionary key");
      return true;
    }
  }
  mark_ = start;
  if (error_) return true;
  if (expression() && expect(Tok::COLON)) {
    if (const Token* a = expect(Tok::STAR)) {
      Loc la = Loc::of(a);
      if (bitwise_or()) {
        raise_starting_from(la, "cannot use a starred expression in a dictionary value");
        return true;
      }
    }
  }
  mark_ = start;
  if (error_) return true;
  if (expression()) {
    if (const Token* a = expect(Tok::COLON)) {
      Loc la = Loc::of(a);
      if (at(Tok::RBRACE) || at(Tok::COMMA)) {
        raise_known(la, "expression expected after dictionary key and ':'");
        return true;
      }
    }
  }
  mark_ = start;
  return error_;
}

// invalid_match_stmt:
//   | "match" subject_expr NEWLINE
//   | a="match" subject_expr ':' NEWLINE !INDENT
bool Parser::invalid_match_stmt() {
  int start = mark_;
  auto subject = [&]() {
    int m = mark_;
    if (star_named_expression() && expect(Tok::COMMA)) {
      int m2 = mark_;
      exprs rest;
      if (!star_named_expressions(&rest)) mark_ = m2;
      return !error_;
    }
    mark_ = m;
    if (error_) return false;
    return named_expression() != nullptr;
  };
  if (expect_soft("match") && subject() && expect(Tok::NEWLINE)) {
    raise_generic("SyntaxError", "expected ':'");
    return true;
  }
  mark_ = start;
  if (error_) return true;
  if (const Token* a = expect_soft("match")) {
    int line = a->lineno;
    if (subject() && expect(Tok::COLON) && expect(Tok::NEWLINE) && !at(Tok::INDENT) && !error_) {
      raise_generic("IndentationError", "expected an indented block after 'match' statement on line " + std::to_string(line));
      return true;
    }
  }
  mark_ = start;
  return error_;
}

}  // namespace sy::py::detail
