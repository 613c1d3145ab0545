// The VM: a stack of frames, the pending exception, options, and the entry points that
// run IR. One VM runs one thread of language code.
#pragma once
#include <cstdint>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/object.h"
#include "core/value.h"

namespace sy {

struct Function;
struct Module;

struct VMOptions {
  uint64_t max_depth = 1'000'000;       // non-tail calls deeper than this raise stack_overflow
  uint64_t stack_slots = 256ull << 20;  // reserved (not committed) slots of the root stack
};

struct Segment;  // core/interp/stack.h

struct TraceEntry {
  const Function* fn;
  uint32_t line;
  uint32_t pc = 0;  // code offset of the instruction (the call, in callers)
};

class VM {
 public:
  explicit VM(VMOptions options = {});
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  // Runs fn with args to completion. Returns the result, or empty with an exception
  // pending (exception(), trace()).
  Value call(Function* fn, std::span<const Value> args);
  Value call_value(Value callee, std::span<const Value> args);

  // -- Exceptions --
  // raise() sets the pending exception and returns empty, so a native or slow path can
  // `return vm.raise(...)`.
  Value raise(Value exception);
  Value raise(std::string_view kind, std::string_view message);
  bool has_exception() const { return !roots_->exception.is_empty(); }
  Value exception() const { return roots_->exception; }
  const std::vector<TraceEntry>& trace() const { return trace_; }
  void clear_exception();
  // Writes "uncaught exception: ..." and the trace.
  void print_uncaught(std::FILE* out) const;

  // The frames the most recently caught exception passed through, innermost first: those
  // it unwound and, last, the catching frame at the instruction it came out of (a front end
  // that reports stack traces of caught exceptions reads it in the handler, before
  // anything else is caught).
  const std::vector<TraceEntry>& caught_trace() const { return caught_trace_; }

  // The IR frames outward from the one that called the running native (`ncall` or a
  // native callable): visit(ctx, function, pc) gets each frame's function and the code
  // offset it is at (the call instruction, in callers). Stops after the entry frame or
  // when visit returns false. Only meaningful while a native called from IR runs.
  using FrameVisitor = bool (*)(void* ctx, const Function* fn, uint32_t pc);
  void walk_native_callers(FrameVisitor visit, void* ctx) const;

  const VMOptions& options() const { return options_; }
  // Takes effect at once, also for frames already running (a language's recursion limit).
  void set_max_depth(uint64_t n) { options_.max_depth = n; }
  Segment& stack() { return *roots_->root; }              // the root segment
  Segment* current_segment() const { return roots_->current; }
  uint64_t depth = 0;  // frames on the stack, all entries included
  // Spent by `tick`, which branches once it is negative; a scheduler of green threads sets
  // it per time slice. Nothing else reads it.
  int64_t budget = INT64_MAX;

 private:
  friend Value interpret(VM&, Value*);
  Value enter(Closure* closure, std::span<const Value> args);
  // What the collector must see of the VM, in root memory (a VM may live anywhere).
  struct Roots {
    Segment* root;     // the root segment: its slots are pushed by a root provider
    Segment* current;  // the segment of the running frame
    Segment* barrier;  // the segment of the innermost entry frame (see stack.h)
    Value exception;   // pending exception, or empty
  };
  VMOptions options_;
  Roots* roots_;
  uint32_t entries_ = 0;  // nested VM::enter activations
  std::vector<TraceEntry> trace_;
  std::vector<TraceEntry> caught_trace_;
  // The frame that called the running native (set by the interpreter before each call).
  Value* native_base_ = nullptr;
  const uint32_t* native_pc_ = nullptr;
};

// -- Natives: C++ functions callable from IR by name (`ncall`) --
// A native returns its result, or vm.raise(...) to throw.
using NativeFn = Value (*)(VM& vm, const Value* args, uint32_t argc);
struct NativeInfo {
  std::string name;
  NativeFn fn;
  int arity;  // -1: any number of arguments
};
uint32_t register_native(std::string_view name, NativeFn fn, int arity);
int64_t find_native(std::string_view name);  // -1 when unknown
const NativeInfo& native(uint32_t index);
uint32_t native_count();
void register_core_natives();  // idempotent: str, repr, concat, clock, gc, ...

}  // namespace sy
