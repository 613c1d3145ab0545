// Cost of one call through each kind of dynamic call site, in the interpreter.
//
// Every case runs the same IR loop (load the next receiver from an array, call, count)
// and differs only in the call instruction, so the ratios between cases are ratios of
// call costs plus a shared loop overhead. `ns/call` is time per loop iteration.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "callsite/method_handle.h"
#include "core/ir/text.h"
#include "pic/pic.h"

namespace {

using namespace sy;

constexpr int64_t kCallsPerRun = 10000;

// One loop per call kind; @CALL@ is the call instruction, r3 the receiver, r5 the result.
const char* const kLoop = R"(
func @NAME@/3 regs 8
    const r4, 0
    const r6, 0
    alen r7, r0
loop:
    jge r4, r1, done
    mod r5, r4, r7
    aget r3, r0, r5
    @CALL@
    addi r4, r4, 1
    jmp loop
done:
    ret r4
end
)";

const char* const kTargets = R"(
site mono "m" 1 pic "lookup" :class 0
site poly "m" 1 pic "lookup" :class 0
site mega "m" 1 pic "lookup" :class 0
site single2 "m2" 2 pic "lookup2" :class 0
site composite "m2" 2 pic "lookup2" :class 0 1
site constant "m" 1 constant "target"

func target/1
    ret r0
end
func target2/2
    ret r0
end
func lookup/1
    func r0, target
    ret r0
end
func lookup2/2
    func r0, target2
    ret r0
end
)";

struct Case {
  const char* name;
  const char* call;
};
const Case kCases[] = {
    {"loop_only", "mov r5, r3"},
    {"direct", "call r5, target, r3"},
    {"indy_constant", "indy r5, constant, r3"},
    {"pic_mono", "indy r5, mono, r3"},
    {"pic_poly", "indy r5, poly, r3"},
    {"pic_mega", "indy r5, mega, r3"},
    {"direct2", "call r5, target2, r3, r3"},
    {"pic_single2", "indy r5, single2, r3, r3"},
    {"pic_composite2", "indy r5, composite, r3, r3"},
    {"handle_callv", "callv r5, r2, r3"},
};

std::string program() {
  std::string text = kTargets;
  for (const Case& c : kCases) {
    std::string loop = kLoop;
    loop.replace(loop.find("@NAME@"), 6, c.name);
    loop.replace(loop.find("@CALL@"), 6, c.call);
    text += loop;
  }
  return text;
}

struct World {
  VM vm;
  std::unique_ptr<Module> module;
  heap::RootedVector<Value> keep;  // receivers arrays and handles
  World() {
    pic::install();
    ir::SourceError e;
    module = ir::read_module(program(), "pic_bench.syir", &e);
    if (!module) {
      std::fprintf(stderr, "%s\n", e.format().c_str());
      std::abort();
    }
  }
};

World& world() {
  static World* w = new World();
  return *w;
}

// An array of `k` receivers of k distinct classes.
Value receivers(int k) {
  static ClassId first = 0;
  if (!first) {
    first = register_class("R0");
    for (int i = 1; i < 64; ++i) register_class("R" + std::to_string(i));
  }
  Array* a = new_array(k);
  for (int i = 0; i < k; ++i) array_push(a, Value::object(new_object(first + i)));
  return Value::object(a);
}

// A 3-deep adapter chain equivalent to target/1: permute(drop(insert(target2, 1, nil))).
Value chain3(VM& vm) {
  Value nil = Value::nil();
  Value h = mh::insert_arguments(vm, mh::direct(world().module->find("target2")), 1, {&nil, 1});
  h = mh::drop_arguments(vm, h, 1, 1);
  uint32_t order[] = {0, 0};
  return mh::permute_arguments(vm, h, 1, order);
}

void run(benchmark::State& state, const char* fn, int k, Value handle = Value::nil()) {
  World& w = world();
  Value args[] = {receivers(k), Value::small_int(kCallsPerRun), handle};
  w.keep.push_back(args[0]);
  w.keep.push_back(handle);
  Function* f = w.module->find(fn);
  for (auto _ : state) {
    Value r = w.vm.call(f, args);
    if (!r.is_int() || r.as_int() != kCallsPerRun) {
      state.SkipWithError("wrong result");
      break;
    }
  }
  state.counters["ns/call"] =
      benchmark::Counter(static_cast<double>(kCallsPerRun), benchmark::Counter::kIsIterationInvariantRate |
                                                                benchmark::Counter::kInvert);
}

// The sites keep their state between runs (as in a program), so each polymorphic case
// gets its own site: they differ only in how many classes reach it.
void BM_loop_only(benchmark::State& s) { run(s, "loop_only", 1); }
void BM_direct(benchmark::State& s) { run(s, "direct", 1); }
void BM_indy_constant(benchmark::State& s) { run(s, "indy_constant", 1); }
void BM_pic_mono(benchmark::State& s) { run(s, "pic_mono", 1); }
void BM_pic_mega(benchmark::State& s) { run(s, "pic_mega", 64); }
void BM_direct2(benchmark::State& s) { run(s, "direct2", 1); }
void BM_pic_single2(benchmark::State& s) { run(s, "pic_single2", 1); }
void BM_pic_composite2(benchmark::State& s) { run(s, "pic_composite2", 1); }
void BM_handle_chain3(benchmark::State& s) { run(s, "handle_callv", 1, chain3(world().vm)); }
void BM_handle_direct(benchmark::State& s) { run(s, "handle_callv", 1, mh::direct(world().module->find("target"))); }

// pic:8 so that 2-, 4- and 8-way all stay polymorphic; one module per width.
template <int K>
void BM_pic_poly(benchmark::State& state) {
  static World* w = new World();
  std::string err;
  pic::set_default_strategy(pic::parse_strategy("pic:8", &err));
  Value args[] = {receivers(K), Value::small_int(kCallsPerRun), Value::nil()};
  w->keep.push_back(args[0]);
  Function* f = w->module->find("pic_poly");
  for (auto _ : state) {
    Value r = w->vm.call(f, args);
    if (!r.is_int() || r.as_int() != kCallsPerRun) {
      state.SkipWithError("wrong result");
      break;
    }
  }
  pic::set_default_strategy(pic::parse_strategy("pic", &err));
  state.counters["ns/call"] =
      benchmark::Counter(static_cast<double>(kCallsPerRun), benchmark::Counter::kIsIterationInvariantRate |
                                                                benchmark::Counter::kInvert);
}

// The C++ baseline: a virtual call the compiler cannot devirtualize.
struct Callee {
  virtual ~Callee() = default;
  virtual int64_t call(int64_t x) const = 0;
};
struct Identity final : Callee {
  int64_t call(int64_t x) const override { return x; }
};
void BM_cpp_virtual(benchmark::State& state) {
  Identity impl;
  const Callee* c = &impl;
  benchmark::DoNotOptimize(c);
  for (auto _ : state) {
    int64_t sum = 0;
    for (int64_t i = 0; i < kCallsPerRun; ++i) {
      benchmark::DoNotOptimize(c);
      sum += c->call(i);
    }
    benchmark::DoNotOptimize(sum);
  }
  state.counters["ns/call"] =
      benchmark::Counter(static_cast<double>(kCallsPerRun), benchmark::Counter::kIsIterationInvariantRate |
                                                                benchmark::Counter::kInvert);
}

}  // namespace

BENCHMARK(BM_cpp_virtual);
BENCHMARK(BM_loop_only);
BENCHMARK(BM_direct);
BENCHMARK(BM_indy_constant);
BENCHMARK(BM_pic_mono);
BENCHMARK(BM_pic_poly<2>)->Name("BM_pic_poly2");
BENCHMARK(BM_pic_poly<4>)->Name("BM_pic_poly4");
BENCHMARK(BM_pic_poly<8>)->Name("BM_pic_poly8");
BENCHMARK(BM_pic_mega);
BENCHMARK(BM_direct2);
BENCHMARK(BM_pic_single2);
BENCHMARK(BM_pic_composite2);
BENCHMARK(BM_handle_direct);
BENCHMARK(BM_handle_chain3);
BENCHMARK_MAIN();
