// IR modules and functions: what the reader builds, the verifier checks and the
// interpreter runs.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/heap.h"
#include "core/ir/opcodes.h"
#include "core/object.h"

namespace sy {

struct Module;

// A range [start, end) of code words whose exceptions go to `target`, with the thrown
// value stored in register `reg`. The first matching entry wins: list inner ones first.
struct HandlerEntry {
  uint32_t start, end, target, reg;
};

// Line of the instructions from `pc` on (until the next entry).
struct LineEntry {
  uint32_t pc, line;
};

struct Function {
  std::string name;
  uint32_t nparams = 0;
  uint32_t nregs = 0;
  std::vector<uint32_t> code;
  heap::RootedVector<Value> constants;
  std::vector<HandlerEntry> handlers;
  std::vector<LineEntry> lines;
  std::vector<std::pair<uint32_t, std::string>> labels;  // names for the printer, by pc
  Module* module = nullptr;
  uint32_t index = 0;        // in module->functions
  uint32_t decl_line = 0;
  Closure* self = nullptr;   // the function as a value (no captures)

  uint32_t line_at(uint32_t pc) const;
  uint32_t add_constant(Value v);  // deduplicated

  // core/ir/box_reuse.h's table for this function, computed on first use (the code must
  // not change after that).
  [[gnu::always_inline]] const uint8_t* box_reuse() const {
    const uint8_t* t = box_reuse_.load(std::memory_order_acquire);
    return t ? t : compute_box_reuse();
  }

  Function() = default;
  Function(const Function&) = delete;
  Function& operator=(const Function&) = delete;
  ~Function();

 private:
  const uint8_t* compute_box_reuse() const;
  mutable std::atomic<uint8_t*> box_reuse_{nullptr};
};

// A call-site descriptor (DESIGN.md section 4): what an `indy` instruction links on first
// execution through its bootstrap method.
struct SiteDescriptor {
  std::string id;          // how instructions name it in text
  std::string name;        // the operation, e.g. "+" or "getattr"
  uint32_t arity = 0;
  std::string bootstrap;   // a native or function name
  heap::RootedVector<Value> static_args;
};

struct Module {
  std::string name;
  std::string source;            // file named in stack traces
  std::string declared_source;   // set by a .source directive (printed back)
  bool explicit_lines = false;   // lines come from a source language (printed as .line)
  std::vector<std::unique_ptr<Function>> functions;
  std::vector<std::string> global_names;
  heap::RootedVector<Value> globals;
  std::vector<SiteDescriptor> sites;
  // Runtime state per site (core/interp/indy.h), indexed like `sites`; empty until used.
  heap::RootedVector<Value> site_caches;

  Function* find(std::string_view name) const;
  int64_t find_global(std::string_view name) const;
  Function* add_function(std::string name, uint32_t nparams, uint32_t nregs);
  uint32_t add_global(std::string name);
  // Called once all functions exist: creates each function's value.
  void finish();

 private:
  std::unordered_map<std::string, uint32_t> function_index_;
};

}  // namespace sy
