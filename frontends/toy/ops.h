// The toy accumulator machine's instruction set (seeds 001 and 002): one table, expanded
// into the enum and the mnemonic table the reader matches against.
//
// X(Id, mnemonic, operand). In a mnemonic, '#' is where a register number may be written
// (`mov_a_r0`); leaving it out makes the number an operand instead (`mov_a_r 0`).
// Operand kinds:
//   kNone      no operand
//   kRegister  a register number 0..255, in the mnemonic or as an operand
//   kTarget    an instruction index, counted from 0 over instructions only
#pragma once
#include <cstdint>

namespace sy::toy {

enum class Operand : uint8_t { kNone, kRegister, kTarget };

#define SY_TOY_OPS(X)                                                     \
  X(JumpIfA, "jump_if_a", Operand::kTarget)   /* if a != 0: goto T */     \
  X(MovAR, "mov_a_r#", Operand::kRegister)    /* rN = a */                \
  X(MovRA, "mov_r#_a", Operand::kRegister)    /* a = rN */                \
  X(AddRToA, "add_r#_to_a", Operand::kRegister) /* a = a + rN */          \
  X(DecrA, "decr_a", Operand::kNone)          /* a = a - 1 */             \
  X(ReturnA, "return_a", Operand::kNone)      /* stop; the result is a */

enum class Op : uint8_t {
#define SY_TOY_ENUM(id, mnemonic, operand) id,
  SY_TOY_OPS(SY_TOY_ENUM)
#undef SY_TOY_ENUM
};

struct OpInfo {
  const char* mnemonic;
  Operand operand;
};

inline constexpr OpInfo kOpInfo[] = {
#define SY_TOY_INFO(id, mnemonic, operand) {mnemonic, operand},
    SY_TOY_OPS(SY_TOY_INFO)
#undef SY_TOY_INFO
};

inline const OpInfo& info(Op op) { return kOpInfo[static_cast<uint8_t>(op)]; }

inline constexpr uint32_t kRegisterCount = 256;

}  // namespace sy::toy
