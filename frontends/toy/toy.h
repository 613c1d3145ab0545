// The toy accumulator machine of seeds 001 and 002 as a Switchyard language.
//
//   switchyard run prog.toy [A]
//
// reads prog.toy (reader.h), compiles it to IR (compiler.h) and runs it with the
// accumulator set to the integer A (default 0); `return_a` prints the accumulator.
#pragma once
#include "frontends/frontend.h"

namespace sy::toy {
bool load(const std::string& path, const std::vector<std::string>& args, Program* out, LoadError* error);
}
