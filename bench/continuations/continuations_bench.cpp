// Micro-costs of continuations and fibers, each measured inside one IR loop (the loop's
// own instructions are included; they are a few ns).
#include <benchmark/benchmark.h>

#include "core/heap.h"
#include "core/interp/stack.h"
#include "core/ir/text.h"
#include "core/vm.h"

namespace sy {
namespace {

const char* const kProgram = R"(
; resume+yield: one fiber yielding forever
func ticker/0 regs 2
    const r0, 0
loop:
    fyield r1, r0
    addi r0, r0, 1
    jmp loop
end
func roundtrips/1 regs 5
    func r1, ticker
    fiber r1, r1
    const r2, nil
    const r3, 0
again:
    fresume r4, r1, r2
    addi r3, r3, 1
    jlt r3, r0, again
    ret r4
end

; one-shot capture + resume: the body captures forever, the driver resumes each
func capturer/0 regs 3
    const r0, :b
    const r1, 0
loop:
    capture r2, r0, r1
    addi r1, r1, 1
    jmp loop
end
func captures/1 regs 6
    const r1, :b
    func r2, capturer
    prompt r3, r4, r1, r2
    const r5, 0
again:
    resume r3, r4, r4, r5
    addi r5, r5, 1
    jlt r5, r0, again
    ret r3
end

; clone of a continuation holding 10 frames
func deep/1 regs 3
    const r1, 0
    jeq r0, r1, bottom
    addi r0, r0, -1
    call r2, deep, r0
    ret r2
bottom:
    const r1, :c
    capture r2, r1, r1
    ret r2
end
func clones/1 regs 7
    const r1, :c
    const r2, 9
    closure r2, deep9, r2
    prompt r3, r4, r1, r2
    const r5, 0
again:
    clone r6, r4
    addi r5, r5, 1
    jlt r5, r0, again
    ret r5
end
func deep9/0 regs 1
    cap r0, 0
    tailcall deep, r0
end

; n fibers, each suspended once, kept in an array
func park/0 regs 2
    const r0, nil
    fyield r1, r0
    ret r1
end
func suspended/1 regs 7
    array r1
    func r2, park
    const r3, 0
    const r4, nil
again:
    fiber r5, r2
    fresume r6, r5, r4
    apush r1, r5
    addi r3, r3, 1
    jlt r3, r0, again
    ret r1
end
)";

Module& program() {
  static std::unique_ptr<Module> m = [] {
    ir::SourceError err;
    auto mod = ir::read_module(kProgram, "continuations_bench", &err);
    if (!mod) throw std::logic_error(err.format());
    return mod;
  }();
  return *m;
}

// Each benchmark iteration runs the IR loop `kBatch` times; set-up inside the IR
// function (creating the fiber or prompt) is amortised over the batch.
constexpr int64_t kBatch = 10000;

void run_loop(benchmark::State& state, const char* fn) {
  VM vm;
  Function* f = program().find(fn);
  Value n[] = {Value::small_int(kBatch)};
  for (auto _ : state) benchmark::DoNotOptimize(vm.call(f, n));
  state.SetItemsProcessed(state.iterations() * kBatch);
  state.counters["ns_per_op"] = benchmark::Counter(static_cast<double>(state.iterations() * kBatch),
                                                   benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_FiberRoundTrip(benchmark::State& state) { run_loop(state, "roundtrips"); }
void BM_CaptureResumeOneShot(benchmark::State& state) { run_loop(state, "captures"); }
void BM_Clone10Frames(benchmark::State& state) { run_loop(state, "clones"); }

// Heap bytes per suspended fiber (the fiber object, its first stack segment with the
// frame in it, and the array slot that keeps it): the growth of the live heap over n
// fibers, divided by n. frame_bytes is the part that is the live frame itself.
void BM_SuspendedFiberMemory(benchmark::State& state) {
  VM vm;
  const int64_t n = 200000;
  for (auto _ : state) {
    heap::collect();
    size_t before = heap::used_bytes();
    Value arg[] = {Value::small_int(n)};
    Value keep = vm.call(program().find("suspended"), arg);
    heap::collect();
    size_t after = heap::used_bytes();
    benchmark::DoNotOptimize(keep);
    state.counters["bytes_per_fiber"] = static_cast<double>(after - before) / static_cast<double>(n);
    state.counters["frame_bytes"] = static_cast<double>(
        (program().find("park")->nregs + kFrameHeaderSlots) * sizeof(Value));
  }
}

BENCHMARK(BM_FiberRoundTrip)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CaptureResumeOneShot)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Clone10Frames)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SuspendedFiberMemory)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sy
