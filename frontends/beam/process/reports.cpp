#include "frontends/beam/process/reports.h"

#include <cstdio>
#include <sys/time.h>

#include <ctime>
#include <string>

#include "frontends/beam/runtime/exception_format.h"
#include "frontends/beam/runtime/io_lib.h"
#include "frontends/beam/runtime/reports.h"
#include "frontends/beam/translate/exceptions.h"

namespace sy::beam {

void report_main_exit(Value exception, Value reason) {
  std::fflush(stdout);
  // As the harness prints it: "** " and erl_error:format_exception(4, Class, Reason,
  // Stack, ...) with the pretty printer at depth 50; an exit signal has no stack.
  ExceptionFormat f;
  f.indent = 4;
  f.depth = 50;
  f.unicode = true;
  Value cls = atoms.exit, why = reason, stack = Value::nil();
  if (!exception.is_empty()) {
    Exception* e = as_exception(exception);
    cls = e->klass;
    why = e->reason;
    stack = e->trace;
  }
  Chars text = U"** " + format_exception(cls, why, stack, f) + U"\n";
  std::string bytes = latin1_device_bytes(text);
  std::fwrite(bytes.data(), 1, bytes.size(), stderr);
  std::fflush(stderr);
}

void report_process_crash(Value pid, Value reason) {
  std::fflush(stderr);
  timeval tv;
  gettimeofday(&tv, nullptr);
  std::string s = crash_report(pid, reason, tv.tv_sec, static_cast<int>(tv.tv_usec));
  std::fwrite(s.data(), 1, s.size(), stdout);
}

}  // namespace sy::beam
