// The code server: the loaded Erlang modules, the export table, and lazy linking.
//
// Every module is translated to one IR module when it is first needed: the program's
// module at start-up, any other the first time an external call site that names it is
// linked (docs/beam.md, "Calls"). The export table has one mutable call site per
// Module:Function/Arity that anything ever named; an `indy` site of translated code is
// linked to it, so loading a module later (or again) relinks every caller by setting the
// export's target. Until the function exists the target raises `undef`.
//
// Natives (BIFs and the functions erts implements in C) come first: an export that the
// native table defines is that native, even when the module's .beam has a stub for it.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/heap.h"
#include "core/ir/module.h"
#include "core/vm.h"
#include "frontends/beam/loader/search_path.h"

namespace sy::beam {

struct Module;  // loader/beam_file.h

enum class ReductionMode : uint8_t {
  Fair,    // a reduction at every function entry (every call), as BEAM
  Unfair,  // only at tail calls: Erlang's loops (Pyrlang's "unfair" scheduling)
};

struct CodeOptions {
  ReductionMode reduction_mode = ReductionMode::Fair;
};

// What stack traces need to know about an IR function that came from BEAM code.
struct FunctionInfo {
  Value module;    // atom
  Value name;      // atom
  uint32_t arity;  // the BEAM function's (a lambda's with its free variables), as stack traces show it
  const std::vector<std::string>* files;  // line files of the module ([0] = "mod.erl")
};

// Lines of translated code encode the file index of the Line chunk above the line number.
inline constexpr uint32_t kLineBits = 24;
inline uint32_t encode_line(uint32_t file, uint32_t line) { return (file << kLineBits) | (line & ((1u << kLineBits) - 1)); }
inline uint32_t line_of(uint32_t encoded) { return encoded & ((1u << kLineBits) - 1); }
inline uint32_t file_of(uint32_t encoded) { return encoded >> kLineBits; }

struct LoadedModule {
  Value name;                                // atom
  std::string path;                          // the .beam file
  sy::Module* ir = nullptr;
  std::unique_ptr<sy::Module> owned_ir;      // unless the program owns it (the main module)
  std::vector<std::string> files;            // Line chunk file names
  std::vector<FunctionInfo> functions;       // indexed like ir->functions (runtime helpers: module nil)
  // Exports: (function atom bits, arity) -> IR function.
  std::unordered_map<uint64_t, sy::Function*> exports;
  heap::RootedVector<Value> literals;        // the LitT terms
  Value attributes, compile_info;            // terms (module_info), nil when absent
  // -on_load: erl runs the function before anything else can call the module. Until it
  // has run, the module's exports lead to a gate that runs it first (runtime_module.h).
  enum class OnLoad { None, Pending, Running };
  OnLoad on_load_state = OnLoad::None;
  sy::Function* on_load = nullptr;
};

class CodeServer {
 public:
  // `dirs` are the directories `search` was given (the program's, then -pa's), for path().
  CodeServer(CodeOptions options, ModuleSearchPath search, std::vector<std::string> dirs)
      : options_(options), search_(std::move(search)), dirs_(std::move(dirs)) {}
  CodeServer(const CodeServer&) = delete;

  const CodeOptions& options() const { return options_; }

  // The module, loading it on first use; null (and *error says why) when it cannot be found
  // or loaded.
  LoadedModule* ensure_loaded(VM& vm, Value module, std::string* error);
  // Loads the .beam file at `path`; null with *error on failure. `vm` relinks the callers
  // of its exports (none before the program runs: null then).
  LoadedModule* load_file(VM* vm, const std::string& path, std::string* error);
  LoadedModule* find_loaded(Value module) const;
  bool is_loaded(Value module) const { return find_loaded(module) != nullptr; }
  const std::vector<LoadedModule*>& modules() const { return order_; }

  // The export's call site (a mutable call site): created on first request, linked to the
  // module's function or to a native when they exist, else to an undef raiser. Loading the
  // module relinks it.
  Value export_site(VM& vm, Value module, Value function, uint32_t arity);
  // The callable an export stands for right now (what apply and fun M:F/A call),
  // loading the module if needed: a closure, a native, or the undef raiser.
  Value resolve(VM& vm, Value module, Value function, uint32_t arity);
  // Whether M:F/A is defined (erlang:function_exported/3 does not load modules).
  bool function_exported(Value module, Value function, uint32_t arity) const;

  const FunctionInfo* function_info(const sy::Function* fn) const;

  // Where the module's .beam is (loaded or not), "" if nowhere on the path.
  std::string locate(Value module);
  // The directories searched, in order.
  std::vector<std::string> path();
  const std::string& otp_root() { return search_.otp_root(); }

  // -on_load: the function to run now (and the module marked as running it), or empty when
  // the module has none pending. finish_on_load records its result and returns whether it
  // was ok: then the module's exports are relinked to its functions; otherwise the module
  // is pending again, as erl unloads it and loads it again at the next call.
  Value take_on_load(Value module);
  bool finish_on_load(VM& vm, Value module, Value result);

 private:
  LoadedModule* install(VM* vm, std::unique_ptr<LoadedModule> m);
  void relink(VM& vm, const LoadedModule* m);
  Value current_target(VM& vm, Value module, Value function, uint32_t arity);

  CodeOptions options_;
  ModuleSearchPath search_;
  std::vector<std::string> dirs_;
  std::unordered_map<uint64_t, std::unique_ptr<LoadedModule>> modules_;  // by the atom's bits
  std::unordered_map<uint64_t, std::string> failed_;  // modules that could not load, and why
  std::vector<LoadedModule*> order_;
  std::unordered_map<const sy::Module*, LoadedModule*> by_ir_;
  struct ExportKey {
    uint64_t module, function;
    uint32_t arity;
    bool operator==(const ExportKey&) const = default;
  };
  struct ExportHash {
    size_t operator()(const ExportKey& k) const { return (k.module * 31 + k.function) * 257 + k.arity; }
  };
  std::unordered_map<ExportKey, size_t, ExportHash> export_index_;
  heap::RootedVector<Value> export_sites_;
};

// The key of LoadedModule::exports.
uint64_t export_table_key(Value function, uint32_t arity);

// The code server of the running program (one VM runs one BEAM program).
CodeServer& code_server();
void set_code_server(CodeServer* server);

}  // namespace sy::beam
