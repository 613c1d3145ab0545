#include "core/vm.h"

#include <sys/mman.h>

#include <new>

#include "core/format.h"
#include "core/heap.h"
#include "core/interp/frame.h"
#include "core/interp/interpreter.h"
#include "core/ir/module.h"

namespace sy {

// -- Stacks --

Stack::Stack(uint64_t slots) {
  void* p = mmap(nullptr, slots * sizeof(Value), PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  lo = static_cast<Value*>(p);
  hi = lo + slots;
  top = lo;
}

Stack::~Stack() { munmap(lo, (hi - lo) * sizeof(Value)); }

static void push_stack_roots(void* ctx, heap::PushRange push) {
  auto* s = static_cast<Stack*>(ctx);
  push(s->lo, s->top);
}

// -- VM --

VM::VM(VMOptions options) : options_(options), stack_((heap::init(), options.stack_slots)) {
  heap::add_root_provider(push_stack_roots, &stack_);
}

VM::~VM() { heap::remove_root_provider(push_stack_roots, &stack_); }

Value VM::call(Function* fn, std::span<const Value> args) { return enter(fn->self, args); }

Value VM::call_value(Value callee, std::span<const Value> args) {
  if (is_instance(callee, cls::NativeFn)) {
    const auto* nc = callee.as<NativeCallable>();
    auto argc = static_cast<uint32_t>(args.size());
    if (nc->arity() != kAnyArity && nc->arity() != argc)
      return raise("arity_error", "native function takes " + std::to_string(nc->arity()) + " arguments, got " +
                                      std::to_string(argc));
    // The arguments go on the VM stack: the collector scans it, and natives may re-enter.
    Value* saved_top = stack_.top;
    if (saved_top + argc > stack_.hi) return raise("stack_overflow", "VM stack exhausted");
    for (uint32_t i = 0; i < argc; ++i) saved_top[i] = args[i];
    stack_.top = saved_top + argc;
    Value r = nc->call(*this, nc, saved_top, argc);
    stack_.top = saved_top;
    return r;
  }
  if (!is_instance(callee, cls::Closure))
    return raise("type_error", std::string(class_name(class_of(callee))) + " is not callable");
  return enter(callee.as<Closure>(), args);
}

// Pushes an entry frame (return_pc null) above the live frames and runs it.
Value VM::enter(Closure* closure, std::span<const Value> args) {
  Function* fn = closure->fn;
  if (args.size() != fn->nparams)
    return raise("arity_error", fn->name + " takes " + std::to_string(fn->nparams) + " arguments, got " +
                                    std::to_string(args.size()));
  Value* saved_top = stack_.top;
  Value* base = saved_top + kFrameHeaderSlots;
  if (base + fn->nregs > stack_.hi || depth + 1 > options_.max_depth)
    return raise("stack_overflow", "maximum call depth exceeded");
  FrameHeader* h = frame_header(base);
  h->callee = Value::object(closure);
  h->return_pc = nullptr;
  h->caller_base = nullptr;
  h->dst = 0;
  for (uint32_t i = 0; i < fn->nregs; ++i) base[i] = i < args.size() ? args[i] : Value::nil();
  stack_.top = base + fn->nregs;
  ++depth;
  Value result = interpret(*this, base);
  --depth;
  stack_.top = saved_top;
  return result;
}

Value VM::raise(Value exception) {
  exception_ = exception;
  trace_.clear();
  return Value();
}

Value VM::raise(std::string_view kind, std::string_view message) {
  return raise(make_error(kind, message));
}

void VM::clear_exception() {
  exception_ = Value();
  trace_.clear();
}

void VM::print_uncaught(std::FILE* out) const {
  std::string s = "uncaught exception: " + display(exception_) + "\n";
  // Long traces (runaway recursion) keep their ends: where it started, where it stopped.
  const size_t keep = 20;
  for (size_t i = 0; i < trace_.size(); ++i) {
    if (trace_.size() > 2 * keep && i == keep) {
      s += "  ... " + std::to_string(trace_.size() - 2 * keep) + " more frames ...\n";
      i = trace_.size() - keep;
    }
    const TraceEntry& t = trace_[i];
    s += "  at " + t.fn->name + " (" + t.fn->module->source + ":" + std::to_string(t.line) + ")\n";
  }
  std::fputs(s.c_str(), out);
}

// -- Natives --

namespace {
std::vector<NativeInfo>& natives() {
  static std::vector<NativeInfo> list;
  return list;
}
}  // namespace

static int64_t lookup_native(std::string_view name) {
  auto& l = natives();
  for (size_t i = 0; i < l.size(); ++i)
    if (l[i].name == name) return static_cast<int64_t>(i);
  return -1;
}

uint32_t register_native(std::string_view name, NativeFn fn, int arity) {
  int64_t existing = lookup_native(name);
  if (existing >= 0) {
    natives()[existing] = {std::string(name), fn, arity};
    return static_cast<uint32_t>(existing);
  }
  natives().push_back({std::string(name), fn, arity});
  return static_cast<uint32_t>(natives().size() - 1);
}

int64_t find_native(std::string_view name) {
  register_core_natives();
  return lookup_native(name);
}

const NativeInfo& native(uint32_t index) { return natives()[index]; }

uint32_t native_count() {
  register_core_natives();
  return static_cast<uint32_t>(natives().size());
}

}  // namespace sy
