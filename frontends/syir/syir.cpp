#include "frontends/syir/syir.h"

#include "core/ir/text.h"
#include "pic/pic.h"

namespace sy::syir {

bool load(const std::string& path, const std::vector<std::string>& args, Program* out, LoadError* error) {
  pic::install();  // indy sites and the mh.*, cs.*, pic.* natives the text may name
  ir::SourceError se;
  auto m = ir::read_module_file(path, &se);
  if (!m) {
    error->message = se.format();
    return false;
  }
  Function* main = m->find("main");
  if (!main || main->nparams > 1) {
    error->message = path + ":1:1: no function main/0 or main/1 to run";
    return false;
  }
  out->entry = main;
  if (main->nparams == 1) {
    Array* a = new_array(args.size());
    for (const auto& s : args) array_push(a, make_string(s));
    out->entry_args.push_back(Value::object(a));
  } else if (!args.empty()) {
    error->message = path + ":1:1: main/0 takes no arguments, but " + std::to_string(args.size()) + " were given";
    return false;
  }
  out->modules.push_back(std::move(m));
  return true;
}

}  // namespace sy::syir
