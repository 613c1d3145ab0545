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

Value call(VM& vm, const char* name, std::initializer_list<Value> args) {
  return vm.call(trampolines().find(name), {args.begin(), args.size()});
}

}  // namespace

Value create(VM& vm, Value fn) { return call(vm, "create", {fn}); }
Value resume(VM& vm, Value fiber, Value sent) { return call(vm, "resume", {fiber, sent}); }
Value throw_into(VM& vm, Value fiber, Value exception) { return call(vm, "throw_into", {fiber, exception}); }
FiberState state(Value fiber) { return fiber.as<Fiber>()->state; }

}  // namespace sy::fibers
