// The verifier: rejects malformed IR before anything runs, whoever built it (the text
// reader, a front end, a test). Checks, per instruction: a known opcode, operands that
// fit in the code, registers below the frame size, constants/functions/natives/globals
// that exist, branch targets on instruction boundaries, static call arity; per function:
// control cannot fall off the end, handler ranges are well formed.
#pragma once
#include <string>

#include "core/ir/module.h"

namespace sy::ir {

struct VerifyError {
  const Function* fn = nullptr;
  uint32_t pc = 0;  // code offset of the offending instruction
  std::string message;
};

bool verify_function(const Function& f, VerifyError* error);
bool verify_module(const Module& m, VerifyError* error);

}  // namespace sy::ir
