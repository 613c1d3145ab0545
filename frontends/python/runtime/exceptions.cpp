// Exceptions. Compiled code raises with `py.raise` and catches with handler ranges; the
// first thing a handler does is `py.catch`, which turns a VM error into the Python
// exception it stands for and appends the frames the exception left to the traceback
// it keeps (the VM's trace of the catch, VM::caught_trace). A traceback is a list of
// (function, code offset) entries, outermost first, like CPython's tb_next chain.
//
// Re-raising (`raise` alone, or a finally block passing the exception on) marks the
// exception, so that the frame that re-raises it is not recorded a second time.
#include "frontends/python/runtime/exceptions.h"

#include <algorithm>
#include <set>
#include <cstdio>
#include <unordered_set>

#include "core/format.h"
#include "core/heap.h"
#include "core/ir/module.h"
#include "frontends/python/lib/str_repr.h"
#include "frontends/python/lib/unicode.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/runtime.h"
#include "frontends/python/syntax/parser.h"

namespace sy::py {

namespace {

// A traceback entry: (function address as an int, code offset).
Value tb_entry(const Function* fn, uint32_t pc) {
  return Value::object(tuple_of({Value::small_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(fn))),
                                 Value::small_int(pc)}));
}
const Function* entry_fn(Value e) {
  return reinterpret_cast<const Function*>(static_cast<uintptr_t>(e.as<Tuple>()->items[0].as_int()));
}
uint32_t entry_pc(Value e) { return static_cast<uint32_t>(e.as<Tuple>()->items[1].as_int()); }

PyType* error_type_for(std::string_view kind) {
  const Types& t = types();
  if (kind == "type_error" || kind == "arity_error" || kind == "wrong_method_type") return t.TypeError;
  if (kind == "zero_division") return t.ZeroDivisionError;
  if (kind == "index_error") return t.IndexError;
  if (kind == "key_error") return t.KeyError;
  if (kind == "attribute_error") return t.AttributeError;
  if (kind == "value_error") return t.ValueError;
  if (kind == "overflow") return t.OverflowError;
  if (kind == "stack_overflow") return t.RecursionError;
  return t.SystemError;
}

}  // namespace

Value normalize_exception(VM& vm, Value e) {
  if (is_exception(e)) return e;
  if (is_instance(e, cls::Error)) {
    Error* err = e.as<Error>();
    std::string_view kind = atom_name(err->kind.atom_id());
    std::string msg(sv(err->message));
    if (kind == "stack_overflow") msg = "maximum recursion depth exceeded";
    if (kind == "continuation_error" && msg.find("running") != std::string::npos) {
      return new_exception(vm, types().ValueError, Value::object(tuple_of({str("generator already executing")})));
    }
    return new_exception(vm, error_type_for(kind), Value::object(tuple_of({str(msg)})));
  }
  return new_exception(vm, types().SystemError,
                       Value::object(tuple_of({str("a non-exception value was raised: " + repr(e))})));
}

namespace {

// The exceptions being handled (CPython's exc_info stack): compiled except and finally
// bodies push on entry and pop on every way out. An exception caught while one is being
// handled gets it as __context__.
heap::RootedVector<Value>& handled() {
  static auto* v = new heap::RootedVector<Value>();
  return *v;
}

void set_context(Value inner, Value outer) {
  if (inner == outer || !is_exception(outer) || !as_exc(inner)->context.is_nil()) return;
  // No cycles: drop the link that would lead back to inner.
  for (Value c = outer; is_exception(c); c = as_exc(c)->context)
    if (as_exc(c)->context == inner) {
      as_exc(c)->context = Value::nil();
      break;
    }
  as_exc(inner)->context = outer;
}

// Appends the frames of the catch just made to the exception's traceback.
Value catch_exception(VM& vm, Value raw) {
  Value e = normalize_exception(vm, raw);
  ExcObject* x = as_exc(e);
  if (!handled().empty() && !(x->reraised & kExcThrown)) set_context(e, handled().back());
  const auto& trace = vm.caught_trace();   // innermost first; the last is the catching frame
  size_t skip = x->reraised & kExcReraised ? 1 : 0;  // the re-raising frame is already there
  x->reraised = 0;
  Array* fresh = new_array(trace.size());
  for (size_t i = trace.size(); i-- > skip;) {
    const TraceEntry& t = trace[i];
    if (!code_info(t.fn)) continue;  // runtime adapters are not Python frames
    array_push(fresh, tb_entry(t.fn, t.pc));
  }
  if (!x->traceback.is_nil()) {
    Array* old = x->traceback.as<Array>();
    for (uint64_t i = 0; i < old->length; ++i) array_push(fresh, old->items[i]);
  }
  x->traceback = Value::object(fresh);
  return e;
}

Value n_catch(VM& vm, const Value* a, uint32_t) { return catch_exception(vm, a[0]); }
// The catch in a `yield from` of what was thrown into the delegating generator: it goes on
// to the delegate still unchained.
Value n_catch_thrown(VM& vm, const Value* a, uint32_t) {
  bool unchained = is_exception(a[0]) && (as_exc(a[0])->reraised & kExcThrown);
  Value e = catch_exception(vm, a[0]);
  if (unchained) as_exc(e)->reraised |= kExcThrown;
  return e;
}

// An exception escaping an except or finally block: the one being handled becomes its
// __context__ (unless it has one, or that would make a cycle).
Value n_catch_in_handler(VM& vm, const Value* a, uint32_t) {
  Value inner = catch_exception(vm, a[0]);
  set_context(inner, a[1]);
  if (!handled().empty()) handled().pop_back();
  return inner;
}

}  // namespace

heap::RootedVector<Value>& handled_stack() { return handled(); }

namespace {

Value n_handling_push(VM&, const Value* a, uint32_t) {
  handled().push_back(a[0]);
  return Value::nil();
}
Value n_handling_pop(VM&, const Value*, uint32_t) {
  if (!handled().empty()) handled().pop_back();
  return Value::nil();
}

Value instance_of_exception(VM& vm, Value e, const char* what) {
  if (is_type(e) && is_subtype(e.as<PyType>(), types().BaseException)) return call(vm, e, {});
  if (is_exception(e)) return e;
  return raise_type_error(vm, what);
}

Value n_raise(VM& vm, const Value* a, uint32_t) {
  Value e = instance_of_exception(vm, a[0], "exceptions must derive from BaseException");
  if (e.is_empty()) return e;
  as_exc(e)->reraised = 0;
  return vm.raise(e);
}

Value n_raise_from(VM& vm, const Value* a, uint32_t) {
  Value e = instance_of_exception(vm, a[0], "exceptions must derive from BaseException");
  if (e.is_empty()) return e;
  Value cause = a[1];
  if (!cause.is_nil()) {
    cause = instance_of_exception(vm, cause, "exception causes must derive from BaseException");
    if (cause.is_empty()) return cause;
  }
  as_exc(e)->cause = cause;
  as_exc(e)->suppress_context = 1;
  as_exc(e)->reraised = 0;
  return vm.raise(e);
}

Value n_reraise(VM& vm, const Value* a, uint32_t) {
  Value e = a[0];
  if (is_exception(e)) as_exc(e)->reraised = 1;
  return vm.raise(e);
}

Value n_reraise_none(VM& vm, const Value*, uint32_t) {
  return raise(vm, types().RuntimeError, "No active exception to reraise");
}

Value n_exc_match(VM& vm, const Value* a, uint32_t) {
  Value e = a[0], t = a[1];
  auto ok = [&](Value x) { return is_type(x) && is_subtype(x.as<PyType>(), types().BaseException); };
  if (tuple_like(t)) {
    Tuple* tt = t.as<Tuple>();
    for (uint32_t i = 0; i < tt->size(); ++i)
      if (!ok(tt->items[i]))
        return raise_type_error(vm, "catching classes that do not inherit from BaseException is not allowed");
    for (uint32_t i = 0; i < tt->size(); ++i)
      if (isinstance(e, tt->items[i].as<PyType>())) return Value::boolean(true);
    return Value::boolean(false);
  }
  if (!ok(t)) return raise_type_error(vm, "catching classes that do not inherit from BaseException is not allowed");
  return Value::boolean(isinstance(e, t.as<PyType>()));
}

Value n_exc_type(VM&, const Value* a, uint32_t) { return type_value(type_of(a[0])); }

Value n_assert_fail(VM& vm, const Value* a, uint32_t argc) {
  Value args = argc ? Value::object(tuple_of({a[0]})) : empty_tuple();
  return vm.raise(new_exception(vm, types().AssertionError, args));
}

Value n_stop_or_reraise(VM& vm, const Value* a, uint32_t) {
  if (isinstance(a[0], types().StopIteration)) return stop();
  as_exc(a[0])->reraised = 1;
  return vm.raise(a[0]);
}

// -- BaseException's methods --

Value exc_init(VM& vm, const Args& a) {
  if (a.kw && !a.kw[0].is_empty() && dict_like(a.kw[0]) && a.kw[0].as<Dict>()->count > 0)
    return raise_type_error(vm, std::string(type_name(type_of(a.pos[0]))) + "() takes no keyword arguments");
  as_exc(a.pos[0])->args = tuple_from({a.pos + 1, a.npos - 1});
  return Value::nil();
}
Value exc_get_notes(VM& vm, const Args& a) {
  Value n = as_exc(a.pos[0])->notes;
  if (n.is_nil()) return raise_attribute_error(vm, a.pos[0], str_interned("__notes__"));
  return n;
}

// The keyword attributes of ImportError (name, path; msg is the only argument), NameError
// (name) and AttributeError (name, obj): None unless given.
void set_exc_attr(Value e, const char* name, Value v) { object_set(&as_exc(e)->base, str_interned(name), v); }
Value importerror_init(VM&, const Args& a) {
  Value e = a.pos[0];
  as_exc(e)->args = tuple_from({a.pos + 1, a.npos - 1});
  set_exc_attr(e, "name", a.has_kw(0) ? a.kwarg(0) : Value::nil());
  set_exc_attr(e, "path", a.has_kw(1) ? a.kwarg(1) : Value::nil());
  set_exc_attr(e, "msg", a.npos == 2 ? a.pos[1] : Value::nil());
  return Value::nil();
}
Value exc_str(VM& vm, const Args& a);

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): the attributes, and args
// cut to (errno, strerror) when a filename is given.
Value oserror_init(VM& vm, const Args& a) {
  Value e = a.pos[0];
  if (a.kw && !a.kw[0].is_empty() && dict_like(a.kw[0]) && a.kw[0].as<Dict>()->count > 0)
    return raise_type_error(vm, std::string(type_name(type_of(e))) + "() takes no keyword arguments");
  uint32_t n = a.npos - 1;
  const Value* p = a.pos + 1;
  bool full = n >= 2 && n <= 5;
  set_exc_attr(e, "errno", full ? p[0] : Value::nil());
  set_exc_attr(e, "strerror", full ? p[1] : Value::nil());
  set_exc_attr(e, "filename", full && n >= 3 ? p[2] : Value::nil());
  set_exc_attr(e, "filename2", full && n >= 5 ? p[4] : Value::nil());
  as_exc(e)->args = tuple_from({p, full && n >= 3 ? 2u : n});
  return Value::nil();
}
Value oserror_str(VM& vm, const Args& a) {
  Object* o = &as_exc(a.pos[0])->base;
  auto attr = [&](const char* n) {
    Value v = object_get(o, str_interned(n));
    return v.is_empty() || v == unbound() ? Value::nil() : v;
  };
  Value err = attr("errno"), msg = attr("strerror"), file = attr("filename"), file2 = attr("filename2");
  if (!err.is_nil() || !msg.is_nil()) {
    std::string out;
    Value es = to_str(vm, err), ms = to_str(vm, msg);
    if (es.is_empty() || ms.is_empty()) return Value();
    out = "[Errno " + std::string(sv(es)) + "] " + std::string(sv(ms));
    if (!file.is_nil()) {
      out += ": ";
      if (!append_repr(vm, out, file)) return Value();
      if (!file2.is_nil()) {
        out += " -> ";
        if (!append_repr(vm, out, file2)) return Value();
      }
    }
    return str(out);
  }
  return exc_str(vm, a);
}
Value nameerror_init(VM&, const Args& a) {
  as_exc(a.pos[0])->args = tuple_from({a.pos + 1, a.npos - 1});
  set_exc_attr(a.pos[0], "name", a.has_kw(0) ? a.kwarg(0) : Value::nil());
  return Value::nil();
}
Value attributeerror_init(VM&, const Args& a) {
  as_exc(a.pos[0])->args = tuple_from({a.pos + 1, a.npos - 1});
  set_exc_attr(a.pos[0], "name", a.has_kw(0) ? a.kwarg(0) : Value::nil());
  set_exc_attr(a.pos[0], "obj", a.has_kw(1) ? a.kwarg(1) : Value::nil());
  return Value::nil();
}

Value exc_str(VM& vm, const Args& a) {
  Tuple* args = as_exc(a.pos[0])->args.as<Tuple>();
  if (args->size() == 0) return str("");
  if (args->size() == 1) return to_str(vm, args->items[0]);
  return to_str(vm, Value::object(args));
}

Value keyerror_str(VM& vm, const Args& a) {
  Tuple* args = as_exc(a.pos[0])->args.as<Tuple>();
  if (args->size() == 1) return to_repr(vm, args->items[0]);
  return exc_str(vm, a);
}

// A SyntaxError's attribute, or None.
Value syntax_attr(VM& vm, Value e, const char* name) {
  bool found = false;
  Value v = getattr_opt(vm, e, str(name), &found);
  return found && !v.is_empty() ? v : Value::nil();
}

// CPython's SyntaxError_str: "msg (file.py, line 3)", the file by its base name.
Value syntaxerror_str(VM& vm, const Args& a) {
  Value msg = syntax_attr(vm, a.pos[0], "msg"), filename = syntax_attr(vm, a.pos[0], "filename"),
        lineno = syntax_attr(vm, a.pos[0], "lineno");
  Value text = to_str(vm, msg);
  if (text.is_empty()) return text;
  std::string out(sv(text)), where;
  if (is_str(filename)) {
    std::string_view f = sv(filename);
    where = std::string(f.substr(f.rfind('/') + 1));
  }
  if (lineno.is_int()) where += (where.empty() ? "line " : ", line ") + std::to_string(lineno.as_int());
  return where.empty() ? text : str(out + " (" + where + ")");
}

Value exc_repr(VM& vm, const Args& a) {
  Tuple* args = as_exc(a.pos[0])->args.as<Tuple>();
  std::string s(type_name(type_of(a.pos[0])));
  if (args->size() == 1) {
    std::string r;
    if (!append_repr(vm, r, args->items[0])) return Value();
    return str(s + "(" + r + ")");
  }
  Value r = to_repr(vm, Value::object(args));
  if (r.is_empty()) return r;
  return str(s + std::string(sv(r)));
}

Value exc_get_args(VM&, const Args& a) { return as_exc(a.pos[0])->args; }
Value exc_get_cause(VM&, const Args& a) { return as_exc(a.pos[0])->cause; }
Value exc_get_context(VM&, const Args& a) { return as_exc(a.pos[0])->context; }
Value exc_get_suppress(VM&, const Args& a) { return Value::boolean(as_exc(a.pos[0])->suppress_context); }
Value exc_get_traceback(VM&, const Args& a) { return Value::nil(); }
Value exc_with_traceback(VM&, const Args& a) { return a.pos[0]; }
Value exc_add_note(VM& vm, const Args& a) {
  if (!is_str(a.pos[1])) return raise_type_error(vm, "note must be a str, not '" + type_name_of(a.pos[1]) + "'");
  ExcObject* e = as_exc(a.pos[0]);
  if (e->notes.is_nil()) e->notes = new_list();
  array_push(e->notes.as<Array>(), a.pos[1]);
  return Value::nil();
}
Value stop_value(VM&, const Args& a) {
  Tuple* args = as_exc(a.pos[0])->args.as<Tuple>();
  return args->size() ? args->items[0] : Value::nil();
}
// SyntaxError's attributes, set as CPython's SyntaxError_init sets them: msg, then from
// a location sequence (filename, lineno, offset, text[, end_lineno, end_offset]); the
// rest None.
bool set_syntax_fields(VM& vm, Value self, Value msg, std::span<const Value> location) {
  static const char* const kNames[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
  if (!setattr(vm, self, str("msg"), msg)) return false;
  for (size_t i = 0; i < std::size(kNames); ++i)
    if (!setattr(vm, self, str(kNames[i]), i < location.size() ? location[i] : Value::nil())) return false;
  return true;
}

Value syntaxerror_init(VM& vm, const Args& a) {
  exc_init(vm, a);
  heap::RootedVector<Value> location;
  if (a.npos == 3) {
    if (!for_each(vm, a.pos[2], [&](Value v) {
          location.push_back(v);
          return true;
        }))
      return Value();
    if (location.size() < 4 || location.size() > 6)
      return raise_type_error(vm, std::string("function takes at ") + (location.size() < 4 ? "least 4" : "most 6") +
                                      " arguments (" + std::to_string(location.size()) + " given)");
  }
  if (!set_syntax_fields(vm, a.pos[0], a.npos > 1 ? a.pos[1] : Value::nil(), location)) return Value();
  return Value::nil();
}

Value exit_code(VM&, const Args& a) {
  Tuple* args = as_exc(a.pos[0])->args.as<Tuple>();
  if (args->size() == 0) return Value::nil();
  if (args->size() == 1) return args->items[0];
  return Value::object(args);
}

// Exception attributes that can be assigned.
Value exc_set_args(VM& vm, const Args& a) {
  Value v = a.pos[1];
  if (!is_tuple(v)) {
    Value l = sequence_to_list(vm, v);
    if (l.is_empty()) return l;
    v = tuple_from({l.as<Array>()->items, l.as<Array>()->length});
  }
  as_exc(a.pos[0])->args = v;
  return Value::nil();
}
Value exc_set_cause(VM& vm, const Args& a) {
  Value v = a.pos[1];
  if (!v.is_nil() && !is_exception(v)) return raise_type_error(vm, "exception cause must be None or derive from BaseException");
  as_exc(a.pos[0])->cause = v;
  as_exc(a.pos[0])->suppress_context = 1;
  return Value::nil();
}
Value exc_set_context(VM& vm, const Args& a) {
  Value v = a.pos[1];
  if (!v.is_nil() && !is_exception(v)) return raise_type_error(vm, "exception context must be None or derive from BaseException");
  as_exc(a.pos[0])->context = v;
  return Value::nil();
}
Value exc_set_suppress(VM& vm, const Args& a) {
  int t = truth(vm, a.pos[1]);
  if (t < 0) return Value();
  as_exc(a.pos[0])->suppress_context = t;
  return Value::nil();
}

// -- Tracebacks --

std::string source_line(const CompiledModule* m, int lineno) {
  if (!m || lineno <= 0) return "";
  const std::string& s = m->source;
  size_t pos = 0;
  for (int l = 1; l < lineno; ++l) {
    pos = s.find('\n', pos);
    if (pos == std::string::npos) return "";
    ++pos;
  }
  size_t end = s.find('\n', pos);
  std::string line = s.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

size_t char_offset(std::string_view s, size_t byte_offset) {
  if (byte_offset > s.size()) byte_offset = s.size();
  return pylib::unicode::length(s.substr(0, byte_offset));
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// CPython's extract_anchors_from_line: the segment parsed alone, a BinOp or Subscript.
bool anchors(const std::string& segment, size_t* left, size_t* right, char* primary, char* secondary) {
  ast::Arena arena;
  SyntaxError err;
  ast::Module* m = parse_module(segment, "<traceback>", &arena, &err);
  if (!m || m->body.size() != 1 || !m->body[0]->is<ast::Expr>()) return false;
  const ast::expr* e = m->body[0]->as<ast::Expr>()->value;
  size_t l = 0, r = 0;
  if (e->is<ast::BinOp>()) {
    const ast::BinOp* b = e->as<ast::BinOp>();
    bool found = false;
    for (int i = b->left->end_col_offset; i < b->right->col_offset; ++i) {
      if (is_ws(segment[i])) continue;
      l = i;
      r = i + 1;
      if (i + 1 < b->right->col_offset && !is_ws(segment[i + 1])) ++r;
      found = true;
      // A closing parenthesis of the left operand is not the operator: keep going.
      if (i + 1 < b->right->col_offset && segment[i] == ')') continue;
      break;
    }
    if (!found) return false;
  } else if (e->is<ast::Subscript>()) {
    const ast::Subscript* s = e->as<ast::Subscript>();
    l = s->value->end_col_offset;
    r = s->slice->end_col_offset + 1;
  } else {
    return false;
  }
  *left = char_offset(segment, l);
  *right = char_offset(segment, r);
  *primary = '~';
  *secondary = '^';
  return true;
}

// `lookup_failed`: the frame raised an AttributeError itself; at a method call that is
// the method's lookup, which CPython reports with the range of `o.m`.
void format_frame(std::string& out, const Function* fn, uint32_t pc, bool lookup_failed) {
  const CodeInfo* code = code_info(fn);
  const CompiledModule* m = compiled_module_of(fn);
  const Position* p = position_at(fn, pc);
  Position attr;
  if (p && lookup_failed && p->attr_lineno > 0) {
    attr = *p;
    attr.lineno = p->attr_lineno;
    attr.end_lineno = p->attr_end_lineno;
    attr.col = p->attr_col;
    attr.end_col = p->attr_end_col;
    p = &attr;
  }
  int lineno = p ? p->lineno : static_cast<int>(fn->line_at(pc));
  out += "  File \"" + (m ? m->path : code->filename) + "\", line " + std::to_string(lineno) + ", in " + code->name +
         "\n";
  std::string line = source_line(m, lineno);
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i == line.size() && line.empty()) return;
  out += "    " + line.substr(i) + "\n";
  if (!p || p->col < 0 || p->end_col < 0) return;
  size_t truncation = char_offset(line, i);  // leading whitespace, in characters
  size_t start = char_offset(line, static_cast<size_t>(p->col));
  size_t end = char_offset(line, static_cast<size_t>(p->end_col));
  size_t line_len = pylib::unicode::length(line);
  size_t left = SIZE_MAX, right = SIZE_MAX;
  char primary = '^', secondary = '^';
  if (p->lineno == p->end_lineno) {
    size_t bs = static_cast<size_t>(p->col), be = static_cast<size_t>(p->end_col);
    if (be > line.size()) be = line.size();
    if (bs <= be) {
      std::string segment = line.substr(bs, be - bs);
      size_t l, r;
      if (anchors(segment, &l, &r, &primary, &secondary)) {
        left = l + start;
        right = r + start;
      }
    }
  } else {
    size_t k = line.size();
    while (k > 0 && is_ws(line[k - 1])) --k;
    end = char_offset(line, k);
  }
  bool secondary_ranges = left != SIZE_MAX;
  if (end - start == line_len - truncation && !secondary_ranges) return;
  std::string carets = "    ";
  for (size_t off = truncation + 1; off <= end; ++off) {
    if (off <= start) carets += ' ';
    else if (secondary_ranges && left < off && off <= right) carets += secondary;
    else carets += primary;
  }
  out += carets + "\n";
}

void format_traceback(std::string& out, Value tb, bool attribute_error) {
  if (tb.is_nil()) return;
  Array* entries = tb.as<Array>();
  if (entries->length == 0) return;
  out += "Traceback (most recent call last):\n";
  const uint64_t limit = 1000;
  uint64_t first = entries->length > limit ? entries->length - limit : 0;
  std::string last_file, last_name;
  int last_line = -1;
  long count = 0;
  auto repeated = [&](long cnt) {
    cnt -= 3;
    out += "  [Previous line repeated " + std::to_string(cnt) + " more time" + (cnt > 1 ? "s" : "") + "]\n";
  };
  for (uint64_t i = first; i < entries->length; ++i) {
    const Function* fn = entry_fn(entries->items[i]);
    uint32_t pc = entry_pc(entries->items[i]);
    const CodeInfo* code = code_info(fn);
    const CompiledModule* m = compiled_module_of(fn);
    const Position* p = position_at(fn, pc);
    int lineno = p ? p->lineno : static_cast<int>(fn->line_at(pc));
    std::string file = m ? m->path : code->filename;
    if (last_line == -1 || file != last_file || lineno != last_line || code->name != last_name) {
      if (count > 3) repeated(count);
      last_file = file;
      last_line = lineno;
      last_name = code->name;
      count = 0;
    }
    ++count;
    if (count <= 3) format_frame(out, fn, pc, attribute_error && i + 1 == entries->length);
  }
  if (count > 3) repeated(count);
}

// -- "Did you mean" (CPython 3.11's Python/suggestions.c) --

constexpr size_t kMaxCandidates = 750, kMaxStringSize = 40, kMoveCost = 2, kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if ('A' <= b && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  for (size_t i = 0; i < a.size(); ++i) buffer[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = distance + substitution_cost(code, a[i]);
      distance = buffer[i];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[i] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The closest candidate to name, or "" (calculate_suggestions).
std::string closest(const std::vector<std::string>& candidates, std::string_view name) {
  if (candidates.size() >= kMaxCandidates) return "";
  size_t best_distance = SIZE_MAX;
  std::string best;
  bool found = false;
  for (const std::string& c : candidates) {
    if (c == name) continue;
    size_t max_distance = (name.size() + c.size() + 3) * kMoveCost / 6;
    if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, c, max_distance);
    if (d > max_distance) continue;
    if (!found || d < best_distance) {
      best = c;
      best_distance = d;
      found = true;
    }
  }
  return best;
}

// The builtins module's names in CPython 3.11's order.
const char* const kBuiltinNames[] = {
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__", "abs", "all",
    "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod", "eval", "exec",
    "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter",
    "aiter", "len", "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr",
    "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview",
    "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset", "property",
    "int", "list", "map", "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple",
    "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit",
    "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError", "AttributeError", "BufferError",
    "EOFError", "ImportError", "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError",
    "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError",
    "Warning", "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning", "DeprecationWarning",
    "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning",
    "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError",
    "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
    "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError",
    "KeyError", "ModuleNotFoundError", "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError",
    "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError",
    "IOError", "open", "quit", "exit", "copyright", "credits", "license", "help"};

// dir(object()) in CPython 3.11, and what a class statement's instances add.
const char* const kObjectDir[] = {"__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
                                  "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
                                  "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__",
                                  "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
                                  "__subclasshook__"};

}  // namespace

std::vector<std::string> dir_names(VM& vm, Value obj) {
  std::set<std::string> names;
  auto add_type = [&](const PyType* t) {
    const Tuple* mro = t->mro.as<Tuple>();
    for (uint32_t i = 0; i < mro->size(); ++i) {
      const Map* d = mro->items[i].as<PyType>()->dict;
      for (uint64_t k = 0; k < d->used; ++k)
        if (!d->entries[k].key.is_empty()) names.insert(std::string(sv(d->entries[k].key)));
    }
    for (const char* n : kObjectDir) names.insert(n);
  };
  if (ModuleObj* m = as_module(obj)) {
    Value d = getattr(vm, obj, str_interned("__dict__"));
    if (d.is_empty()) {
      vm.clear_exception();
    } else {
      Dict* dd = d.as<Dict>();
      for (uint64_t k = 0; k < dd->used; ++k)
        if (!dd->entries[k].key.is_empty()) names.insert(std::string(sv(dd->entries[k].key)));
    }
    for (const char* n : {"__name__", "__doc__", "__package__", "__loader__", "__spec__"}) names.insert(n);
    (void)m;
  } else if (is_type(obj)) {
    add_type(obj.as<PyType>());
  } else {
    PyType* t = type_of(obj);
    add_type(t);
    if (t->heap)
      for (const char* n : {"__dict__", "__module__", "__weakref__"}) names.insert(n);
    if (Object* o = instance_attrs(obj, false))
      for (Shape* s = o->shape; s && s->parent; s = s->parent)
        if (o->slots[s->slot_count - 1] != unbound()) names.insert(std::string(sv(s->key)));
  }
  return {names.begin(), names.end()};
}

Value handled_exception() { return handled().empty() ? Value::nil() : handled().back(); }

namespace {

// The "Did you mean" name for an uncaught NameError or AttributeError (exactly those
// types, with a name attribute, as CPython's _Py_Offer_Suggestions), or "".
std::string suggestion(VM& vm, Value e) {
  PyType* t = type_of(e);
  if (t != types().AttributeError && t != types().NameError) return "";
  Value name = object_get(&as_exc(e)->base, str_interned("name"));
  if (name.is_empty() || !is_str(name)) return "";
  if (t == types().AttributeError) {
    Value obj = object_get(&as_exc(e)->base, str_interned("obj"));
    if (obj.is_empty()) return "";
    return closest(dir_names(vm, obj), sv(name));
  }
  // NameError: the innermost frame's locals, then its module's globals, then the builtins.
  Value tb = as_exc(e)->traceback;
  if (tb.is_nil() || tb.as<Array>()->length == 0) return "";
  Value last = tb.as<Array>()->items[tb.as<Array>()->length - 1];
  const Function* fn = entry_fn(last);
  if (const CodeInfo* code = code_info(fn)) {
    std::string s = closest(code->varnames, sv(name));
    if (!s.empty()) return s;
  }
  if (const CompiledModule* m = compiled_module_of(fn)) {
    std::vector<std::string> globals = {"__name__", "__doc__", "__package__", "__loader__", "__spec__",
                                        "__annotations__", "__builtins__", "__file__", "__cached__"};
    const Module* ir = m->module;
    for (uint32_t g = 0; g < ir->global_names.size(); ++g) {
      Value v = ir->globals[g];
      if (v == unbound() || v.is_empty()) continue;
      Value b = builtin_named(ir->global_names[g]);
      if (!b.is_empty() && b == v) continue;  // still the builtin: not a global of the module
      globals.push_back(ir->global_names[g]);
    }
    std::string s = closest(globals, sv(name));
    if (!s.empty()) return s;
  }
  std::vector<std::string> builtins(std::begin(kBuiltinNames), std::end(kBuiltinNames));
  return closest(builtins, sv(name));
}

// A SyntaxError with a location is reported as the compiler reports it: the file and line,
// the source line, the carets, then `Type: msg` (CPython's print_exception).
bool syntax_error_report(VM& vm, Value e, std::string* out) {
  if (!isinstance(e, types().SyntaxError)) return false;
  Object* o = &as_exc(e)->base;
  auto attr = [&](const char* n) {
    Value v = object_get(o, str_interned(n));
    return v.is_empty() || v == unbound() ? Value::nil() : v;
  };
  Value lineno = attr("lineno"), msg = attr("msg"), filename = attr("filename");
  if (!lineno.is_int() || !is_str(filename)) return false;
  SyntaxError se;
  PyType* t = type_of(e);
  se.type = std::string(sv(t->qualname));
  Value m = msg.is_nil() ? to_str(vm, e) : to_str(vm, msg);
  if (m.is_empty()) return false;
  se.msg = std::string(sv(m));
  se.filename = std::string(sv(filename));
  se.lineno = static_cast<int>(lineno.as_int());
  se.has_location = true;
  Value text = attr("text"), offset = attr("offset"), end_lineno = attr("end_lineno"), end_offset = attr("end_offset");
  if (is_str(text)) {
    se.text = std::string(sv(text));
    se.has_text = true;
  }
  if (offset.is_int()) se.offset = static_cast<int>(offset.as_int());
  if (end_lineno.is_int()) se.end_lineno = static_cast<int>(end_lineno.as_int());
  if (end_offset.is_int()) se.end_offset = static_cast<int>(end_offset.as_int());
  *out = se.format();
  if (!out->empty() && out->back() != '\n') *out += '\n';
  return true;
}

std::string exception_line(VM& vm, Value e) {
  std::string report;
  if (syntax_error_report(vm, e, &report)) return report;
  PyType* t = type_of(e);
  std::string name;
  std::string_view mod = sv(t->module);
  if (mod != "builtins" && mod != "__main__") name = std::string(mod) + ".";
  name += std::string(sv(t->qualname));
  Value s = to_str(vm, e);
  std::string text;
  if (s.is_empty()) {
    vm.clear_exception();
    text = "<exception str() failed>";
  } else {
    text = std::string(sv(s));
  }
  std::string out = text.empty() ? name + "\n" : name + ": " + text + "\n";
  ExcObject* x = as_exc(e);
  if (!x->notes.is_nil())
    for (uint64_t i = 0; i < x->notes.as<Array>()->length; ++i)
      out += std::string(sv(x->notes.as<Array>()->items[i])) + "\n";
  return out;
}

// A SyntaxError with a location prints as the compiler reports it: the file and line,
// the source line with a caret, then the type and the message.
std::string syntax_error_report(VM& vm, Value e) {
  SyntaxError se;
  PyType* t = type_of(e);
  se.type = std::string(sv(t->qualname));
  Value msg = to_str(vm, syntax_attr(vm, e, "msg"));
  if (msg.is_empty()) {
    vm.clear_exception();
    msg = str("<exception str() failed>");
  }
  se.msg = std::string(sv(msg));
  Value filename = syntax_attr(vm, e, "filename"), text = syntax_attr(vm, e, "text");
  se.filename = is_str(filename) ? std::string(sv(filename)) : "<string>";
  se.has_location = true;
  se.lineno = static_cast<int>(syntax_attr(vm, e, "lineno").as_int());
  auto int_or = [&](const char* name, int otherwise) {
    Value v = syntax_attr(vm, e, name);
    return v.is_int() ? static_cast<int>(v.as_int()) : otherwise;
  };
  se.offset = int_or("offset", 0);
  se.end_lineno = int_or("end_lineno", se.lineno);
  se.end_offset = int_or("end_offset", -1);
  se.has_text = is_str(text);
  if (se.has_text) se.text = std::string(sv(text));
  return se.format();
}

void format_chain(VM& vm, std::string& out, Value e, std::unordered_set<uint64_t>& seen) {
  seen.insert(e.bits());
  ExcObject* x = as_exc(e);
  if (is_exception(x->cause) && !seen.count(x->cause.bits())) {
    format_chain(vm, out, x->cause, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (is_exception(x->context) && !x->suppress_context && !seen.count(x->context.bits())) {
    format_chain(vm, out, x->context, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  format_traceback(out, x->traceback, type_of(e) == types().AttributeError);
  if (isinstance(e, types().SyntaxError) && syntax_attr(vm, e, "lineno").is_int()) {
    out += syntax_error_report(vm, e);
    return;
  }
  std::string line = exception_line(vm, e);
  std::string hint = suggestion(vm, e);
  if (!hint.empty()) {
    // After the message, before any notes: "NameError: name 'x' is not defined. Did you mean: 'y'?"
    std::string text = line.substr(0, line.find('\n'));
    line = text + ". Did you mean: '" + hint + "'?" + line.substr(text.size());
  }
  out += line;
}

}  // namespace

std::string format_exception(VM& vm, Value exc) {
  std::string out;
  std::unordered_set<uint64_t> seen;
  format_chain(vm, out, exc, seen);
  return out;
}

int handle_uncaught(VM& vm, Value raw) {
  Value e = catch_exception(vm, raw);
  std::fflush(stdout);
  if (isinstance(e, types().SystemExit)) {
    Tuple* args = as_exc(e)->args.as<Tuple>();
    Value code = args->size() == 0 ? Value::nil() : args->size() == 1 ? args->items[0] : Value::object(args);
    if (code.is_nil()) return 0;
    if (code.is_int()) return static_cast<int>(code.as_int() & 0xff);
    if (is_instance(code, cls::BigInt)) {
      // CPython's C long: beyond it the status is -1.
      int64_t n;
      return integer_to_int64(code, &n) ? static_cast<int>(n & 0xff) : 255;
    }
    if (code.is_bool()) return code.is_true();
    Value s = to_str(vm, code);
    if (!s.is_empty()) {
      std::string text = std::string(sv(s)) + "\n";
      std::fputs(text.c_str(), stderr);
    }
    return 1;
  }
  std::string text = format_exception(vm, e);
  std::fputs(text.c_str(), stderr);
  return 1;
}

namespace {
// py.uncaught(exception): the exit status (the report is on standard error).
Value n_uncaught(VM& vm, const Value* a, uint32_t) { return Value::small_int(handle_uncaught(vm, a[0])); }
}  // namespace

Value raise_syntax_error(VM& vm, const SyntaxError& se) {
  PyType* t = se.type == "TabError"           ? types().TabError
              : se.type == "IndentationError" ? types().IndentationError
                                              : types().SyntaxError;
  Value msg = str(se.msg);
  Value args = Value::object(tuple_of({msg}));
  if (se.has_location) {
    Value text = se.has_text ? str(se.text) : Value::nil();
    Value end_lineno = se.end_lineno > 0 ? Value::small_int(se.end_lineno) : Value::nil();
    Value end_offset = se.end_lineno > 0 ? Value::small_int(se.end_offset) : Value::nil();
    Value location = Value::object(tuple_of({str(se.filename), Value::small_int(se.lineno),
                                             Value::small_int(se.offset), text, end_lineno, end_offset}));
    args = Value::object(tuple_of({msg, location}));
  }
  Value e = new_exception(vm, t, args);
  Tuple* a = args.as<Tuple>();
  std::span<const Value> location;
  if (a->size() == 2) location = {a->items[1].as<Tuple>()->items, a->items[1].as<Tuple>()->size()};
  if (!set_syntax_fields(vm, e, msg, location)) return Value();
  return vm.raise(e);
}

void install_exception_natives() {
  register_native("py.catch", n_catch, 1);
  register_native("py.catch_thrown", n_catch_thrown, 1);
  register_native("py.catch_in_handler", n_catch_in_handler, 2);
  register_native("py.handling_push", n_handling_push, 1);
  register_native("py.handling_pop", n_handling_pop, 0);
  register_native("py.raise", n_raise, 1);
  register_native("py.raise_from", n_raise_from, 2);
  register_native("py.reraise", n_reraise, 1);
  register_native("py.reraise_none", n_reraise_none, 0);
  register_native("py.exc_match", n_exc_match, 2);
  register_native("py.exc_type", n_exc_type, 1);
  register_native("py.assert_fail", n_assert_fail, -1);
  register_native("py.stop_or_reraise", n_stop_or_reraise, 1);
  register_native("py.uncaught", n_uncaught, 1);

  const Types& t = types();
  PyType* be = t.BaseException;
  auto* init = fn("__init__", exc_init, 1, -1);
  init->varkw = true;  // keywords are refused with CPython's message
  define_method(be, init);
  define_getter(be, "__notes__", exc_get_notes);
  define_method(be, fn("__str__", exc_str, 1, 1));
  define_method(be, fn("__repr__", exc_repr, 1, 1));
  define_method(be, fn("with_traceback", exc_with_traceback, 2, 2));
  define_method(be, fn("add_note", exc_add_note, 2, 2));
  define_getset(be, "args", exc_get_args, exc_set_args);
  define_getset(be, "__cause__", exc_get_cause, exc_set_cause);
  define_getset(be, "__context__", exc_get_context, exc_set_context);
  define_getset(be, "__suppress_context__", exc_get_suppress, exc_set_suppress);
  define_getter(be, "__traceback__", exc_get_traceback);
  define_method(t.KeyError, fn("__str__", keyerror_str, 1, 1));
  define_method(t.SyntaxError, fn("__str__", syntaxerror_str, 1, 1));
  define_method(t.SyntaxError, fn("__init__", syntaxerror_init, 1, -1));
  define_method(t.ImportError, fn("__init__", importerror_init, 1, -1, {"name", "path"}));
  define_method(t.NameError, fn("__init__", nameerror_init, 1, -1, {"name"}));
  define_method(t.AttributeError, fn("__init__", attributeerror_init, 1, -1, {"name", "obj"}));
  auto* os_init = fn("__init__", oserror_init, 1, -1);
  os_init->varkw = true;
  define_method(t.OSError, os_init);
  define_method(t.OSError, fn("__str__", oserror_str, 1, 1));
  define_getter(t.StopIteration, "value", stop_value);
  define_getter(t.SystemExit, "code", exit_code);
  for (PyType* x : {t.BaseException, t.SystemExit, t.KeyboardInterrupt, t.GeneratorExit, t.Exception,
                    t.StopIteration, t.StopAsyncIteration, t.ArithmeticError, t.FloatingPointError, t.OverflowError,
                    t.ZeroDivisionError, t.AssertionError, t.AttributeError, t.BufferError, t.EOFError, t.ImportError,
                    t.ModuleNotFoundError, t.LookupError, t.IndexError, t.KeyError, t.MemoryError, t.NameError,
                    t.UnboundLocalError, t.OSError, t.RuntimeError, t.NotImplementedError, t.RecursionError,
                    t.SyntaxError, t.IndentationError, t.TabError, t.SystemError, t.TypeError, t.ValueError, t.UnicodeError,
                    t.Warning, t.UserWarning, t.DeprecationWarning, t.RuntimeWarning})
    define_builtin(type_name(x), type_value(x));
  for (PyType* x : more_exception_types()) define_builtin(type_name(x), type_value(x));
  define_builtin("EnvironmentError", type_value(t.OSError));
  define_builtin("IOError", type_value(t.OSError));
}

}  // namespace sy::py
