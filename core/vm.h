// The VM: a stack of frames, the pending exception, options, and the entry points that
// run IR. One VM runs one thread of language code.
#pragma once
#include <cstdint>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/heap.h"
#include "core/object.h"
#include "core/value.h"

namespace sy {

struct Function;
struct Module;

struct VMOptions {
  uint64_t max_depth = 1'000'000;       // non-tail calls deeper than this raise stack_overflow
  uint64_t stack_slots = 256ull << 20;  // reserved (not committed) slots per VM stack
};

// A VM stack: one reservation of address space; pages are committed as frames reach them.
class Stack {
 public:
  explicit Stack(uint64_t slots);
  ~Stack();
  Stack(const Stack&) = delete;
  Stack& operator=(const Stack&) = delete;
  Value* lo = nullptr;
  Value* hi = nullptr;
  Value* top = nullptr;  // end of the live frames (see core/interp/frame.h)
};

struct TraceEntry {
  const Function* fn;
  uint32_t line;
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
  bool has_exception() const { return !exception_.is_empty(); }
  Value exception() const { return exception_; }
  const std::vector<TraceEntry>& trace() const { return trace_; }
  void clear_exception();
  // Writes "uncaught exception: ..." and the trace.
  void print_uncaught(std::FILE* out) const;

  const VMOptions& options() const { return options_; }
  Stack& stack() { return stack_; }
  uint64_t depth = 0;  // frames above the outermost entry frame

 private:
  friend Value interpret(VM&, Value*);
  Value enter(Closure* closure, std::span<const Value> args);
  static void push_roots(void* vm, heap::PushRange push);
  VMOptions options_;
  Stack stack_;
  Value exception_;
  std::vector<TraceEntry> trace_;
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
