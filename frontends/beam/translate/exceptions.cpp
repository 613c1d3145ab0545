#include "frontends/beam/translate/exceptions.h"

#include "core/heap.h"
#include "core/ir/module.h"
#include "frontends/beam/translate/code_server.h"

namespace sy::beam {

namespace {

ClassId g_exception_class = 0;

Value list_of(const std::vector<Value>& items) {
  Value l = Value::nil();
  for (size_t i = items.size(); i-- > 0;) l = cons(items[i], l);
  return l;
}

Value erlang_string(std::string_view s) {
  Value l = Value::nil();
  for (size_t i = s.size(); i-- > 0;) l = cons(Value::small_int(static_cast<unsigned char>(s[i])), l);
  return l;
}

// [{error_info, #{module => erl_erts_errors}}]: what BEAM attaches to BIF frames so that
// erl_error can explain which argument was wrong.
Value erts_error_info() {
  static Value info = [] {
    Map* m = new_map();
    map_set(m, atom("module"), atom("erl_erts_errors"));
    Value v = cons(tuple({atom("error_info"), Value::object(m)}), Value::nil());
    static heap::RootedVector<Value> keep{v};
    return v;
  }();
  return info;
}

// A core error thrown by an IR instruction, as Erlang sees it.
Value reason_of_vm_error(Value e) {
  if (!is_instance(e, cls::Error)) return tuple({atom("nocatch"), e});
  std::string_view kind = atom_name(e.as<Error>()->kind.atom_id());
  if (kind == "type_error" || kind == "zero_division" || kind == "overflow") return atoms.badarith;
  if (kind == "stack_overflow") return atoms.system_limit;
  if (kind == "arity_error") return atoms.badarity;
  return atoms.badarg;
}

}  // namespace

void init_exceptions() {
  if (g_exception_class) return;
  g_exception_class = register_class("erlang_exception", false);
  declare_value_slots(g_exception_class, 4);
}

ClassId exception_class() { return g_exception_class; }

Value make_exception(Value klass, Value reason, Value head, uint32_t flags) {
  auto* e = static_cast<Exception*>(heap::alloc(sizeof(Exception)));
  e->h.cls = g_exception_class;
  e->h.aux = flags;
  e->klass = klass;
  e->reason = reason;
  e->head = head;
  e->trace = Value();
  return Value::object(e);
}

Value raise(VM& vm, Value klass, Value reason) { return vm.raise(make_exception(klass, reason)); }
Value raise_error(VM& vm, Value reason) { return raise(vm, atoms.error, reason); }
Value raise_throw(VM& vm, Value reason) { return raise(vm, atoms.throw_, reason); }
Value raise_exit(VM& vm, Value reason) { return raise(vm, atoms.exit, reason); }

Value raise_error_args(VM& vm, Value reason, Value args) {
  return vm.raise(make_exception(atoms.error, reason, args, kFrameArgs));
}

Value raise_bif_error(VM& vm, Value reason, Value frame) {
  return vm.raise(make_exception(atoms.error, reason, frame, kPrependFrame));
}

Value raise_bif_error(VM& vm, Value reason, std::string_view module, std::string_view function,
                      std::initializer_list<Value> args, Value info) {
  std::vector<Value> a(args);
  Value frame = tuple({atom(module), atom(function), list_of(a), info.is_nil() ? erts_error_info() : info});
  return raise_bif_error(vm, reason, frame);
}

Value raise_error_located(VM& vm, Value reason, Value info) {
  return vm.raise(make_exception(atoms.error, reason, info, kLocationInfo));
}

Value raise_error2(VM& vm, Value tag, Value value) { return raise_error(vm, tuple({tag, value})); }

Value raise_with_trace(VM& vm, Value klass, Value reason, Value trace) {
  Value e = make_exception(klass, reason, Value::nil(), kMaterialized);
  as_exception(e)->trace = trace;
  return vm.raise(e);
}

Value raise_uncatchable(VM& vm, Value reason) {
  Value e = make_exception(atoms.exit, reason, Value::nil(), kUncatchable | kMaterialized);
  as_exception(e)->trace = Value::nil();
  return vm.raise(e);
}

Value frame_term(const sy::Function* fn, uint32_t line, Value arity_or_args) {
  const FunctionInfo* info = code_server().function_info(fn);
  if (!info || info->module.is_nil()) return Value::nil();
  Value location = Value::nil();
  if (line_of(line) != 0 && info->files && file_of(line) < info->files->size()) {
    location = cons(tuple({atom("file"), erlang_string((*info->files)[file_of(line)])}),
                    cons(tuple({atom("line"), Value::small_int(line_of(line))}), Value::nil()));
  }
  Value a = arity_or_args.is_empty() ? Value::small_int(info->arity) : arity_or_args;
  return tuple({info->module, info->name, a, location});
}

Exception* materialize(VM& vm, Value thrown, const std::vector<TraceEntry>& passed, bool walk_live) {
  Exception* e;
  if (is_exception(thrown)) {
    e = as_exception(thrown);
    if (e->h.aux & kMaterialized) return e;
  } else {
    e = as_exception(make_exception(atoms.error, reason_of_vm_error(thrown)));
  }
  std::vector<Value> frames;
  if (e->h.aux & kPrependFrame) frames.push_back(e->head);
  bool first = true;
  // BEAM records a return address only when it differs from the previous one, so the
  // frames of a body recursion through one call site show once (erts_save_stacktrace).
  const sy::Function* prev_fn = nullptr;
  uint32_t prev_pc = UINT32_MAX;
  auto add = [&](const sy::Function* fn, uint32_t line, uint32_t pc) {
    if (frames.size() >= kBacktraceDepth) return false;
    if (fn == prev_fn && pc == prev_pc) return true;
    prev_fn = fn;
    prev_pc = pc;
    Value args = Value();
    if (first && (e->h.aux & kFrameArgs)) args = e->head;
    Value f = frame_term(fn, line, args);
    if (!f.is_nil() && first && (e->h.aux & kLocationInfo)) {
      Tuple* t = f.as<Tuple>();  // {M, F, A, Location}: Location ++ [Info]
      std::vector<Value> loc;
      for (Value l = t->items[3]; is_cons(l); l = tail(l)) loc.push_back(head(l));
      loc.push_back(e->head);
      t->items[3] = list_of(loc);
    }
    if (!f.is_nil()) {
      frames.push_back(f);
      first = false;
    }
    return true;
  };
  for (const TraceEntry& t : passed)
    if (!add(t.fn, t.line, t.pc)) break;
  if (walk_live && frames.size() < kBacktraceDepth) {
    // The handler's own frame is the last of `passed`; the live walk starts at it again.
    struct Ctx {
      decltype(add)* visit;
      bool skip_first;
    } ctx{&add, !passed.empty()};
    vm.walk_native_callers(
        [](void* p, const sy::Function* fn, uint32_t pc) {
          auto* c = static_cast<Ctx*>(p);
          if (c->skip_first) {
            c->skip_first = false;
            return true;
          }
          return (*c->visit)(fn, fn->line_at(pc), pc);
        },
        &ctx);
  }
  e->trace = list_of(frames);
  e->h.aux |= kMaterialized;
  return e;
}

Value catch_value(const Exception* e) {
  if (e->klass == atoms.throw_) return e->reason;
  Value exit_tag = atom("EXIT");
  if (e->klass == atoms.exit) return tuple({exit_tag, e->reason});
  return tuple({exit_tag, tuple({e->reason, e->trace})});
}

}  // namespace sy::beam
