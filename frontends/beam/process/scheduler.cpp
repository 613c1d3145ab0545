#include "frontends/beam/process/scheduler.h"

#include <time.h>

#include <algorithm>
#include <cstdio>

#include "continuations/fiber.h"
#include "frontends/beam/process/reports.h"
#include "frontends/beam/runtime/terms.h"
#include "frontends/beam/translate/exceptions.h"
#include "frontends/beam/translate/runtime_natives.h"

namespace sy::beam {

namespace {

Scheduler* g_instance = nullptr;

// Pid numbers start where erl's first user process does in a plain `erl -noshell` run.
constexpr uint32_t kFirstPid = 79;

bool timer_later(const auto& a, const auto& b) {
  return a.deadline_ns != b.deadline_ns ? a.deadline_ns > b.deadline_ns : a.id > b.id;
}

Process* process_of(Value pid) {
  if (!is_pid(pid)) return nullptr;
  Value p = pid.as<Pid>()->process;
  if (p.is_empty() || p.is_nil()) return nullptr;
  auto* proc = p.as<Process>();
  return proc->state == ProcessState::Exited ? nullptr : proc;
}

}  // namespace

Scheduler& Scheduler::instance() { return *g_instance; }

Scheduler::Scheduler(VM& vm, SchedulerOptions options) : vm_(vm), options_(options) {
  roots_.push_back(Value::object(new_map()));
  roots_.push_back(Value::object(new_map()));
  names_ = roots_[0];
  aliases_ = roots_[1];
  g_instance = this;
}

Scheduler::~Scheduler() {
  if (g_instance == this) g_instance = nullptr;
}

int64_t Scheduler::now_ns() const {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

Process* Scheduler::spawn(Value entry, Value initial_call) {
  Process* p = new_process();
  uint32_t number = kFirstPid + next_pid_++;
  p->pid = make_pid(number, 0, Value::object(p));
  p->fiber = fibers::create(vm_, entry);
  p->initial_call = initial_call;
  table_.push_back(Value::object(p));
  ++live_;
  make_runnable(p, Value::nil());
  return p;
}

Process* Scheduler::find(Value pid) const { return process_of(pid); }

void Scheduler::make_runnable(Process* p, Value resume_with) {
  p->resume_value = resume_with;
  p->state = ProcessState::Runnable;
  if (!p->queued) {
    p->queued = true;
    run_queue_.push_back(p);
  }
}

void Scheduler::send(Process* to, Value message) {
  if (!to || to->state == ProcessState::Exited) return;
  mailbox_push(to->mbox, message);
  if (to->state == ProcessState::Waiting || to->state == ProcessState::Timed) make_runnable(to, Value::boolean(true));
}

int Scheduler::run(Value entry, Value initial_call) {
  main_ = spawn(entry, initial_call);
  main_->is_main = true;
  for (;;) {
    fire_timers();
    if (run_queue_.empty()) {
      if (main_->state == ProcessState::Exited || halting()) break;
      if (timers_.empty()) {
        // Every process waits for a message nothing can send: erl would wait forever.
        std::fflush(stdout);
        std::fprintf(stderr, "switchyard: deadlock: every process waits in a receive that nothing can satisfy\n");
        return 1;
      }
      int64_t wait = timers_.front().deadline_ns - now_ns();
      if (wait > 0) {
        timespec ts{static_cast<time_t>(wait / 1'000'000'000), static_cast<long>(wait % 1'000'000'000)};
        nanosleep(&ts, nullptr);
      }
      continue;
    }
    Process* p = run_queue_.front();
    run_queue_.pop_front();
    p->queued = false;
    if (p->state != ProcessState::Runnable) continue;
    current_ = p;
    vm_.budget = options_.reductions;
    Value r = fibers::resume(vm_, p->fiber, p->resume_value);
    p->reductions += static_cast<uint64_t>(options_.reductions - std::max<int64_t>(vm_.budget, 0));
    vm_.budget = INT64_MAX;
    current_ = nullptr;
    if (r.is_empty()) {
      Value exc = vm_.exception();
      std::vector<TraceEntry> trace = vm_.trace();
      vm_.clear_exception();
      if (is_uncatchable(exc)) {
        finish(p, as_exception(exc)->reason, Value());
      } else {
        Exception* e = materialize(vm_, exc, trace, false);
        Value reason = e->reason;
        if (e->klass == atoms.error) reason = tuple({e->reason, e->trace});
        else if (e->klass == atoms.throw_) reason = tuple({tuple({atom("nocatch"), e->reason}), e->trace});
        finish(p, reason, Value::object(e));
      }
    } else if (fibers::state(p->fiber) == FiberState::Done) {
      finish(p, atoms.normal, Value());
    } else if (r.is_int() && r.as_int() == kYieldReductions) {
      make_runnable(p, Value::nil());
    } else if (r.is_int() && r.as_int() == kYieldWait) {
      // Suspended until a new message arrives (what is already in the mailbox was
      // scanned, or, in a receive without patterns, does not matter).
      p->state = ProcessState::Waiting;
    } else if (r.is_int() && r.as_int() >= 0) {
      // A receive with `after`: its timer runs from the first wait of the receive until
      // a message is taken (remove_message) or the timeout clause runs, however many
      // times the scan is woken up by messages that do not match.
      if (p->timed_out || r.as_int() == 0) {
        end_receive_timer(p);
        make_runnable(p, Value::boolean(false));
      } else if (p->timer) {
        p->state = ProcessState::Timed;
      } else {
        start_receive_timer(p, r.as_int());
      }
    } else {
      make_runnable(p, Value::nil());
    }
    // The program ends with main, whatever the other processes are doing.
    if (halting() || main_->state == ProcessState::Exited) break;
  }
  std::fflush(stdout);
  if (halting()) return halt_status_;
  Value reason = main_->exit_reason;
  return reason == atoms.normal ? 0 : 1;
}

// -- Exits, links, monitors --

void Scheduler::finish(Process* p, Value reason, Value exception) {
  if (p->state == ProcessState::Exited) return;
  if (!p->is_main && !exception.is_empty()) {
    Exception* e = as_exception(exception);
    if (e->klass != atoms.exit) report_process_crash(p->pid, reason);
  }
  terminate(p, reason, exception);
}

void Scheduler::terminate(Process* first, Value first_reason, Value exception) {
  // Exits propagate through links: a worklist instead of recursion.
  std::vector<std::pair<Process*, Value>, heap::RootAllocator<std::pair<Process*, Value>>> work;
  work.emplace_back(first, first_reason);
  while (!work.empty()) {
    auto [p, reason] = work.back();
    work.pop_back();
    if (p->state == ProcessState::Exited) continue;
    if (p->is_main && reason != atoms.normal && !halting()) {
      // The main process's end is the program's: reported the way erl's shell prints it
      // (an exception it raised, or the exit signal that killed it).
      report_main_exit(p == first ? exception : Value(), reason);
    }
    p->state = ProcessState::Exited;
    p->exit_reason = reason;
    p->timer = 0;
    --live_;
    if (!p->name.is_nil()) {
      map_remove(names_.as<Map>(), p->name);
      p->name = Value::nil();
    }
    // Links.
    Map* links = map_or_null(p->links);
    for (uint64_t i = 0; links && i < links->used; ++i) {
      Value other = links->entries[i].key;
      if (other.is_empty()) continue;
      Process* q = process_of(other);
      if (!q) continue;
      if (Map* ql = map_or_null(q->links)) map_remove(ql, p->pid);
      if (q->trap_exit) {
        send(q, tuple({atom("EXIT"), p->pid, reason}));
      } else if (reason != atoms.normal) {
        work.emplace_back(q, reason);
      }
    }
    // Monitors others hold on p, and those p holds.
    Map* by = map_or_null(p->monitored_by);
    for (uint64_t i = 0; by && i < by->used; ++i) {
      Value ref = by->entries[i].key;
      if (ref.is_empty()) continue;
      Tuple* who = by->entries[i].value.as<Tuple>();
      Process* w = process_of(who->items[0]);
      if (!w) continue;
      if (Map* wm = map_or_null(w->monitors)) map_remove(wm, ref);
      Value alias = map_get(aliases_.as<Map>(), ref);
      if (!alias.is_empty() && static_cast<AliasMode>(alias.as<Tuple>()->items[1].as_int()) != AliasMode::Explicit)
        map_remove(aliases_.as<Map>(), ref);
      send(w, tuple({atom("DOWN"), ref, atom("process"), who->items[1], reason}));
    }
    Map* mine = map_or_null(p->monitors);
    for (uint64_t i = 0; mine && i < mine->used; ++i) {
      Value ref = mine->entries[i].key;
      if (ref.is_empty()) continue;
      if (Process* t = process_of(mine->entries[i].value))
        if (Map* tb = map_or_null(t->monitored_by)) map_remove(tb, ref);
    }
    // Let go of what the process held.
    p->links = p->monitors = p->monitored_by = Value::nil();
    p->fiber = Value::nil();
    p->dictionary = Value::nil();
    mailbox_clear(p->mbox);
    uint32_t slot = p->pid.as<Pid>()->number - kFirstPid;
    if (slot < table_.size()) table_[slot] = Value::nil();
  }
}

bool Scheduler::exit_signal(Value from, Process* to, Value reason) {
  if (!to) return false;
  bool self = to == current_;
  if (reason == atom("kill")) {
    if (self) return true;  // the caller raises the uncatchable exit: `killed`
    terminate(to, atom("killed"));
    return false;
  }
  if (to->trap_exit) {
    send(to, tuple({atom("EXIT"), from, reason}));
    return false;
  }
  if (reason == atoms.normal && !self) return false;
  if (self) return true;
  terminate(to, reason);
  return false;
}

void Scheduler::link(Process* a, Process* b) {
  if (a == b) return;
  map_set(own_map(a->links), b->pid, Value::boolean(true));
  map_set(own_map(b->links), a->pid, Value::boolean(true));
}

void Scheduler::unlink(Process* a, Value pid) {
  if (Map* al = map_or_null(a->links)) map_remove(al, pid);
  if (Process* b = process_of(pid))
    if (Map* bl = map_or_null(b->links)) map_remove(bl, a->pid);
}

Value Scheduler::monitor(Process* watcher, Value target, Value object) {
  Value ref = make_ref();
  Process* t = process_of(target);
  if (!t) {
    // Monitoring a dead process: 'DOWN' with noproc at once.
    send(watcher, tuple({atom("DOWN"), ref, atom("process"), object, atoms.noproc}));
    return ref;
  }
  map_set(own_map(watcher->monitors), ref, t->pid);
  map_set(own_map(t->monitored_by), ref, tuple({watcher->pid, object}));
  return ref;
}

void Scheduler::add_alias(Process* p, Value ref, AliasMode mode) {
  map_set(aliases_.as<Map>(), ref, tuple({Value::object(p), Value::small_int(static_cast<int64_t>(mode))}));
}

bool Scheduler::remove_alias(Process* p, Value ref) {
  Value a = map_get(aliases_.as<Map>(), ref);
  if (a.is_empty() || a.as<Tuple>()->items[0].as<Process>() != p) return false;
  map_remove(aliases_.as<Map>(), ref);
  return true;
}

void Scheduler::send_to_alias(Value ref, Value message) {
  Value a = map_get(aliases_.as<Map>(), ref);
  if (a.is_empty()) return;
  Process* p = a.as<Tuple>()->items[0].as<Process>();
  if (p->state == ProcessState::Exited) {
    map_remove(aliases_.as<Map>(), ref);
    return;
  }
  if (static_cast<AliasMode>(a.as<Tuple>()->items[1].as_int()) == AliasMode::ReplyDemonitor) {
    map_remove(aliases_.as<Map>(), ref);
    demonitor(p, ref);
  }
  send(p, message);
}

bool Scheduler::demonitor(Process* watcher, Value ref) {
  Value alias = map_get(aliases_.as<Map>(), ref);
  if (!alias.is_empty() && static_cast<AliasMode>(alias.as<Tuple>()->items[1].as_int()) != AliasMode::Explicit)
    remove_alias(watcher, ref);
  Map* mine = map_or_null(watcher->monitors);
  Value target = mine ? map_get(mine, ref) : Value();
  if (target.is_empty()) return false;
  map_remove(mine, ref);
  if (Process* t = process_of(target))
    if (Map* tb = map_or_null(t->monitored_by)) map_remove(tb, ref);
  return true;
}

// -- Names --

Value Scheduler::whereis(Value name) const {
  Value p = map_get(names_.as<Map>(), name);
  return p.is_empty() ? atoms.undefined : p.as<Process>()->pid;
}

bool Scheduler::register_name(Value name, Process* p) {
  if (!map_get(names_.as<Map>(), name).is_empty() || !p->name.is_nil()) return false;
  map_set(names_.as<Map>(), name, Value::object(p));
  p->name = name;
  return true;
}

bool Scheduler::unregister_name(Value name) {
  Value p = map_get(names_.as<Map>(), name);
  if (p.is_empty()) return false;
  map_remove(names_.as<Map>(), name);
  p.as<Process>()->name = Value::nil();
  return true;
}

Value Scheduler::registered() const {
  Value list = Value::nil();
  Map* m = names_.as<Map>();
  for (uint64_t i = m->used; i-- > 0;)
    if (!m->entries[i].key.is_empty()) list = cons(m->entries[i].key, list);
  return list;
}

Value Scheduler::processes() const {
  Value list = Value::nil();
  for (size_t i = table_.size(); i-- > 0;)
    if (!table_[i].is_nil()) list = cons(table_[i].as<Process>()->pid, list);
  return list;
}

uint64_t Scheduler::process_count() const { return live_; }

// -- Timers --

void Scheduler::push_timer(const Timer& t) {
  timers_.push_back(t);
  std::push_heap(timers_.begin(), timers_.end(), [](const Timer& a, const Timer& b) { return timer_later(a, b); });
}

void Scheduler::end_receive_timer(Process* p) {
  p->timer = 0;
  p->timed_out = false;
}

uint64_t Scheduler::start_receive_timer(Process* p, int64_t ms) {
  uint64_t id = next_timer_++;
  p->state = ProcessState::Timed;
  p->timer = id;
  push_timer({now_ns() + ms * 1'000'000, id, Value::object(p), Value::nil(), Value::nil(), Value::nil()});
  return id;
}

Value Scheduler::start_message_timer(int64_t ms, Value dest, Value message, bool timeout_tuple) {
  Value ref = make_ref();
  if (timeout_tuple) message = tuple({atom("timeout"), ref, message});
  push_timer({now_ns() + ms * 1'000'000, next_timer_++, Value::nil(), dest, message, ref});
  return ref;
}

int64_t Scheduler::read_timer(Value ref, bool cancel) {
  for (size_t i = 0; i < timers_.size(); ++i) {
    Timer& t = timers_[i];
    if (t.ref.is_nil() || !same_key(t.ref, ref)) continue;
    // Whole milliseconds left, rounded up as erts reports them.
    int64_t left = std::max<int64_t>(0, (t.deadline_ns - now_ns() + 999'999) / 1'000'000);
    if (cancel) {
      timers_.erase(timers_.begin() + static_cast<long>(i));
      std::make_heap(timers_.begin(), timers_.end(), [](const Timer& a, const Timer& b) { return timer_later(a, b); });
    }
    return left;
  }
  return -1;
}

void Scheduler::fire_timers() {
  if (timers_.empty()) return;
  int64_t now = now_ns();
  auto later = [](const Timer& a, const Timer& b) { return timer_later(a, b); };
  while (!timers_.empty() && timers_.front().deadline_ns <= now) {
    std::pop_heap(timers_.begin(), timers_.end(), later);
    Timer t = timers_.back();
    timers_.pop_back();
    if (!t.process.is_nil()) {
      Process* p = t.process.as<Process>();
      if (p->timer != t.id || p->state == ProcessState::Exited) continue;  // cancelled
      if (p->state == ProcessState::Timed) {
        end_receive_timer(p);
        make_runnable(p, Value::boolean(false));
      } else {
        p->timed_out = true;  // it is scanning: its next wait times out at once
      }
    } else {
      Process* to = is_pid(t.dest) ? process_of(t.dest) : nullptr;
      if (!to && is_atom(t.dest)) {
        Value p = map_get(names_.as<Map>(), t.dest);
        if (!p.is_empty()) to = p.as<Process>();
      }
      send(to, t.message);
    }
  }
}

Value Scheduler::make_ref() {
  ++ref_counter_;
  return beam::make_ref(static_cast<uint32_t>(ref_counter_), static_cast<uint32_t>(ref_counter_ >> 32), 0);
}

void Scheduler::halt(int status) { halt_status_ = status; }

}  // namespace sy::beam
