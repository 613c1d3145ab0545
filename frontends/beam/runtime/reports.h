// What erl prints when exceptions escape: the logger's report for a crashed process,
// and init's messages when the boot function (erl -s/-run/-eval, `switchyard run`'s
// main) crashes; also erlang:display/1's text, which the latter uses.
//
//   a spawned process dies of error:R or throw:R (stdout)
//     =ERROR REPORT==== 21-Nov-2026::11:32:48.532308 ===
//     Error in process <0.79.0> with exit value:
//     {badarith,[{erlang,'+',[1,x],[{error_info,#{module => erl_erts_errors}}]},...]}
//     <empty line>
//   (an exit:R is a normal way to end: nothing is printed)
//
//   the boot function dies: erlang:display of {"init terminating in do_boot", Reason}
//   on stdout, then erl halts with the slogan
//     init terminating in do_boot (Reason, cut at depth 4 by init's own printer)
//   on stderr, writes a crash dump, and exits with status 1.
#pragma once
#include <ctime>
#include <string>

#include "frontends/beam/runtime/terms.h"

namespace sy::beam {

// The reason a process exits with when an exception escapes: error:R -> {R, Stack},
// throw:R -> {{nocatch, R}, Stack}, exit:R -> R.
Value exit_reason(Value cls, Value reason, Value stacktrace);
// Whether erts reports the crash (error and throw, not exit).
bool crash_is_reported(Value cls);

// The logger's report of a crashed process, as the bytes erl writes to standard output.
// `when` is the local time of the crash, with its microseconds.
std::string crash_report(Value pid, Value exit_reason, std::time_t when, int microseconds);

// {init,start_em,1,[]} and {init,do_boot,3,[]}: the frames erl's boot adds below the
// boot function in a crash's stack trace (the VM appends them to mimic erl).
Value boot_stack_frames();
// The line erlang:display writes for {"init terminating in do_boot", Reason}, "\r\n" included.
std::string boot_crash_display(Value exit_reason);
// "init terminating in do_boot (Reason)": the slogan erl halts with (no newline).
std::string boot_crash_slogan(Value exit_reason);

// erlang:display/1's text of a term (erts's own printer, not io_lib), without the
// "\r\n" that erlang:display adds.
std::string display_text(Value term);

}  // namespace sy::beam
