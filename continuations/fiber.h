// Fibers for front ends (Python generators, BEAM processes): a C++ face on the IR's fiber
// instructions, so there is one mechanism. Frames live on the VM stack segments of
// core/interp/stack.h; this layer only enters them from C++.
//
// A fiber runs a closure of 0 or 1 parameters (the first value sent). resume() runs it
// until it yields (`fyield`) or returns, and gives back the value yielded or returned;
// state() tells which. An exception inside the fiber ends it and comes out of resume() as
// an empty result with the exception pending on the VM, the fiber's frames in the trace.
// Yielding happens in IR only: a C++ caller can resume but cannot be suspended.
#pragma once
#include "core/interp/stack.h"
#include "core/value.h"
#include "core/vm.h"

namespace sy::fibers {

Value create(VM& vm, Value fn);                     // empty + type_error if fn is unsuitable
Value resume(VM& vm, Value fiber, Value sent);
Value throw_into(VM& vm, Value fiber, Value exception);
FiberState state(Value fiber);
inline bool is_fiber(Value v) { return is_instance(v, cls::Fiber); }

}  // namespace sy::fibers
