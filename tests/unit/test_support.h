// Shared by the unit tests: running IR text and looking at raised errors.
#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/ir/text.h"
#include "core/object.h"
#include "core/vm.h"

namespace sy::test {

// The kind atom of the VM's pending exception, or "" when none is pending.
inline std::string pending_kind(const VM& vm) {
  if (!vm.has_exception()) return "";
  Value e = vm.exception();
  if (!is_instance(e, cls::Error)) return "<not an error>";
  return std::string(atom_name(e.as<Error>()->kind.atom_id()));
}

// Reads IR text; fails the test (and returns null) when it does not read.
inline std::unique_ptr<Module> read_ok(std::string_view text, std::string_view file = "t.syir") {
  ir::SourceError err;
  auto m = ir::read_module(text, file, &err);
  EXPECT_TRUE(m) << err.format();
  return m;
}

// The error message the reader gives for text, or "" when it reads.
inline std::string read_error(std::string_view text, std::string_view file = "t.syir") {
  ir::SourceError err;
  auto m = ir::read_module(text, file, &err);
  return m ? "" : err.format();
}

// Runs main/0 of the module; empty when it raised.
inline Value run_main(VM& vm, const Module& m, std::vector<Value> args = {}) {
  Function* main = m.find("main");
  EXPECT_NE(main, nullptr);
  return vm.call(main, args);
}

}  // namespace sy::test
