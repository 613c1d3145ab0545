// Frames on VM-managed stacks.
//
// Language frames never live on the C++ stack: the interpreter runs every IR call in one
// C++ activation and keeps frames in a VM stack, an array of 8-byte slots that grows
// upward. This is what lets a continuation detach frames, a fiber own a stack, a tail
// call reuse its frame, and deep recursion fail with a VM error instead of SIGSEGV.
// JIT code uses the same layout, so frames can move between tiers (deoptimization).
//
//   base[-4]  callee       Value: the Closure being run (its Function has the code)
//   base[-3]  return_pc    the caller's next instruction; null marks an entry frame
//   base[-2]  caller_base  the caller's base; null in an entry frame
//   base[-1]  dst          the caller's register that receives the result
//   base[0 .. nregs)       registers, parameters first
//
// A callee's frame starts right above its caller's registers:
//   callee_base = caller_base + caller->nregs + kFrameHeaderSlots.
// Invariant for the collector: every slot in [stack.lo, stack.top) holds a Value, a
// code pointer or a stack pointer, and `top` is at or above the end of the running frame.
#pragma once
#include <cstdint>

#include "core/value.h"

namespace sy {

struct FrameHeader {
  Value callee;
  const uint32_t* return_pc;
  Value* caller_base;
  uint64_t dst;
};
inline constexpr uint32_t kFrameHeaderSlots = sizeof(FrameHeader) / sizeof(Value);
static_assert(sizeof(FrameHeader) == 4 * sizeof(Value));

inline FrameHeader* frame_header(Value* base) { return reinterpret_cast<FrameHeader*>(base) - 1; }

}  // namespace sy
