#include "core/heap.h"
#include "frontends/beam/process/process.h"

namespace sy::beam {

namespace {
ClassId g_process_class = 0;
}

ClassId process_class() {
  if (!g_process_class) g_process_class = register_class("erlang_process", false);
  return g_process_class;
}

Process* new_process() {
  auto* p = static_cast<Process*>(heap::alloc(sizeof(Process)));
  p->h.cls = process_class();
  p->pid = p->fiber = p->name = p->initial_call = p->dictionary = Value::nil();
  p->links = p->monitors = p->monitored_by = Value::nil();
  p->resume_value = Value::nil();
  p->exit_reason = Value();
  mailbox_init(p->mbox);
  p->state = ProcessState::Runnable;
  return p;
}

void mailbox_init(Mailbox& m) {
  m.head = nullptr;
  m.tail = &m.head;
  m.save = &m.head;
  m.size = 0;
}

void mailbox_push(Mailbox& m, Value message) {
  auto* n = static_cast<MessageNode*>(heap::alloc(sizeof(MessageNode)));
  n->next = nullptr;
  n->message = message;
  *m.tail = n;
  m.tail = &n->next;
  ++m.size;
}

void mailbox_remove(Mailbox& m) {
  MessageNode* n = *m.save;
  if (!n) return;
  *m.save = n->next;
  if (m.tail == &n->next) m.tail = m.save;
  --m.size;
  m.save = &m.head;
}

void mailbox_clear(Mailbox& m) { mailbox_init(m); }

}  // namespace sy::beam
