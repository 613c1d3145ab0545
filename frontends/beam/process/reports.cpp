#include "frontends/beam/process/reports.h"

#include <cstdio>
#include <ctime>
#include <string>
#include <sys/time.h>

#include "frontends/beam/runtime/io_lib.h"
#include "frontends/beam/runtime/reports.h"
#include "frontends/beam/translate/exceptions.h"

namespace sy::beam {

namespace {

// ~p of a term, as the error logger and the shell print it.
std::string text_of(Value v, int column = 1) {
  PrintOptions o;
  o.column = column;
  return latin1_device_bytes(print_term(v, o));
}

}  // namespace

void report_main_exit(Value exception, Value reason) {
  std::fflush(stdout);
  std::string s;
  if (!exception.is_empty()) {
    Exception* e = as_exception(exception);
    s = "** exception " + std::string(atom_text(e->klass)) + ": " + text_of(e->reason, 23) + "\n";
    for (Value l = e->trace; is_cons(l); l = tail(l)) s += "     in " + text_of(head(l), 9) + "\n";
  } else {
    s = "** exception exit: " + text_of(reason) + "\n";
  }
  std::fputs(s.c_str(), stderr);
}

void report_process_crash(Value pid, Value reason) {
  std::fflush(stderr);
  timeval tv;
  gettimeofday(&tv, nullptr);
  std::string s = crash_report(pid, reason, tv.tv_sec, static_cast<int>(tv.tv_usec));
  std::fwrite(s.data(), 1, s.size(), stdout);
}

}  // namespace sy::beam
