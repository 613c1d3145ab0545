// The interpreter, driven through IR text and VM::call: arithmetic fast and slow paths,
// branches, calls, guaranteed tail calls, stack limits, exceptions and traces, closures,
// and the container and object instructions with the errors they raise.
#include "core/interp/interpreter.h"

#include <gtest/gtest.h>

#include <string>

#include "core/bigint.h"
#include "core/heap.h"
#include "core/ir/module.h"
#include "core/format.h"
#include "core/interp/stack.h"
#include "test_support.h"

namespace sy {
namespace {

class Interp : public ::testing::Test {
 protected:
  VM vm;
  std::unique_ptr<Module> mod;

  // Reads text and runs main: the result's repr, or "!kind" when it raised.
  std::string run(const std::string& text, VM* on = nullptr) {
    VM& v = on ? *on : vm;
    mod = test::read_ok(text);
    if (!mod) return "<read error>";
    Value r = test::run_main(v, *mod);
    if (r.is_empty()) {
      std::string kind = "!" + test::pending_kind(v);
      v.clear_exception();
      return kind;
    }
    EXPECT_FALSE(v.has_exception());
    return repr(r);
  }
  // main computes `op r2, a, b` on two constants.
  std::string binop(const std::string& op, const std::string& a, const std::string& b) {
    return run("func main/0 regs 3\n    const r0, " + a + "\n    const r1, " + b + "\n    " + op +
               " r2, r0, r1\n    ret r2\nend\n");
  }
  std::string unop(const std::string& op, const std::string& a) {
    return run("func main/0 regs 2\n    const r0, " + a + "\n    " + op + " r1, r0\n    ret r1\nend\n");
  }
  // Whether the conditional jump `op a, b` is taken.
  std::string jump(const std::string& op, const std::string& a, const std::string& b) {
    return run("func main/0 regs 3\n    const r0, " + a + "\n    const r1, " + b + "\n    " + op +
               " r0, r1, yes\n    const r2, false\n    ret r2\nyes:\n    const r2, true\n    ret r2\nend\n");
  }
};

// -- Arithmetic and comparisons --

TEST_F(Interp, IntegerArithmetic) {
  EXPECT_EQ(binop("add", "2", "3"), "5");
  EXPECT_EQ(binop("sub", "2", "3"), "-1");
  EXPECT_EQ(binop("mul", "-4", "6"), "-24");
  EXPECT_EQ(binop("add", "140737488355327", "1"), "140737488355328");     // leaves the small range
  EXPECT_EQ(binop("sub", "-140737488355328", "1"), "-140737488355329");
  EXPECT_EQ(binop("mul", "16777216", "16777216"), "281474976710656");
  EXPECT_EQ(binop("mul", "4294967296", "4294967296"), "18446744073709551616");  // overflows int64 too
  EXPECT_EQ(binop("sub", "140737488355328", "1"), "140737488355327");
  EXPECT_EQ(binop("add", "123456789012345678901234567890", "-123456789012345678901234567890"), "0");
  EXPECT_EQ(run("func main/0 regs 1\n    const r0, 140737488355327\n    addi r0, r0, 1\n    ret r0\nend\n"),
            "140737488355328");
  EXPECT_EQ(run("func main/0 regs 1\n    const r0, 5\n    addi r0, r0, -7\n    ret r0\nend\n"), "-2");
  EXPECT_EQ(unop("neg", "-140737488355328"), "140737488355328");
  EXPECT_EQ(unop("neg", "5"), "-5");
}

TEST_F(Interp, DivisionFamilies) {
  const char* pairs[][2] = {{"7", "2"}, {"-7", "2"}, {"7", "-2"}, {"-7", "-2"}};
  const char* floor_q[] = {"3", "-4", "-4", "3"};
  const char* floor_m[] = {"1", "1", "-1", "-1"};
  const char* trunc_q[] = {"3", "-3", "-3", "3"};
  const char* trunc_r[] = {"1", "-1", "1", "-1"};
  for (int i = 0; i < 4; ++i) {
    SCOPED_TRACE(std::string(pairs[i][0]) + ", " + pairs[i][1]);
    EXPECT_EQ(binop("idiv", pairs[i][0], pairs[i][1]), floor_q[i]);
    EXPECT_EQ(binop("mod", pairs[i][0], pairs[i][1]), floor_m[i]);
    EXPECT_EQ(binop("tdiv", pairs[i][0], pairs[i][1]), trunc_q[i]);
    EXPECT_EQ(binop("rem", pairs[i][0], pairs[i][1]), trunc_r[i]);
  }
  EXPECT_EQ(binop("div", "1", "4"), "0.25");
  EXPECT_EQ(binop("div", "6", "3"), "2.0");
  EXPECT_EQ(binop("idiv", "-7.5", "2"), "-4.0");
  EXPECT_EQ(binop("mod", "-0.0", "5.0"), "0.0");
  EXPECT_EQ(binop("idiv", "1", "0"), "!zero_division");
  EXPECT_EQ(binop("mod", "1", "0"), "!zero_division");
  EXPECT_EQ(binop("div", "1.0", "0.0"), "!zero_division");
  EXPECT_EQ(binop("tdiv", "1", "0"), "!zero_division");
  EXPECT_EQ(binop("rem", "100000000000000000000", "0"), "!zero_division");
  EXPECT_EQ(binop("tdiv", "1.0", "1"), "!type_error");
}

TEST_F(Interp, FloatArithmetic) {
  EXPECT_EQ(binop("add", "0.1", "0.2"), "0.30000000000000004");
  EXPECT_EQ(binop("mul", "1e308", "10.0"), "inf");
  EXPECT_EQ(binop("sub", "inf", "inf"), "nan");
  EXPECT_EQ(binop("add", "1", "0.5"), "1.5");
  EXPECT_EQ(binop("mul", "-0.0", "1.0"), "-0.0");
  EXPECT_EQ(unop("neg", "0.0"), "-0.0");
  EXPECT_EQ(binop("add", "1", "\"x\""), "!type_error");
  EXPECT_EQ(binop("mul", "nil", "2"), "!type_error");
  EXPECT_EQ(unop("neg", ":a"), "!type_error");
}

// fadd/fsub/fmul/fdiv unbox and box in the vector registers (float_lanes.h): the bits
// must come out as the scalar arithmetic gives them, signs of zero and subnormals too.
TEST_F(Interp, FloatTypedArithmeticKeepsEveryBit) {
  EXPECT_EQ(binop("fadd", "0.1", "0.2"), "0.30000000000000004");
  EXPECT_EQ(binop("fsub", "0.0", "0.0"), "0.0");
  EXPECT_EQ(binop("fsub", "-0.0", "0.0"), "-0.0");
  EXPECT_EQ(binop("fmul", "-2.5", "4.0"), "-10.0");
  EXPECT_EQ(binop("fmul", "1e-300", "1e-20"), "1e-320");  // a subnormal
  EXPECT_EQ(binop("fdiv", "1.0", "3.0"), "0.3333333333333333");
  EXPECT_EQ(binop("fdiv", "-1e-320", "1e10"), "-0.0");
  EXPECT_EQ(binop("fadd", "1.7976931348623157e308", "0.0"), "1.7976931348623157e+308");
  EXPECT_EQ(binop("fsub", "inf", "1.0"), "!overflow");
  EXPECT_EQ(binop("fmul", "2.0", "nil"), "!type_error");
}

TEST_F(Interp, BitwiseAndShifts) {
  EXPECT_EQ(binop("band", "-6", "255"), "250");
  EXPECT_EQ(binop("bor", "-8", "3"), "-5");
  EXPECT_EQ(binop("bxor", "-1", "140737488355327"), "-140737488355328");
  EXPECT_EQ(binop("band", "-1180591620717411303424", "1180591620717411303423"), "0");
  EXPECT_EQ(unop("bnot", "0"), "-1");
  EXPECT_EQ(unop("bnot", "-140737488355329"), "140737488355328");
  EXPECT_EQ(binop("shl", "1", "100"), "1267650600228229401496703205376");
  EXPECT_EQ(binop("shr", "-5", "1"), "-3");
  EXPECT_EQ(binop("shr", "-1267650600228229401496703205376", "99"), "-2");
  EXPECT_EQ(binop("shl", "1", "-1"), "!value_error");
  EXPECT_EQ(binop("shl", "1", "100000000000"), "!overflow");
  EXPECT_EQ(binop("band", "1.0", "1"), "!type_error");
  EXPECT_EQ(unop("bnot", "1.5"), "!type_error");
}

TEST_F(Interp, Comparisons) {
  EXPECT_EQ(binop("lt", "1", "2"), "true");
  EXPECT_EQ(binop("le", "2", "2"), "true");
  EXPECT_EQ(binop("gt", "1", "2"), "false");
  EXPECT_EQ(binop("ge", "-1", "-1.5"), "true");
  EXPECT_EQ(binop("gt", "9007199254740993", "9007199254740992.0"), "true");  // exact, not via double
  EXPECT_EQ(binop("eq", "9007199254740993", "9007199254740992.0"), "false");
  EXPECT_EQ(binop("eq", "1", "1.0"), "true");
  EXPECT_EQ(binop("ne", "1", "1.0"), "false");
  EXPECT_EQ(binop("eq", "nan", "nan"), "false");
  EXPECT_EQ(binop("lt", "nan", "1"), "false");
  EXPECT_EQ(binop("ge", "nan", "1"), "false");
  EXPECT_EQ(binop("lt", "\"abc\"", "\"abd\""), "true");
  EXPECT_EQ(binop("eq", "\"abc\"", "\"abc\""), "true");
  EXPECT_EQ(binop("eq", ":a", ":a"), "true");
  EXPECT_EQ(binop("eq", ":a", "\"a\""), "false");
  EXPECT_EQ(binop("eq", "nil", "false"), "false");
  EXPECT_EQ(binop("lt", "1", "\"1\""), "!type_error");
  EXPECT_EQ(binop("lt", "nil", "nil"), "!type_error");
  EXPECT_EQ(unop("not", "nil"), "true");
  EXPECT_EQ(unop("not", "false"), "true");
  EXPECT_EQ(unop("not", "0"), "false");
  EXPECT_EQ(unop("not", "\"\""), "false");
}

TEST_F(Interp, ConditionalJumps) {
  EXPECT_EQ(jump("jeq", "3", "3"), "true");
  EXPECT_EQ(jump("jeq", "3", "3.0"), "true");
  EXPECT_EQ(jump("jne", "3", "4"), "true");
  EXPECT_EQ(jump("jne", "\"s\"", "\"s\""), "false");
  EXPECT_EQ(jump("jlt", "3", "4"), "true");
  EXPECT_EQ(jump("jlt", "4", "4"), "false");
  EXPECT_EQ(jump("jle", "4", "4"), "true");
  EXPECT_EQ(jump("jgt", "100000000000000000000", "4"), "true");
  EXPECT_EQ(jump("jge", "0.5", "1"), "false");
  EXPECT_EQ(jump("jlt", "nan", "1"), "false");
  EXPECT_EQ(jump("jge", "nan", "nan"), "false");
  EXPECT_EQ(jump("jlt", ":a", "1"), "!type_error");
  EXPECT_EQ(run("func main/0 regs 2\n    const r0, 0\n    jt r0, yes\n    ret r0\nyes:\n    const r1, 1\n"
                "    ret r1\nend\n"),
            "1");  // 0 is true to the VM
  EXPECT_EQ(run("func main/0 regs 2\n    const r0, nil\n    jf r0, no\n    ret r0\nno:\n    const r1, 2\n"
                "    ret r1\nend\n"),
            "2");
}

TEST_F(Interp, LoopSumsRange) {
  EXPECT_EQ(run(R"(func main/0 regs 3
    const r0, 0
    const r1, 0
    const r2, 100000
loop:
    jgt r1, r2, done
    add r0, r0, r1
    addi r1, r1, 1
    jmp loop
done:
    ret r0
end
)"),
            "5000050000");
}

// -- Calls --

TEST_F(Interp, CallsAndReturns) {
  ir::SourceError err;
  auto m = ir::read_module_file(std::string(SY_SOURCE_DIR) + "/examples/fib.syir", &err);
  ASSERT_TRUE(m) << err.format();
  Value n = Value::small_int(20);
  EXPECT_EQ(vm.call(m->find("fib"), {&n, 1}), Value::small_int(6765));
  EXPECT_EQ(vm.depth, 0u);
  // Arguments arrive in order; the callee's registers start as nil.
  EXPECT_EQ(run(R"(func pair/2 regs 4
    tuple r2, r0, r1, r3
    ret r2
end
func main/0 regs 3
    const r0, 1
    const r1, "b"
    call r2, pair, r1, r0
    ret r2
end
)"),
            "(\"b\", 1, nil)");
  Value args[] = {Value::small_int(1)};
  EXPECT_TRUE(vm.call(m->find("fib"), {}).is_empty());
  EXPECT_EQ(test::pending_kind(vm), "arity_error");
  vm.clear_exception();
  EXPECT_EQ(vm.call(m->find("fib"), args), Value::small_int(1));
}

constexpr const char* kEvenOdd = R"(func even/1 regs 2
    const r1, 0
    jeq r0, r1, yes
    addi r0, r0, -1
    tailcall odd, r0
yes:
    const r1, true
    ret r1
end
func odd/1 regs 2
    const r1, 0
    jeq r0, r1, no
    addi r0, r0, -1
    tailcall even, r0
no:
    const r1, false
    ret r1
end
)";

TEST_F(Interp, MutualTailRecursionRunsInConstantStack) {
  VM small(VMOptions{.max_depth = 10, .stack_slots = 1024});
  auto m = test::read_ok(kEvenOdd);
  ASSERT_TRUE(m);
  Value* top = small.stack().top;
  Value n = Value::small_int(10'000'000);
  EXPECT_EQ(small.call(m->find("even"), {&n, 1}), Value::boolean(true));
  EXPECT_FALSE(small.has_exception()) << display(small.exception());
  EXPECT_EQ(small.stack().top, top);
  EXPECT_EQ(small.depth, 0u);
  n = Value::small_int(10'000'001);
  EXPECT_EQ(small.call(m->find("even"), {&n, 1}), Value::boolean(false));
  EXPECT_EQ(small.stack().top, top);
}

TEST_F(Interp, TailCallsThroughClosuresAndGrowingFrames) {
  // loop(f, n): tail-calls f(n, acc) through a closure; the callee has more registers
  // than the caller and takes its arguments swapped.
  VM small(VMOptions{.max_depth = 10, .stack_slots = 4096});
  EXPECT_EQ(run(R"(func count/2 regs 2
    const r1, 0
    closure r1, step, r1
    tailcallv r1, r0, r0
end
func step/2 regs 9
    const r2, 0
    jeq r0, r2, done
    addi r0, r0, -1
    cap r3, 0
    addi r3, r3, 1
    closure r4, step, r3
    addi r5, r1, 1
    tailcallv r4, r0, r5
done:
    tuple r6, r1, r0
    ret r6
end
func main/0 regs 3
    const r0, 1000000
    call r1, count, r0, r0
    ret r1
end
)", &small),
            "(2000000, 0)");
  EXPECT_EQ(run(R"(func swap/2 regs 3
    tuple r2, r0, r1
    ret r2
end
func main/0 regs 2
    const r0, :first
    const r1, :second
    tailcall swap, r1, r0
end
)"),
            "(:second, :first)");
}

TEST_F(Interp, DeepRecursionRaisesStackOverflow) {
  VM limited(VMOptions{.max_depth = 1000});
  auto m = test::read_ok(R"(func down/1 regs 2
    const r1, 0
    jeq r0, r1, bottom
    addi r0, r0, -1
    call r1, down, r0
    addi r1, r1, 1
bottom:
    ret r1
end
)");
  ASSERT_TRUE(m);
  Value* top = limited.stack().top;
  Value n = Value::small_int(500);
  EXPECT_EQ(limited.call(m->find("down"), {&n, 1}), Value::small_int(500));
  n = Value::small_int(1'000'000);
  EXPECT_TRUE(limited.call(m->find("down"), {&n, 1}).is_empty());
  EXPECT_EQ(test::pending_kind(limited), "stack_overflow");
  ASSERT_EQ(limited.trace().size(), 1000u);  // one entry per frame unwound
  for (const TraceEntry& t : limited.trace()) {
    ASSERT_EQ(t.fn->name, "down");
    ASSERT_EQ(t.line, 5u);  // the call
  }
  EXPECT_EQ(limited.stack().top, top);
  EXPECT_EQ(limited.depth, 0u);
  limited.clear_exception();
  n = Value::small_int(999);
  EXPECT_EQ(limited.call(m->find("down"), {&n, 1}), Value::small_int(999));  // still usable

  // Running out of VM stack space is the same error, not a crash.
  VM tiny(VMOptions{.max_depth = 1'000'000'000, .stack_slots = 4096});
  n = Value::small_int(1'000'000);
  EXPECT_TRUE(tiny.call(m->find("down"), {&n, 1}).is_empty());
  EXPECT_EQ(test::pending_kind(tiny), "stack_overflow");
  EXPECT_GT(tiny.trace().size(), 100u);
  EXPECT_EQ(tiny.depth, 0u);
}

// -- Exceptions --

TEST_F(Interp, HandlerInTheSameFunction) {
  EXPECT_EQ(run(R"(func main/0 regs 3
try:
    const r0, 1
    const r1, 0
    idiv r2, r0, r1
    ret r2
end_try:
    ncall r1, error_kind, r0
    tuple r2, r1, r0
    ret r2
    .handler try, end_try, end_try, r0
end
)"),
            "(:zero_division, zero_division: division by zero)");
  EXPECT_FALSE(vm.has_exception());
}

TEST_F(Interp, HandlerInACaller) {
  EXPECT_EQ(run(R"(func thrower/1 regs 2
    const r1, :boom
    tuple r1, r1, r0
    throw r1
end
func middle/1 regs 2
    call r1, thrower, r0
    ret r1
end
func main/0 regs 3
    const r0, 42
try:
    call r1, middle, r0
    ret r1
caught:
    const r2, :caught
    tuple r2, r2, r1
    ret r2
    .handler try, caught, caught, r1
end
)"),
            "(:caught, (:boom, 42))");
  EXPECT_EQ(vm.depth, 0u);
  EXPECT_TRUE(vm.trace().empty());
}

TEST_F(Interp, InnerHandlersComeFirst) {
  EXPECT_EQ(run(R"(func main/0 regs 3
outer:
inner:
    const r0, :x
    throw r0
inner_end:
    const r1, :inner
    ret r1
outer_end:
    const r1, :outer
    ret r1
    .handler inner, inner_end, inner_end, r2
    .handler outer, outer_end, outer_end, r2
end
)"),
            ":inner");
}

TEST_F(Interp, UncaughtExceptionHasATrace) {
  auto m = test::read_ok(R"(func c/0 regs 2
    const r0, 1
    const r1, :nope
    mget r0, r0, r1
    ret r0
end
func b/0 regs 1
    nop
    call r0, c
    ret r0
end
func main/0 regs 1
    call r0, b
    ret r0
end
)", "trace.syir");
  ASSERT_TRUE(m);
  Value r = test::run_main(vm, *m);
  EXPECT_TRUE(r.is_empty());
  EXPECT_EQ(test::pending_kind(vm), "type_error");
  EXPECT_EQ(display(vm.exception()), "type_error: mget expects a map, got int");
  ASSERT_EQ(vm.trace().size(), 3u);
  EXPECT_EQ(vm.trace()[0].fn->name, "c");
  EXPECT_EQ(vm.trace()[0].line, 4u);
  EXPECT_EQ(vm.trace()[1].fn->name, "b");
  EXPECT_EQ(vm.trace()[1].line, 9u);
  EXPECT_EQ(vm.trace()[2].fn->name, "main");
  EXPECT_EQ(vm.trace()[2].line, 13u);
  EXPECT_EQ(vm.depth, 0u);
  // A thrown non-error value is the exception as is.
  auto t = test::read_ok("func main/0 regs 1\n    const r0, :just_an_atom\n    throw r0\nend\n");
  ASSERT_TRUE(t);
  EXPECT_TRUE(test::run_main(vm, *t).is_empty());
  EXPECT_EQ(vm.exception(), make_atom("just_an_atom"));
  ASSERT_EQ(vm.trace().size(), 1u);
  EXPECT_EQ(vm.trace()[0].line, 3u);
  vm.clear_exception();
  EXPECT_FALSE(vm.has_exception());
  EXPECT_TRUE(vm.trace().empty());
}

TEST_F(Interp, PrintUncaughtShowsTheTrace) {
  auto m = test::read_ok("func main/0 regs 1\n    const r0, :oops\n    throw r0\nend\n", "p.syir");
  ASSERT_TRUE(m);
  EXPECT_TRUE(test::run_main(vm, *m).is_empty());
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  vm.print_uncaught(f);
  std::rewind(f);
  char buf[256] = {};
  size_t n = std::fread(buf, 1, sizeof buf - 1, f);
  std::fclose(f);
  EXPECT_EQ(std::string(buf, n), "uncaught exception: oops\n  at main (p.syir:3)\n");
  vm.clear_exception();
}

// -- Closures and functions as values --

TEST_F(Interp, ClosuresCaptureValues) {
  EXPECT_EQ(run(R"(func adder/1 regs 2
    closure r1, add_cap, r0
    ret r1
end
func add_cap/1 regs 2
    cap r1, 0
    add r0, r0, r1
    ret r0
end
func main/0 regs 5
    const r0, 10
    call r1, adder, r0
    const r0, 100
    call r2, adder, r0
    const r3, 5
    callv r3, r1, r3
    callv r4, r2, r3
    ret r4
end
)"),
            "115");
  // A closure is a value: VM::call_value runs it.
  ASSERT_TRUE(mod);
  Value ten = Value::small_int(10), one = Value::small_int(1);
  Value adder = vm.call(mod->find("adder"), {&ten, 1});
  ASSERT_TRUE(is_instance(adder, cls::Closure));
  EXPECT_EQ(adder.as<Closure>()->h.aux, 1u);
  EXPECT_EQ(vm.call_value(adder, {&one, 1}), Value::small_int(11));
  EXPECT_EQ(display(adder), "<function add_cap>");
  // The function value of add_cap has no captures.
  EXPECT_TRUE(vm.call(mod->find("add_cap"), {&one, 1}).is_empty());
  EXPECT_EQ(test::pending_kind(vm), "index_error");
  vm.clear_exception();
  EXPECT_TRUE(vm.call_value(Value::small_int(3), {}).is_empty());
  EXPECT_EQ(test::pending_kind(vm), "type_error");
  vm.clear_exception();
}

TEST_F(Interp, CallValueErrors) {
  EXPECT_EQ(run("func main/0 regs 2\n    const r0, 1\n    callv r1, r0\n    ret r1\nend\n"), "!type_error");
  EXPECT_EQ(run("func f/1\n    ret r0\nend\nfunc main/0 regs 2\n    func r0, f\n    callv r1, r0\n    ret r1\nend\n"),
            "!arity_error");
  EXPECT_EQ(run("func f/1\n    ret r0\nend\nfunc main/0 regs 2\n    func r0, f\n    tailcallv r0\nend\n"),
            "!arity_error");
  EXPECT_EQ(run("func main/0 regs 2\n    const r0, nil\n    tailcallv r0\nend\n"), "!type_error");
  EXPECT_EQ(run("func f/1\n    ret r0\nend\nfunc main/0 regs 2\n    func r0, f\n    const r1, 9\n"
                "    callv r1, r0, r1\n    ret r1\nend\n"),
            "9");
}

// -- Globals and natives --

TEST_F(Interp, GlobalsAndNatives) {
  EXPECT_EQ(run(R"(global g
func main/0 regs 6
    gget r0, g
    const r1, 7
    gset g, r1
    gget r2, g
    ncall r3, concat, r0, r2, r1
    ncall r4, strlen, r3
    const r5, "a\nb"
    ncall r5, repr, r5
    tuple r0, r0, r2, r3, r4, r5
    ret r0
end
)"),
            "(nil, 7, \"nil77\", 5, \"\\\"a\\\\nb\\\"\")");
  EXPECT_EQ(mod->globals[0], Value::small_int(7));
  EXPECT_EQ(run("func main/0 regs 1\n    const r0, 1\n    ncall r0, strlen, r0\n    ret r0\nend\n"), "!type_error");
  EXPECT_EQ(run("func main/0 regs 3\n    const r0, :my_kind\n    const r1, \"msg\"\n    ncall r2, error, r0, r1\n"
                "    ncall r0, error_kind, r2\n    tuple r0, r0, r2\n    ret r0\nend\n"),
            "(:my_kind, my_kind: msg)");
}

TEST_F(Interp, PrintWritesDisplayForm) {
  testing::internal::CaptureStdout();
  std::string r = run(R"(func main/0 regs 3
    const r0, "text"
    print r0
    const r1, :atom
    tuple r2, r0, r1
    print r2
    ncall r2, write, r0, r1
    ret r1
end
)");
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "text\n(\"text\", :atom)\ntextatom");
  EXPECT_EQ(r, ":atom");
}

// A native that calls back into the VM runs its frames above the caller's.
Value native_apply(VM& vm, const Value* a, uint32_t) { return vm.call_value(a[0], {a + 1, 1}); }

TEST_F(Interp, NativeReentersTheVM) {
  register_native("test_apply", native_apply, 2);
  EXPECT_EQ(run(R"(func twice/1 regs 1
    add r0, r0, r0
    ret r0
end
func fail/1 regs 1
    throw r0
end
func main/0 regs 4
    func r0, twice
    const r1, 21
    ncall r2, test_apply, r0, r1
    func r0, fail
try:
    ncall r3, test_apply, r0, r1
    ret r3
caught:
    tuple r0, r2, r3
    ret r0
    .handler try, caught, caught, r3
end
)"),
            "(42, 21)");
  EXPECT_EQ(vm.depth, 0u);
}

// -- Tuples, arrays, maps, objects --

TEST_F(Interp, Tuples) {
  EXPECT_EQ(run("func main/0 regs 4\n    const r0, 1\n    const r1, :b\n    tuple r2, r0, r1\n    tget r3, r2, 1\n"
                "    tlen r0, r2\n    tuple r0, r0, r3, r2\n    ret r0\nend\n"),
            "(2, :b, (1, :b))");
  EXPECT_EQ(run("func main/0 regs 2\n    tuple r0\n    tget r1, r0, 0\n    ret r1\nend\n"), "!index_error");
  EXPECT_EQ(run("func main/0 regs 2\n    tuple r0, r0\n    tget r1, r0, -1\n    ret r1\nend\n"), "!index_error");
  EXPECT_EQ(run("func main/0 regs 2\n    array r0\n    tget r1, r0, 0\n    ret r1\nend\n"), "!type_error");
  EXPECT_EQ(run("func main/0 regs 2\n    const r0, 1\n    tlen r1, r0\n    ret r1\nend\n"), "!type_error");
  EXPECT_EQ(binop("eq", "1", "1"), "true");
  EXPECT_EQ(run("func main/0 regs 5\n    const r0, 1\n    const r1, 1.0\n    tuple r2, r0, r0\n    tuple r3, r1, r0\n"
                "    eq r4, r2, r3\n    ret r4\nend\n"),
            "true");
}

TEST_F(Interp, Arrays) {
  EXPECT_EQ(run(R"(func main/0 regs 5
    const r0, 1
    const r1, 2
    array r2, r0, r1
    const r3, "three"
    apush r2, r3
    const r4, 0
    aset r2, r4, r3
    alen r4, r2
    apush r2, r4
    ret r2
end
)"),
            "[\"three\", 2, \"three\", 3]");
  EXPECT_EQ(run(R"(func main/0 regs 4
    array r0
    const r1, 0
    const r2, 1000
loop:
    jge r1, r2, done
    apush r0, r1
    addi r1, r1, 1
    jmp loop
done:
    const r1, 999
    aget r3, r0, r1
    alen r2, r0
    tuple r3, r3, r2
    ret r3
end
)"),
            "(999, 1000)");
  const std::string prelude = "func main/0 regs 4\n    const r0, 1\n    array r1, r0, r0\n";
  EXPECT_EQ(run(prelude + "    const r2, 2\n    aget r3, r1, r2\n    ret r3\nend\n"), "!index_error");
  EXPECT_EQ(run(prelude + "    const r2, -1\n    aget r3, r1, r2\n    ret r3\nend\n"), "!index_error");
  EXPECT_EQ(run(prelude + "    const r2, 2\n    aset r1, r2, r2\n    ret r1\nend\n"), "!index_error");
  EXPECT_EQ(run(prelude + "    const r2, 0.0\n    aget r3, r1, r2\n    ret r3\nend\n"), "!type_error");
  EXPECT_EQ(run(prelude + "    const r2, 0\n    aget r3, r0, r2\n    ret r3\nend\n"), "!type_error");
  EXPECT_EQ(run(prelude + "    apush r0, r0\n    ret r0\nend\n"), "!type_error");
  EXPECT_EQ(run(prelude + "    alen r0, r0\n    ret r0\nend\n"), "!type_error");
}

TEST_F(Interp, Maps) {
  // 1 and 1.0 are different keys; strings and tuples are keys by content.
  EXPECT_EQ(run(R"(func main/0 regs 9
    map r0
    const r1, 1
    const r2, 1.0
    const r3, "one"
    mset r0, r1, r3
    mset r0, r2, r1
    tuple r4, r3, r1
    mset r0, r4, r2
    mset r0, r3, r3
    const r5, "on"
    const r6, "e"
    ncall r5, concat, r5, r6
    mget r6, r0, r5
    tuple r7, r3, r1
    mget r7, r0, r7
    mhas r5, r0, r5
    mhas r8, r0, r1
    mdel r0, r2
    mlen r4, r0
    tuple r4, r4, r5, r6, r7, r8, r0
    ret r4
end
)"),
            "(3, true, \"one\", 1.0, true, {1: \"one\", (\"one\", 1): 1.0, \"one\": \"one\"})");
  const std::string prelude = "func main/0 regs 4\n    map r0\n    const r1, :k\n    const r2, 1\n    mset r0, r1, r2\n";
  EXPECT_EQ(run(prelude + "    mget r3, r0, r2\n    ret r3\nend\n"), "!key_error");
  EXPECT_EQ(run(prelude + "    mdel r0, r2\n    ret r0\nend\n"), "!key_error");
  EXPECT_EQ(run(prelude + "    mget r3, r1, r2\n    ret r3\nend\n"), "!type_error");
  EXPECT_EQ(run(prelude + "    mset r1, r2, r2\n    ret r1\nend\n"), "!type_error");
  EXPECT_EQ(run(prelude + "    mhas r3, r2, r2\n    ret r3\nend\n"), "!type_error");
  EXPECT_EQ(run(prelude + "    mlen r3, r1\n    ret r3\nend\n"), "!type_error");
  EXPECT_EQ(run(prelude + "    mdel r0, r1\n    mlen r3, r0\n    mhas r1, r0, r1\n    tuple r0, r3, r1\n"
                          "    ret r0\nend\n"),
            "(0, false)");
  // The key_error carries the missing key.
  auto m = test::read_ok(prelude + "    mget r3, r0, r2\n    ret r3\nend\n");
  ASSERT_TRUE(m);
  EXPECT_TRUE(test::run_main(vm, *m).is_empty());
  ASSERT_TRUE(is_instance(vm.exception(), cls::Error));
  EXPECT_EQ(vm.exception().as<Error>()->payload, Value::small_int(1));
  EXPECT_EQ(display(vm.exception()), "key_error: key not found: 1");
  vm.clear_exception();
}

TEST_F(Interp, ObjectsAndClasses) {
  EXPECT_EQ(run(R"(func make/2 regs 3
    newobj r2
    setf r2, :x, r0
    setf r2, :y, r1
    ret r2
end
func main/0 regs 6
    const r0, 1
    const r1, 2
    call r2, make, r0, r1
    call r3, make, r1, r0
    setf r3, :x, r3
    getf r4, r2, :y
    getf r5, r3, :x
    getf r5, r5, :y
    tuple r4, r4, r5
    ret r4
end
)"),
            "(2, 1)");
  EXPECT_EQ(run("func main/0 regs 2\n    newobj r0\n    getf r1, r0, :missing\n    ret r1\nend\n"), "!attribute_error");
  EXPECT_EQ(run("func main/0 regs 2\n    const r0, 1\n    getf r1, r0, :x\n    ret r1\nend\n"), "!type_error");
  EXPECT_EQ(run("func main/0 regs 2\n    tuple r0\n    setf r0, :x, r0\n    ret r0\nend\n"), "!type_error");
  EXPECT_EQ(run("func main/0 regs 2\n    const r0, :k\n    const r1, \"m\"\n    ncall r0, error, r0, r1\n"
                "    getf r1, r0, :kind\n    ret r1\nend\n"),
            "!type_error");
  EXPECT_EQ(run(R"(func main/0 regs 9
    const r0, 1
    classof r1, r0
    const r0, 1.5
    classof r2, r0
    const r0, 100000000000000000000
    classof r3, r0
    const r0, "s"
    classof r4, r0
    tuple r0
    classof r5, r0
    map r0
    classof r6, r0
    newobj r0
    classof r7, r0
    const r0, nil
    classof r8, r0
    tuple r0, r1, r2, r3, r4, r5, r6, r7, r8
    ret r0
end
)"),
            "(" + std::to_string(cls::Int) + ", " + std::to_string(cls::Float) + ", " + std::to_string(cls::BigInt) +
                ", " + std::to_string(cls::String) + ", " + std::to_string(cls::Tuple) + ", " +
                std::to_string(cls::Map) + ", " + std::to_string(cls::Object) + ", " + std::to_string(cls::Nil) + ")");
}


// -- Identity and class branches, fields of registered classes, the budget --

TEST_F(Interp, IdentityBranchesCompareWords) {
  EXPECT_EQ(jump("jis", ":a", ":a"), "true");
  EXPECT_EQ(jump("jis", "1", "1.0"), "false");  // jeq would take it: equal numbers
  EXPECT_EQ(jump("jisnt", "1", "1.0"), "true");
  EXPECT_EQ(jump("jis", "nil", "nil"), "true");
  EXPECT_EQ(jump("jisnt", "2", "2"), "false");
  auto jk = [&](const std::string& op, const std::string& v, const std::string& k) {
    return run("func main/0 regs 2\n    const r0, " + v + "\n    " + op + " r0, " + k +
               ", yes\n    const r1, false\n    ret r1\nyes:\n    const r1, true\n    ret r1\nend\n");
  };
  EXPECT_EQ(jk("jisk", ":a", ":a"), "true");
  EXPECT_EQ(jk("jisk", "1.0", "1"), "false");
  EXPECT_EQ(jk("jisntk", "1.0", "1"), "true");
  EXPECT_EQ(jk("jisntk", "nil", "nil"), "false");
}

TEST_F(Interp, FloatTypedArithmetic) {
  EXPECT_EQ(binop("fadd", "1.5", "2.25"), "3.75");
  EXPECT_EQ(binop("fsub", "1.5", "2.25"), "-0.75");
  EXPECT_EQ(binop("fmul", "1.5", "2.0"), "3.0");
  EXPECT_EQ(binop("fdiv", "1.0", "4.0"), "0.25");
  EXPECT_EQ(binop("fadd", "1", "2.0"), "!type_error");  // ints are not floats here
  EXPECT_EQ(binop("fmul", "1e300", "1e300"), "!overflow");
  EXPECT_EQ(binop("fdiv", "1.0", "0.0"), "!overflow");
  EXPECT_EQ(binop("fsub", "inf", "inf"), "!overflow");
}

TEST_F(Interp, MovsCopiesInOrder) {
  EXPECT_EQ(run("func main/0 regs 4\n    const r0, 1\n    const r1, 2\n    movs r2, r0, r0, r1, r1, r2, r3, r0\n"
                "    tuple r0, r0, r1, r2, r3\n    ret r0\nend\n"),
            "(2, 1, 1, 2)");
  EXPECT_NE(test::read_error("func main/0 regs 2\n    movs r0, r1, r0\n    ret r0\nend\n"), "");
}

TEST_F(Interp, NonFiniteBranch) {
  auto nf = [&](const std::string& v) {
    return run("func main/0 regs 2\n    const r0, " + v +
               "\n    jnfin r0, yes\n    const r1, false\n    ret r1\nyes:\n    const r1, true\n    ret r1\nend\n");
  };
  EXPECT_EQ(nf("inf"), "true");
  EXPECT_EQ(nf("-inf"), "true");
  EXPECT_EQ(nf("nan"), "true");
  EXPECT_EQ(nf("1.5"), "false");
  EXPECT_EQ(nf("7"), "false");
  EXPECT_EQ(nf(":inf"), "false");
}

TEST_F(Interp, ClassBranches) {
  auto cls_jump = [&](const std::string& op, const std::string& v, ClassId c) {
    return run("func main/0 regs 2\n    const r0, " + v + "\n    " + op + " r0, " + std::to_string(c) +
               ", yes\n    const r1, false\n    ret r1\nyes:\n    const r1, true\n    ret r1\nend\n");
  };
  EXPECT_EQ(cls_jump("jcls", "1", cls::Int), "true");
  EXPECT_EQ(cls_jump("jcls", "1.5", cls::Int), "false");
  EXPECT_EQ(cls_jump("jcls", "100000000000000000000", cls::BigInt), "true");
  EXPECT_EQ(cls_jump("jncls", ":x", cls::Atom), "false");
  EXPECT_EQ(cls_jump("jncls", "nil", cls::Atom), "true");
}

TEST_F(Interp, FieldLoadsDeclaredSlotsAndChecksTheClass) {
  static const ClassId pair = [] {
    ClassId c = register_class("interp_test_pair", false);
    declare_value_slots(c, 2);
    return c;
  }();
  auto make = [](VM&, const Value* a, uint32_t) {
    auto* p = static_cast<Value*>(heap::alloc(sizeof(ObjHeader) + 2 * sizeof(Value)));
    reinterpret_cast<ObjHeader*>(p)->cls = pair;
    p[1] = a[0];
    p[2] = a[1];
    return Value::object(p);
  };
  register_native("test.make_pair", make, 2);
  const std::string c = std::to_string(pair);
  EXPECT_EQ(run("func main/0 regs 4\n    const r0, 7\n    const r1, :b\n    ncall r2, \"test.make_pair\", r0, r1\n"
                "    field r3, r2, " + c + ", 1\n    field r0, r2, " + c + ", 0\n    tuple r3, r0, r3\n    ret r3\nend\n"),
            "(7, :b)");
  EXPECT_EQ(run("func main/0 regs 2\n    tuple r0\n    field r1, r0, " + c + ", 0\n    ret r1\nend\n"), "!type_error");
  EXPECT_EQ(run("func main/0 regs 3\n    const r0, 1\n    const r1, 2\n    alloc r2, " + c + ", r1, r0\n"
                "    field r0, r2, " + c + ", 0\n    field r1, r2, " + c + ", 1\n    tuple r0, r0, r1\n    ret r0\nend\n"),
            "(2, 1)");
  EXPECT_NE(test::read_error("func main/0 regs 2\n    alloc r1, " + c + ", r0\n    ret r1\nend\n"), "");
  // unpack: both slots (the object's register among the destinations), or the branch.
  auto unpack = [&](const std::string& obj) {
    return run("func main/0 regs 3\n    const r0, 1\n    const r1, 2\n    alloc r2, " + c + ", r0, r1\n" + obj +
               "    unpack r2, " + c + ", other, r1, r2\n    tuple r0, r1, r2\n    ret r0\nother:\n    ret r2\nend\n");
  };
  EXPECT_EQ(unpack(""), "(1, 2)");
  EXPECT_EQ(unpack("    tuple r2, r0\n"), "(1,)");
  EXPECT_EQ(unpack("    const r2, 5\n"), "5");
}

TEST_F(Interp, TickBranchesOnceTheBudgetIsSpent) {
  // Counts loop iterations until the budget runs out.
  const char* text = R"(func main/0 regs 2
    const r0, 0
loop:
    tick 1, out
    addi r0, r0, 1
    jmp loop
out:
    ret r0
end
)";
  vm.budget = 5;
  EXPECT_EQ(run(text), "5");
  EXPECT_LT(vm.budget, 0);
  vm.budget = INT64_MAX;
}

TEST_F(Interp, TickJmpJumpsUntilTheBudgetIsSpent) {
  // The same loop with its back edge fused: the body runs once more than the back edge.
  const char* text = R"(func main/0 regs 2
    const r0, 0
loop:
    addi r0, r0, 1
    tickjmp 2, loop, out
out:
    ret r0
end
)";
  vm.budget = 7;  // 7 - 2 - 2 - 2 = 1, then -1: four back edges, the last one out
  EXPECT_EQ(run(text), "4");
  EXPECT_EQ(vm.budget, -1);
  vm.budget = INT64_MAX;
}

TEST_F(Interp, NativesSeeTheFramesThatCalledThem) {
  // The native reports the functions and lines of its callers, innermost first.
  static std::string seen;
  auto where = [](VM& v, const Value*, uint32_t) {
    seen.clear();
    v.walk_native_callers([](void*, const Function* fn, uint32_t pc) {
      seen += fn->name + ":" + std::to_string(fn->line_at(pc)) + " ";
      return true;
    }, nullptr);
    return Value::nil();
  };
  register_native("test.where", where, 0);
  EXPECT_EQ(run("func inner/0 regs 1\n    ncall r0, \"test.where\"\n    ret r0\nend\n"
                "func main/0 regs 1\n    call r0, inner\n    ret r0\nend\n"),
            "nil");
  EXPECT_EQ(seen, "inner:2 main:6 ");
}

TEST_F(Interp, CaughtTraceHoldsTheUnwoundFrames) {
  EXPECT_EQ(run(R"(func thrower/0 regs 1
    const r0, :boom
    throw r0
end
func middle/0 regs 1
    call r0, thrower
    ret r0
end
func main/0 regs 1
start:
    call r0, middle
end_:
    ret r0
handler:
    ret r0
    .handler start, end_, handler, r0
end
)"),
            ":boom");
  ASSERT_EQ(vm.caught_trace().size(), 3u);
  EXPECT_EQ(vm.caught_trace()[0].fn->name, "thrower");
  EXPECT_EQ(vm.caught_trace()[1].fn->name, "middle");
  EXPECT_EQ(vm.caught_trace()[2].fn->name, "main");
  EXPECT_EQ(vm.caught_trace()[2].line, 11u);  // the call that threw, not the handler
}


TEST_F(Interp, TruncatingDivisionAndShiftsOnSmallInts) {
  EXPECT_EQ(binop("tdiv", "-7", "2"), "-3");
  EXPECT_EQ(binop("rem", "-7", "2"), "-1");
  EXPECT_EQ(binop("rem", "7", "-2"), "1");
  EXPECT_EQ(binop("tdiv", "-140737488355328", "-1"), "140737488355328");  // leaves the small range
  EXPECT_EQ(binop("tdiv", "1", "0"), "!zero_division");
  EXPECT_EQ(binop("rem", "1", "0"), "!zero_division");
  EXPECT_EQ(binop("shl", "1", "46"), "70368744177664");
  EXPECT_EQ(binop("shl", "1", "47"), "140737488355328");  // a bignum
  EXPECT_EQ(binop("shl", "-3", "2"), "-12");
  EXPECT_EQ(binop("shl", "5", "100"), "6338253001141147007483516026880");
  EXPECT_EQ(binop("shr", "-7", "1"), "-4");  // floor
  EXPECT_EQ(binop("shr", "-7", "100"), "-1");
  EXPECT_EQ(binop("shr", "7", "63"), "0");
  EXPECT_EQ(binop("shl", "1", "-1"), "!value_error");
}

TEST_F(Interp, TailCallWithArgumentsInPlaceAndPermuted) {
  // count(n, acc) loops with its arguments in place; swap/3 permutes them.
  EXPECT_EQ(run(R"(func count/2 regs 3
    const r2, 0
    jeq r0, r2, done
    addi r0, r0, -1
    addi r1, r1, 2
    tailcall count, r0, r1
done:
    ret r1
end
func swap/3 regs 4
    const r3, 0
    jeq r0, r3, out
    addi r0, r0, -1
    tailcall swap, r0, r2, r1
out:
    tuple r1, r1, r2
    ret r1
end
func main/0 regs 3
    const r0, 1000
    const r1, 0
    call r0, count, r0, r1
    const r1, 3
    const r2, :a
    call r1, swap, r1, r0, r2
    tuple r0, r0, r1
    ret r0
end
)"),
            "(2000, (:a, 2000))");
}

}  // namespace
}  // namespace sy
