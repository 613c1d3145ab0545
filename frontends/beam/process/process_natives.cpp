// The BIFs about processes: spawning, messages, receive, links, monitors, exits, names,
// timers and the process dictionary. They work on the scheduler's running process.
#include "frontends/beam/process/process_natives.h"

#include <vector>

#include "continuations/fiber.h"
#include "core/bigint.h"
#include "core/heap.h"
#include "core/interp/frame.h"
#include "core/ir/module.h"
#include "core/vm.h"
#include "frontends/beam/process/scheduler.h"
#include "frontends/beam/runtime/bifs.h"
#include "frontends/beam/runtime/terms.h"
#include "frontends/beam/translate/exceptions.h"
#include "frontends/beam/translate/runtime_module.h"
#include "frontends/beam/translate/runtime_natives.h"

namespace sy::beam {

namespace {

Scheduler& sched() { return Scheduler::instance(); }
Process* self() { return sched().current(); }

Value badarg(VM& vm, const char* name, std::initializer_list<Value> args) {
  return raise_bif_error(vm, atoms.badarg, "erlang", name, args);
}

// -- Receive (called by translated code) --

Value n_recv_peek(VM&, const Value*, uint32_t) {
  Value m = mailbox_peek(self()->mbox);
  return m.is_empty() ? no_message() : m;
}
Value n_recv_next(VM&, const Value*, uint32_t) {
  mailbox_next(self()->mbox);
  return Value::nil();
}
Value n_recv_remove(VM&, const Value*, uint32_t) {
  mailbox_remove(self()->mbox);
  sched().end_receive_timer(self());
  return Value::nil();
}
Value n_recv_reset(VM&, const Value*, uint32_t) {
  mailbox_rewind(self()->mbox);
  sched().end_receive_timer(self());
  return Value::nil();
}
// A receive's `after` value: infinity, or milliseconds (a non-negative integer).
Value n_recv_timeout_value(VM& vm, const Value* a, uint32_t) {
  if (a[0] == atoms.infinity) return Value::small_int(kYieldWait);
  int64_t ms;
  if (is_integer(a[0]) && integer_to_int64(a[0], &ms) && ms >= 0) return Value::small_int(ms > (int64_t{1} << 40) ? (int64_t{1} << 40) : ms);
  return raise_error(vm, atom("timeout_value"));
}

// -- Messages --

// The process a destination names (pid or registered name); null for a dead pid; empty
// destination error through *bad.
Process* destination(Value to, bool* bad) {
  *bad = false;
  if (is_pid(to)) return sched().find(to);
  if (is_atom(to)) {
    Value pid = sched().whereis(to);
    if (pid == atoms.undefined) {
      *bad = true;
      return nullptr;
    }
    return sched().find(pid);
  }
  if (is_tuple(to) && to.as<Tuple>()->size() == 2 && is_atom(to.as<Tuple>()->items[0])) {
    return destination(to.as<Tuple>()->items[0], bad);
  }
  *bad = true;
  return nullptr;
}

Value n_send(VM& vm, const Value* a, uint32_t) {
  if (is_ref(a[0])) {
    sched().send_to_alias(a[0], a[1]);
    return a[1];
  }
  bool bad;
  Process* p = destination(a[0], &bad);
  if (bad) return badarg(vm, "send", {a[0], a[1]});  // erts names the send instruction erlang:send/2
  sched().send(p, a[1]);
  return a[1];
}

Value e_send3(VM& vm, const Value* a, uint32_t) {
  if (is_ref(a[0])) {
    sched().send_to_alias(a[0], a[1]);
    return atoms.ok;
  }
  bool bad;
  Process* p = destination(a[0], &bad);
  if (bad) return badarg(vm, "send", {a[0], a[1], a[2]});
  sched().send(p, a[1]);
  return atoms.ok;
}

// -- Spawning --

Value entry_for_fun(Value fun) {
  if (is_instance(fun, cls::Closure) && fun.as<Closure>()->fn->nparams == 0) return fun;
  Closure* c = new_closure(runtime_functions().spawn_fun, 1);
  c->captures[0] = fun;
  return Value::object(c);
}

Value fun_initial_call(Value fun) {
  if (is_instance(fun, cls::Closure))
    if (const FunInfo* info = fun_info(fun.as<Closure>()->fn))
      return tuple({info->module, info->name, Value::small_int(info->arity)});
  return tuple({atoms.erlang, atom("apply"), Value::small_int(2)});
}

Process* spawn_fun(VM& vm, Value fun, const char* name) {
  if (fun_arity(fun) != 0) {
    badarg(vm, name, {fun});
    return nullptr;
  }
  return sched().spawn(entry_for_fun(fun), fun_initial_call(fun));
}

Process* spawn_mfa(VM& vm, const Value* a, const char* name) {
  int64_t n = list_length(a[2]);
  if (!is_atom(a[0]) || !is_atom(a[1]) || n < 0) {
    badarg(vm, name, {a[0], a[1], a[2]});
    return nullptr;
  }
  Closure* c = new_closure(runtime_functions().spawn_mfa, 3);
  for (int i = 0; i < 3; ++i) c->captures[i] = a[i];
  return sched().spawn(Value::object(c), tuple({a[0], a[1], Value::small_int(n)}));
}

Value e_spawn1(VM& vm, const Value* a, uint32_t) {
  Process* p = spawn_fun(vm, a[0], "spawn");
  return p ? p->pid : Value();
}
Value e_spawn3(VM& vm, const Value* a, uint32_t) {
  Process* p = spawn_mfa(vm, a, "spawn");
  return p ? p->pid : Value();
}
Value e_spawn_link1(VM& vm, const Value* a, uint32_t) {
  Process* p = spawn_fun(vm, a[0], "spawn_link");
  if (!p) return Value();
  sched().link(self(), p);
  return p->pid;
}
Value e_spawn_link3(VM& vm, const Value* a, uint32_t) {
  Process* p = spawn_mfa(vm, a, "spawn_link");
  if (!p) return Value();
  sched().link(self(), p);
  return p->pid;
}
Value e_spawn_monitor1(VM& vm, const Value* a, uint32_t) {
  Process* p = spawn_fun(vm, a[0], "spawn_monitor");
  if (!p) return Value();
  return tuple({p->pid, sched().monitor(self(), p->pid, p->pid)});
}
Value e_spawn_monitor3(VM& vm, const Value* a, uint32_t) {
  Process* p = spawn_mfa(vm, a, "spawn_monitor");
  if (!p) return Value();
  return tuple({p->pid, sched().monitor(self(), p->pid, p->pid)});
}

// spawn_opt(Fun, Options) / spawn_opt(M, F, A, Options): link and monitor are honoured.
Value spawn_with_options(Process* p, Value options) {
  if (!p) return Value();
  Value result = p->pid;
  for (Value l = options; is_cons(l); l = tail(l)) {
    Value o = head(l);
    if (o == atom("link")) sched().link(self(), p);
    if (o == atom("monitor")) result = tuple({p->pid, sched().monitor(self(), p->pid, p->pid)});
  }
  return result;
}
Value e_spawn_opt2(VM& vm, const Value* a, uint32_t) { return spawn_with_options(spawn_fun(vm, a[0], "spawn_opt"), a[1]); }
Value e_spawn_opt4(VM& vm, const Value* a, uint32_t) { return spawn_with_options(spawn_mfa(vm, a, "spawn_opt"), a[3]); }

Value e_self(VM&, const Value*, uint32_t) { return self()->pid; }

// -- Links, monitors, exits --

Value e_link(VM& vm, const Value* a, uint32_t) {
  if (!is_pid(a[0])) return badarg(vm, "link", {a[0]});
  Process* p = sched().find(a[0]);
  if (!p) {
    if (self()->trap_exit) {
      sched().send(self(), tuple({atom("EXIT"), a[0], atoms.noproc}));
      return Value::boolean(true);
    }
    return raise_error(vm, atoms.noproc);
  }
  sched().link(self(), p);
  return Value::boolean(true);
}

Value e_unlink(VM& vm, const Value* a, uint32_t) {
  if (!is_pid(a[0])) return badarg(vm, "unlink", {a[0]});
  sched().unlink(self(), a[0]);
  return Value::boolean(true);
}

Value e_monitor(VM& vm, const Value* a, uint32_t) {
  if (a[0] != atom("process")) return badarg(vm, "monitor", {a[0], a[1]});
  Value target = a[1];
  if (is_atom(target)) {
    Value pid = sched().whereis(target);
    if (pid == atoms.undefined) {
      Value ref = sched().make_ref();
      sched().send(self(), tuple({atom("DOWN"), ref, atom("process"), tuple({target, atoms.nonode_nohost}), atoms.noproc}));
      return ref;
    }
    // The 'DOWN' message of a monitor by name names the process as {Name, Node}.
    return sched().monitor(self(), pid, tuple({target, atoms.nonode_nohost}));
  } else if (!is_pid(target)) {
    return badarg(vm, "monitor", {a[0], a[1]});
  }
  return sched().monitor(self(), target, target);
}
// monitor(process, Target, Options): the option {alias, Mode} makes the reference an
// alias of the caller (gen:call replies through it).
Value e_monitor3(VM& vm, const Value* a, uint32_t) {
  Value ref = e_monitor(vm, a, 2);
  if (ref.is_empty()) return ref;
  for (Value l = a[2]; is_cons(l); l = tail(l)) {
    Value o = head(l);
    if (is_tuple(o) && o.as<Tuple>()->size() == 2 && o.as<Tuple>()->items[0] == atom("alias")) {
      Value mode = o.as<Tuple>()->items[1];
      Scheduler::AliasMode m = mode == atom("explicit_unalias") ? Scheduler::AliasMode::Explicit
                               : mode == atom("reply_demonitor") ? Scheduler::AliasMode::ReplyDemonitor
                                                                 : Scheduler::AliasMode::Demonitor;
      sched().add_alias(self(), ref, m);
    }
  }
  return ref;
}

Value e_alias0(VM&, const Value*, uint32_t) {
  Value ref = sched().make_ref();
  sched().add_alias(self(), ref, Scheduler::AliasMode::Explicit);
  return ref;
}
Value e_alias1(VM&, const Value* a, uint32_t) {
  Value ref = sched().make_ref();
  Scheduler::AliasMode m = Scheduler::AliasMode::Explicit;
  for (Value l = a[0]; is_cons(l); l = tail(l))
    if (head(l) == atom("reply")) m = Scheduler::AliasMode::ReplyDemonitor;
  sched().add_alias(self(), ref, m);
  return ref;
}
Value e_unalias(VM& vm, const Value* a, uint32_t) {
  if (!is_ref(a[0])) return badarg(vm, "unalias", {a[0]});
  return Value::boolean(sched().remove_alias(self(), a[0]));
}

Value e_demonitor(VM& vm, const Value* a, uint32_t n) {
  if (!is_ref(a[0])) return badarg(vm, "demonitor", {a[0]});
  bool removed = sched().demonitor(self(), a[0]);
  bool flush = false, info = false;
  if (n == 2)
    for (Value l = a[1]; is_cons(l); l = tail(l)) {
      if (head(l) == atom("flush")) flush = true;
      if (head(l) == atom("info")) info = true;
    }
  if (flush) {
    // Drop a 'DOWN' message of this monitor from the mailbox.
    Mailbox& m = self()->mbox;
    for (MessageNode** link = &m.head; *link; link = &(*link)->next) {
      Value msg = (*link)->message;
      if (is_tuple(msg) && msg.as<Tuple>()->size() == 5 && msg.as<Tuple>()->items[0] == atom("DOWN") &&
          same_key(msg.as<Tuple>()->items[1], a[0])) {
        MessageNode** saved = m.save;
        m.save = link;
        mailbox_remove(m);
        m.save = saved == link || saved == &(*link)->next ? &m.head : saved;
        break;
      }
    }
  }
  return Value::boolean(info ? removed : true);
}

Value e_exit2(VM& vm, const Value* a, uint32_t) {
  Process* p = nullptr;
  if (is_pid(a[0])) {
    p = sched().find(a[0]);
  } else {
    return badarg(vm, "exit", {a[0], a[1]});
  }
  if (sched().exit_signal(self()->pid, p, a[1])) {
    return raise_uncatchable(vm, a[1] == atom("kill") ? atom("killed") : a[1]);
  }
  return Value::boolean(true);
}

Value e_process_flag(VM& vm, const Value* a, uint32_t) {
  if (a[0] == atom("trap_exit")) {
    if (!a[1].is_bool()) return badarg(vm, "process_flag", {a[0], a[1]});
    bool old = self()->trap_exit;
    self()->trap_exit = a[1].is_true();
    return Value::boolean(old);
  }
  if (a[0] == atom("priority")) return atom("normal");
  if (a[0] == atom("min_heap_size") || a[0] == atom("min_bin_vheap_size")) return Value::small_int(233);
  if (a[0] == atom("message_queue_data")) return atom("on_heap");
  if (a[0] == atom("sensitive") || a[0] == atom("save_calls")) return Value::boolean(false);
  return badarg(vm, "process_flag", {a[0], a[1]});
}

Value e_is_process_alive(VM& vm, const Value* a, uint32_t) {
  if (!is_pid(a[0])) return badarg(vm, "is_process_alive", {a[0]});
  return Value::boolean(sched().find(a[0]) != nullptr);
}

// -- Names --

Value e_register(VM& vm, const Value* a, uint32_t) {
  Process* p = is_pid(a[1]) ? sched().find(a[1]) : nullptr;
  if (!is_atom(a[0]) || a[0] == atoms.undefined || !p || !sched().register_name(a[0], p))
    return badarg(vm, "register", {a[0], a[1]});
  return Value::boolean(true);
}
Value e_unregister(VM& vm, const Value* a, uint32_t) {
  if (!is_atom(a[0]) || !sched().unregister_name(a[0])) return badarg(vm, "unregister", {a[0]});
  return Value::boolean(true);
}
Value e_whereis(VM& vm, const Value* a, uint32_t) {
  if (!is_atom(a[0])) return badarg(vm, "whereis", {a[0]});
  return sched().whereis(a[0]);
}
Value e_registered(VM&, const Value*, uint32_t) { return sched().registered(); }
Value e_processes(VM&, const Value*, uint32_t) { return sched().processes(); }

// -- process_info --

// process_info's current_stacktrace: the process's frames from the innermost, at most
// kBacktraceDepth of them, as erts lists them (no frames of the runtime's own functions,
// consecutive identical return addresses once).
// The running process walks its live stack from the caller of process_info; a suspended
// one walks the frames its fiber left (they stay in place, linked, while it waits).
Value current_stacktrace(VM& vm, Process* p) {
  std::vector<Value, heap::RootAllocator<Value>> frames;
  const sy::Function* prev_fn = nullptr;
  uint32_t prev_pc = 0;
  auto add = [&](const sy::Function* fn, uint32_t pc) {
    // Consecutive frames with the same return address (a body recursion through one call
    // site) show once, as erts saves them.
    if (fn == prev_fn && pc == prev_pc) return true;
    prev_fn = fn;
    prev_pc = pc;
    Value t = frame_term(fn, fn->line_at(pc), Value());
    if (!t.is_nil()) frames.push_back(t);
    return frames.size() < kBacktraceDepth;
  };
  if (p == self()) {
    vm.walk_native_callers(
        [](void* ctx, const sy::Function* fn, uint32_t pc) { return (*static_cast<decltype(add)*>(ctx))(fn, pc); },
        &add);
  } else if (fibers::is_fiber(p->fiber) && fibers::state(p->fiber) == FiberState::Suspended) {
    const ContinuationState& k = p->fiber.as<Fiber>()->k;
    Value* base = k.base;
    const uint32_t* pc = k.pc ? k.pc - 1 : nullptr;  // inside the suspending instruction
    // A process waiting in a receive is, for erts, at the receive's loop_rec label, where
    // it will scan its messages again: the translated `wait` (`wait_timeout`) continues
    // after its fyield with a jmp (jt) to that label, so its line is the one shown.
    if (base && k.pc) {
      const sy::Function* fn = frame_header(base)->callee.as<Closure>()->fn;
      if (*k.pc == static_cast<uint32_t>(ir::Op::Jmp)) pc = fn->code.data() + k.pc[1];
      else if (*k.pc == static_cast<uint32_t>(ir::Op::Jt)) pc = fn->code.data() + k.pc[2];
    }
    while (base && pc) {
      const sy::Function* fn = frame_header(base)->callee.as<Closure>()->fn;
      if (!add(fn, static_cast<uint32_t>(pc - fn->code.data()))) break;
      const FrameHeader* h = frame_header(base);
      if (!h->return_pc) break;  // the fiber's first frame
      pc = h->return_pc - 1;     // inside the call instruction
      base = h->caller_base;
    }
  }
  Value l = Value::nil();
  for (size_t i = frames.size(); i-- > 0;) l = cons(frames[i], l);
  return l;
}

Value info_item(VM& vm, Process* p, Value item) {
  if (item == atom("message_queue_len")) return Value::small_int(static_cast<int64_t>(p->mbox.size));
  if (item == atom("messages")) {
    std::vector<Value> msgs;
    for (MessageNode* n = p->mbox.head; n; n = n->next) msgs.push_back(n->message);
    Value l = Value::nil();
    for (size_t i = msgs.size(); i-- > 0;) l = cons(msgs[i], l);
    return l;
  }
  if (item == atom("links")) {
    Value l = Value::nil();
    Map* m = map_or_null(p->links);
    for (uint64_t i = 0; m && i < m->used; ++i)
      if (!m->entries[i].key.is_empty()) l = cons(m->entries[i].key, l);
    return l;
  }
  if (item == atom("registered_name")) return p->name.is_nil() ? Value::nil() : p->name;
  if (item == atom("trap_exit")) return Value::boolean(p->trap_exit);
  if (item == atom("status")) {
    if (p == self()) return atom("running");
    return atom(p->state == ProcessState::Runnable ? "runnable" : "waiting");
  }
  if (item == atom("reductions")) return make_int(static_cast<int64_t>(p->reductions));
  if (item == atom("initial_call")) return p->initial_call;
  if (item == atom("dictionary")) {
    Value l = Value::nil();
    if (!p->dictionary.is_nil()) {
      Map* m = p->dictionary.as<Map>();
      for (uint64_t i = m->used; i-- > 0;)
        if (!m->entries[i].key.is_empty()) l = cons(tuple({m->entries[i].key, m->entries[i].value}), l);
    }
    return l;
  }
  if (item == atom("priority")) return atom("normal");
  if (item == atom("group_leader")) return p->pid;
  if (item == atom("heap_size") || item == atom("total_heap_size") || item == atom("stack_size"))
    return Value::small_int(233);
  if (item == atom("memory")) return Value::small_int(2688);
  if (item == atom("current_function")) return p->initial_call;
  if (item == atom("current_stacktrace")) return current_stacktrace(vm, p);
  if (item == atom("current_location")) return p->initial_call;
  return Value();
}

Value e_process_info2(VM& vm, const Value* a, uint32_t) {
  if (!is_pid(a[0])) return badarg(vm, "process_info", {a[0], a[1]});
  Process* p = sched().find(a[0]);
  if (!p) return atoms.undefined;
  if (is_list(a[1])) {
    std::vector<Value> out;
    for (Value l = a[1]; is_cons(l); l = tail(l)) {
      Value v = info_item(vm, p, head(l));
      if (v.is_empty()) return badarg(vm, "process_info", {a[0], a[1]});
      out.push_back(tuple({head(l), v}));  // {registered_name, []} when there is none
    }
    Value l = Value::nil();
    for (size_t i = out.size(); i-- > 0;) l = cons(out[i], l);
    return l;
  }
  Value v = info_item(vm, p, a[1]);
  if (v.is_empty()) return badarg(vm, "process_info", {a[0], a[1]});
  if (a[1] == atom("registered_name") && v.is_nil()) return Value::nil();
  return tuple({a[1], v});
}

Value e_process_info1(VM& vm, const Value* a, uint32_t) {
  if (!is_pid(a[0])) return badarg(vm, "process_info", {a[0]});
  Process* p = sched().find(a[0]);
  if (!p) return atoms.undefined;
  const char* items[] = {"current_function", "initial_call", "status", "message_queue_len", "links",
                         "dictionary", "trap_exit", "priority", "reductions"};
  Value l = Value::nil();
  for (size_t i = std::size(items); i-- > 0;) l = cons(tuple({atom(items[i]), info_item(vm, p, atom(items[i]))}), l);
  if (!p->name.is_nil()) l = cons(tuple({atom("registered_name"), p->name}), l);
  return l;
}

Value e_group_leader(VM&, const Value*, uint32_t) { return self()->pid; }

// -- The process dictionary --

Map* dict(bool create) {
  Process* p = self();
  if (p->dictionary.is_nil()) {
    if (!create) return nullptr;
    p->dictionary = Value::object(new_map());
  }
  return p->dictionary.as<Map>();
}

Value e_put(VM&, const Value* a, uint32_t) {
  Map* d = dict(true);
  Value old = map_get(d, a[0]);
  map_set(d, a[0], a[1]);
  return old.is_empty() ? atoms.undefined : old;
}
Value e_get1(VM&, const Value* a, uint32_t) {
  Map* d = dict(false);
  Value v = d ? map_get(d, a[0]) : Value();
  return v.is_empty() ? atoms.undefined : v;
}
Value e_get0(VM&, const Value*, uint32_t) {
  Map* d = dict(false);
  Value l = Value::nil();
  if (d)
    for (uint64_t i = d->used; i-- > 0;)
      if (!d->entries[i].key.is_empty()) l = cons(tuple({d->entries[i].key, d->entries[i].value}), l);
  return l;
}
Value e_erase1(VM&, const Value* a, uint32_t) {
  Map* d = dict(false);
  Value v = d ? map_get(d, a[0]) : Value();
  if (v.is_empty()) return atoms.undefined;
  map_remove(d, a[0]);
  return v;
}
Value e_erase0(VM& vm, const Value* a, uint32_t) {
  Value all = e_get0(vm, a, 0);
  self()->dictionary = Value::nil();
  return all;
}
Value e_get_keys0(VM&, const Value*, uint32_t) {
  Map* d = dict(false);
  Value l = Value::nil();
  if (d)
    for (uint64_t i = d->used; i-- > 0;)
      if (!d->entries[i].key.is_empty()) l = cons(d->entries[i].key, l);
  return l;
}
Value e_get_keys1(VM&, const Value* a, uint32_t) {
  Map* d = dict(false);
  Value l = Value::nil();
  if (d)
    for (uint64_t i = d->used; i-- > 0;)
      if (!d->entries[i].key.is_empty() && same_key(d->entries[i].value, a[0])) l = cons(d->entries[i].key, l);
  return l;
}

// -- Timers --

bool timer_ms(Value v, int64_t* ms) { return is_integer(v) && integer_to_int64(v, ms) && *ms >= 0; }

Value e_send_after(VM& vm, const Value* a, uint32_t) {
  int64_t ms;
  if (!timer_ms(a[0], &ms) || !(is_pid(a[1]) || is_atom(a[1]))) return badarg(vm, "send_after", {a[0], a[1], a[2]});
  return sched().start_message_timer(ms, a[1], a[2]);
}
Value e_start_timer(VM& vm, const Value* a, uint32_t) {
  int64_t ms;
  if (!timer_ms(a[0], &ms) || !(is_pid(a[1]) || is_atom(a[1]))) return badarg(vm, "start_timer", {a[0], a[1], a[2]});
  return sched().start_message_timer(ms, a[1], a[2], true);
}
Value e_cancel_timer(VM& vm, const Value* a, uint32_t) {
  if (!is_ref(a[0])) return badarg(vm, "cancel_timer", {a[0]});
  int64_t left = sched().read_timer(a[0], true);
  return left < 0 ? Value::boolean(false) : make_int(left);
}
Value e_read_timer(VM& vm, const Value* a, uint32_t) {
  if (!is_ref(a[0])) return badarg(vm, "read_timer", {a[0]});
  int64_t left = sched().read_timer(a[0], false);
  return left < 0 ? Value::boolean(false) : make_int(left);
}

Value e_make_ref(VM&, const Value*, uint32_t) { return sched().make_ref(); }

// -- persistent_term: one table for the whole VM --

Map* persistent_terms() {
  static heap::RootedVector<Value> root{Value::object(new_map())};
  return root[0].as<Map>();
}
Value pt_get1(VM& vm, const Value* a, uint32_t) {
  Value v = map_get(persistent_terms(), a[0]);
  if (v.is_empty()) return raise_bif_error(vm, atoms.badarg, "persistent_term", "get", {a[0]});
  return v;
}
Value pt_get2(VM&, const Value* a, uint32_t) {
  Value v = map_get(persistent_terms(), a[0]);
  return v.is_empty() ? a[1] : v;
}
Value pt_put(VM&, const Value* a, uint32_t) {
  map_set(persistent_terms(), a[0], a[1]);
  return atoms.ok;
}
Value pt_erase(VM&, const Value* a, uint32_t) { return Value::boolean(map_remove(persistent_terms(), a[0])); }

// -- The node and the VM --

Value e_node0(VM&, const Value*, uint32_t) { return atoms.nonode_nohost; }
Value e_node1(VM&, const Value*, uint32_t) { return atoms.nonode_nohost; }
Value e_nodes(VM&, const Value*, uint32_t) { return Value::nil(); }
Value e_is_alive(VM&, const Value*, uint32_t) { return Value::boolean(false); }
Value e_monitor_node(VM&, const Value*, uint32_t) { return Value::boolean(true); }
Value e_garbage_collect(VM&, const Value*, uint32_t) { return Value::boolean(true); }

Value halt_with(VM& vm, Value status) {
  int code = 0;
  if (status.is_int()) code = static_cast<int>(status.as_int() & 0xff);
  else if (is_list(status)) code = 1;  // halt("message"): erl prints it and exits 1
  sched().halt(code);
  return raise_uncatchable(vm, atom("halt"));
}
Value e_halt0(VM& vm, const Value*, uint32_t) { return halt_with(vm, Value::small_int(0)); }
Value e_halt1(VM& vm, const Value* a, uint32_t) { return halt_with(vm, a[0]); }
Value e_halt2(VM& vm, const Value* a, uint32_t) { return halt_with(vm, a[0]); }

struct Entry {
  const char* name;
  NativeFn fn;
  int arity;
};

const Entry kNatives[] = {
    {"beam.recv_peek", n_recv_peek, 0},
    {"beam.recv_next", n_recv_next, 0},
    {"beam.recv_remove", n_recv_remove, 0},
    {"beam.recv_reset", n_recv_reset, 0},
    {"beam.recv_timeout_value", n_recv_timeout_value, 1},
    {"beam.send", n_send, 2},
    {"erlang:!/2", n_send, 2},
    {"erlang:send/2", n_send, 2},
    {"erlang:send/3", e_send3, 3},
    {"erlang:spawn/1", e_spawn1, 1},
    {"erlang:spawn/3", e_spawn3, 3},
    {"erlang:spawn_link/1", e_spawn_link1, 1},
    {"erlang:spawn_link/3", e_spawn_link3, 3},
    {"erlang:spawn_monitor/1", e_spawn_monitor1, 1},
    {"erlang:spawn_monitor/3", e_spawn_monitor3, 3},
    {"erlang:spawn_opt/2", e_spawn_opt2, 2},
    {"erlang:spawn_opt/4", e_spawn_opt4, 4},
    {"erlang:self/0", e_self, 0},
    {"erlang:link/1", e_link, 1},
    {"erlang:unlink/1", e_unlink, 1},
    {"erlang:monitor/2", e_monitor, 2},
    {"erlang:monitor/3", e_monitor3, 3},
    {"erlang:alias/0", e_alias0, 0},
    {"erlang:alias/1", e_alias1, 1},
    {"erlang:unalias/1", e_unalias, 1},
    {"erlang:demonitor/1", e_demonitor, 1},
    {"erlang:demonitor/2", e_demonitor, 2},
    {"erlang:exit/2", e_exit2, 2},
    {"erlang:process_flag/2", e_process_flag, 2},
    {"erlang:is_process_alive/1", e_is_process_alive, 1},
    {"erlang:register/2", e_register, 2},
    {"erlang:unregister/1", e_unregister, 1},
    {"erlang:whereis/1", e_whereis, 1},
    {"erlang:registered/0", e_registered, 0},
    {"erlang:processes/0", e_processes, 0},
    {"erlang:process_info/1", e_process_info1, 1},
    {"erlang:process_info/2", e_process_info2, 2},
    {"erlang:group_leader/0", e_group_leader, 0},
    {"erlang:put/2", e_put, 2},
    {"erlang:get/1", e_get1, 1},
    {"erlang:get/0", e_get0, 0},
    {"erlang:erase/1", e_erase1, 1},
    {"erlang:erase/0", e_erase0, 0},
    {"erlang:get_keys/0", e_get_keys0, 0},
    {"erlang:get_keys/1", e_get_keys1, 1},
    {"erlang:send_after/3", e_send_after, 3},
    {"erlang:start_timer/3", e_start_timer, 3},
    {"erlang:cancel_timer/1", e_cancel_timer, 1},
    {"erlang:read_timer/1", e_read_timer, 1},
    {"erlang:make_ref/0", e_make_ref, 0},
    {"persistent_term:get/1", pt_get1, 1},
    {"persistent_term:get/2", pt_get2, 2},
    {"persistent_term:put/2", pt_put, 2},
    {"persistent_term:erase/1", pt_erase, 1},
    {"erlang:node/0", e_node0, 0},
    {"erlang:node/1", e_node1, 1},
    {"erlang:nodes/0", e_nodes, 0},
    {"erlang:is_alive/0", e_is_alive, 0},
    {"erlang:monitor_node/2", e_monitor_node, 2},
    {"erlang:garbage_collect/0", e_garbage_collect, 0},
    {"erlang:halt/0", e_halt0, 0},
    {"erlang:halt/1", e_halt1, 1},
    {"erlang:halt/2", e_halt2, 2},
};

}  // namespace

void init_process_natives() {
  static bool done = false;
  if (done) return;
  done = true;
  for (const Entry& e : kNatives) register_native(e.name, e.fn, e.arity);
}

}  // namespace sy::beam
