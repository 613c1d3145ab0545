// The natives translated code calls (`ncall`) for what the IR does not do inline:
// raising Erlang errors, catching, term comparison, funs and apply, maps, floats, receive.
// Registered once (init_runtime_natives) under "beam.*" names; the translator takes their
// indexes from runtime_natives().
#pragma once
#include <cstdint>

#include "core/value.h"

namespace sy::beam {

struct RuntimeNatives {
  // Errors and exceptions.
  uint32_t function_clause;   // (args...) raises function_clause showing the arguments
  uint32_t raise_tagged;      // (tag, value) raises {tag, value}
  uint32_t raise_atom;        // (reason) raises an error with an atom reason (if_clause)
  uint32_t caught;            // (thrown) the materialized exception: a try's raw stack trace
  uint32_t catch_value;       // (thrown) what `catch` evaluates to
  uint32_t rethrow;           // (thrown) raises a caught exception again
  uint32_t reraise;           // (raw stacktrace, reason) the `raise` instruction
  uint32_t raw_raise;         // (class, reason, raw stacktrace)
  uint32_t build_stacktrace;  // (raw stacktrace) the stack trace term
  uint32_t fun_call_failed;   // (thrown, fun, args...) after a callv raised
  // Terms.
  uint32_t exact_eq, eq, compare;  // =:=, == (booleans); term order (-1, 0, 1)
  uint32_t is_binary, is_function2, set_tuple_element;
  uint32_t fconv, fcheck;     // number -> float; a float result that must be finite
  // Funs and apply.
  uint32_t resolve_fun;       // (fun, args...) the callable of a non-closure fun, or badfun/badarity
  uint32_t resolve_mfa;       // (module, function, arity) the callable, loading the module
  // Maps.
  uint32_t map_assoc, map_exact;  // (map, k1, v1, ...) => and := updates
  // Processes and receive.
  uint32_t send;              // (to, message) -> message
  uint32_t recv_peek;         // () the message at the save pointer, or no_message()
  uint32_t recv_next, recv_remove, recv_reset;
  uint32_t recv_timeout_value;  // (timeout) validated for wait_timeout
  uint32_t yield_value;       // () what the process hands the scheduler at a reduction yield
};
const RuntimeNatives& runtime_natives();
void init_runtime_natives();

// Not an Erlang term: returned by recv_peek when the save pointer is at the end of the
// mailbox (compared by identity).
Value no_message();

// What a process hands the scheduler when it suspends (fyield): a reduction yield, a
// wait for a message, or a wait with a timeout in milliseconds (any other non-negative
// integer).
inline constexpr int64_t kYieldReductions = -1;
inline constexpr int64_t kYieldWait = -2;

}  // namespace sy::beam
