// switchyard: the command line.
//   switchyard run [OPTIONS] FILE [ARGS...]
// Options come before the file; everything after it belongs to the program.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/format.h"
#include "core/ir/text.h"
#include "core/vm.h"
#include "frontends/beam/loader/disasm.h"
#include "frontends/frontend.h"
#include "frontends/python/syntax/dump.h"
#include "frontends/python/syntax/parser.h"
#include "pic/pic.h"

namespace {

const char* const kUsage =
    "usage: switchyard run [OPTIONS] FILE [ARGS...]\n"
    "       switchyard --help | --version\n"
    "\n"
    "Runs FILE with the front end its extension names:\n"
    "  .syir  Switchyard IR (the VM's assembly language)\n"
    "  .toy   toy accumulator bytecode (docs/toy.md); ARGS: the input A (default 0)\n"
    "  .py    a Python 3 program (docs/python.md); ARGS: sys.argv[1:]\n"
    "  .beam  an Erlang module compiled by erlc (docs/beam.md): runs main/0, or main/1\n"
    "         with ARGS as a list of strings\n"
    "\n"
    "Options (before FILE; what follows FILE is passed to the program):\n"
    "  --entry F          run function F instead of main (.beam)\n"
    "  -pa DIR            look for modules in DIR too; repeatable (.beam)\n"
    "  --reductions=N     reductions a process may spend per time slice (.beam, default 4000)\n"
    "  --reduction-mode=M fair: count a reduction at every function call, as BEAM does;\n"
    "                     unfair: only at tail calls, the loops of Erlang (.beam, default fair)\n"
    "  --dump-ir          print the program's IR in text form and exit\n"
    "  --dump-beam        FILE is a .beam file: print its code as erl's beam_disasm does\n"
    "  --dump-ast         (.py) print the syntax tree as Python's ast.dump and exit\n"
    "  --max-depth=N      raise stack_overflow past N nested non-tail calls (default 1000000;\n"
    "                     .beam: 10000000, about 1 GB of frames; erl's limit is memory)\n"
    "  --dispatch=S       PIC dispatch strategy: mono, pic[:N] (N <= 8, default 8),\n"
    "                     freq[:N] (pic ordered by hits), mega (shared cache only)\n"
    "  --pic-stats[=F]    on exit, print per-site PIC statistics to standard error:\n"
    "                     F = table (default) or json; json:PATH writes the JSON to PATH\n"
    "  --help             show this text\n"
    "  --version          show the version\n";

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "switchyard: %s\n%s", msg.c_str(), kUsage);
  return 2;
}

bool parse_count(const char* text, uint64_t* out) {
  char* end = nullptr;
  errno = 0;
  unsigned long long v = std::strtoull(text, &end, 10);
  if (errno || end == text || *end || v == 0 || text[0] == '-') return false;
  *out = v;
  return true;
}

// --dump-ast: parse a Python file and print its tree, or its SyntaxError (exit 1).
int dump_python_ast(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    std::fprintf(stderr, "%s: cannot open file: %s\n", path.c_str(), std::strerror(errno));
    return 1;
  }
  std::string source;
  char buf[65536];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) source.append(buf, n);
  std::fclose(f);
  sy::py::ast::Arena arena;
  sy::py::SyntaxError error;
  std::vector<sy::py::SyntaxWarning> warnings;
  sy::py::ast::Module* m = sy::py::parse_module(source, path, &arena, &error, &warnings);
  for (const auto& w : warnings) std::fputs(w.format().c_str(), stderr);
  if (!m) {
    std::fputs(error.format().c_str(), stderr);
    return 1;
  }
  std::string out = sy::py::dump(m);
  out += '\n';
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

bool write_pic_stats(const std::string& how, const sy::Program& program) {
  std::vector<const sy::Module*> modules;
  for (const auto& m : program.modules) modules.push_back(m.get());
  if (how == "table") {
    sy::pic::print_stats_table(stderr, modules);
    return true;
  }
  std::string json = sy::pic::stats_json(modules);
  if (how == "json") {
    std::fputs(json.c_str(), stderr);
    return true;
  }
  std::string path = how.substr(5);
  std::FILE* f = std::fopen(path.c_str(), "w");
  if (!f || std::fputs(json.c_str(), f) < 0 || std::fclose(f) != 0) {
    std::fprintf(stderr, "switchyard: cannot write PIC statistics to %s\n", path.c_str());
    return false;
  }
  return true;
}

// Whether the front end accepts the --NAME=VALUE setting `name`.
bool accepts_setting(const sy::Frontend& fe, const std::string& name) {
  for (const char* const* s = fe.settings; s && *s; ++s)
    if (name == *s) return true;
  return false;
}

int run(int argc, char** argv) {
  sy::VMOptions options;
  bool dump_ir = false, dump_ast = false, dump_beam = false;
  std::string pic_stats;  // "", "table", "json" or "json:PATH"
  sy::LoadOptions load_options;
  bool front_end_options = false;  // any option only some front ends take
  bool max_depth_given = false;
  sy::pic::install();
  int i = 2;
  for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; ++i) {
    std::string opt = argv[i];
    if (opt == "-pa" || opt == "--entry") {
      if (i + 1 >= argc) return usage_error(opt + " needs a value");
      std::string value = argv[++i];
      if (opt == "-pa") {
        load_options.search_path.push_back(value);
      } else {
        if (value.empty()) return usage_error("--entry needs a function name");
        load_options.entry = value;
      }
      front_end_options = true;
    } else if (opt.rfind("--entry=", 0) == 0) {
      if (opt.size() == 8) return usage_error("--entry needs a function name");
      load_options.entry = opt.substr(8);
      front_end_options = true;
    } else if (opt == "--dump-ir") {
      dump_ir = true;
    } else if (opt == "--dump-beam") {
      dump_beam = true;
    } else if (opt == "--dump-ast") {
      dump_ast = true;
    } else if (opt.rfind("--max-depth=", 0) == 0) {
      if (!parse_count(argv[i] + 12, &options.max_depth))
        return usage_error("--max-depth needs a positive integer, got '" + opt.substr(12) + "'");
      max_depth_given = true;
    } else if (opt.rfind("--dispatch=", 0) == 0) {
      std::string error;
      const sy::pic::DispatchStrategy* s = sy::pic::parse_strategy(opt.substr(11), &error);
      if (!s) return usage_error(error);
      sy::pic::set_default_strategy(s);
    } else if (opt == "--pic-stats" || opt == "--pic-stats=table") {
      pic_stats = "table";
    } else if (opt == "--pic-stats=json" || opt.rfind("--pic-stats=json:", 0) == 0) {
      pic_stats = opt.substr(12);
      if (pic_stats == "json:") return usage_error("--pic-stats=json: needs a path");
    } else if (size_t eq = opt.find('='); opt.rfind("--", 0) == 0 && eq != std::string::npos && eq > 2) {
      // A setting of the front end: checked once the file says which front end runs.
      load_options.settings.emplace_back(opt.substr(2, eq - 2), opt.substr(eq + 1));
      front_end_options = true;
    } else {
      return usage_error("unknown option '" + opt + "'");
    }
  }
  if (i >= argc) return usage_error("no program file given");
  std::string path = argv[i++];
  std::vector<std::string> args(argv + i, argv + argc);
  if (dump_beam) return sy::beam::dump_beam_file(path, stdout, stderr);
  if (dump_ast) {
    if (path.size() < 3 || path.compare(path.size() - 3, 3, ".py") != 0)
      return usage_error("--dump-ast needs a .py file, got '" + path + "'");
    return dump_python_ast(path);
  }

  const sy::Frontend* fe = sy::frontend_for(path);
  if (!fe) return usage_error(path + ": unknown file type (expected .syir, .toy, .py or .beam)");
  for (const auto& [name, value] : load_options.settings)
    if (!accepts_setting(*fe, name)) return usage_error("unknown option '--" + name + "=" + value + "'");
  if (front_end_options && !fe->load_with_options)
    return usage_error(std::string("the ") + fe->language + " front end takes no --entry, -pa or settings");

  if (!max_depth_given && fe->default_max_depth) options.max_depth = fe->default_max_depth;
  sy::VM vm(options);
  sy::Program program;
  sy::LoadError err;
  bool loaded = fe->load_with_options ? fe->load_with_options(path, args, load_options, &program, &err)
                                      : fe->load(path, args, &program, &err);
  if (!loaded) {
    std::fprintf(stderr, "%s\n", err.message.c_str());
    return 1;
  }
  if (dump_ir) {
    for (const auto& m : program.modules) std::fputs(sy::ir::print_module(*m).c_str(), stdout);
    return 0;
  }
  sy::Value result = vm.call(program.entry, {program.entry_args.data(), program.entry_args.size()});
  std::fflush(stdout);
  if (!pic_stats.empty() && !write_pic_stats(pic_stats, program)) return 1;
  if (result.is_empty()) {
    vm.print_uncaught(stderr);
    return 1;
  }
  // An int result is the exit status; anything else means success.
  if (result.is_int()) return static_cast<int>(result.as_int() & 0xff);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage_error("no command given");
  std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (cmd == "--version") {
    std::printf("switchyard %s\n", SWITCHYARD_VERSION);
    return 0;
  }
  if (cmd == "run") return run(argc, argv);
  return usage_error("unknown command '" + cmd + "'");
}
