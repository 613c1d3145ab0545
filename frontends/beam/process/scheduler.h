// The scheduler: one run queue of processes, each resumed for a time slice of
// `reductions` (docs/beam.md, "Processes"). A slice ends when the process spends its
// budget (translated code counts one reduction per function entry in fair mode, per tail
// call in unfair mode, with the IR's `tick`), waits in a receive, yields, or exits.
// Receive timeouts and erlang:send_after/start_timer are timers in a heap ordered by
// deadline; when nothing can run the scheduler sleeps until the next deadline.
//
// Exits: a process that returns exits `normal`; one whose fiber ends with an exception
// exits with the reason BEAM gives ({Reason, Stack} for errors, {{nocatch, V}, Stack} for
// throws, the reason for exits) and, for errors and throws, the error report erl prints.
// Exit signals then go to its links (a message for processes that trap exits, an exit
// for those that do not unless the reason is `normal`) and 'DOWN' messages to its
// monitors. The run ends when the main process exits.
#pragma once
#include <cstdint>
#include <deque>
#include <vector>

#include "core/heap.h"
#include "core/vm.h"
#include "frontends/beam/process/process.h"

namespace sy::beam {

struct SchedulerOptions {
  int64_t reductions = 4000;  // per time slice (BEAM's CONTEXT_REDS)
};

class Scheduler {
 public:
  Scheduler(VM& vm, SchedulerOptions options);
  Scheduler(const Scheduler&) = delete;
  ~Scheduler();

  // A new process running `entry` (a closure of no parameters); `initial_call` is {M,F,A}.
  Process* spawn(Value entry, Value initial_call);
  // Runs `entry` as the main process until it exits; the exit status of the program
  // (0 when main exits normally, 1 when it crashes or is killed; erlang:halt's status).
  int run(Value entry, Value initial_call);

  Process* current() const { return current_; }
  Process* find(Value pid) const;  // a live process, or null
  Value whereis(Value name) const;  // pid or the atom undefined
  bool register_name(Value name, Process* p);  // false if taken or p already has a name
  bool unregister_name(Value name);
  Value registered() const;  // list of names
  Value processes() const;   // list of pids
  uint64_t process_count() const;

  // Delivers a message (dropped when the process is gone).
  void send(Process* to, Value message);
  // An exit signal from `from` (a pid, or the process itself) to `to`, as erlang:exit/2
  // sends it. True if the running process must stop now (it killed itself).
  bool exit_signal(Value from, Process* to, Value reason);
  void link(Process* a, Process* b);
  void unlink(Process* a, Value pid);
  // A monitor of `target` (a pid; may be dead) by `watcher`; returns the reference. The
  // 'DOWN' message names the process as `object` (the pid, or {Name, Node}).
  Value monitor(Process* watcher, Value target, Value object);
  bool demonitor(Process* watcher, Value ref);

  // Process aliases (OTP 24): a reference that addresses its process while active.
  enum class AliasMode : uint8_t { Explicit, Demonitor, ReplyDemonitor };
  void add_alias(Process* p, Value ref, AliasMode mode);
  bool remove_alias(Process* p, Value ref);  // false if p had no such alias
  // Delivers a message sent to a reference (dropped unless it is an active alias).
  void send_to_alias(Value ref, Value message);

  // Timers. A receive timeout wakes the process; a message timer delivers the message.
  uint64_t start_receive_timer(Process* p, int64_t ms);
  // The receive is over (a message was taken, or the timeout clause runs): its timer, if
  // any, no longer matters.
  void end_receive_timer(Process* p);
  // Returns its reference; with `timeout_tuple` the message is {timeout, Ref, message}
  // (erlang:start_timer/3).
  Value start_message_timer(int64_t ms, Value dest, Value message, bool timeout_tuple = false);
  // Remaining milliseconds of a message timer, or -1 when it is not pending; cancels it
  // when `cancel`.
  int64_t read_timer(Value ref, bool cancel);

  Value make_ref();
  // Ends the run with `status` (erlang:halt) once the running process has stopped.
  void halt(int status);
  bool halting() const { return halt_status_ >= 0; }

  static Scheduler& instance();

 private:
  struct Timer {
    int64_t deadline_ns;
    uint64_t id;
    Value process;   // Process for a receive timeout, else nil
    Value dest;      // message timers: pid or name
    Value message;
    Value ref;
  };
  void make_runnable(Process* p, Value resume_with);
  void finish(Process* p, Value reason, Value exception);
  // The exit of p and of the processes its exit signals kill, with their links and
  // monitors; `exception` is what p raised (empty for a normal end or an exit signal).
  void terminate(Process* p, Value reason, Value exception = Value());
  void report_crash(Process* p, Value reason);
  void fire_timers();
  int64_t now_ns() const;
  void push_timer(const Timer& t);

  VM& vm_;
  SchedulerOptions options_;
  std::deque<Process*> run_queue_;          // processes are kept alive by table_
  heap::RootedVector<Value> table_;         // pid number -> process (nil when gone)
  Value names_;                             // Map: name -> process (root slot in roots_)
  Value aliases_;                           // Map: ref -> {process, mode} (root slot in roots_)
  heap::RootedVector<Value> roots_;
  std::vector<Timer, heap::RootAllocator<Timer>> timers_;  // a min-heap by deadline
  std::vector<Process*> exiting_;           // exits to propagate
  Process* current_ = nullptr;
  Process* main_ = nullptr;
  uint32_t next_pid_ = 0;
  uint64_t next_timer_ = 1;
  uint64_t ref_counter_ = 0;
  int halt_status_ = -1;
  uint64_t live_ = 0;
};

}  // namespace sy::beam
