#include "frontends/python/runtime/adapters.h"

#include <cstdio>
#include <memory>
#include <unordered_map>

#include "core/format.h"
#include "core/ir/text.h"

namespace sy::py {

namespace {
struct AdapterModules {
  std::unordered_map<std::string, Function*> by_key;
  std::vector<std::unique_ptr<Module>> modules;  // each adapter's own module: its sites never move
};
AdapterModules& adapter_modules() {
  static auto* a = new AdapterModules();
  return *a;
}
}  // namespace

Function* adapter_function(const std::string& key, const std::string& name, const std::function<std::string()>& text) {
  auto& a = adapter_modules();
  auto it = a.by_key.find(key);
  if (it != a.by_key.end()) return it->second;
  std::string src = text();
  ir::SourceError err;
  auto m = ir::read_module(src, "<python runtime>", &err);
  if (!m) {  // a bug in the runtime's templates
    std::fprintf(stderr, "internal error: python adapter '%s': %s\n%s", key.c_str(), err.format().c_str(), src.c_str());
    std::abort();
  }
  Function* f = m->find(name);
  a.modules.push_back(std::move(m));
  a.by_key[key] = f;
  return f;
}

Value adapter_closure(Function* f, std::initializer_list<Value> captures) {
  Closure* c = new_closure(f, static_cast<uint32_t>(captures.size()));
  uint32_t i = 0;
  for (Value v : captures) c->captures[i++] = v;
  return Value::object(c);
}

Value adapter_closure(Function* f, const std::vector<Value>& captures) {
  Closure* c = new_closure(f, static_cast<uint32_t>(captures.size()));
  for (size_t i = 0; i < captures.size(); ++i) c->captures[i] = captures[i];
  return Value::object(c);
}

std::string reg_list(uint32_t from, uint32_t to, bool lead) {
  std::string s;
  for (uint32_t i = from; i < to; ++i) {
    if (lead || i > from) s += ", ";
    s += "r" + std::to_string(i);
  }
  return s;
}

std::string kw_statics(const std::vector<std::string>& kwnames) {
  std::string s;
  for (const auto& k : kwnames) s += " " + repr(make_string(k));
  return s;
}

}  // namespace sy::py
