#include "frontends/beam/process/reports.h"

#include <cstdio>
#include <ctime>
#include <string>
#include <sys/time.h>

#include "frontends/beam/runtime/io_lib.h"
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
  } else {
    s = "** exception exit: " + text_of(reason) + "\n";
  }
  std::fputs(s.c_str(), stderr);
}

void report_process_crash(Value pid, Value reason) {
  std::fflush(stdout);
  timeval tv;
  gettimeofday(&tv, nullptr);
  std::tm tm;
  localtime_r(&tv.tv_sec, &tm);
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char date[64];
  std::snprintf(date, sizeof date, "%d-%s-%04d::%02d:%02d:%02d.%06ld", tm.tm_mday, kMonths[tm.tm_mon],
                tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long>(tv.tv_usec));
  std::string s = "=ERROR REPORT==== " + std::string(date) + " ===\nError in process " + text_of(pid) +
                  " with exit value:\n" + text_of(reason) + "\n\n";
  std::fputs(s.c_str(), stderr);
}

}  // namespace sy::beam
