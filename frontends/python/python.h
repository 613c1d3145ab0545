// Python source files as a Switchyard language (docs/python.md).
//
//   switchyard run prog.py [ARGS...]
//
// parses prog.py (syntax/parser.h), compiles it and the sibling modules it imports to IR
// (compiler/compiler.h) and runs it on the Python runtime (runtime/runtime.h). sys.argv
// is [prog.py, ARGS...]. An uncaught exception prints CPython's traceback and exits 1.
#pragma once
#include "frontends/frontend.h"

namespace sy::python {
bool load(const std::string& path, const std::vector<std::string>& args, Program* out, LoadError* error);
}
