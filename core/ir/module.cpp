#include "core/ir/module.h"

#include <algorithm>
#include <cstring>

#include "core/int_box.h"
#include "core/ir/box_reuse.h"

namespace sy {

uint32_t Function::line_at(uint32_t pc) const {
  auto it = std::upper_bound(lines.begin(), lines.end(), pc,
                             [](uint32_t p, const LineEntry& e) { return p < e.pc; });
  return it == lines.begin() ? decl_line : std::prev(it)->line;
}

uint32_t Function::add_constant(Value v) {
  for (size_t i = 0; i < constants.size(); ++i) {
    // Doubles share a slot only when bit-identical: 0.0 and -0.0 are one map key, not one constant.
    bool same = v.is_double() ? constants[i] == v : same_key(constants[i], v) && class_of(constants[i]) == class_of(v);
    if (same) return static_cast<uint32_t>(i);
  }
  int_box::disown(v);  // shared by every execution: never overwritten (core/ir/box_reuse.h)
  constants.push_back(v);
  return static_cast<uint32_t>(constants.size() - 1);
}

Function::~Function() { delete[] box_reuse_.load(); }

const uint8_t* Function::compute_box_reuse() const {
  std::vector<uint8_t> table = ir::box_reuse_table(*this);
  auto* t = new uint8_t[table.size()];
  std::memcpy(t, table.data(), table.size());
  // Threads that get here at once compute the same table; the first to publish wins.
  uint8_t* expected = nullptr;
  if (!box_reuse_.compare_exchange_strong(expected, t, std::memory_order_acq_rel)) {
    delete[] t;
    return expected;
  }
  return t;
}

Function* Module::find(std::string_view name) const {
  auto it = function_index_.find(std::string(name));
  return it == function_index_.end() ? nullptr : functions[it->second].get();
}

int64_t Module::find_global(std::string_view name) const {
  for (size_t i = 0; i < global_names.size(); ++i)
    if (global_names[i] == name) return static_cast<int64_t>(i);
  return -1;
}

Function* Module::add_function(std::string name, uint32_t nparams, uint32_t nregs) {
  auto fn = std::make_unique<Function>();
  fn->name = std::move(name);
  fn->nparams = nparams;
  fn->nregs = nregs;
  fn->module = this;
  fn->index = static_cast<uint32_t>(functions.size());
  function_index_.emplace(fn->name, fn->index);
  functions.push_back(std::move(fn));
  return functions.back().get();
}

uint32_t Module::add_global(std::string name) {
  global_names.push_back(std::move(name));
  globals.push_back(Value::nil());
  return static_cast<uint32_t>(globals.size() - 1);
}

void Module::finish() {
  for (auto& fn : functions) {
    if (fn->self) continue;
    // The function's value is immortal: the module (C++ memory) refers to it.
    auto* c = static_cast<Closure*>(heap::alloc_root(sizeof(Closure)));
    c->h.cls = cls::Closure;
    c->fn = fn.get();
    fn->self = c;
  }
}

}  // namespace sy
