// Exceptions: raising and catching from compiled code, tracebacks kept in exception
// objects, and the report of an uncaught exception (CPython 3.11's format).
#pragma once
#include <string>

#include "core/vm.h"
#include "frontends/python/runtime/object.h"

namespace sy::py {

// The text CPython prints for an uncaught exception (traceback, chained exceptions).
std::string format_exception(VM& vm, Value exc);
// SystemExit and other uncaught exceptions at the top: prints what CPython prints and
// returns the process's exit status.
int handle_uncaught(VM& vm, Value raw);

// The SyntaxError (or IndentationError, TabError) exception for a module that does not
// compile, with CPython's msg, filename, lineno, offset, text, end_lineno, end_offset.
struct SyntaxError;
Value new_syntax_error(VM& vm, const SyntaxError& se);

void install_exception_natives();

}  // namespace sy::py
