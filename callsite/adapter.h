// Adapter synthesis for method handles ("lambda forms"): small IR functions in the
// adapters() module, one per combinator shape, built once and cached by a key.
#pragma once
#include <functional>
#include <initializer_list>
#include <span>
#include <string>
#include <vector>

#include "callsite/method_handle.h"
#include "core/ir/module.h"

namespace sy::mh {

class Builder {
 public:
  Builder(std::string name, uint32_t nparams, uint32_t first_temp);
  uint32_t temp() { return next_++; }
  uint32_t here() const { return static_cast<uint32_t>(f_->code.size()); }
  void emit(ir::Op op, std::initializer_list<uint32_t> operands, const std::vector<uint32_t>* list = nullptr);
  void patch(uint32_t word, uint32_t value) { f_->code[word] = value; }
  Function* fn() { return f_; }
  Function* finish();  // sets the frame size and verifies (a failure is an internal error)

 private:
  Function* f_;
  uint32_t next_;
};

// The adapter for `key`, built by `body` the first time; its parameters are r0..r(nparams-1).
Function* adapter(const std::string& key, uint32_t nparams, const std::function<void(Builder&)>& body);
Value closure_of(Function* f, std::initializer_list<Value> captures, std::span<const Value> more = {});
std::vector<uint32_t> params(uint32_t from, uint32_t to);
uint32_t native_index(const char* name);

}  // namespace sy::mh
