// The IR's text form (.syir): reader and printer. See docs/ir.md for the syntax.
// print(read(text)) is canonical: reading what the printer wrote and printing it again
// gives the same text.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "core/ir/module.h"

namespace sy::ir {

struct SourceError {
  std::string file;
  uint32_t line = 0, col = 0;
  std::string message;
  std::string format() const;  // "file:line:col: message"
};

// Reads and verifies a module. On failure returns null and fills *error.
std::unique_ptr<Module> read_module(std::string_view text, std::string_view file, SourceError* error);
std::unique_ptr<Module> read_module_file(const std::string& path, SourceError* error);

std::string print_module(const Module& m);
std::string print_function(const Function& f);

// Operand names in error messages: 'r' -> "register", ...
const char* operand_kind_name(char kind);

}  // namespace sy::ir
