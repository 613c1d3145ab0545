// The BIF library (runtime/bifs.h) in core's native table: "module:name/arity" natives.
#pragma once

namespace sy::beam {

// Registers every BIF of the library; the VM's own natives registered afterwards take
// precedence for the same names.
void bind_bifs();

}  // namespace sy::beam
