// core/ir/box_reuse.h: which add/sub/mul/addi may overwrite the int box their destination
// register holds. Each case names the instructions it expects to be allowed, by line.
#include <gtest/gtest.h>

#include <set>

#include "core/ir/box_reuse.h"
#include "core/ir/text.h"

namespace sy::ir {
namespace {

// The source lines (1-based) of the instructions in main that the table allows.
std::set<uint32_t> allowed_lines(const char* text) {
  SourceError err;
  auto m = read_module(text, "t.syir", &err);
  EXPECT_TRUE(m) << err.format();
  if (!m) return {};
  const Function& f = *m->find("main");
  std::vector<uint8_t> table = box_reuse_table(f);
  std::set<uint32_t> lines;
  for (uint32_t pc = 0; pc < f.code.size(); pc += insn_length(f.code.data() + pc))
    if (table[pc]) lines.insert(f.line_at(pc));
  return lines;
}

TEST(BoxReuse, AccumulatorInACountedLoop) {
  EXPECT_EQ(allowed_lines(R"(func main/0 regs 3
    const r0, 0
    const r1, 0
    const r2, 100
loop:
    add r0, r0, r1
    addi r1, r1, 1
    jlt r1, r2, loop
    print r0
    ret r0
end
)"),
            (std::set<uint32_t>{6, 7}));
}

TEST(BoxReuse, ParametersBelongToTheCaller) {
  EXPECT_EQ(allowed_lines(R"(func main/1 regs 1
    addi r0, r0, 1
    addi r0, r0, 1
    ret r0
end
)"),
            (std::set<uint32_t>{3}));
}

TEST(BoxReuse, ACopyEndsOwnershipOfBoth) {
  EXPECT_EQ(allowed_lines(R"(func main/0 regs 3
    const r0, 1
    mov r1, r0
    addi r0, r0, 1
    addi r1, r1, 1
    addi r0, r0, 1
    ret r0
end
)"),
            (std::set<uint32_t>{6}));
}

TEST(BoxReuse, AnyKeepingReadOnAnyPathEndsOwnership) {
  // The tuple on one branch keeps r0: at the join r0 may be shared.
  EXPECT_EQ(allowed_lines(R"(func main/1 regs 3
    const r1, 5
    addi r1, r1, 1
    jt r0, skip
    tuple r2, r1
skip:
    addi r1, r1, 1
    addi r1, r1, 1
    ret r1
end
)"),
            (std::set<uint32_t>{3, 8}));
}

TEST(BoxReuse, ComparisonsAndPrintDoNotKeep) {
  EXPECT_EQ(allowed_lines(R"(func main/0 regs 3
    const r0, 1
    const r1, 2
    lt r2, r0, r1
    eq r2, r0, r1
    print r0
    jeq r0, r1, out
    addi r0, r0, 1
out:
    ret r0
end
)"),
            (std::set<uint32_t>{8}));
}

// A constant's box is shared by every execution, but never carries the owner flag, so
// the table may allow the first addi: at run time it allocates.
TEST(BoxReuse, ConstantsAreRegisterWrites) {
  EXPECT_EQ(allowed_lines(R"(func main/0 regs 1
    const r0, 140737488355328
    addi r0, r0, 1
    addi r0, r0, 1
    ret r0
end
)"),
            (std::set<uint32_t>{3, 4}));
}

TEST(BoxReuse, HandlerEntryAssumesNothing) {
  EXPECT_EQ(allowed_lines(R"(func main/0 regs 2
    const r0, 1
try:
    addi r0, r0, 1
    throw r1
end_try:
    ret r0
caught:
    addi r0, r0, 1
    addi r0, r0, 1
    ret r0
    .handler try, end_try, caught, r1
end
)"),
            (std::set<uint32_t>{4, 10}));
}

TEST(BoxReuse, CallsKeepTheirArgumentsAndResults) {
  EXPECT_EQ(allowed_lines(R"(func id/1 regs 1
    ret r0
end
func main/0 regs 3
    const r0, 1
    const r1, 2
    call r2, id, r0
    addi r0, r0, 1
    addi r1, r1, 1
    addi r2, r2, 1
    ret r0
end
)"),
            (std::set<uint32_t>{9}));
}

}  // namespace
}  // namespace sy::ir
