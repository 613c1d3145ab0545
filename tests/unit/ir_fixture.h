// Shared by the call-site and PIC tests: a VM and one module read from text.
#pragma once
#include <gtest/gtest.h>

#include <initializer_list>
#include <memory>
#include <string>

#include "core/format.h"
#include "core/ir/text.h"
#include "core/vm.h"
#include "pic/pic.h"

namespace sy::testing {

class IrTest : public ::testing::Test {
 protected:
  IrTest() { pic::install(); }

  // Reads `text` as the test's module; fails the test on a syntax or verifier error.
  void load(const std::string& text) {
    ir::SourceError e;
    module_ = ir::read_module(text, "test.syir", &e);
    ASSERT_TRUE(module_) << e.format();
  }
  Value call(const char* fn, std::initializer_list<Value> args = {}) {
    Function* f = module_->find(fn);
    EXPECT_TRUE(f) << fn;
    return vm_.call(f, {args.begin(), args.size()});
  }
  // The value's repr, or "raised KIND: MESSAGE" (and the exception is cleared).
  std::string show(Value v) {
    if (!v.is_empty()) return repr(v);
    std::string s = "raised " + display(vm_.exception());
    vm_.clear_exception();
    return s;
  }
  std::string run(const char* fn, std::initializer_list<Value> args = {}) { return show(call(fn, args)); }
  Value fn(const char* name) { return Value::object(module_->find(name)->self); }
  SiteCache* cache(uint32_t site) { return site_cache(*module_, site); }
  std::string stats() {
    const Module* ms[] = {module_.get()};
    return pic::stats_json(ms);
  }

  VM vm_{VMOptions{.max_depth = 200}};
  std::unique_ptr<Module> module_;
};

inline Value i(int64_t n) { return Value::small_int(n); }

}  // namespace sy::testing
