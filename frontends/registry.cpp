#include <string>

#include "frontends/beam/beam.h"
#include "frontends/frontend.h"
#include "frontends/python/python.h"
#include "frontends/syir/syir.h"
#include "frontends/toy/toy.h"

namespace sy {

// One line per language.
const std::vector<Frontend>& frontends() {
  static const std::vector<Frontend> list = {
      {".syir", "Switchyard IR", syir::load},
      {".toy", "toy accumulator bytecode", toy::load},
      {".py", "Python", python::load},
      {".beam", "BEAM (Erlang)", nullptr, beam::load, beam::kSettings, beam::kDefaultMaxDepth},
  };
  return list;
}

const Frontend* frontend_for(const std::string& path) {
  for (const Frontend& f : frontends()) {
    std::string ext = f.extension;
    if (path.size() >= ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0) return &f;
  }
  return nullptr;
}

}  // namespace sy
