// Erlang processes on fibers (docs/beam.md, "Processes").
//
// A process is a fiber running its initial function, plus a mailbox, links, monitors, a
// registered name and a dictionary. It runs until it suspends: at a `tick` when its
// reductions for the time slice are spent, or at `wait`/`wait_timeout` in a receive; the
// scheduler (scheduler.h) then resumes another one.
//
// The mailbox is a singly linked queue with a save pointer, the position a selective
// receive has scanned to: loop_rec peeks at it, loop_rec_end advances it, remove_message
// unlinks the message there and rewinds it to the head, and a wait keeps it, so that when
// a new message arrives at the tail the scan resumes with exactly that message. Sending
// appends a node: O(1), no copy (terms are immutable and the heap is shared).
#pragma once
#include <cstdint>

#include "core/object.h"
#include "core/value.h"

namespace sy::beam {

struct MessageNode {
  MessageNode* next;
  Value message;
};

struct Mailbox {
  MessageNode* head;
  MessageNode** tail;  // the link the next message goes into
  MessageNode** save;  // the link of the message a receive looks at next
  uint64_t size;
};

enum class ProcessState : uint8_t {
  Runnable,  // in the run queue (or running)
  Waiting,   // in a receive without a timeout
  Timed,     // in a receive with a timeout: a timer will wake it
  Exited,
};

struct Process {
  ObjHeader h;
  Value pid;
  Value fiber;
  Value links;           // Map: pid -> true (nil until the first link)
  Value monitors;        // Map: ref -> the pid it monitors (nil until the first)
  Value monitored_by;    // Map: ref -> {the pid that monitors this one, how 'DOWN' names it} (nil until the first)
  Value dictionary;      // Map (the process dictionary), nil until first put
  Value name;            // registered name, or nil
  Value initial_call;    // {M, F, A}
  Value resume_value;    // what the fiber receives when it is next resumed
  Value exit_reason;     // once Exited
  Mailbox mbox;
  uint64_t reductions;   // spent so far (process_info)
  uint64_t timer;        // the running receive timeout's id, 0 for none
  ProcessState state;
  bool trap_exit;
  bool timed_out;        // the receive timer fired while the process was not waiting
  bool queued;           // in the run queue
  bool is_main;
};

ClassId process_class();
Process* new_process();

// Links and monitors are Maps made on first use (most processes never have any).
inline Map* own_map(Value& field) {
  if (field.is_nil()) field = Value::object(new_map());
  return field.as<Map>();
}
inline Map* map_or_null(Value field) { return field.is_nil() ? nullptr : field.as<Map>(); }

// The mailbox (mailbox.cpp).
void mailbox_init(Mailbox& m);
void mailbox_push(Mailbox& m, Value message);
// The message at the save pointer, or empty when the scan reached the end.
inline Value mailbox_peek(const Mailbox& m) { return *m.save ? (*m.save)->message : Value(); }
inline void mailbox_next(Mailbox& m) {
  if (*m.save) m.save = &(*m.save)->next;
}
void mailbox_remove(Mailbox& m);  // the message at the save pointer; rewinds the save pointer
inline void mailbox_rewind(Mailbox& m) { m.save = &m.head; }
void mailbox_clear(Mailbox& m);

}  // namespace sy::beam
