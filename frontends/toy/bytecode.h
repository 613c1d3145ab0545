// A toy program as the reader hands it to the compiler: instructions with the source
// positions that error messages and the IR's line table refer to.
#pragma once
#include <cstdint>
#include <vector>

#include "frontends/toy/ops.h"

namespace sy::toy {

struct Insn {
  Op op;
  uint32_t operand = 0;        // register number or jump target; 0 when the op takes none
  uint32_t line = 0, col = 0;  // of the mnemonic
  uint32_t operand_col = 0;    // of the operand (inside the mnemonic for `mov_a_r0`)
};

struct Bytecode {
  std::vector<Insn> insns;  // execution starts at insns[0]
};

}  // namespace sy::toy
