// Compiles toy bytecode to one IR function, `NAME/1`: its parameter is the accumulator's
// initial value; it prints the accumulator at `return_a` and returns nil.
//
// Register layout: r0 is the accumulator `a`; the toy registers the program uses follow,
// in increasing number; the last register holds the constant 0 that `jump_if_a` compares
// with. Each reachable toy instruction becomes one IR instruction (`return_a` three), in
// order, so the IR's line table maps every IR instruction to its toy line. Unreachable
// toy instructions are not compiled.
#pragma once
#include <memory>
#include <string>

#include "core/ir/module.h"
#include "core/ir/text.h"
#include "frontends/toy/bytecode.h"

namespace sy::toy {

// `file` names the module's source (error traces, the printed `.source`); `name` the
// function. Fails, with the position of the last instruction, if execution can run past
// the end of the program.
std::unique_ptr<Module> compile(const Bytecode& code, const std::string& file, const std::string& name,
                                ir::SourceError* error);

}  // namespace sy::toy
