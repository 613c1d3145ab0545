#include "frontends/toy/toy.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/bigint.h"
#include "frontends/toy/compiler.h"
#include "frontends/toy/reader.h"

namespace sy::toy {

bool load(const std::string& path, const std::vector<std::string>& args, Program* out, LoadError* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error->message = path + ": cannot open file";
    return false;
  }
  std::stringstream text;
  text << in.rdbuf();

  ir::SourceError se;
  Bytecode code;
  if (!read(text.str(), path, &code, &se)) {
    error->message = se.format();
    return false;
  }
  auto module = compile(code, path, std::filesystem::path(path).stem().string(), &se);
  if (!module) {
    error->message = se.format();
    return false;
  }
  if (args.size() > 1) {
    error->message = path + ": expected at most one argument (the input A), got " + std::to_string(args.size());
    return false;
  }
  Value input = Value::small_int(0);
  if (!args.empty()) {
    input = parse_int(args[0]);
    if (input.is_empty()) {
      error->message = path + ": input must be an integer, got '" + args[0] + "'";
      return false;
    }
  }
  out->entry = module->functions[0].get();
  out->entry_args.push_back(input);
  out->modules.push_back(std::move(module));
  return true;
}

}  // namespace sy::toy
