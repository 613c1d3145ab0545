// The IR text form: reader, printer and verifier. Round trips on every program in the
// tree, the exact message of each documented error, and random input that must either
// be rejected with a message or produce a module the verifier accepts.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "core/ir/text.h"
#include "core/ir/verifier.h"
#include "pic/pic.h"
#include "test_support.h"

namespace sy::ir {
namespace {

using test::read_error;
using test::read_ok;

// print(read(text)) must read back and print identically.
void expect_round_trip(const std::string& text, const std::string& file) {
  SourceError err;
  auto m1 = read_module(text, file, &err);
  ASSERT_TRUE(m1) << err.format();
  std::string p1 = print_module(*m1);
  auto m2 = read_module(p1, file, &err);
  ASSERT_TRUE(m2) << err.format() << "\nin the printed text:\n" << p1;
  std::string p2 = print_module(*m2);
  EXPECT_EQ(p1, p2);
  ASSERT_EQ(m1->functions.size(), m2->functions.size());
  for (size_t i = 0; i < m1->functions.size(); ++i) {
    EXPECT_EQ(m1->functions[i]->code, m2->functions[i]->code) << m1->functions[i]->name;
    EXPECT_EQ(m1->functions[i]->nregs, m2->functions[i]->nregs);
  }
}

TEST(IrText, EveryProgramInTheTreeRoundTrips) {
  pic::install();  // the mh.*, cs.*, pic.* natives that corpus programs name
  namespace fs = std::filesystem;
  const fs::path root = SY_SOURCE_DIR;
  int count = 0;
  for (const char* dir : {"tests", "examples"}) {
    if (!fs::exists(root / dir)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root / dir)) {
      if (entry.path().extension() != ".syir") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      std::string file = entry.path().filename().string();
      SourceError err;
      if (!read_module(ss.str(), file, &err)) {
        // Only the error corpus may hold programs that do not read.
        EXPECT_NE(entry.path().string().find("errors"), std::string::npos) << err.format();
        continue;
      }
      SCOPED_TRACE(entry.path().string());
      expect_round_trip(ss.str(), file);
      ++count;
    }
  }
  EXPECT_GE(count, 1);
}

// Uses every instruction and every kind of constant and name.
constexpr const char* kEverything = R"(.source "orig.src"
global counter
global "odd global"
site add_site "+" 2 bootstrap_add 1 "two" :three
site other "getattr" 1 "boot strap"
site set_site "[]=" 3 boot3

func add2/2 regs 3
    add r2, r0, r1
    ret r2
end

func "needs quotes"/0
    const r0, nil
    ret r0
end

func main/1 regs 12
    .line 10
    nop
    mov r1, r0
    const r2, "tab\there \"q\" \\ \x01 caf\xc3\xa9"
    const r2, :plain
    const r2, :"not plain"
    const r2, :"nil"
    const r2, 123456789012345678901234567890
    const r2, -42
    const r2, -0.0
    const r2, 1e+100
    movs r3, r2, r4, r3
    const r2, 0.1
    const r2, inf
    const r2, -inf
    const r2, nan
    const r2, true
    const r2, false
    func r3, add2
    closure r3, add2, r1, r2
    closure r3, add2
    cap r4, 0
    gget r4, counter
    gset "odd global", r4
    .line 12
    add r4, r1, r2
    addi r4, r4, -2147483648
    sub r4, r1, r2
    mul r4, r1, r2
    div r4, r1, r2
    idiv r4, r1, r2
    mod r4, r1, r2
    tdiv r4, r1, r2
    rem r4, r1, r2
    neg r4, r1
    band r4, r1, r2
    bor r4, r1, r2
    bxor r4, r1, r2
    shl r4, r1, r2
    shr r4, r1, r2
    bnot r4, r1
    fadd r4, r1, r2
    fsub r4, r1, r2
    fmul r4, r1, r2
    fdiv r4, r1, r2
    eq r4, r1, r2
    ne r4, r1, r2
    lt r4, r1, r2
    le r4, r1, r2
    gt r4, r1, r2
    ge r4, r1, r2
    not r4, r1
top:
    jt r4, top
    jf r4, next
    tickjmp 1, next, top
next:
    jeq r1, r2, top
    jne r1, r2, top
    jlt r1, r2, top
    jle r1, r2, top
    jgt r1, r2, top
    jge r1, r2, top
    jis r1, r2, top
    jisnt r1, r2, top
    jisk r1, :a, top
    jisntk r1, 7, top
    jcls r1, 3, top
    jncls r1, 3, top
    jnfin r1, top
    tick 1, top
    forstep r1, -2, r2, top
    fmath r1, 0, r2, top
try_start:
    call r5, add2, r1, r2
    callv r5, r3, r1, r2
    ncall r5, concat, r1, r2, r3
    ncall r5, "str", r1
try_end:
    tuple r6, r1, r2
    tuple r6
    tget r7, r6, 1
    tlen r7, r6
    array r8, r1, r2
    array r8
    aget r9, r8, r1
    aset r8, r1, r2
    apush r8, r1
    alen r9, r8
    map r10
    mget r11, r10, r1
    mset r10, r1, r2
    mhas r11, r10, r1
    mdel r10, r1
    mlen r11, r10
    newobj r11
    getf r9, r11, :x
    setf r11, "y", r9
    classof r9, r11
    field r9, r11, @PAIR@, 1
    unpack r11, @PAIR@, top, r9, r11
    alloc r9, @PAIR@, r1, r2
    pair r9, r1, r2
    unpair r9, top, r9, r11
    head r9, r11
    tail r9, r11
    print r9
    call r9, "needs quotes"
    prompt r9, r10, r1, r3, r1, r2
    capture r9, r1, r2
    resume r9, r10, r10, r1
    clone r9, r10
    fiber r9, r3
    fresume r10, r9, r1
    fthrow r10, r9, r1
    fyield r10, r1
    fstate r10, r9
    indy r10, add_site, r1, r2
    addx r10, r1, r2, add_site
    subx r10, r1, r2, add_site
    mulx r10, r1, r2, add_site
    idivx r10, r1, r2, add_site
    modx r10, r1, r2, add_site
    bandx r10, r1, r2, add_site
    borx r10, r1, r2, add_site
    bxorx r10, r1, r2, add_site
    ltx r10, r1, r2, add_site
    lex r10, r1, r2, add_site
    gtx r10, r1, r2, add_site
    gex r10, r1, r2, add_site
    eqx r10, r1, r2, add_site
    nex r10, r1, r2, add_site
    negx r10, r1, other
    truthx r10, r1, other
    indexx r10, r1, r2, add_site
    setindexx r10, r1, r2, r3, set_site
    jmp last
handler:
    throw r0
last:
    tailindy add_site, r1, r2
    tailcallv r3, r1, r2
    tailcall add2, r1, r2
    ret r9
    .handler try_start, try_end, handler, r0
end
)";

// kEverything with a class that declares two value slots in place of @PAIR@ (`field`).
std::string everything() {
  static const ClassId pair = [] {
    ClassId c = register_class("text_test_pair", false);
    declare_value_slots(c, 2);
    return c;
  }();
  std::string text = kEverything;
  for (size_t at; (at = text.find("@PAIR@")) != std::string::npos;) text.replace(at, 6, std::to_string(pair));
  return text;
}

TEST(IrText, EveryInstructionRoundTrips) {
  const std::string text = everything();
  for (uint32_t i = 0; i < kOpCount; ++i)
    EXPECT_NE(text.find(std::string("    ") + kOpInfo[i].name + (*kOpInfo[i].operands ? " " : "\n")),
              std::string::npos)
        << "not exercised: " << kOpInfo[i].name;
  expect_round_trip(text, "everything.syir");
}

TEST(IrText, FieldNeedsDeclaredSlots) {
  ClassId c = register_class("text_test_one_slot", false);
  declare_value_slots(c, 1);
  std::string id = std::to_string(c);
  EXPECT_EQ(read_error("func main/1\n    field r0, r0, " + id + ", 1\n    ret r0\nend\n"),
            "t.syir:2:5: field 1 out of range: class " + id + " declares 1 value slot");
}

TEST(IrText, UnpackNeedsDeclaredSlots) {
  ClassId c = register_class("text_test_unpack_slot", false);
  declare_value_slots(c, 1);
  std::string id = std::to_string(c);
  EXPECT_EQ(read_error("func main/1\nL0:\n    unpack r0, " + id + ", L0, r0, r0\n    ret r0\nend\n"),
            "t.syir:3:5: unpack of 2 slots: class " + id + " declares 1 value slot");
}

TEST(IrText, PrinterIsCanonical) {
  auto m = read_ok(
      "func main/1\n"
      "  ; a comment\n"
      "  jlt r0, r0, out   \n"
      "  const r1, 2.50\n"
      "out:\n"
      "\n"
      "  ret r0\n"
      "end\n");
  ASSERT_TRUE(m);
  EXPECT_EQ(print_module(*m),
            "func main/1 regs 2\n"
            "    jlt r0, r0, out\n"
            "    const r1, 2.5\n"
            "out:\n"
            "    ret r0\n"
            "end\n");
}

TEST(IrText, ReaderComputesRegisterCountAndLines) {
  auto m = read_ok("func f/3\n  ret r0\nend\n\nfunc g/0\n  const r7, 1\n\n  ret r7\nend\n");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->find("f")->nregs, 3u);  // parameters count even when unused
  EXPECT_EQ(m->find("g")->nregs, 8u);
  const Function& g = *m->find("g");
  EXPECT_EQ(g.decl_line, 5u);
  EXPECT_EQ(g.line_at(0), 6u);
  EXPECT_EQ(g.line_at(3), 8u);
  EXPECT_EQ(m->source, "t.syir");
}

// -- Errors: file:line:col: message --

TEST(IrText, UnknownInstruction) {
  EXPECT_EQ(read_error("func main/0\n    frob r0\n    ret r0\nend\n"), "t.syir:2:5: unknown instruction 'frob'");
}

TEST(IrText, WrongOperandCount) {
  EXPECT_EQ(read_error("func main/0\n    add r0, r1\n    ret r0\nend\n"),
            "t.syir:2:5: 'add' takes 3 operands (register, register, register), got 2");
  EXPECT_EQ(read_error("func main/0\n    ret r0, r1\nend\n"),
            "t.syir:2:5: 'ret' takes 1 operand (register), got 2");
  EXPECT_EQ(read_error("func main/0\n    call r0\n    ret r0\nend\n"),
            "t.syir:2:5: 'call' takes at least 2 operands (register, function, registers...), got 1");
}

TEST(IrText, WrongOperandKind) {
  EXPECT_EQ(read_error("func main/0\n    add r0, 1, r0\n    ret r0\nend\n"),
            "t.syir:2:13: 'add' expects a register here, found number 1");
  EXPECT_EQ(read_error("func main/0\n    addi r0, r0, r1\n    ret r0\nend\n"),
            "t.syir:2:18: 'addi' expects an integer here, found register r1");
  EXPECT_EQ(read_error("func main/0\n    jmp 3\nend\n"),
            "t.syir:2:9: 'jmp' expects a label here, found number 3");
  EXPECT_EQ(read_error("func main/0\n    const r0, r1\n    ret r0\nend\n"),
            "t.syir:2:15: expected a constant (number, string, :atom, nil, true, false), found register r1");
}

TEST(IrText, RegisterOutOfRange) {
  EXPECT_EQ(read_error("func main/0 regs 2\n    const r0, 1\n    add r2, r0, r0\n    ret r0\nend\n"),
            "t.syir:3:5: register r2 out of range: 'main' has 2 registers");
  EXPECT_EQ(read_error("func main/0 regs 1\n    ncall r0, concat, r0, r1\n    ret r0\nend\n"),
            "t.syir:2:5: register r1 out of range: 'main' has 1 register");
  EXPECT_EQ(read_error("func f/3 regs 2\n    ret r0\nend\n"),
            "t.syir:2:5: function 'f' has more parameters than registers");
}

TEST(IrText, UndefinedLabelAndJumpOutOfRange) {
  EXPECT_EQ(read_error("func main/0\n    jmp nowhere\nend\n"), "t.syir:2:9: undefined label 'nowhere'");
  EXPECT_EQ(read_error("func main/0\nL:\n    ret r0\n    .handler L, L, missing, r0\nend\n"),
            "t.syir:4:5: undefined label 'missing'");
  // A label after the last instruction is not an instruction.
  EXPECT_EQ(read_error("func main/0\n    jmp done\ndone:\nend\n"), "t.syir:2:5: jump target 2 out of range");
  EXPECT_EQ(read_error("func main/0\n    jmp a\na:\na:\n    ret r0\nend\n"), "t.syir:4:1: label 'a' defined twice");
}

TEST(IrText, FallingOffTheEnd) {
  EXPECT_EQ(read_error("func main/0\n    const r0, 1\nend\n"),
            "t.syir:2:5: control falls off the end of 'main' (the last instruction must be ret, jmp, throw or "
            "tailcall)");
  EXPECT_EQ(read_error("func main/0\n    const r0, 1\n    jt r0, x\nx:\n    ret r0\n    nop\nend\n"),
            "t.syir:6:5: control falls off the end of 'main' (the last instruction must be ret, jmp, throw or "
            "tailcall)");
  EXPECT_EQ(read_error("func main/0\nend\n"), "t.syir:1:1: function 'main' has no instructions");
}

TEST(IrText, StaticCallArity) {
  const char* f = "func f/2\n    ret r0\nend\n";
  EXPECT_EQ(read_error(std::string(f) + "func main/0\n    const r0, 1\n    call r0, f, r0\n    ret r0\nend\n"),
            "t.syir:6:5: 'f' takes 2 arguments, 1 given");
  EXPECT_EQ(read_error(std::string(f) + "func main/0\n    tailcall f, r0, r0, r0\nend\n"),
            "t.syir:5:5: 'f' takes 2 arguments, 3 given");
  EXPECT_EQ(read_error("func main/0\n    ncall r0, str\n    ret r0\nend\n"),
            "t.syir:2:5: native 'str' takes 1 argument, 0 given");
}

TEST(IrText, LexicalErrors) {
  EXPECT_EQ(read_error("func main/0\n    const r0, \"abc\n    ret r0\nend\n"), "t.syir:2:15: unterminated string");
  EXPECT_EQ(read_error("func main/0\n    const r0, \"a\\qb\"\n    ret r0\nend\n"),
            "t.syir:2:15: unknown escape '\\q' in string");
  EXPECT_EQ(read_error("func main/0\n    const r0, \"\\x4\"\n    ret r0\nend\n"),
            "t.syir:2:15: bad \\x escape in string (two hex digits expected)");
  EXPECT_EQ(read_error("func main/0\n    const r0, 12abc\n    ret r0\nend\n"), "t.syir:2:15: malformed number '12abc'");
  EXPECT_EQ(read_error("func main/0\n    const r0, 1e\n    ret r0\nend\n"), "t.syir:2:15: malformed number '1e'");
  EXPECT_EQ(read_error("func main/0\n    ret r0 @\nend\n"), "t.syir:2:12: unexpected character '@'");
  EXPECT_EQ(read_error("func main/0\n    ret \x01\nend\n"), "t.syir:2:9: unexpected byte '\\x01'");
}

TEST(IrText, FunctionWithoutEnd) {
  EXPECT_EQ(read_error("func main/0\n    ret r0\n"), "t.syir:1:1: function 'main' is not closed by 'end'");
  EXPECT_EQ(read_error("\n\nfunc f/0\n    ret r0\nend\nfunc main/0\n    ret r0"),
            "t.syir:6:1: function 'main' is not closed by 'end'");
}

TEST(IrText, NameErrors) {
  EXPECT_EQ(read_error("func main/0\n    call r0, nothing\n    ret r0\nend\n"),
            "t.syir:2:14: undefined function 'nothing'");
  EXPECT_EQ(read_error("func main/0\n    gget r0, g\n    ret r0\nend\n"), "t.syir:2:14: undefined global 'g'");
  EXPECT_EQ(read_error("func main/0\n    ncall r0, no_such_native\n    ret r0\nend\n"),
            "t.syir:2:15: unknown native 'no_such_native'");
  EXPECT_EQ(read_error("func main/0\n    ret r0\nend\nfunc main/0\n    ret r0\nend\n"),
            "t.syir:4:1: function 'main' defined twice");
  EXPECT_EQ(read_error("global g\nglobal g\n"), "t.syir:2:9: global 'g' declared twice");
  EXPECT_EQ(read_error("func main/0\n    addi r0, r0, 2147483648\n    ret r0\nend\n"),
            "t.syir:2:18: immediate 2147483648 does not fit in 32 bits");
  EXPECT_EQ(read_error("ret r0\n"), "t.syir:1:1: expected 'func', 'global', 'site' or '.source', found 'ret'");
  EXPECT_EQ(read_error("func main/0\n    ret r0\nend\n", "dir/other.syir"),
            "");
  EXPECT_EQ(read_error("func main/0\n    frob\nend\n", "dir/other.syir"), "dir/other.syir:2:5: unknown instruction 'frob'");
}

TEST(IrText, ReadModuleFile) {
  SourceError err;
  EXPECT_FALSE(read_module_file("/nonexistent/x.syir", &err));
  EXPECT_EQ(err.format(), "/nonexistent/x.syir: cannot open file: No such file or directory");
  auto m = read_module_file(std::string(SY_SOURCE_DIR) + "/examples/fib.syir", &err);
  ASSERT_TRUE(m) << err.format();
  EXPECT_NE(m->find("fib"), nullptr);
}

// The verifier also guards modules built without the reader.
TEST(IrText, VerifierOnHandBuiltCode) {
  Module m;
  Function* f = m.add_function("f", 0, 1);
  m.finish();
  VerifyError e;
  f->code = {static_cast<uint32_t>(Op::Ret)};  // operand missing
  EXPECT_FALSE(verify_function(*f, &e));
  EXPECT_EQ(e.message, "'ret' is truncated");
  f->code = {kOpCount, 0};
  EXPECT_FALSE(verify_function(*f, &e));
  EXPECT_EQ(e.message, "unknown opcode " + std::to_string(kOpCount));
  f->code = {static_cast<uint32_t>(Op::Const), 0, 0, static_cast<uint32_t>(Op::Ret), 0};
  EXPECT_FALSE(verify_function(*f, &e));
  EXPECT_EQ(e.message, "constant #0 out of range");
  f->code = {static_cast<uint32_t>(Op::Jmp), 1, static_cast<uint32_t>(Op::Ret), 0};  // into an operand
  EXPECT_FALSE(verify_function(*f, &e));
  EXPECT_EQ(e.message, "jump target 1 out of range");
  f->code = {static_cast<uint32_t>(Op::Tuple), 0, 5, 0, static_cast<uint32_t>(Op::Ret), 0};
  EXPECT_FALSE(verify_function(*f, &e));
  EXPECT_EQ(e.message, "'tuple' is truncated");
  f->code = {static_cast<uint32_t>(Op::GGet), 0, 0, static_cast<uint32_t>(Op::Ret), 0};
  EXPECT_FALSE(verify_function(*f, &e));
  EXPECT_EQ(e.message, "global #0 out of range");
  f->code = {static_cast<uint32_t>(Op::Nop), static_cast<uint32_t>(Op::Ret), 0};
  f->handlers = {{0, 1, 1, 3}};
  EXPECT_FALSE(verify_function(*f, &e));
  EXPECT_EQ(e.message, "handler register r3 out of range");
  f->handlers = {{0, 2, 1, 0}};
  EXPECT_FALSE(verify_function(*f, &e));
  EXPECT_EQ(e.message, "handler range is not a range of instructions");
  f->handlers = {{0, 1, 1, 0}};
  EXPECT_TRUE(verify_function(*f, &e)) << e.message;
}

// -- Random input --

// Either a clear rejection or a module the verifier accepts and the printer round-trips.
void check_reads_cleanly(const std::string& text) {
  SourceError err;
  auto m = read_module(text, "t.syir", &err);
  if (!m) {
    ASSERT_FALSE(err.message.empty()) << text;
    ASSERT_EQ(err.format().rfind("t.syir:", 0), 0u) << err.format();
    return;
  }
  VerifyError ve;
  ASSERT_TRUE(verify_module(*m, &ve)) << ve.message << "\n" << text;
  std::string p1 = print_module(*m);
  auto m2 = read_module(p1, "t.syir", &err);
  ASSERT_TRUE(m2) << err.format() << "\nprinted from:\n" << text << "\nas:\n" << p1;
  ASSERT_EQ(print_module(*m2), p1) << text;
}

TEST(IrText, RandomBytesNeverCrashTheReader) {
  std::mt19937 rng(4242);
  const std::string alphabet = "func end regs r0 r1 : , / \" \\ \n ; .handler .line global site 0 1 -2 3.5 e x";
  for (int i = 0; i < 2000; ++i) {
    std::string text;
    size_t len = rng() % 200;
    for (size_t j = 0; j < len; ++j) {
      // Half the bytes from anywhere, half from the syntax's own characters.
      text += (rng() & 1) ? static_cast<char>(rng() & 0xFF) : alphabet[rng() % alphabet.size()];
    }
    if (i % 4 == 0) text = "func main/0\n" + text;
    SCOPED_TRACE(i);
    check_reads_cleanly(text);
    if (HasFatalFailure()) return;
  }
}

constexpr const char* kValid = R"(global total
func sum/2 regs 6
    const r2, 0
loop:
    jge r2, r1, done
    aget r3, r0, r2
    add r4, r4, r3
    addi r2, r2, 1
    jmp loop
done:
    gset total, r4
    ret r4
end

func main/0 regs 8
    const r0, 1
    const r1, "two"
    array r2, r0, r0, r0
    alen r3, r2
try:
    call r4, sum, r2, r3
    tuple r5, r4, r1
    map r6
    mset r6, r1, r5
    ncall r7, repr, r6
end_try:
    ret r7
catch:
    throw r0
    .handler try, end_try, catch, r0
end
)";

TEST(IrText, RandomMutationsNeverCrashTheReader) {
  std::mt19937 rng(777);
  const std::string base = kValid;
  const char* const tokens[] = {"r0", "r9", "r99999", ",", ":", "\n", "end\n", "func x/1\n", "jmp loop",
                                "loop:", "\"", "\\", "nil", "-", "1e9", "call r0, main", "tailcall sum, r0",
                                ".handler try, catch, done, r1\n", "regs 0", "regs 2", ";", "2147483648",
                                "ret r0\n", "throw r1\n", ":\"q", "nan", "inf"};
  ASSERT_TRUE(read_ok(base));
  for (int i = 0; i < 2000; ++i) {
    std::string text = base;
    int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
      size_t at = rng() % (text.size() + 1);
      switch (rng() % 6) {
        case 0: if (at < text.size()) text[at] = static_cast<char>(rng() & 0xFF); break;
        case 1: text.insert(at, 1, static_cast<char>(rng() % 95 + 32)); break;
        case 2: text.erase(at, rng() % 12); break;
        case 3: text.insert(at, tokens[rng() % std::size(tokens)]); break;
        case 4: {  // duplicate a line
          size_t b = text.rfind('\n', at == 0 ? 0 : at - 1);
          b = b == std::string::npos ? 0 : b + 1;
          size_t end = text.find('\n', b);
          if (end != std::string::npos) text.insert(b, text.substr(b, end - b + 1));
          break;
        }
        case 5: {  // a digit changes
          size_t d = text.find_first_of("0123456789", at);
          if (d != std::string::npos) text[d] = static_cast<char>('0' + rng() % 10);
          break;
        }
      }
    }
    SCOPED_TRACE(i);
    check_reads_cleanly(text);
    if (HasFatalFailure()) return;
  }
}

// Labels named like reserved words are printed quoted, and read back.
TEST(IrText, ReservedWordLabelsRoundTrip) {
  expect_round_trip("func main/0\n    jmp nil\nnil:\n    ret r0\nend\n", "t.syir");
  expect_round_trip("func main/0\n    jmp inf\ninf:\n    ret r0\n    .handler inf, inf, inf, r0\nend\n", "t.syir");
  auto m = read_ok("func main/0\n    jmp \"a label\"\n\"a label\":\n    ret r0\nend\n");
  ASSERT_TRUE(m);
  EXPECT_EQ(print_module(*m), "func main/0 regs 1\n    jmp \"a label\"\n\"a label\":\n    ret r0\nend\n");
  EXPECT_EQ(read_error("func main/0\n    \"x\" r0\nend\n"), "t.syir:2:5: expected an instruction or a label, found a string");
}

TEST(IrText, ExplicitLineZeroRoundTrips) {
  expect_round_trip("func main/0\n    .line 0\n    const r0, 1\n    .line 3\n    ret r0\nend\n", "t.syir");
  auto m = read_ok("func main/0\n    .line 0\n    ret r0\nend\n");
  ASSERT_TRUE(m);
  EXPECT_EQ(print_module(*m), "func main/0 regs 1\n    .line 0\n    ret r0\nend\n");
}

}  // namespace
}  // namespace sy::ir
