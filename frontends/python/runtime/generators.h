// Generators on fibers (generators.cpp).
#pragma once
#include <string>

#include "core/vm.h"

namespace sy::py {

// What a finished generator returned (for StopIteration.value), or None.
Value generator_return_value(Value it);
std::string generator_repr(Value g);
void install_generators();       // natives
void install_generator_types();  // fast targets and methods (after every native exists)

}  // namespace sy::py
