// erl_error:format_exception/7 of OTP 25: the text the shell (and the test harness of
// tests/beam) prints for an exception, e.g.
//
//   exception error: bad argument
//        in function  list_to_atom/1
//           called as list_to_atom(42)
//           *** argument 1: not a list
//        in call from m:f/1 (m.erl, line 10)
//
// with the per-argument explanations of erl_erts_errors / erl_stdlib_errors for the BIFs
// of this library (errinfo.cpp). Without chars_limit.
#pragma once
#include <map>
#include <string>

#include "frontends/beam/runtime/io_lib.h"

namespace sy::beam {

struct ExceptionFormat {
  int indent = 1;          // I: the column the text starts at (the harness passes 4)
  int depth = -1;          // the pretty printer's depth (the harness prints with ~.*tP, 50)
  bool unicode = true;     // the encoding argument
  Value skip_module;       // frames of this module at the bottom of the trace are dropped (or empty)
};

// format_exception(I, Class, Reason, StackTrace, StackFun, FormatFun, Encoding) where
// FormatFun(Term, Indent) is io_lib_pretty at column Indent with `depth`.
Chars format_exception(Value cls, Value reason, Value stacktrace, const ExceptionFormat& options);

// erl_erts_errors:format_error/2 and erl_stdlib_errors:format_error/2 for a BIF's frame:
// argument number (or 0 for `general`) -> explanation. Empty when nothing is known.
std::map<int, std::string> bif_error_explanations(Value module, Value function, Value args, Value reason);

// erl_internal:bif/3: an auto-imported erlang BIF (written without its module).
bool is_auto_imported_bif(std::string_view module, std::string_view name, uint32_t arity);
// erl_internal:op_type/2 succeeds: an operator.
bool is_operator(std::string_view name, uint32_t arity);

}  // namespace sy::beam
