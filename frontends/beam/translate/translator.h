// Translation of a decoded BEAM module into one IR module (docs/beam.md, "Translation").
//
// One IR function per BEAM function, its frame holding the x registers, then the y
// registers (the BEAM stack frame), then the float registers, then temporaries. Local
// calls are IR calls, external calls are `indy` sites linked through the export table,
// tail calls are IR tail calls, and exception handlers are IR handler ranges computed
// from the try/catch structure. An instruction the translator does not handle is an error
// naming it and the function, never a silent miscompile.
#pragma once
#include <memory>
#include <string>

#include "core/vm.h"
#include "frontends/beam/loader/beam_file.h"
#include "frontends/beam/translate/code_server.h"

namespace sy::beam {

// Null with *error ("file: function name/arity: what") when the module cannot be translated.
std::unique_ptr<LoadedModule> translate_module(const Module& beam, ReductionMode mode, std::string* error);

}  // namespace sy::beam
