// Micro-benchmarks of the interpreter: what one instruction, call or allocation costs.
//
// Each benchmark reads a small IR module from text, then runs one of its functions through
// VM::call with a count N; the function repeats the measured operation N times and returns
// a value the benchmark checks. The "op" counter is the time per operation (printed with
// an SI suffix: "1.5n" is 1.5 ns). Loop overhead is included where noted; the dispatch
// benchmark measures it.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "core/ir/module.h"
#include "core/ir/text.h"
#include "core/vm.h"

namespace sy {
namespace {

constexpr int64_t kN = 10'000;  // operations per VM::call: entry costs stay negligible

// One module and one VM for the length of a benchmark.
class Harness {
 public:
  Harness(benchmark::State& state, std::string_view text) : state_(state) {
    ir::SourceError err;
    module_ = ir::read_module(text, "bench", &err);
    if (!module_) state.SkipWithError(err.format().c_str());
  }
  bool ok() const { return module_ != nullptr; }

  // Runs `fn` on kN for every benchmark iteration; `ops` operations happen per run.
  // The result must equal `expect`.
  void run(std::string_view fn, int64_t expect, int64_t ops) {
    if (!ok()) return;
    Function* f = module_->find(fn);
    const Value arg = Value::small_int(kN);
    for (auto _ : state_) {
      Value r = vm_.call(f, {&arg, 1});
      if (r != Value::small_int(expect)) {
        state_.SkipWithError("wrong result");
        break;
      }
    }
    state_.counters["op"] =
        benchmark::Counter(static_cast<double>(ops), benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
  }

 private:
  benchmark::State& state_;
  std::unique_ptr<Module> module_;
  VM vm_;
};

// -- Dispatch --

// Ten instructions per iteration: eight movs, the increment and the back-edge.
void BM_Dispatch(benchmark::State& state) {
  Harness h(state, R"(
func run/1 regs 4
    const r1, 0
loop:
    mov r2, r1
    mov r3, r2
    mov r2, r3
    mov r3, r2
    mov r2, r1
    mov r3, r2
    mov r2, r3
    mov r3, r2
    addi r1, r1, 1
    jlt r1, r0, loop
    ret r1
end
)");
  h.run("run", kN, kN * 10);
}
BENCHMARK(BM_Dispatch);

// Per iteration: add, forstep -- the body of bench/programs/loop.syir, with the sum
// starting at `start`.
std::string loop_add(const char* start) {
  return std::string("func run/1 regs 3\n    const r1, 0\n    const r2, ") + start + R"(
loop:
    add r2, r2, r1
    forstep r1, 1, r0, loop
    ret r1
end
)";
}

void BM_LoopAdd(benchmark::State& state) {
  Harness h(state, loop_add("0"));
  h.run("run", kN, kN);
}
BENCHMARK(BM_LoopAdd);

// The same with the sum past the small range: an int64 box, which `add` overwrites in
// place (core/ir/box_reuse.h).
void BM_LoopAddBoxed(benchmark::State& state) {
  Harness h(state, loop_add("140737488355328"));
  h.run("run", kN, kN);
}
BENCHMARK(BM_LoopAddBoxed);

// -- Calls --

// Four non-tail calls per iteration of a loop (addi + jlt, amortised over the four).
// An op is one call plus the callee's ret.
void BM_CallReturn(benchmark::State& state) {
  Harness h(state, R"(
func id/1 regs 1
    ret r0
end

func run/1 regs 3
    const r1, 0
loop:
    call r2, id, r1
    call r2, id, r2
    call r2, id, r2
    call r2, id, r2
    addi r1, r2, 1
    jlt r1, r0, loop
    ret r1
end
)");
  h.run("run", kN, kN * 4);
}
BENCHMARK(BM_CallReturn);

// A function that tail-calls itself until its counter reaches N: an op is
// addi + jlt + tailcall.
void BM_TailCall(benchmark::State& state) {
  Harness h(state, R"(
func count/2 regs 2
    addi r0, r0, 1
    jlt r0, r1, more
    ret r0
more:
    tailcall count, r0, r1
end

func run/1 regs 2
    const r1, 0
    call r0, count, r1, r0
    ret r0
end
)");
  h.run("run", kN, kN);
}
BENCHMARK(BM_TailCall);

// -- Allocation (loop overhead of addi + jlt included) --

void BM_AllocTuple(benchmark::State& state) {
  Harness h(state, R"(
func run/1 regs 3
    const r1, 0
loop:
    tuple r2, r1, r1, r1
    addi r1, r1, 1
    jlt r1, r0, loop
    tget r1, r2, 0
    addi r1, r1, 1
    ret r1
end
)");
  h.run("run", kN, kN);
}
BENCHMARK(BM_AllocTuple);

void BM_AllocArray(benchmark::State& state) {
  Harness h(state, R"(
func run/1 regs 3
    const r1, 0
loop:
    array r2, r1, r1, r1
    addi r1, r1, 1
    jlt r1, r0, loop
    alen r1, r2
    add r1, r1, r0
    addi r1, r1, -3
    ret r1
end
)");
  h.run("run", kN, kN);
}
BENCHMARK(BM_AllocArray);

void BM_AllocClosure(benchmark::State& state) {
  Harness h(state, R"(
func get/0 regs 1
    cap r0, 0
    ret r0
end

func run/1 regs 3
    const r1, 0
loop:
    closure r2, get, r1
    addi r1, r1, 1
    jlt r1, r0, loop
    callv r1, r2
    addi r1, r1, 1
    ret r1
end
)");
  h.run("run", kN, kN);
}
BENCHMARK(BM_AllocClosure);

// N inserts of distinct int keys into one fresh map (its growth included).
void BM_MapInsert(benchmark::State& state) {
  Harness h(state, R"(
func run/1 regs 3
    map r2
    const r1, 0
loop:
    mset r2, r1, r1
    addi r1, r1, 1
    jlt r1, r0, loop
    mlen r1, r2
    ret r1
end
)");
  h.run("run", kN, kN);
}
BENCHMARK(BM_MapInsert);

// -- C++ references --

struct Stepper {
  virtual ~Stepper() = default;
  virtual int64_t step(int64_t x) const = 0;
};
struct Inc : Stepper {
  int64_t step(int64_t x) const override { return x + 1; }
};
struct Dec : Stepper {
  int64_t step(int64_t x) const override { return x - 1; }
};

// The receiver is hidden from the optimiser, so the call stays an indirect one.
void BM_CppVirtualCall(benchmark::State& state) {
  Inc inc;
  Dec dec;
  const Stepper* s = state.range(0) ? static_cast<const Stepper*>(&inc) : &dec;
  benchmark::DoNotOptimize(s);
  for (auto _ : state) {
    int64_t x = 0;
    for (int64_t i = 0; i < kN; ++i) {
      x = s->step(x);
      benchmark::DoNotOptimize(s);
    }
    benchmark::DoNotOptimize(x);
  }
  state.counters["op"] = benchmark::Counter(
      kN, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_CppVirtualCall)->Arg(1);

[[gnu::noinline]] int64_t plain_step(int64_t x) { return x + 1; }

void BM_CppFunctionPointer(benchmark::State& state) {
  int64_t (*f)(int64_t) = plain_step;
  for (auto _ : state) {
    int64_t x = 0;
    for (int64_t i = 0; i < kN; ++i) {
      benchmark::DoNotOptimize(f);
      x = f(x);
    }
    benchmark::DoNotOptimize(x);
  }
  state.counters["op"] = benchmark::Counter(
      kN, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_CppFunctionPointer);

}  // namespace
}  // namespace sy
