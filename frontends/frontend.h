// Front ends: how `switchyard run FILE` turns a file into IR. Each language is a folder
// here with a load function; registry.cpp maps file extensions to them.
#pragma once
#include <memory>
#include <string>
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

struct Frontend {
  const char* extension;  // ".syir"
  const char* language;
  // Builds the program; `args` are the program's command-line arguments.
  bool (*load)(const std::string& path, const std::vector<std::string>& args, Program* out, LoadError* error);
};

const Frontend* frontend_for(const std::string& path);
const std::vector<Frontend>& frontends();

}  // namespace sy
