// The GC contract (core/heap.h): forced collections lose nothing reachable from the VM
// stacks, module globals, root memory, root providers or other heap objects, and
// unreferenced memory is reclaimed.
#include "core/heap.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/arith.h"
#include "core/bigint.h"
#include "core/format.h"
#include "test_support.h"

namespace sy {
namespace {

// prefix followed by the digits of i.
std::string numbered(const char* prefix, int i) {
  std::string s = prefix;
  s += std::to_string(i);
  return s;
}

// Allocates and drops objects of several sizes, so that memory a collection wrongly
// freed is reused and overwritten.
void churn() {
  for (int i = 0; i < 2000; ++i) {
    Array* a = new_array(8);
    for (int j = 0; j < 8; ++j) a->items[j] = Value::small_int(-1);
    a->length = 8;
    make_string(numbered("garbage garbage garbage ", i));
    new_tuple(3);
  }
}

// key<i> -> (i, i * 10^20, "v<i>")
std::string key_text(int i) { return numbered("key", i); }

[[gnu::noinline]] Map* build_map(VM& vm, int n) {
  Map* m = new_map();
  Value scale = parse_int("100000000000000000000");
  for (int i = 0; i < n; ++i) {
    Tuple* t = new_tuple(3);
    t->items[0] = Value::small_int(i);
    t->items[1] = arith::mul(vm, Value::small_int(i), scale);
    t->items[2] = make_string(numbered("v", i));
    map_set(m, make_string(key_text(i)), Value::object(t));
  }
  return m;
}

void check_map(VM& vm, const Map* m, int n) {
  ASSERT_EQ(m->count, static_cast<uint64_t>(n));
  Value scale = parse_int("100000000000000000000");
  for (int i = 0; i < n; ++i) {
    Value t = map_get(m, make_string(key_text(i)));
    ASSERT_TRUE(is_instance(t, cls::Tuple)) << i;
    const Tuple* tp = t.as<Tuple>();
    ASSERT_EQ(tp->size(), 3u);
    ASSERT_EQ(tp->items[0], Value::small_int(i));
    ASSERT_EQ(bigint_cmp(tp->items[1], arith::mul(vm, Value::small_int(i), scale)), 0) << i;
    ASSERT_EQ(display(tp->items[2]), numbered("v", i));
  }
}

TEST(Heap, MapSurvivesRepeatedCollections) {
  VM vm;
  // The map is reachable only through root memory: a RootedVector slot.
  heap::RootedVector<Value> roots;
  roots.push_back(Value::object(build_map(vm, 10000)));
  size_t before = heap::collections();
  for (int i = 0; i < 20; ++i) {
    churn();
    heap::collect();
  }
  EXPECT_GE(heap::collections(), before + 20);
  check_map(vm, roots[0].as<Map>(), 10000);
}

[[gnu::noinline]] void fill_rooted(heap::RootedVector<Value>& v, int n) {
  for (int i = 0; i < n; ++i) {
    Array* a = new_array(0);
    for (int j = 0; j <= i % 7; ++j) array_push(a, make_string(std::to_string(i * 10 + j)));
    v.push_back(Value::object(a));
  }
}

TEST(Heap, RootedVectorKeepsItsValues) {
  heap::init();
  // The vector object itself lives in malloc'd memory; its element storage is root memory.
  auto roots = std::make_unique<heap::RootedVector<Value>>();
  fill_rooted(*roots, 5000);
  for (int i = 0; i < 10; ++i) {
    churn();
    heap::collect();
  }
  ASSERT_EQ(roots->size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    const Array* a = (*roots)[i].as<Array>();
    ASSERT_EQ(a->length, static_cast<uint64_t>(i % 7 + 1));
    for (int j = 0; j <= i % 7; ++j) ASSERT_EQ(display(a->items[j]), std::to_string(i * 10 + j));
  }
}

// A root provider makes Values in memory the collector does not scan visible to it.
struct MallocRoots {
  Value* slots;
  size_t n;
};
void push_malloc_roots(void* ctx, heap::PushRange push) {
  auto* r = static_cast<MallocRoots*>(ctx);
  push(r->slots, r->slots + r->n);
}

[[gnu::noinline]] void fill_malloc(MallocRoots& r) {
  for (size_t i = 0; i < r.n; ++i) r.slots[i] = make_string(numbered("provided ", static_cast<int>(i)));
}

TEST(Heap, RootProviderRangesAreScanned) {
  heap::init();
  MallocRoots roots{static_cast<Value*>(std::calloc(3000, sizeof(Value))), 3000};
  heap::add_root_provider(push_malloc_roots, &roots);
  fill_malloc(roots);
  for (int i = 0; i < 10; ++i) {
    churn();
    heap::collect();
  }
  for (size_t i = 0; i < roots.n; ++i) ASSERT_EQ(display(roots.slots[i]), numbered("provided ", static_cast<int>(i)));
  heap::remove_root_provider(push_malloc_roots, &roots);
  std::free(roots.slots);
}

// An IR program keeps its data only in VM registers and globals while it calls the gc
// native many times, then checks every element.
constexpr const char* kGcProgram = R"(
global keep

; [(i, str(i), {i: str(i)}, i * i * 2^40) for i in 0..n)]
func build/1 regs 8
    array r1
    const r2, 0
loop:
    jge r2, r0, done
    ncall r3, str, r2
    map r4
    mset r4, r2, r3
    const r5, 1099511627776
    mul r5, r5, r2
    mul r5, r5, r2
    tuple r6, r2, r3, r4, r5
    apush r1, r6
    addi r2, r2, 1
    jmp loop
done:
    ret r1
end

; Returns the index of the first wrong element, or -1.
func check/2 regs 11
    alen r2, r0
    jne r2, r1, bad
    const r3, 0
loop:
    jge r3, r1, good
    aget r4, r0, r3
    tlen r5, r4
    const r6, 4
    jne r5, r6, bad
    tget r5, r4, 0
    jne r5, r3, bad
    tget r6, r4, 1
    ncall r7, str, r3
    jne r6, r7, bad
    tget r8, r4, 2
    mget r9, r8, r3
    jne r9, r7, bad
    tget r8, r4, 3
    const r9, 1099511627776
    mul r9, r9, r3
    mul r9, r9, r3
    jne r8, r9, bad
    addi r3, r3, 1
    jmp loop
good:
    const r3, -1
bad:
    ret r3
end

; Collects `rounds` times, making garbage in between.
func collect/1 regs 4
    const r1, 0
loop:
    jge r1, r0, done
    const r2, 300
    call r3, build, r2
    ncall r3, gc
    addi r1, r1, 1
    jmp loop
done:
    ret r1
end

func main/0 regs 6
    const r0, 3000
    call r1, build, r0
    const r2, 30
    call r2, collect, r2
    call r3, check, r1, r0
    const r4, -1
    jne r3, r4, fail
    ; Now only a global refers to a second structure.
    const r0, 2000
    call r4, build, r0
    gset keep, r4
    const r4, nil
    const r2, 30
    call r2, collect, r2
    gget r4, keep
    call r3, check, r4, r0
    const r5, -1
    jne r3, r5, fail
    ret r1
fail:
    tuple r3, r3
    ret r3
end
)";

TEST(Heap, VMStackAndGlobalsSurviveCollectionsInAProgram) {
  VM vm;
  auto m = test::read_ok(kGcProgram);
  ASSERT_TRUE(m);
  size_t before = heap::collections();
  Value result = test::run_main(vm, *m);
  ASSERT_FALSE(vm.has_exception()) << display(vm.exception());
  EXPECT_GE(heap::collections(), before + 60);
  ASSERT_TRUE(is_instance(result, cls::Array)) << repr(result);  // a tuple means a check failed
  EXPECT_EQ(result.as<Array>()->length, 3000u);
  // The global still holds the second structure after the program returned.
  for (int i = 0; i < 5; ++i) {
    churn();
    heap::collect();
  }
  Value kept = m->globals[m->find_global("keep")];
  Value args[] = {kept, Value::small_int(2000)};
  Value bad = vm.call(m->find("check"), args);
  EXPECT_EQ(bad, Value::small_int(-1));
}

// A pending exception must stay alive wherever the VM itself lives.
TEST(Heap, PendingExceptionSurvivesCollections) {
  auto vm = std::make_unique<VM>();
  vm->raise(make_error("custom_error", "a message that must survive"));
  for (int i = 0; i < 10; ++i) {
    churn();
    heap::collect();
  }
  ASSERT_TRUE(vm->has_exception());
  EXPECT_EQ(test::pending_kind(*vm), "custom_error");
  EXPECT_EQ(display(vm->exception()), "custom_error: a message that must survive");
}

// Unreferenced memory is reclaimed: allocating far more than the bound in total keeps
// the heap within it.
TEST(Heap, GarbageIsReclaimed) {
  heap::init();
  heap::collect();
  const size_t start = heap::heap_bytes();
  const size_t bound = 256u << 20;
  for (int round = 0; round < 64; ++round) {  // 64 x 32 MiB = 2 GiB in total
    for (int i = 0; i < 32; ++i) {
      auto* p = static_cast<char*>(heap::alloc_leaf(1 << 20));
      p[0] = static_cast<char>(i);
    }
    for (int i = 0; i < 2000; ++i) new_tuple(4);
  }
  EXPECT_LT(heap::heap_bytes(), start + bound) << "heap grew from " << start << " to " << heap::heap_bytes();
}

TEST(Heap, ReallocLeafKeepsContents) {
  heap::init();
  auto* p = static_cast<char*>(heap::alloc_leaf(16));
  for (int i = 0; i < 16; ++i) p[i] = static_cast<char>('a' + i);
  p = static_cast<char*>(heap::realloc_leaf(p, 1 << 16));
  for (int i = 0; i < 16; ++i) ASSERT_EQ(p[i], 'a' + i);
  auto* z = static_cast<uint64_t*>(heap::alloc(64));
  for (int i = 0; i < 8; ++i) EXPECT_EQ(z[i], 0u);  // alloc() zeroes
  auto* r = static_cast<uint64_t*>(heap::alloc_root(64));
  for (int i = 0; i < 8; ++i) EXPECT_EQ(r[i], 0u);
  heap::free_root(r);
}

}  // namespace
}  // namespace sy

namespace sy {
namespace {

// Small objects come from per-thread free lists whose objects the collector must not
// reclaim while they wait: were it to, a later refill would hand them out a second time
// while they are still on the list. Every object allocated after collections must be
// distinct from every other live one.
TEST(Heap, SmallObjectsWaitingOnFreeListsSurviveCollections) {
  heap::init();
  constexpr int kSizes[] = {24, 32, 64, 200};
  for (int bytes : kSizes) {
    heap::alloc(bytes);  // starts a list of this size
    heap::collect();
    heap::collect();
    constexpr int n = 50000;
    heap::RootedVector<uint64_t*> live;
    for (int i = 0; i < n; ++i) {
      auto* p = static_cast<uint64_t*>(heap::alloc(bytes));
      for (int w = 0; w < bytes / 8; ++w) ASSERT_EQ(p[w], 0u) << "not zeroed: size " << bytes;
      p[0] = static_cast<uint64_t>(i) * 2 + 1;  // odd: never a pointer the collector follows
      live.push_back(p);
      if (i % 10000 == 0) heap::collect();
    }
    for (int i = 0; i < n; ++i) ASSERT_EQ(live[i][0], static_cast<uint64_t>(i) * 2 + 1) << "size " << bytes;
  }
}

// The same for leaves, whose free-list links the collector does not see: the heap marks
// the waiting ones itself at every collection.
TEST(Heap, LeavesWaitingOnFreeListsSurviveCollections) {
  heap::init();
  constexpr int kSizes[] = {8, 24, 40, 250};
  for (int bytes : kSizes) {
    heap::alloc_leaf(bytes);  // starts a list of this size
    heap::collect();
    constexpr int n = 50000;
    heap::RootedVector<uint64_t*> live;
    for (int i = 0; i < n; ++i) {
      auto* p = static_cast<uint64_t*>(heap::alloc_leaf(bytes));
      for (int w = 0; w < bytes / 8; ++w) p[w] = static_cast<uint64_t>(i) * 2 + 1;
      live.push_back(p);
      if (i % 10000 == 0) heap::collect();
      if (i % 1000 == 0) heap::alloc(64);  // pressure from the other kind too
    }
    for (int i = 0; i < n; ++i)
      for (int w = 0; w < bytes / 8; ++w)
        ASSERT_EQ(live[i][w], static_cast<uint64_t>(i) * 2 + 1) << "size " << bytes << ", object " << i;
  }
}

}  // namespace
}  // namespace sy
