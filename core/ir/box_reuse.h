// Which arithmetic instructions may overwrite the integer box their destination register
// holds instead of allocating a new one.
//
// An integer past the small range but within int64 is a one-limb bignum: a heap box. A
// loop that keeps such a sum in a register (`add r0, r0, r1`) would allocate a box per
// iteration and drop the previous one. When nothing but that register can refer to the
// box, the interpreter writes the new value into it instead. Two things must hold:
//
//  - statically, at this instruction: on every path that reaches it, the destination was
//    last written by add/sub/mul/addi/forstep (whose results are fresh: an immediate or a
//    box nobody else has) or by `const`, and has not been read since by any
//    instruction that could keep the value (a move, a call's argument, a store into an
//    object, a return, ...). Only arithmetic, comparisons, branches and `print` read a
//    register without keeping it. An exception handler's entry assumes nothing.
//  - dynamically: the box carries int_box::kOwnedByRegister (core/int_box.h), which only
//    those instructions set on the boxes they allocate, which a constant never carries,
//    and which cloning a continuation clears, since after a clone two copies of the frame
//    hold the same box.
//
// This is a must-analysis over the function's control-flow graph, run once per function
// the first time one of its instructions leaves the small range.
#pragma once
#include <cstdint>
#include <vector>

#include "core/ir/module.h"

namespace sy::ir {

// One byte per code word: 1 at an add/sub/mul/addi whose destination register owns its
// value, 0 everywhere else. `f` must have passed the verifier.
std::vector<uint8_t> box_reuse_table(const Function& f);

}  // namespace sy::ir
