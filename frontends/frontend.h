// Front ends: how `switchyard run FILE` turns a file into IR. Each language is a folder
// here with a load function; registry.cpp maps file extensions to them.
#pragma once
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/ir/module.h"
#include "core/vm.h"

namespace sy {

struct Program {
  std::vector<std::unique_ptr<Module>> modules;  // the first holds the entry function
  Function* entry = nullptr;
  heap::RootedVector<Value> entry_args;  // root memory: the collector must see them
};

struct LoadError {
  std::string message;  // already "file:line:col: what" where a position is known
};

// What `switchyard run` options (those before the file) ask of a front end.
struct LoadOptions {
  std::string entry;                     // --entry F: run F instead of the default entry
  std::vector<std::string> search_path;  // -pa DIR, in the order given: where modules are found
  // --NAME=VALUE options the front end declares in Frontend::settings, in the order given.
  std::vector<std::pair<std::string, std::string>> settings;
};

struct Frontend {
  const char* extension;  // ".syir"
  const char* language;
  // Builds the program; `args` are the program's command-line arguments.
  bool (*load)(const std::string& path, const std::vector<std::string>& args, Program* out, LoadError* error);
  // Optional, for front ends that take options: used instead of `load` when set.
  bool (*load_with_options)(const std::string& path, const std::vector<std::string>& args,
                            const LoadOptions& options, Program* out, LoadError* error) = nullptr;
  // The NAMEs of the --NAME=VALUE settings it accepts; null-terminated, or null for none.
  const char* const* settings = nullptr;
  // The call depth its programs may reach unless --max-depth says otherwise; 0: the VM's.
  uint64_t default_max_depth = 0;
};

const Frontend* frontend_for(const std::string& path);
const std::vector<Frontend>& frontends();

}  // namespace sy
