// The IR's own text form as a "language": the reader is core's; this only picks main.
#pragma once
#include "frontends/frontend.h"

namespace sy::syir {
// main/0, or main/1 receiving the arguments as an array of strings.
bool load(const std::string& path, const std::vector<std::string>& args, Program* out, LoadError* error);
}
