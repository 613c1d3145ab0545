// VM stacks as chains of segments, and the continuations and fibers built on them.
//
// A segment is a run of Value slots holding whole frames (frame.h). The first segment of a
// VM (the root) is one large reservation of address space; every other segment is a heap
// object, so the collector traces the frames of a suspended fiber through the fiber and
// frees a dropped fiber's stack with it.
//
// Invariants:
// - A prompt, a fiber's first resume and a call that does not fit in the current segment
//   each start a new segment. The frame at the bottom of a segment has kSegmentBottom set
//   in its dst word; `ret` and unwinding pop the segment there, and only there.
// - So the frames above a prompt are exactly the segments above the prompt's segment, and
//   a one-shot capture detaches that chain without copying (O(1) in the number of frames).
//   Resuming re-links the chain on top of the resumer's frame: the bottom frame's header
//   gets the resumer's base, return pc and destination.
// - A continuation is consumed by resuming it; clone() copies the chain first for
//   multi-shot use, relocating each frame's caller_base into the copy.
// - VM::enter (a native re-entering the VM) sets the VM's barrier segment. A capture
//   that would reach the barrier before its prompt raises an error: the native's C++
//   frame cannot be captured.
#pragma once
#include <cstdint>

#include "core/interp/frame.h"
#include "core/value.h"

namespace sy {

struct Fiber;

inline constexpr uint64_t kSegmentBottom = uint64_t{1} << 63;  // in FrameHeader::dst
inline constexpr uint64_t kDstMask = 0xFFFF'FFFFull;

struct Segment {
  ObjHeader h;
  uint32_t flags;
  Value* lo;
  Value* hi;
  Value* top;          // end of the live frames
  Segment* prev;       // the segment below, while attached
  Segment* spare;      // a free segment kept for the next overflow out of this one
  Value tag;           // kPrompt: the prompt's tag
  Fiber* fiber;        // kFiber: the fiber this segment starts
  uint64_t depth_base; // the VM's call depth below this prompt
  uint32_t kreg;       // kPrompt: the resumer's register that receives the continuation
  uint32_t reserved;
  Value slots[];       // heap segments only

  enum : uint32_t { kPrompt = 1, kFiber = 2, kRoot = 4 };
  Value* first_base() const { return lo + kFrameHeaderSlots; }
};

// A detached chain of segments and where to continue in it.
struct ContinuationState {
  Segment* bottom = nullptr;  // the prompt's segment; null once resumed
  Segment* top = nullptr;     // the segment of the capturing frame
  Value* base = nullptr;      // the capturing frame
  const uint32_t* pc = nullptr;  // the instruction after the capture
  uint32_t in_reg = 0;        // receives the value resumed with
  uint64_t frames = 0;        // frames in the chain (for the depth limit)
};

struct Continuation {
  ObjHeader h;
  uint32_t reserved;
  ContinuationState k;
};

enum class FiberState : uint32_t { New, Suspended, Running, Done };

struct Fiber {
  ObjHeader h;
  FiberState state;
  Value fn;             // New: the function to start
  ContinuationState k;  // Suspended: where it stopped
};

Segment* new_segment(uint64_t slots);
Continuation* new_continuation(const ContinuationState& k);
Fiber* new_fiber(Value fn);
// A copy of k's chain with every frame link relocated into the copy.
ContinuationState clone_chain(const ContinuationState& k);
const char* fiber_state_name(FiberState s);

}  // namespace sy
