// sys.stdout and sys.stderr: print() and write() go through the C streams, so that
// output from print(), sys.stdout.write() and the core's own natives interleave right.
#pragma once
#include <string_view>

#include "core/vm.h"

namespace sy::py {

// `file` nil means sys.stdout. Other objects are written through their write() method.
bool write_to_file(VM& vm, Value file, std::string_view text);
void flush_file(Value file);
Value stdout_object();
Value stderr_object();
// input(): the next line of stdin without its newline; empty at the end of the input.
Value read_input_line();

}  // namespace sy::py
