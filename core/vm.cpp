#include "core/vm.h"

#include <sys/mman.h>

#include <new>

#include "core/format.h"
#include "core/heap.h"
#include "core/interp/frame.h"
#include "core/interp/interpreter.h"
#include "core/interp/stack.h"
#include "core/ir/module.h"

namespace sy {

// -- The root segment: one reservation of address space, committed as frames reach it --

static Segment* new_root_segment(uint64_t slots) {
  void* p = mmap(nullptr, slots * sizeof(Value), PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  auto* s = static_cast<Segment*>(heap::alloc_root(sizeof(Segment)));
  s->h.cls = cls::Segment;
  s->flags = Segment::kRoot;
  s->lo = s->top = static_cast<Value*>(p);
  s->hi = s->lo + slots;
  return s;
}

static void push_root_segment(void* ctx, heap::PushRange push) {
  auto* s = static_cast<Segment*>(ctx);
  push(s->lo, s->top);
}

// -- VM --

VM::VM(VMOptions options) : options_(options) {
  heap::init();
  roots_ = static_cast<Roots*>(heap::alloc_root(sizeof(Roots)));
  roots_->root = roots_->current = new_root_segment(options.stack_slots);
  heap::add_root_provider(push_root_segment, roots_->root);
}

VM::~VM() {
  Segment* root = roots_->root;
  heap::remove_root_provider(push_root_segment, root);
  munmap(root->lo, (root->hi - root->lo) * sizeof(Value));
  heap::free_root(root);
  heap::free_root(roots_);
}

Value VM::call(Function* fn, std::span<const Value> args) { return enter(fn->self, args); }

Value VM::call_value(Value callee, std::span<const Value> args) {
  if (is_instance(callee, cls::NativeFn)) {
    const auto* nc = callee.as<NativeCallable>();
    auto argc = static_cast<uint32_t>(args.size());
    if (nc->arity() != kAnyArity && nc->arity() != argc)
      return raise("arity_error", "native function takes " + std::to_string(nc->arity()) + " arguments, got " +
                                      std::to_string(argc));
    // A copy the native may use as scratch; the caller keeps the originals reachable.
    std::vector<Value> copy(args.begin(), args.end());
    return nc->call(*this, nc, copy.data(), argc);
  }
  if (!is_instance(callee, cls::Closure))
    return raise("type_error", std::string(class_name(class_of(callee))) + " is not callable");
  return enter(callee.as<Closure>(), args);
}

// Pushes an entry frame (return_pc null) above the live frames and runs it. The entry's
// segment becomes the barrier that captures may not cross (stack.h).
Value VM::enter(Closure* closure, std::span<const Value> args) {
  Function* fn = closure->fn;
  if (args.size() != fn->nparams)
    return raise("arity_error", fn->name + " takes " + std::to_string(fn->nparams) + " arguments, got " +
                                    std::to_string(args.size()));
  if (depth >= options_.max_depth)
    return raise("stack_overflow", "maximum call depth (" + std::to_string(options_.max_depth) + ") exceeded");
  Segment* below = roots_->current;
  Segment* seg = below;
  Value* base = below->top + kFrameHeaderSlots;
  uint64_t bottom = 0;
  if (base + fn->nregs > below->hi) {
    if (below->flags & Segment::kRoot) return raise("stack_overflow", "VM stack exhausted");
    seg = new_segment(fn->nregs + kFrameHeaderSlots);
    seg->prev = below;
    base = seg->first_base();
    bottom = kSegmentBottom;
  }
  FrameHeader* h = frame_header(base);
  h->callee = Value::object(closure);
  h->return_pc = nullptr;
  h->caller_base = nullptr;
  h->dst = bottom;
  for (uint32_t i = 0; i < fn->nregs; ++i) base[i] = i < args.size() ? args[i] : Value::nil();
  Value* saved_top = below->top;
  Segment* saved_barrier = roots_->barrier;
  Value* saved_native_base = native_base_;  // the native that re-entered, if any
  const uint32_t* saved_native_pc = native_pc_;
  seg->top = base + fn->nregs;
  roots_->current = roots_->barrier = seg;
  ++depth;
  ++entries_;
  Value result = interpret(*this, base);
  --entries_;
  --depth;
  roots_->current = below;
  roots_->barrier = saved_barrier;
  below->top = saved_top;
  native_base_ = saved_native_base;
  native_pc_ = saved_native_pc;
  return result;
}

Value VM::raise(Value exception) {
  roots_->exception = exception;
  trace_.clear();
  return Value();
}

Value VM::raise(std::string_view kind, std::string_view message) {
  return raise(make_error(kind, message));
}

void VM::clear_exception() {
  roots_->exception = Value();
  trace_.clear();
}

void VM::print_uncaught(std::FILE* out) const {
  std::string s = "uncaught exception: " + display(roots_->exception) + "\n";
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

void VM::walk_native_callers(FrameVisitor visit, void* ctx) const {
  Value* base = native_base_;
  const uint32_t* pc = native_pc_;
  while (base && pc) {
    const Function* fn = frame_header(base)->callee.as<Closure>()->fn;
    if (!visit(ctx, fn, static_cast<uint32_t>(pc - fn->code.data()))) return;
    const FrameHeader* h = frame_header(base);
    if (!h->return_pc) return;  // an entry frame
    pc = h->return_pc - 1;      // inside the call instruction
    base = h->caller_base;
  }
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
