// Reader for the .toy text form: one instruction per line, `#` comments, case-insensitive
// mnemonics, registers in the mnemonic (`mov_a_r0`) or as an operand (`mov_a_r 0`).
// Checks everything a single instruction can get wrong: the mnemonic, its operand count,
// register numbers and jump targets. Errors carry file:line:col.
#pragma once
#include <string_view>

#include "core/ir/text.h"
#include "frontends/toy/bytecode.h"

namespace sy::toy {

bool read(std::string_view text, std::string_view file, Bytecode* out, ir::SourceError* error);

}  // namespace sy::toy
