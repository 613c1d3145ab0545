// A function-by-function port of erl_error.erl (OTP 25): format_exception/7 and what it
// calls, without chars_limit.
#include "frontends/beam/runtime/exception_format.h"

#include <optional>

#include "core/bigint.h"
#include "core/ir/module.h"
#include "frontends/beam/runtime/bifs.h"
#include "frontends/beam/runtime/unicode.h"

namespace sy::beam {

namespace {

Chars ascii(std::string_view s) {
  Chars c;
  append_latin1(c, s);
  return c;
}
Chars utf8_chars(std::string_view s) {
  Chars c;
  size_t i = 0;
  uint32_t cp;
  while (next_utf8(s, &i, &cp)) c += static_cast<char32_t>(cp);
  return c;
}
Chars spaces(int n) { return Chars(static_cast<size_t>(n > 0 ? n : 0), U' '); }
int count_nl(const Chars& s) {
  int n = 0;
  for (char32_t c : s) n += c == U'\n';
  return n;
}
int len(const Chars& s) { return static_cast<int>(s.size()); }

Chars exited(Value cls) {
  if (cls == atoms.exit) return U"exception exit: ";
  if (cls == atoms.throw_) return U"exception throw: ";
  return U"exception error: ";
}

struct Frame {
  Value m, f, a, info;  // a: an arity or the argument list
};

// is_stacktrace/1.
bool stacktrace_frames(Value stack, std::vector<Frame>* out) {
  for (Value l = stack; ; l = tail(l)) {
    if (l.is_nil()) return true;
    if (!is_cons(l)) return false;
    Value t = head(l);
    if (!is_tuple(t) || t.as<Tuple>()->size() != 4) return false;
    const Tuple* tu = t.as<Tuple>();
    if (!is_atom(tu->items[0]) || !is_atom(tu->items[1]) || !is_list(tu->items[3])) return false;
    if (!is_integer(tu->items[2]) && list_length(tu->items[2]) < 0) return false;
    out->push_back({tu->items[0], tu->items[1], tu->items[2], tu->items[3]});
  }
}

int n_args(Value a) { return a.is_int() ? static_cast<int>(a.as_int()) : static_cast<int>(list_length(a)); }

class Formatter {
 public:
  explicit Formatter(const ExceptionFormat& o) : o_(o) {}

  Chars pf(Value term, int column) const {
    PrintOptions p;
    p.column = column;
    p.depth = o_.depth;
    p.unicode = o_.unicode;
    return print_term(term, p);
  }

  Chars to_string(Value atom) const {
    Chars c;
    write_atom(c, atom, o_.unicode);
    return c;
  }

  std::optional<std::string_view> op_of(Value m, Value f, int arity) const {
    if (m != atoms.erlang || !is_atom(f)) return std::nullopt;
    std::string_view name = atom_text(f);
    if (is_operator(name, static_cast<uint32_t>(arity))) return name;
    return std::nullopt;
  }

  Chars mf_to_string(Value m, Value f, int arity) const {
    if (is_atom(m) && is_auto_imported_bif(atom_text(m), atom_text(f), static_cast<uint32_t>(arity)))
      return write_term(f);
    if (auto op = op_of(m, f, arity)) return *op == "/" ? write_term(f) : utf8_chars(*op);
    return write_term(m) + U":" + to_string(f);
  }
  Chars mfa_to_string(Value m, Value f, int arity) const {
    return mf_to_string(m, f, arity) + U"/" + ascii(std::to_string(arity));
  }

  Chars format_fun(Value fun) const {
    if (is_export_fun(fun)) {
      auto* e = fun.as<ExportFun>();
      return mfa_to_string(e->module, e->function, static_cast<int>(e->arity()));
    }
    if (is_instance(fun, cls::Closure)) {
      const FunInfo* info = fun_info(fun.as<Closure>()->fn);
      if (info) {
        if (info->module == atom("erl_eval"))
          return U"interpreted function with arity " + ascii(std::to_string(info->arity));
        return mfa_to_string(info->module, info->name, static_cast<int>(info->arity));
      }
    }
    return write_term(fun);
  }

  static Chars location(Value info) {
    Value file, line;
    for (Value l = info; is_cons(l); l = tail(l)) {
      Value p = head(l);
      if (!is_tuple(p) || p.as<Tuple>()->size() != 2) continue;
      if (file.is_empty() && p.as<Tuple>()->items[0] == atom("file")) file = p.as<Tuple>()->items[1];
      if (line.is_empty() && p.as<Tuple>()->items[0] == atom("line")) line = p.as<Tuple>()->items[1];
    }
    if (file.is_empty() || line.is_empty()) return U"";
    Chars f;
    for (Value l = file; is_cons(l); l = tail(l))
      if (head(l).is_int()) f += static_cast<char32_t>(head(l).as_int());
    return U"(" + f + U", line " + write_term(line) + U")";
  }

  // pp_arguments: the arguments in parentheses; a first argument that would make the
  // list print as a string is printed in place of a same-width atom.
  Chars pp_arguments(Value args, int indent) const {
    Value first = is_cons(args) ? head(args) : Value();
    if (!first.is_empty() && first.is_int() && printable_latin1_list(args)) {
      std::string l = std::to_string(first.as_int());
      Value a = atom(std::string(l.size(), 'a'));
      Chars s = pf(cons(a, tail(args)), indent + 1);
      return brackets_to_parens(U"[" + ascii(l) + s.substr(1 + l.size()));
    }
    return brackets_to_parens(pf(args, indent + 1));
  }
  static Chars brackets_to_parens(const Chars& s) { return U"(" + s.substr(1, s.size() - 2) + U")"; }

  Chars format_op(const Chars& err, const Chars& pre, std::string_view op, const std::vector<Value>& as) const {
    if (as.size() == 1) {
      Chars ops = utf8_chars(op) + U" ";
      int i1 = len(err) + len(pre) + len(ops);
      return ops + pf(as[0], i1 + 1);
    }
    int i1 = len(err) + len(pre);
    Chars s1 = pf(as[0], i1 + 1), s2 = pf(as[1], i1 + 1);
    Chars ops = utf8_chars(op);
    Chars pre1 = U"\n" + spaces(i1);
    if (count_nl(s1) > 0) return s1 + pre1 + ops + pre1 + s2;
    Chars ops2 = U" " + ops + U" ";
    int size1 = len(err) + len(pre) + len(ops2);
    Chars s2_2 = pf(as[1], size1 + len(s1) + 1);
    if (count_nl(s2) < count_nl(s2_2)) return s1 + pre1 + ops + pre1 + s2;
    return s1 + ops2 + s2_2;
  }

  Chars format_call(const Chars& err, const Chars& pre1, Value m, Value f, Value args) const {
    std::vector<Value> as;
    for (Value l = args; is_cons(l); l = tail(l)) as.push_back(head(l));
    int arity = static_cast<int>(as.size());
    if (auto op = op_of(m, f, arity)) return err + format_op(err, pre1, *op, as);
    Chars mfs = mf_to_string(m, f, arity);
    int i1 = len(pre1) + len(err) + len(mfs);
    Chars s1 = pp_arguments(args, i1);
    Chars s2 = pp_arguments(args, len(pre1) + len(mfs));
    Chars s3 = pp_arguments(cons(atom("a2345"), cons(atom("b2345"), Value::nil())), i1);
    bool long_form = count_nl(s3) > 0;
    if (long_form || count_nl(s2) < count_nl(s1)) return err + U"\n" + pre1 + mfs + s2;
    return err + mfs + s1;
  }

  Chars format_value(Value v, const Chars& err, Value cls, const Chars& s) const {
    int pre1 = len(exited(cls));
    Chars s1 = pf(v, pre1 + len(s) + len(err) + 1);
    int n1 = count_nl(s1);
    if (n1 > 1) {
      Chars s2 = pf(v, len(s) + 1 + pre1);
      if (count_nl(s2) < n1) return err + U"\n" + s + spaces(pre1) + s2;
    }
    return err + s1;
  }

  Chars explain_reason(Value term, Value cls, const std::vector<Frame>& trace1, const Chars& s) const {
    bool error = cls == atoms.error;
    auto tagged = [&](const char* tag) {
      return is_tuple(term) && term.as<Tuple>()->size() == 2 && term.as<Tuple>()->items[0] == atom(tag);
    };
    auto second = [&] { return term.as<Tuple>()->items[1]; };
    if (error && trace1.empty()) {
      if (term == atoms.badarg) return U"bad argument";
      if (tagged("badarg")) return format_value(second(), U"bad argument: ", cls, s);
      if (tagged("badkey")) return format_value(second(), U"bad key: ", cls, s);
      if (tagged("badmap")) return format_value(second(), U"bad map: ", cls, s);
      if (term == atoms.badarith) return U"an error occurred when evaluating an arithmetic expression";
      if (tagged("badarity")) {
        Value p = second();
        if (is_tuple(p) && p.as<Tuple>()->size() == 2 && is_fun(p.as<Tuple>()->items[0])) {
          int64_t n = list_length(p.as<Tuple>()->items[1]);
          static const char* const kArgs[] = {"no arguments", "one argument", "two arguments"};
          Chars argss = n >= 0 && n < 3 ? ascii(kArgs[n]) : ascii(std::to_string(n) + " arguments");
          return format_fun(p.as<Tuple>()->items[0]) + U" called with " + argss;
        }
      }
      if (tagged("badfun")) return format_value(second(), U"bad function ", cls, s);
      if (tagged("badmatch")) return format_value(second(), U"no match of right hand side value ", cls, s);
      if (tagged("case_clause")) return format_value(second(), U"no case clause matching ", cls, s);
      if (term == atoms.if_clause) return U"no true branch found when evaluating an if expression";
      if (term == atoms.noproc) return U"no such process or port";
      if (term == atom("notalive")) return U"the node cannot be part of a distributed system";
      if (term == atoms.system_limit) return U"a system limit has been reached";
      if (term == atom("timeout_value")) return U"bad receive timeout value";
      if (tagged("try_clause")) return format_value(second(), U"no try clause matching ", cls, s);
      if (tagged("bad_filter")) return format_value(second(), U"bad filter ", cls, s);
      if (tagged("bad_generator")) return format_value(second(), U"bad generator ", cls, s);
      if (tagged("unbound")) return U"variable " + write_term(second()) + U" is unbound";
    }
    if (error && trace1.size() == 1) {
      const Frame& fr = trace1[0];
      if (term == atoms.function_clause && is_list(fr.a)) {
        Chars pre1 = s + spaces(len(exited(cls)));
        return format_call(U"no function clause matching ", pre1, fr.m, fr.f, fr.a) + U" " + location(fr.info);
      }
      if (term == atoms.undef) return U"undefined function " + mfa_to_string(fr.m, fr.f, n_args(fr.a));
    }
    if (cls == atoms.exit && trace1.empty() && term == atom("calling_self"))
      return U"the current process attempted to call itself";
    return pf(term, len(s) + 1 + len(exited(cls)));
  }

  Chars call_format_error(const std::map<int, std::string>& errors, int nargs, const Chars& sep) const {
    std::vector<Chars> lines;
    for (int arg = 1; arg <= nargs; ++arg) {
      auto it = errors.find(arg);
      if (it == errors.end()) continue;
      Chars arg_str = U"*** argument " + ascii(std::to_string(arg)) + U": ";
      // string:lexemes(Err, "\r\n"): the non-empty lines; the first after "*** argument N: ".
      Chars msg = utf8_chars(it->second);
      bool first = true;
      for (size_t start = 0; start < msg.size();) {
        size_t nl = msg.find_first_of(U"\r\n", start);
        Chars line = msg.substr(start, nl == Chars::npos ? Chars::npos : nl - start);
        start = nl == Chars::npos ? msg.size() : nl + 1;
        if (line.empty()) continue;
        lines.push_back(first ? arg_str + line : spaces(len(arg_str)) + line);
        first = false;
      }
    }
    if (auto it = errors.find(0); it != errors.end()) lines.push_back(U"*** " + utf8_chars(it->second));
    Chars out;
    for (const Chars& l : lines) out += U"\n" + sep + U"   " + l;
    return out;
  }

  Chars format_stacktrace(const Chars& s0, std::vector<Frame> stack, const std::map<int, std::string>& errors) const {
    while (!stack.empty() && !o_.skip_module.is_empty() && stack.back().m == o_.skip_module) stack.pop_back();
    Chars s = U"  " + s0;
    Chars out;
    for (size_t i = 0; i < stack.size(); ++i) {
      const Frame& fr = stack[i];
      int n = static_cast<int>(i) + 1;
      Chars sep = n == 1 ? s : U"\n" + s;
      int arity = n_args(fr.a);
      Chars origin;
      if (n == 1) origin = op_of(fr.m, fr.f, arity) ? U"in operator " : U"in function ";
      else origin = U"in call from";
      static const std::map<int, std::string> kNone;
      const auto& errs = n == 1 ? errors : kNone;
      if (fr.a.is_int()) {
        out += sep + origin + U" " + mfa_to_string(fr.m, fr.f, arity) + U" " + location(fr.info) +
               call_format_error(errs, arity, sep);
      } else {
        Chars called_as = s + U"   called as ";
        Chars c = format_call(U"", called_as, fr.m, fr.f, fr.a);
        out += sep + origin + U" " + mfa_to_string(fr.m, fr.f, arity) + U"\n" + called_as + c +
               call_format_error(errs, arity, sep);
      }
    }
    return out;
  }

 private:
  const ExceptionFormat& o_;
};

// get_extended_error: the explanations erl_erts_errors / erl_stdlib_errors give for the
// first frame, when it carries an error_info naming one of them.
std::map<int, std::string> extended_error(Value reason, const std::vector<Frame>& trace) {
  if (trace.empty()) return {};
  const Frame& fr = trace[0];
  for (Value l = fr.info; is_cons(l); l = tail(l)) {
    Value p = head(l);
    if (!is_tuple(p) || p.as<Tuple>()->size() != 2 || p.as<Tuple>()->items[0] != atom("error_info")) continue;
    Value map = p.as<Tuple>()->items[1];
    if (!is_map(map)) return {};
    Value mod = map_get(map.as<Map>(), atom("module"));
    if (mod.is_empty()) mod = fr.m;
    if (mod != atom("erl_erts_errors") && mod != atom("erl_stdlib_errors")) return {};
    if (!is_list(fr.a)) return {};
    return bif_error_explanations(fr.m, fr.f, fr.a, reason);
  }
  return {};
}

}  // namespace

Chars format_exception(Value cls, Value reason, Value stacktrace, const ExceptionFormat& options) {
  Formatter fm(options);
  Chars s = spaces(options.indent - 1);
  // analyze_exception
  std::vector<Frame> frames, trace1, trace;
  Value term = reason;
  if (!stacktrace_frames(stacktrace, &frames)) {
    term = tuple({reason, stacktrace});
  } else if (cls == atoms.error && !frames.empty() &&
             ((reason == atoms.function_clause && is_list(frames[0].a)) || reason == atoms.undef)) {
    trace1.push_back(frames[0]);
    trace.assign(frames.begin() + 1, frames.end());
  } else {
    trace = frames;
  }
  auto errors = extended_error(reason, trace);
  Chars st = fm.format_stacktrace(s, trace, errors);
  Chars expl = exited(cls) + fm.explain_reason(term, cls, trace1, s);
  keep_alive(reason);
  keep_alive(stacktrace);
  return st.empty() ? expl : expl + U"\n" + st;
}

}  // namespace sy::beam
