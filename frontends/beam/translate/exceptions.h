// Erlang exceptions on the VM's throw (docs/beam.md, "Exceptions").
//
// An Erlang exception travels as a thrown Exception object: its class (error, throw,
// exit), its reason, and what BEAM puts first in the stack trace when that is not simply
// the frame that raised (a BIF called with its arguments, a function_clause showing the
// arguments). The stack trace itself is not built when raising: the IR unwinder records
// the frames an exception leaves, and the first BEAM handler that catches it
// *materializes* it -- the frames it passed through (VM::caught_trace) and the live frames
// below the handler (VM::walk_native_callers) become the stack trace term, at most
// kBacktraceDepth entries as in BEAM. A materialized exception keeps its trace when it is
// raised again, so rethrowing through several handlers loses nothing.
//
// Other values thrown inside the VM (core errors such as a type_error of an IR
// instruction) are turned into Erlang exceptions when materialized.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/vm.h"
#include "frontends/beam/runtime/terms.h"

namespace sy::beam {

inline constexpr uint32_t kBacktraceDepth = 8;  // erlang:system_flag(backtrace_depth, 8)

struct Exception {
  ObjHeader h;   // aux: ExceptionFlags
  Value klass;   // the atom error, throw or exit
  Value reason;
  Value head;    // kFrameArgs: the argument list; kPrependFrame: a whole frame; else nil
  Value trace;   // the stack trace term once materialized, empty before
};
enum ExceptionFlags : uint32_t {
  kFrameArgs = 1,      // the first frame shows `head` (the arguments) instead of the arity
  kPrependFrame = 2,   // `head` is a frame {M, F, Args, Info} that goes before the first
  kMaterialized = 4,   // `trace` is final
  kUncatchable = 8,    // not an Erlang exception: the process is being killed or the VM halts
  kLocationInfo = 16,  // `head` is an item for the first frame's location list ({error_info, ...})
};

void init_exceptions();
ClassId exception_class();
inline bool is_exception(Value v) { return is_instance(v, exception_class()); }
inline Exception* as_exception(Value v) { return v.as<Exception>(); }

Value make_exception(Value klass, Value reason, Value head = Value::nil(), uint32_t flags = 0);

// -- Raising (each returns empty, with the exception pending: `return raise_error(...)`) --
Value raise(VM& vm, Value klass, Value reason);
Value raise_error(VM& vm, Value reason);
Value raise_throw(VM& vm, Value reason);
Value raise_exit(VM& vm, Value reason);
// error:Reason whose first stack frame shows `args` instead of the raising function's arity
// (erlang:error/2, function_clause).
Value raise_error_args(VM& vm, Value reason, Value args);
// error:Reason raised by a BIF: the trace starts with {Module, Function, Args, Info}.
Value raise_bif_error(VM& vm, Value reason, std::string_view module, std::string_view function,
                      std::initializer_list<Value> args, Value info = Value::nil());
Value raise_bif_error(VM& vm, Value reason, Value frame);
// error:Reason whose first stack frame's location ends with `info` ({error_info, Map}:
// what erts adds for a failed binary construction).
Value raise_error_located(VM& vm, Value reason, Value info);
// {Tag, Value} errors: badmatch, case_clause, try_clause, badrecord, badarith ...
Value raise_error2(VM& vm, Value tag, Value value);
// Raised again with a stack trace the program supplies (erlang:raise/3): kept as given.
Value raise_with_trace(VM& vm, Value klass, Value reason, Value trace);
// Ends the running process with `reason` whatever handlers it has (an exit signal it
// does not trap, sent to itself), or stops the VM (halt): handlers pass it on.
Value raise_uncatchable(VM& vm, Value reason);
inline bool is_uncatchable(Value thrown) {
  return is_exception(thrown) && (as_exception(thrown)->h.aux & kUncatchable);
}

// -- Catching --
// The Erlang exception for a thrown value, its stack trace built from `passed` (the
// frames it went through, innermost first) and, when `walk_live`, the frames below the
// running native's caller.
Exception* materialize(VM& vm, Value thrown, const std::vector<TraceEntry>& passed, bool walk_live);
// What `catch Expr` gives for an exception: Reason for throw, {'EXIT', Reason} for exit,
// {'EXIT', {Reason, Stack}} for error.
Value catch_value(const Exception* e);

// One stack frame {M, F, ArityOrArgs, Location} of BEAM code, or nil when `fn` is not
// BEAM code (a runtime helper).
Value frame_term(const sy::Function* fn, uint32_t line, Value arity_or_args);

}  // namespace sy::beam
