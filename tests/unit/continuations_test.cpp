// The fiber API for front ends, and the collector's view of suspended stacks.
#include <gtest/gtest.h>

#include "continuations/fiber.h"
#include "core/heap.h"
#include "core/ir/text.h"
#include "core/object.h"

namespace sy {
namespace {

std::unique_ptr<Module> read(const char* text) {
  ir::SourceError err;
  auto m = ir::read_module(text, "t.syir", &err);
  EXPECT_TRUE(m) << err.format();
  return m;
}

// counter(start): yields start, start+1, ... and returns :stopped when sent :stop.
const char* const kCounter = R"(
func counter/1 regs 4
loop:
    fyield r1, r0
    const r2, :stop
    jeq r1, r2, stop
    addi r0, r0, 1
    jmp loop
stop:
    const r3, :stopped
    ret r3
end
func make/1 regs 2
    closure r1, start, r0
    ret r1
end
func start/0 regs 1
    cap r0, 0
    tailcall counter, r0
end
func boom/0 regs 2
    const r0, 1
    fyield r1, r0
    const r0, :exploded
    throw r0
end
)";

TEST(Fibers, ResumeYieldAndState) {
  VM vm;
  auto m = read(kCounter);
  Value start[] = {Value::small_int(40)};
  Value fn = vm.call(m->find("make"), start);
  Value f = fibers::create(vm, fn);
  ASSERT_TRUE(fibers::is_fiber(f));
  EXPECT_EQ(fibers::state(f), FiberState::New);
  EXPECT_EQ(fibers::resume(vm, f, Value::nil()).as_int(), 40);
  EXPECT_EQ(fibers::state(f), FiberState::Suspended);
  EXPECT_EQ(fibers::resume(vm, f, Value::nil()).as_int(), 41);
  EXPECT_EQ(fibers::resume(vm, f, make_atom("stop")), make_atom("stopped"));
  EXPECT_EQ(fibers::state(f), FiberState::Done);
  EXPECT_TRUE(fibers::resume(vm, f, Value::nil()).is_empty());
  EXPECT_EQ(vm.exception().as<Error>()->kind, make_atom("continuation_error"));
  vm.clear_exception();
  EXPECT_EQ(vm.depth, 0u);
  EXPECT_EQ(vm.stack().top, vm.stack().lo);
}

TEST(Fibers, ExceptionComesOutWithTheFibersFrames) {
  VM vm;
  auto m = read(kCounter);
  Value f = fibers::create(vm, Value::object(m->find("boom")->self));
  EXPECT_EQ(fibers::resume(vm, f, Value::nil()).as_int(), 1);
  EXPECT_TRUE(fibers::resume(vm, f, Value::nil()).is_empty());
  EXPECT_EQ(vm.exception(), make_atom("exploded"));
  ASSERT_FALSE(vm.trace().empty());
  EXPECT_EQ(vm.trace()[0].fn->name, "boom");
  EXPECT_EQ(fibers::state(f), FiberState::Done);
  vm.clear_exception();
}

TEST(Fibers, ThrowIntoSuspendedFiber) {
  VM vm;
  auto m = read(kCounter);
  Value start[] = {Value::small_int(0)};
  Value f = fibers::create(vm, vm.call(m->find("make"), start));
  fibers::resume(vm, f, Value::nil());
  EXPECT_TRUE(fibers::throw_into(vm, f, make_atom("injected")).is_empty());
  EXPECT_EQ(vm.exception(), make_atom("injected"));
  EXPECT_EQ(vm.trace()[0].fn->name, "counter");
  EXPECT_EQ(fibers::state(f), FiberState::Done);
  vm.clear_exception();
}

TEST(Fibers, CreateRejectsWhatCannotRun) {
  VM vm;
  EXPECT_TRUE(fibers::create(vm, Value::small_int(3)).is_empty());
  EXPECT_EQ(vm.exception().as<Error>()->kind, make_atom("type_error"));
  vm.clear_exception();
}

// A fiber's suspended frames are the only reference to a big map; it must survive
// collections, and be intact when the fiber resumes.
TEST(Fibers, SuspendedFramesAreRoots) {
  VM vm;
  auto m = read(R"(
func keeper/0 regs 6
    map r0
    const r1, 0
    const r2, 20000
fill:
    mul r3, r1, r1
    mset r0, r1, r3
    addi r1, r1, 1
    jlt r1, r2, fill
    const r4, nil
    fyield r4, r4
    const r1, 0
    const r5, 0
sum:
    mget r3, r0, r1
    add r5, r5, r3
    addi r1, r1, 1
    jlt r1, r2, sum
    ret r5
end
)");
  Value f = fibers::create(vm, Value::object(m->find("keeper")->self));
  fibers::resume(vm, f, Value::nil());
  // Churn the heap so that a lost map would be reused and overwritten.
  for (int round = 0; round < 10; ++round) {
    for (int i = 0; i < 20000; ++i) new_tuple(4);
    heap::collect();
  }
  // sum of i^2 for i < 20000
  EXPECT_EQ(fibers::resume(vm, f, Value::nil()).as_int(), 2666466670000);
}

// Dropped fibers (suspended, never finished) are garbage with their stacks.
TEST(Fibers, DroppedFibersAreCollected) {
  VM vm;
  auto m = read(kCounter);
  Value start[] = {Value::small_int(0)};
  Value fn = vm.call(m->find("make"), start);
  heap::collect();
  size_t before = heap::heap_bytes();
  for (int i = 0; i < 300000; ++i) {
    Value f = fibers::create(vm, fn);
    fibers::resume(vm, f, Value::nil());  // suspended, then dropped
  }
  heap::collect();
  // Kept alive, 300k suspended fibers would take over 100 MB.
  EXPECT_LT(heap::heap_bytes(), before + (64u << 20));
}

}  // namespace
}  // namespace sy
