#include "core/interp/stack.h"

#include <cstring>
#include <vector>

#include "core/heap.h"
#include "core/int_box.h"
#include "core/ir/module.h"

namespace sy {

Segment* new_segment(uint64_t slots) {
  auto* s = static_cast<Segment*>(heap::alloc(sizeof(Segment) + slots * sizeof(Value)));
  s->h.cls = cls::Segment;
  s->lo = s->top = s->slots;
  s->hi = s->slots + slots;
  return s;
}

Continuation* new_continuation(const ContinuationState& k) {
  auto* c = static_cast<Continuation*>(heap::alloc(sizeof(Continuation)));
  c->h.cls = cls::Continuation;
  c->k = k;
  return c;
}

Fiber* new_fiber(Value fn) {
  auto* f = static_cast<Fiber*>(heap::alloc(sizeof(Fiber)));
  f->h.cls = cls::Fiber;
  f->state = FiberState::New;
  f->fn = fn;
  return f;
}

ContinuationState clone_chain(const ContinuationState& k) {
  // Copy each segment of the chain, top first, remembering old -> new.
  // Root memory: the copies must survive collections triggered while copying.
  heap::RootedVector<std::pair<Segment*, Segment*>> map;
  for (Segment* s = k.top;; s = s->prev) {
    uint64_t slots = static_cast<uint64_t>(s->hi - s->lo);
    Segment* c = new_segment(slots);
    c->flags = s->flags;
    c->tag = s->tag;
    c->fiber = s->fiber;
    c->depth_base = s->depth_base;
    c->kreg = s->kreg;
    std::memcpy(c->lo, s->lo, (s->top - s->lo) * sizeof(Value));
    c->top = c->lo + (s->top - s->lo);
    map.emplace_back(s, c);
    if (s == k.bottom) break;
  }
  for (size_t i = 0; i + 1 < map.size(); ++i) map[i].second->prev = map[i + 1].second;
  auto relocate = [&](Value* p) -> Value* {
    for (auto& [from, to] : map)
      if (p >= from->lo && p < from->hi) return to->lo + (p - from->lo);
    return p;  // outside the chain: the detached bottom frame's null link
  };
  ContinuationState c = k;
  c.top = map.front().second;
  c.bottom = map.back().second;
  c.base = relocate(k.base);
  // Walk the frames from the capturing one down to the bottom, fixing each link. Both
  // chains now hold the same int boxes in their registers: neither may overwrite one
  // in place any more (core/int_box.h).
  for (Value* base = c.base;;) {
    FrameHeader* h = frame_header(base);
    const Function* fn = h->callee.as<Closure>()->fn;
    for (uint32_t r = 0; r < fn->nregs; ++r) int_box::disown(base[r]);
    if (!h->caller_base) break;  // the detached bottom frame
    h->caller_base = relocate(h->caller_base);
    base = h->caller_base;
  }
  return c;
}

const char* fiber_state_name(FiberState s) {
  switch (s) {
    case FiberState::New: return "new";
    case FiberState::Suspended: return "suspended";
    case FiberState::Running: return "running";
    case FiberState::Done: return "done";
  }
  return "?";
}

}  // namespace sy
