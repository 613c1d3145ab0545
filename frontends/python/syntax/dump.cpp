#include "frontends/python/syntax/dump.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "frontends/python/syntax/unicode.h"

namespace sy::py {

using namespace ast;

// -- Python's repr for the constant types --

std::string repr_str(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos, has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  size_t i = 0;
  while (i < s.size()) {
    size_t n = 1;
    uint32_t c = utf8_decode(s.substr(i), &n);
    i += n;
    char buf[16];
    if (c == static_cast<uint32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c == 0x7f) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else if (c < 0x7f) {
      out += static_cast<char>(c);
    } else if (is_printable(c) && !(c >= 0xD800 && c <= 0xDFFF)) {
      append_utf8(&out, c);
    } else {
      if (c <= 0xff)
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
      else if (c <= 0xffff)
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
      else
        std::snprintf(buf, sizeof buf, "\\U%08x", c);
      out += buf;
    }
  }
  out += quote;
  return out;
}

std::string repr_bytes(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos, has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (unsigned char c : s) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

// CPython's float_repr: the shortest digits that round-trip, in fixed notation when the
// decimal exponent is in [-4, 16), else as d.ddde+XX.
std::string repr_float(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<size_t>(res.ptr - buf));
  std::string sign;
  if (!sci.empty() && sci[0] == '-') {
    sign = "-";
    sci.remove_prefix(1);
  }
  size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e))
    if (c != '.') digits += c;
  int exp = std::atoi(std::string(sci.substr(e + 1)).c_str());
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exp + 1;  // digits d1d2... mean 0.d1d2... * 10^decpt
  int nd = static_cast<int>(digits.size());
  std::string out = sign;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out += "0." + std::string(static_cast<size_t>(-decpt), '0') + digits;
    } else if (decpt >= nd) {
      out += digits + std::string(static_cast<size_t>(decpt - nd), '0') + ".0";
    } else {
      out += digits.substr(0, static_cast<size_t>(decpt)) + "." + digits.substr(static_cast<size_t>(decpt));
    }
  } else {
    out += digits.substr(0, 1);
    if (nd > 1) out += "." + digits.substr(1);
    int x = decpt - 1;
    char ebuf[16];
    std::snprintf(ebuf, sizeof ebuf, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    out += ebuf;
  }
  return out;
}

std::string repr_constant(const ConstantValue& v) {
  switch (v.kind) {
    case ConstantValue::None: return "None";
    case ConstantValue::Bool: return v.b ? "True" : "False";
    case ConstantValue::Ellipsis: return "Ellipsis";
    case ConstantValue::Int: return v.s;
    case ConstantValue::Float: return repr_float(v.f);
    case ConstantValue::Str: return repr_str(v.s);
    case ConstantValue::Bytes: return repr_bytes(v.s);
  }
  return "?";
}

// -- ast.dump --

namespace {

// Writes Class(field=value, ...) the way ast.dump does: fields in declaration order,
// optional fields left out when absent, lists always written.
class Dumper {
 public:
  std::string out;

  void node(const char* cls) {
    out += cls;
    out += '(';
    first_.push_back(true);
  }
  void end() {
    out += ')';
    first_.pop_back();
  }
  void field(const char* name) {
    if (!first_.back()) out += ", ";
    first_.back() = false;
    out += name;
    out += '=';
  }
  void leaf(const char* cls) {
    out += cls;
    out += "()";
  }

  void e(const char* name, const expr* x) {
    field(name);
    value(x);
  }
  void opt(const char* name, const expr* x) {
    if (x) e(name, x);
  }
  void id(const char* name, const std::string& s) {
    field(name);
    out += repr_str(s);
  }
  void opt_id(const char* name, const std::optional<std::string>& s) {
    if (s) id(name, *s);
  }
  void integer(const char* name, long v) {
    field(name);
    out += std::to_string(v);
  }
  template <class T, class F> void list(const char* name, const std::vector<T>& xs, F each) {
    field(name);
    out += '[';
    for (size_t i = 0; i < xs.size(); ++i) {
      if (i) out += ", ";
      each(xs[i]);
    }
    out += ']';
  }
  void exprs_(const char* name, const exprs& xs) {
    list(name, xs, [this](const expr* x) { value(x); });
  }
  void stmts_(const char* name, const stmts& xs) {
    list(name, xs, [this](const stmt* s) { statement(s); });
  }
  void ctx(expr_context c) {
    field("ctx");
    leaf(ast::name(c));
  }

  void value(const expr* x) {
    if (!x) {
      out += "None";
      return;
    }
    expression(x);
  }

  void arg_(const arg* a) {
    node("arg");
    id("arg", a->arg);
    opt("annotation", a->annotation);
    end();
  }
  void opt_arg(const char* name, const arg* a) {
    if (!a) return;
    field(name);
    arg_(a);
  }
  void arguments_(const arguments* a) {
    node("arguments");
    list("posonlyargs", a->posonlyargs, [this](const arg* x) { arg_(x); });
    list("args", a->args, [this](const arg* x) { arg_(x); });
    opt_arg("vararg", a->vararg);
    list("kwonlyargs", a->kwonlyargs, [this](const arg* x) { arg_(x); });
    exprs_("kw_defaults", a->kw_defaults);
    opt_arg("kwarg", a->kwarg);
    exprs_("defaults", a->defaults);
    end();
  }
  void keywords(const std::vector<keyword*>& ks) {
    list("keywords", ks, [this](const keyword* k) {
      node("keyword");
      opt_id("arg", k->arg);
      e("value", k->value);
      end();
    });
  }
  void generators(const std::vector<comprehension*>& gs) {
    list("generators", gs, [this](const comprehension* c) {
      node("comprehension");
      e("target", c->target);
      e("iter", c->iter);
      exprs_("ifs", c->ifs);
      integer("is_async", c->is_async);
      end();
    });
  }
  void aliases(const std::vector<alias*>& as) {
    list("names", as, [this](const alias* a) {
      node("alias");
      id("name", a->name);
      opt_id("asname", a->asname);
      end();
    });
  }
  void handlers(const std::vector<excepthandler*>& hs) {
    list("handlers", hs, [this](const ExceptHandler* h) {
      node("ExceptHandler");
      opt("type", h->type);
      opt_id("name", h->name);
      stmts_("body", h->body);
      end();
    });
  }
  void withitems(const std::vector<withitem*>& ws) {
    list("items", ws, [this](const withitem* w) {
      node("withitem");
      e("context_expr", w->context_expr);
      opt("optional_vars", w->optional_vars);
      end();
    });
  }
  void names(const std::vector<identifier>& ns) {
    list("names", ns, [this](const identifier& s) { out += repr_str(s); });
  }

  void statement(const stmt* s) {
    node(ast::name(s->tag));
    switch (s->tag) {
      case StmtTag::FunctionDef: {
        auto* f = s->as<FunctionDef>();
        id("name", f->name);
        field("args");
        arguments_(f->args);
        stmts_("body", f->body);
        exprs_("decorator_list", f->decorator_list);
        opt("returns", f->returns);
        break;
      }
      case StmtTag::AsyncFunctionDef: {
        auto* f = s->as<AsyncFunctionDef>();
        id("name", f->name);
        field("args");
        arguments_(f->args);
        stmts_("body", f->body);
        exprs_("decorator_list", f->decorator_list);
        opt("returns", f->returns);
        break;
      }
      case StmtTag::ClassDef: {
        auto* c = s->as<ClassDef>();
        id("name", c->name);
        exprs_("bases", c->bases);
        keywords(c->keywords);
        stmts_("body", c->body);
        exprs_("decorator_list", c->decorator_list);
        break;
      }
      case StmtTag::Return: opt("value", s->as<Return>()->value); break;
      case StmtTag::Delete: exprs_("targets", s->as<Delete>()->targets); break;
      case StmtTag::Assign: {
        auto* a = s->as<Assign>();
        exprs_("targets", a->targets);
        e("value", a->value);
        break;
      }
      case StmtTag::AugAssign: {
        auto* a = s->as<AugAssign>();
        e("target", a->target);
        field("op");
        leaf(ast::name(a->op));
        e("value", a->value);
        break;
      }
      case StmtTag::AnnAssign: {
        auto* a = s->as<AnnAssign>();
        e("target", a->target);
        e("annotation", a->annotation);
        opt("value", a->value);
        integer("simple", a->simple);
        break;
      }
      case StmtTag::For: {
        auto* f = s->as<For>();
        e("target", f->target);
        e("iter", f->iter);
        stmts_("body", f->body);
        stmts_("orelse", f->orelse);
        break;
      }
      case StmtTag::AsyncFor: {
        auto* f = s->as<AsyncFor>();
        e("target", f->target);
        e("iter", f->iter);
        stmts_("body", f->body);
        stmts_("orelse", f->orelse);
        break;
      }
      case StmtTag::While: {
        auto* w = s->as<While>();
        e("test", w->test);
        stmts_("body", w->body);
        stmts_("orelse", w->orelse);
        break;
      }
      case StmtTag::If: {
        auto* i = s->as<If>();
        e("test", i->test);
        stmts_("body", i->body);
        stmts_("orelse", i->orelse);
        break;
      }
      case StmtTag::With: {
        auto* w = s->as<With>();
        withitems(w->items);
        stmts_("body", w->body);
        break;
      }
      case StmtTag::AsyncWith: {
        auto* w = s->as<AsyncWith>();
        withitems(w->items);
        stmts_("body", w->body);
        break;
      }
      case StmtTag::Raise: {
        auto* r = s->as<Raise>();
        opt("exc", r->exc);
        opt("cause", r->cause);
        break;
      }
      case StmtTag::Try: {
        auto* t = s->as<Try>();
        stmts_("body", t->body);
        handlers(t->handlers);
        stmts_("orelse", t->orelse);
        stmts_("finalbody", t->finalbody);
        break;
      }
      case StmtTag::TryStar: {
        auto* t = s->as<TryStar>();
        stmts_("body", t->body);
        handlers(t->handlers);
        stmts_("orelse", t->orelse);
        stmts_("finalbody", t->finalbody);
        break;
      }
      case StmtTag::Assert: {
        auto* a = s->as<Assert>();
        e("test", a->test);
        opt("msg", a->msg);
        break;
      }
      case StmtTag::Import: aliases(s->as<Import>()->names); break;
      case StmtTag::ImportFrom: {
        auto* i = s->as<ImportFrom>();
        opt_id("module", i->module);
        aliases(i->names);
        integer("level", i->level);
        break;
      }
      case StmtTag::Global: names(s->as<Global>()->names); break;
      case StmtTag::Nonlocal: names(s->as<Nonlocal>()->names); break;
      case StmtTag::Expr: e("value", s->as<Expr>()->value); break;
      case StmtTag::Pass:
      case StmtTag::Break:
      case StmtTag::Continue: break;
    }
    end();
  }

  void expression(const expr* x) {
    node(ast::name(x->tag));
    switch (x->tag) {
      case ExprTag::BoolOp: {
        auto* b = x->as<BoolOp>();
        field("op");
        leaf(ast::name(b->op));
        exprs_("values", b->values);
        break;
      }
      case ExprTag::NamedExpr: {
        auto* n = x->as<NamedExpr>();
        e("target", n->target);
        e("value", n->value);
        break;
      }
      case ExprTag::BinOp: {
        auto* b = x->as<BinOp>();
        e("left", b->left);
        field("op");
        leaf(ast::name(b->op));
        e("right", b->right);
        break;
      }
      case ExprTag::UnaryOp: {
        auto* u = x->as<UnaryOp>();
        field("op");
        leaf(ast::name(u->op));
        e("operand", u->operand);
        break;
      }
      case ExprTag::Lambda: {
        auto* l = x->as<Lambda>();
        field("args");
        arguments_(l->args);
        e("body", l->body);
        break;
      }
      case ExprTag::IfExp: {
        auto* i = x->as<IfExp>();
        e("test", i->test);
        e("body", i->body);
        e("orelse", i->orelse);
        break;
      }
      case ExprTag::Dict: {
        auto* d = x->as<Dict>();
        exprs_("keys", d->keys);
        exprs_("values", d->values);
        break;
      }
      case ExprTag::Set: exprs_("elts", x->as<Set>()->elts); break;
      case ExprTag::ListComp: {
        auto* c = x->as<ListComp>();
        e("elt", c->elt);
        generators(c->generators);
        break;
      }
      case ExprTag::SetComp: {
        auto* c = x->as<SetComp>();
        e("elt", c->elt);
        generators(c->generators);
        break;
      }
      case ExprTag::DictComp: {
        auto* c = x->as<DictComp>();
        e("key", c->key);
        e("value", c->value);
        generators(c->generators);
        break;
      }
      case ExprTag::GeneratorExp: {
        auto* c = x->as<GeneratorExp>();
        e("elt", c->elt);
        generators(c->generators);
        break;
      }
      case ExprTag::Await: e("value", x->as<Await>()->value); break;
      case ExprTag::Yield: opt("value", x->as<Yield>()->value); break;
      case ExprTag::YieldFrom: e("value", x->as<YieldFrom>()->value); break;
      case ExprTag::Compare: {
        auto* c = x->as<Compare>();
        e("left", c->left);
        list("ops", c->ops, [this](cmpop op) { leaf(ast::name(op)); });
        exprs_("comparators", c->comparators);
        break;
      }
      case ExprTag::Call: {
        auto* c = x->as<Call>();
        e("func", c->func);
        exprs_("args", c->args);
        keywords(c->keywords);
        break;
      }
      case ExprTag::FormattedValue: {
        auto* f = x->as<FormattedValue>();
        e("value", f->value);
        integer("conversion", f->conversion);
        opt("format_spec", f->format_spec);
        break;
      }
      case ExprTag::JoinedStr: exprs_("values", x->as<JoinedStr>()->values); break;
      case ExprTag::Constant: {
        auto* c = x->as<Constant>();
        field("value");
        out += repr_constant(c->value);
        opt_id("kind", c->kind);
        break;
      }
      case ExprTag::Attribute: {
        auto* a = x->as<Attribute>();
        e("value", a->value);
        id("attr", a->attr);
        ctx(a->ctx);
        break;
      }
      case ExprTag::Subscript: {
        auto* s = x->as<Subscript>();
        e("value", s->value);
        e("slice", s->slice);
        ctx(s->ctx);
        break;
      }
      case ExprTag::Starred: {
        auto* s = x->as<Starred>();
        e("value", s->value);
        ctx(s->ctx);
        break;
      }
      case ExprTag::Name: {
        auto* n = x->as<Name>();
        id("id", n->id);
        ctx(n->ctx);
        break;
      }
      case ExprTag::List: {
        auto* l = x->as<List>();
        exprs_("elts", l->elts);
        ctx(l->ctx);
        break;
      }
      case ExprTag::Tuple: {
        auto* t = x->as<Tuple>();
        exprs_("elts", t->elts);
        ctx(t->ctx);
        break;
      }
      case ExprTag::Slice: {
        auto* s = x->as<Slice>();
        opt("lower", s->lower);
        opt("upper", s->upper);
        opt("step", s->step);
        break;
      }
    }
    end();
  }

 private:
  std::vector<bool> first_;
};

}  // namespace

std::string dump(const Module* m) {
  Dumper d;
  d.node("Module");
  d.stmts_("body", m->body);
  d.field("type_ignores");
  d.out += "[]";
  d.end();
  return std::move(d.out);
}

}  // namespace sy::py
