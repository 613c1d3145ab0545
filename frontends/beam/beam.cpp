#include "frontends/beam/beam.h"

#include <langinfo.h>

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>

#include "callsite/call_site.h"
#include "core/ir/text.h"
#include "frontends/beam/loader/search_path.h"
#include "frontends/beam/process/io_natives.h"
#include "frontends/beam/process/kernel_natives.h"
#include "frontends/beam/process/process_natives.h"
#include "frontends/beam/process/scheduler.h"
#include "frontends/beam/runtime/terms.h"
#include "frontends/beam/runtime/unicode.h"
#include "frontends/beam/translate/bif_binding.h"
#include "frontends/beam/translate/binary_natives.h"
#include "frontends/beam/translate/code_server.h"
#include "frontends/beam/translate/exceptions.h"
#include "frontends/beam/translate/runtime_module.h"
#include "frontends/beam/translate/runtime_natives.h"

namespace sy::beam {

const char* const kSettings[] = {"reductions", "reduction-mode", nullptr};

namespace {

// What the program's entry native needs once loading is done.
struct Launch {
  Value module, function, args;  // in root memory (launch_roots)
  int64_t reductions = 4000;
};
Launch g_launch;
heap::RootedVector<Value>& launch_roots() {
  static heap::RootedVector<Value> roots;
  return roots;
}

// The export table's bootstrap: an `indy` site of translated code names M:F/A in its
// static arguments and links to the export's call site.
Value export_bootstrap(VM& vm, const sy::Module&, const SiteDescriptor& desc) {
  return code_server().export_site(vm, desc.static_args[0], desc.static_args[1],
                                   static_cast<uint32_t>(desc.static_args[2].as_int()));
}

// beam.run: runs the program's main process to its end; the result is the exit status.
Value n_run(VM& vm, const Value*, uint32_t) {
  Scheduler scheduler(vm, SchedulerOptions{g_launch.reductions});
  Closure* entry = new_closure(runtime_functions().spawn_mfa, 3);
  entry->captures[0] = g_launch.module;
  entry->captures[1] = g_launch.function;
  entry->captures[2] = g_launch.args;
  int64_t arity = 0;
  for (Value l = g_launch.args; is_cons(l); l = tail(l)) ++arity;
  int status = scheduler.run(Value::object(entry), tuple({g_launch.module, g_launch.function, Value::small_int(arity)}));
  return Value::small_int(status);
}

void init_once() {
  static bool done = false;
  if (done) return;
  done = true;
  init_terms();
  init_exceptions();
  bind_bifs();  // first: the VM's own natives below replace any of the same name
  init_runtime_natives();
  init_process_natives();
  init_binary_natives();
  init_io_natives();
  init_kernel_natives();
  register_native("beam.run", n_run, 0);
  cs::install();
  cs::register_bootstrap("beam.export", export_bootstrap);
  runtime_natives();
  runtime_functions();
}

Value erlang_string(const std::string& s) {
  Value l = Value::nil();
  for (size_t i = s.size(); i-- > 0;) l = cons(Value::small_int(static_cast<unsigned char>(s[i])), l);
  return l;
}

namespace {

// Whether the locale's character set is UTF-8: erl then takes file names and command-line
// arguments as UTF-8 (file:native_name_encoding() is utf8), else as latin-1 bytes.
bool utf8_locale() {
  std::string saved = std::setlocale(LC_CTYPE, nullptr);
  bool utf8 = false;
  if (std::setlocale(LC_CTYPE, "")) utf8 = std::strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
  std::setlocale(LC_CTYPE, saved.c_str());
  return utf8;
}

// A command-line argument as init:get_plain_arguments/0 gives it: code points under a
// UTF-8 locale (bytes when it is not valid UTF-8), bytes otherwise.
Value argument_string(const std::string& s, bool utf8) {
  std::vector<Value> chars;
  for (size_t i = 0; utf8 && i < s.size();) {
    uint32_t cp;
    if (!next_utf8(s, &i, &cp)) return erlang_string(s);
    chars.push_back(Value::small_int(cp));
  }
  if (!utf8) return erlang_string(s);
  Value l = Value::nil();
  for (size_t i = chars.size(); i-- > 0;) l = cons(chars[i], l);
  return l;
}

}  // namespace

bool parse_settings(const LoadOptions& options, SchedulerOptions* sched, CodeOptions* code, std::string* error) {
  for (const auto& [name, value] : options.settings) {
    if (name == "reductions") {
      char* end = nullptr;
      long long n = std::strtoll(value.c_str(), &end, 10);
      if (value.empty() || *end || n <= 0 || n > (1ll << 40)) {
        *error = "--reductions needs a positive integer, got '" + value + "'";
        return false;
      }
      sched->reductions = n;
    } else if (name == "reduction-mode") {
      if (value == "fair") code->reduction_mode = ReductionMode::Fair;
      else if (value == "unfair") code->reduction_mode = ReductionMode::Unfair;
      else {
        *error = "--reduction-mode is fair or unfair, got '" + value + "'";
        return false;
      }
    }
  }
  return true;
}

}  // namespace

bool load(const std::string& path, const std::vector<std::string>& args, const LoadOptions& options, Program* out,
          LoadError* error) {
  init_once();
  SchedulerOptions sched;
  CodeOptions code;
  if (!parse_settings(options, &sched, &code, &error->message)) return false;

  ModuleSearchPath search;
  std::string dir = std::filesystem::path(path).parent_path().string();
  search.set_program_dir(dir);
  std::vector<std::string> dirs{dir.empty() ? "." : dir};
  for (const std::string& d : options.search_path) {
    search.add_path(d);
    dirs.push_back(d);
  }
  static std::unique_ptr<CodeServer> server;
  server = std::make_unique<CodeServer>(code, std::move(search), std::move(dirs));
  set_code_server(server.get());

  // The program's module is loaded now, so a bad file is a load error; everything else
  // loads when first called.
  std::string why;
  LoadedModule* m = server->load_file(nullptr, path, &why);
  if (!m) {
    error->message = why;
    return false;
  }
  // As erl's code server: MOD.beam must hold module MOD.
  std::string stem = std::filesystem::path(path).stem().string();
  if (atom_text(m->name) != stem) {
    error->message = path + ": the file holds module " + std::string(atom_text(m->name)) + ", not " + stem;
    return false;
  }

  g_launch.reductions = sched.reductions;
  auto& roots = launch_roots();
  roots.clear();
  Value args_list = Value::nil();
  bool utf8 = utf8_locale();
  for (size_t i = args.size(); i-- > 0;) args_list = cons(argument_string(args[i], utf8), args_list);
  std::string entry = options.entry.empty() ? "main" : options.entry;
  roots.push_back(m->name);
  roots.push_back(atom(entry));
  roots.push_back(args.empty() ? Value::nil() : cons(args_list, Value::nil()));
  g_launch.module = roots[0];
  g_launch.function = roots[1];
  g_launch.args = roots[2];

  ir::SourceError err;
  auto runner = ir::read_module("func run/0 regs 1\n    ncall r0, \"beam.run\"\n    ret r0\nend\n", "<beam>", &err);
  if (!runner) {
    error->message = "internal error: " + err.format();
    return false;
  }
  out->entry = runner->functions[0].get();
  out->modules.push_back(std::move(runner));
  // The program's module belongs to the program (--dump-ir prints it, --pic-stats counts it).
  out->modules.push_back(std::move(m->owned_ir));
  return true;
}

}  // namespace sy::beam
