// What erl prints when a process dies (docs/beam.md, "Processes").
#pragma once
#include "core/value.h"

namespace sy::beam {

// The main process ended abnormally: "** exception CLASS: ..." on standard error, as the
// reference harness prints an exception escaping main (erl_error:format_exception), or
// the exit reason when it was killed by a signal. `exception` is the materialized
// Exception, or empty for an exit signal.
void report_main_exit(Value exception, Value reason);
// Another process crashed with an error or an uncaught throw: erl's error logger report
// "=ERROR REPORT==== date ===\nError in process <0.N.0> with exit value:\n{...}".
void report_process_crash(Value pid, Value reason);

}  // namespace sy::beam
