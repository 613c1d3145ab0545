// The BEAM translator: every module of the installed Erlang/OTP translates to verified IR
// in both reduction modes, unknown opcodes are load errors naming the instruction and the
// function, and the frame layout sizes the frame from the registers the code names.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/ir/module.h"
#include "frontends/beam/loader/beam_file.h"
#include "frontends/beam/loader/search_path.h"
#include "frontends/beam/runtime/terms.h"
#include "frontends/beam/translate/bif_binding.h"
#include "frontends/beam/translate/binary_natives.h"
#include "frontends/beam/translate/exceptions.h"
#include "frontends/beam/translate/runtime_natives.h"
#include "frontends/beam/translate/translator.h"

namespace sy::beam {
namespace {

namespace fs = std::filesystem;

void init() {
  init_terms();
  init_exceptions();
  bind_bifs();
  init_runtime_natives();
  init_binary_natives();
}

// Natives the process layer registers: the translator asks for them by name.
void register_process_stubs() {
  auto none = [](VM&, const Value*, uint32_t) { return Value::nil(); };
  for (const char* n : {"beam.send", "beam.recv_peek", "beam.recv_next", "beam.recv_remove", "beam.recv_reset"})
    if (find_native(n) < 0) register_native(n, none, -1);
  if (find_native("beam.recv_timeout_value") < 0) register_native("beam.recv_timeout_value", none, 1);
}

TEST(BeamTranslate, EveryInstalledOtpModuleTranslates) {
  init();
  register_process_stubs();
  ModuleSearchPath path;
  ASSERT_FALSE(path.otp_root().empty()) << "no Erlang/OTP installation found";
  size_t count = 0, functions = 0;
  std::vector<std::string> failures;
  for (const std::string& dir : path.otp_ebin_dirs()) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() != ".beam") continue;
      Module m;
      std::string error;
      ASSERT_TRUE(read_file(entry.path().string(), &m, &error)) << error;
      for (ReductionMode mode : {ReductionMode::Fair, ReductionMode::Unfair}) {
        auto lm = translate_module(m, mode, &error);
        if (!lm) {
          failures.push_back(error);
          break;
        }
        if (mode == ReductionMode::Fair) functions += lm->ir->functions.size();
      }
      ++count;
    }
  }
  EXPECT_EQ(failures, std::vector<std::string>{});
  EXPECT_GE(count, 250u);
  EXPECT_GE(functions, 20000u);
}

// A module with an instruction the translator does not handle cannot load: the error
// names the instruction and the function.
TEST(BeamTranslate, UnsupportedInstructionIsALoadErrorNamingIt) {
  init();
  register_process_stubs();
  ModuleSearchPath path;
  Module m;
  std::string error;
  std::string lists = path.find("lists");
  ASSERT_FALSE(lists.empty());
  ASSERT_TRUE(read_file(lists, &m, &error)) << error;
  // Replace the first `return` of nth/2 by bs_init_bits, which OTP 25 never emits.
  const Function* rev = m.find_function("nth", 2);
  ASSERT_NE(rev, nullptr);
  Function& f = const_cast<Function&>(*rev);
  bool replaced = false;
  for (Instruction& in : f.code)
    if (in.op == Op::return_) {
      in.op = Op::bs_init_bits;
      replaced = true;
      break;
    }
  ASSERT_TRUE(replaced);
  auto lm = translate_module(m, ReductionMode::Fair, &error);
  EXPECT_EQ(lm, nullptr);
  EXPECT_NE(error.find("nth/2"), std::string::npos) << error;
  EXPECT_NE(error.find("bs_init_bits"), std::string::npos) << error;
  EXPECT_NE(error.find("not supported"), std::string::npos) << error;
}

// A list match is one `unpair` also when erlc puts a `test_heap` between the test and
// the get_list (a clause that builds a list from the head): gb_sets:push/2, a hand-written
// reverse, is `is_nonempty_list, test_heap, get_list, put_list, call_only`. Its loop is
// `unpair`, `pair` and the back edge, nothing else.
TEST(BeamTranslate, ListMatchAcrossTestHeapIsOneUnpair) {
  init();
  register_process_stubs();
  ModuleSearchPath path;
  Module m;
  std::string error;
  std::string gb_sets = path.find("gb_sets");
  ASSERT_FALSE(gb_sets.empty());
  ASSERT_TRUE(read_file(gb_sets, &m, &error)) << error;
  auto lm = translate_module(m, ReductionMode::Fair, &error);
  ASSERT_NE(lm, nullptr) << error;
  const sy::Function* push = nullptr;
  for (const auto& f : lm->ir->functions)
    if (f->name == "push/2") push = f.get();
  ASSERT_NE(push, nullptr);
  std::vector<std::string> ops;
  for (const uint32_t* pc = push->code.data(); pc < push->code.data() + push->code.size(); pc += ir::insn_length(pc))
    ops.emplace_back(ir::kOpInfo[*pc].name);
  std::vector<std::string> loop = {"tick", "unpair", "pair", "tickjmp", "ret"};
  ASSERT_GE(ops.size(), loop.size());
  EXPECT_EQ(std::vector<std::string>(ops.begin(), ops.begin() + loop.size()), loop);
}

}  // namespace
}  // namespace sy::beam
