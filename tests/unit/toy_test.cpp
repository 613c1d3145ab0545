// The toy front end below the command line: what the reader produces, the IR the
// compiler emits, and that this IR survives the text form. Running programs is left to
// the examples/toy corpus.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/ir/text.h"
#include "core/vm.h"
#include "frontends/toy/compiler.h"
#include "frontends/toy/reader.h"

namespace sy::toy {
namespace {

Bytecode read_ok(std::string_view text) {
  Bytecode code;
  ir::SourceError e;
  EXPECT_TRUE(read(text, "t.toy", &code, &e)) << e.format();
  return code;
}

std::string read_error(std::string_view text) {
  Bytecode code;
  ir::SourceError e;
  EXPECT_FALSE(read(text, "t.toy", &code, &e));
  return e.format();
}

std::string compiled_ir(std::string_view text) {
  ir::SourceError e;
  auto m = compile(read_ok(text), "t.toy", "t", &e);
  EXPECT_TRUE(m) << e.format();
  return m ? ir::print_module(*m) : "";
}

TEST(ToyReader, BothRegisterSpellingsReadTheSame) {
  Bytecode a = read_ok("mov_a_r7\nADD_R12_TO_A\nmov_r255_a\n");
  Bytecode b = read_ok("mov_a_r 7\nadd_r_to_a\t12\nMOV_R_A 255\n");
  ASSERT_EQ(a.insns.size(), 3u);
  ASSERT_EQ(b.insns.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(a.insns[i].op, b.insns[i].op);
    EXPECT_EQ(a.insns[i].operand, b.insns[i].operand);
  }
  EXPECT_EQ(a.insns[1].op, Op::AddRToA);
  EXPECT_EQ(a.insns[1].operand, 12u);
}

TEST(ToyReader, CommentsAndBlankLinesAreNotInstructions) {
  Bytecode code = read_ok("# header\n\n   \n  decr_a   # a--\r\njump_if_a 0#no space\nreturn_a");
  ASSERT_EQ(code.insns.size(), 3u);
  EXPECT_EQ(code.insns[0].line, 4u);
  EXPECT_EQ(code.insns[0].col, 3u);
  EXPECT_EQ(code.insns[1].operand, 0u);
  EXPECT_EQ(code.insns[2].line, 6u);
}

TEST(ToyReader, ErrorsPointAtTheOffendingWord) {
  EXPECT_EQ(read_error("return_a\n  mov_a_r300\n"), "t.toy:2:10: register r300 out of range (r0..r255)");
  EXPECT_EQ(read_error("jump_if_a 99999999999999999999\nreturn_a\n"),
            "t.toy:1:11: jump target 99999999999999999999 out of range: the program has 2 instructions (0..1)");
  EXPECT_EQ(read_error("jump_if_a 1\n"), "t.toy:1:11: jump target 1 out of range: the program has 1 instruction (0..0)");
  EXPECT_EQ(read_error("add_r_to_a_r1\n"), "t.toy:1:1: unknown instruction 'add_r_to_a_r1'");
}

TEST(ToyCompiler, OneIRInstructionPerToyInstruction) {
  EXPECT_EQ(compiled_ir("mov_a_r9     # line 1\n"
                        "decr_a\n"
                        "add_r9_to_a\n"
                        "jump_if_a 1\n"
                        "return_a\n"),
            ".source \"t.toy\"\n"
            "\n"
            "func t/1 regs 3\n"
            "    .line 1\n"
            "    const r1, 0\n"
            "    const r2, 0\n"
            "    mov r1, r0\n"
            "i1:\n"
            "    .line 2\n"
            "    addi r0, r0, -1\n"
            "    .line 3\n"
            "    add r0, r0, r1\n"
            "    .line 4\n"
            "    jne r0, r2, i1\n"
            "    .line 5\n"
            "    print r0\n"
            "    const r0, nil\n"
            "    ret r0\n"
            "end\n");
}

TEST(ToyCompiler, UnreachableInstructionsAreNotCompiled) {
  EXPECT_EQ(compiled_ir("return_a\nmov_a_r3\ndecr_a\n"),
            ".source \"t.toy\"\n\nfunc t/1 regs 1\n    .line 1\n    print r0\n    const r0, nil\n    ret r0\nend\n");
}

TEST(ToyCompiler, SquareSurvivesTheTextForm) {
  VM vm;  // sets up the heap the module's constants live in
  std::ifstream in(std::string(SY_SOURCE_DIR) + "/examples/toy/square.toy");
  std::stringstream text;
  text << in.rdbuf();
  ir::SourceError e;
  auto m = compile(read_ok(text.str()), "square.toy", "square", &e);
  ASSERT_TRUE(m) << e.format();
  std::string printed = ir::print_module(*m);
  auto back = ir::read_module(printed, "square.syir", &e);
  ASSERT_TRUE(back) << e.format();
  EXPECT_EQ(ir::print_module(*back), printed);
  EXPECT_EQ(back->source, "square.toy");
  EXPECT_EQ(back->functions[0]->line_at(back->functions[0]->lines.back().pc), m->functions[0]->lines.back().line);
}

}  // namespace
}  // namespace sy::toy
