// Start-up of the Python runtime: every file's installer, in dependency order.
#include "frontends/python/runtime/runtime.h"

#include <unordered_map>

#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/exceptions.h"
#include "frontends/python/runtime/generators.h"
#include "frontends/python/runtime/iterators.h"
#include "frontends/python/runtime/sequences.h"
#include "pic/pic.h"

namespace sy::py {

void install_natives();
void install_dict();
void install_set();

void install() {
  static bool done = false;
  if (done) return;
  done = true;
  init_native_stack_limit();
  pic::install();
  install_types();
  install_objects();
  install_natives();
  install_exception_natives();
  install_generators();
  install_sites();
  install_numbers();
  install_strings();
  install_sequences();
  install_dict();
  install_set();
  install_iterators();
  install_subclasses();
  install_builtins();
  install_modules();
  install_generator_types();
}

void on_type_changed(PyType*) {}

}  // namespace sy::py
