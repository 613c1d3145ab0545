#include "continuations/fiber.h"

#include <memory>

#include "core/ir/text.h"

namespace sy::fibers {

namespace {

// The IR side of the API: each entry point is one instruction and a return.
const char* const kTrampolines = R"(
func create/1 regs 1
    fiber r0, r0
    ret r0
end
func resume/2 regs 2
    fresume r0, r0, r1
    ret r0
end
func throw_into/2 regs 2
    fthrow r0, r0, r1
    ret r0
end
)";

Module& trampolines() {
  static std::unique_ptr<Module> m = [] {
    ir::SourceError err;
    auto mod = ir::read_module(kTrampolines, "<fibers>", &err);
    if (!mod) throw std::logic_error("fiber trampolines: " + err.format());
    return mod;
  }();
  return *m;
}

// The trampoline functions, looked up once (a scheduler resumes fibers millions of times).
struct Trampolines {
  Function* create = trampolines().find("create");
  Function* resume = trampolines().find("resume");
  Function* throw_into = trampolines().find("throw_into");
};
const Trampolines& entry() {
  static const Trampolines t;
  return t;
}

Value call(VM& vm, Function* fn, std::initializer_list<Value> args) {
  return vm.call(fn, {args.begin(), args.size()});
}

}  // namespace

Value create(VM& vm, Value fn) { return call(vm, entry().create, {fn}); }
Value resume(VM& vm, Value fiber, Value sent) { return call(vm, entry().resume, {fiber, sent}); }
Value throw_into(VM& vm, Value fiber, Value exception) { return call(vm, entry().throw_into, {fiber, exception}); }
FiberState state(Value fiber) { return fiber.as<Fiber>()->state; }

}  // namespace sy::fibers
