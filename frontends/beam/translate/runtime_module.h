// The runtime's own IR functions: what has to run as IR rather than in a native, because
// it calls Erlang code or suspends the process (a native cannot be suspended, and calling
// the VM from one would pin the process to the C++ stack): erlang:apply/2,3,
// erlang:yield/0, logger's logging functions (they run OTP's logger_formatter), the entry functions of spawned processes, and the spreaders that pass
// the elements of a list as arguments.
#pragma once
#include <cstdint>

#include "core/ir/module.h"

namespace sy::beam {

struct RuntimeFunctions {
  sy::Function* apply2;     // (Fun, Args)
  sy::Function* apply3;     // (Module, Function, Args)
  sy::Function* spawn_mfa;  // () with captures Module, Function, Args
  sy::Function* spawn_fun;  // () with capture Fun (of no arguments)
  sy::Function* yield;      // ()
  sy::Function* logger_log[3];  // logger:macro_log/3,4,5
  sy::Function* logger_api_log[3];    // logger:log/2,3,4
  sy::Function* logger_api_level[3];  // logger:error/1,2,3 and the other levels, capture: the level
  sy::Function* on_load_run;          // (Module, Function, Args): see on_load_gate
};
const RuntimeFunctions& runtime_functions();  // built on first use (after init_terms)
bool is_runtime_function(const sy::Function* fn);

// The function (callee, list) that calls callee with the list's n elements as arguments.
Value spreader(uint32_t n);

// The target of an export that nothing defines: a closure of n parameters that raises
// error:undef with {Module, Function, Args, []} first in the stack trace. It is IR, so
// a tail call to it (call_ext_only) leaves no frame of the caller, as in BEAM.
Value undef_raiser(Value module, Value function, uint32_t n);

// The target of Module's exports while its -on_load function has not run: a closure of n
// parameters that runs it (on_load_run) and then calls Module:Function with the arguments.
Value on_load_gate(Value module, Value function, uint32_t n);

}  // namespace sy::beam
