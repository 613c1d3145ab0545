#include "core/ir/verifier.h"

#include <cstring>
#include <vector>

#include "core/float_functions.h"
#include "core/vm.h"

namespace sy::ir {

namespace {
std::string count(uint32_t n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

bool fail(VerifyError* e, const Function& f, uint32_t pc, std::string msg) {
  e->fn = &f;
  e->pc = pc;
  e->message = std::move(msg);
  return false;
}
}  // namespace

bool verify_function(const Function& f, VerifyError* e) {
  const auto& code = f.code;
  const auto size = static_cast<uint32_t>(code.size());
  if (f.nparams > f.nregs)
    return fail(e, f, 0, "function '" + f.name + "' has more parameters than registers");
  if (size == 0) return fail(e, f, 0, "function '" + f.name + "' has no instructions");

  // Pass 1: decode, check operands, mark instruction starts.
  std::vector<bool> starts(size + 1, false);
  std::vector<std::pair<uint32_t, uint32_t>> branches;  // (insn pc, target)
  uint32_t last = 0;
  for (uint32_t pc = 0; pc < size;) {
    starts[pc] = true;
    last = pc;
    if (code[pc] >= kOpCount) return fail(e, f, pc, "unknown opcode " + std::to_string(code[pc]));
    const OpInfo& op = kOpInfo[code[pc]];
    uint32_t at = pc + 1;
    auto reg = [&](uint32_t r) { return r < f.nregs; };
    for (const char* k = op.operands; *k; ++k) {
      if (at >= size) return fail(e, f, pc, std::string("'") + op.name + "' is truncated");
      uint32_t v = code[at];
      switch (*k) {
        case 'r':
          if (!reg(v))
            return fail(e, f, pc, "register r" + std::to_string(v) + " out of range: '" + f.name + "' has " +
                                      count(f.nregs, "register"));
          break;
        case 'k':
          if (v >= f.constants.size()) return fail(e, f, pc, "constant #" + std::to_string(v) + " out of range");
          break;
        case 'i': break;
        case 'l': branches.emplace_back(pc, v); break;
        case 'f':
          if (v >= f.module->functions.size())
            return fail(e, f, pc, "function #" + std::to_string(v) + " out of range");
          break;
        case 'n':
          if (v >= native_count())
            return fail(e, f, pc, "native #" + std::to_string(v) + " out of range");
          break;
        case 'g':
          if (v >= f.module->globals.size()) return fail(e, f, pc, "global #" + std::to_string(v) + " out of range");
          break;
        case 's':
          if (v >= f.module->sites.size()) return fail(e, f, pc, "site #" + std::to_string(v) + " out of range");
          break;
        case '*':
          if (v > size - at - 1) return fail(e, f, pc, std::string("'") + op.name + "' is truncated");
          for (uint32_t i = 1; i <= v; ++i)
            if (!reg(code[at + i]))
              return fail(e, f, pc, "register r" + std::to_string(code[at + i]) + " out of range: '" + f.name +
                                        "' has " + count(f.nregs, "register"));
          at += v;
          break;
      }
      ++at;
    }
    // Static calls: the argument count must match the callee (or the native's arity).
    auto op_id = static_cast<Op>(code[pc]);
    if (op_id == Op::Call || op_id == Op::TailCall) {
      uint32_t fi = code[pc + (op_id == Op::Call ? 2 : 1)];
      uint32_t argc = code[pc + (op_id == Op::Call ? 3 : 2)];
      const Function& callee = *f.module->functions[fi];
      if (argc != callee.nparams)
        return fail(e, f, pc, "'" + callee.name + "' takes " + count(callee.nparams, "argument") + ", " +
                                  std::to_string(argc) + " given");
    }
    if (op_id == Op::Indy || op_id == Op::TailIndy) {
      const SiteDescriptor& site = f.module->sites[code[pc + (op_id == Op::Indy ? 2 : 1)]];
      uint32_t argc = code[pc + (op_id == Op::Indy ? 3 : 2)];
      if (argc != site.arity)
        return fail(e, f, pc, "site '" + site.id + "' takes " + std::to_string(site.arity) + " arguments, " +
                                  std::to_string(argc) + " given");
    }
    // A fallback form calls its site with its operands: 2 for binary ones, 1 for negx and
    // truthx, 3 for setindexx.
    if (op.operands[std::strlen(op.operands) - 1] == 's' && op_id != Op::Indy && op_id != Op::TailIndy) {
      size_t n = std::strlen(op.operands);
      uint32_t args = static_cast<uint32_t>(n - 2);  // the operands between the destination and the site
      const SiteDescriptor& site = f.module->sites[code[pc + n]];
      if (site.arity != args)
        return fail(e, f, pc, "site '" + site.id + "' takes " + std::to_string(site.arity) + " arguments, '" + op.name +
                                  "' passes " + std::to_string(args));
    }
    if (op_id == Op::Movs && code[pc + 1] % 2 != 0)
      return fail(e, f, pc, "movs takes pairs of registers, got " + count(code[pc + 1], "register"));
    if (op_id == Op::Field) {
      uint32_t c = code[pc + 3], slot = code[pc + 4];
      if (slot >= value_slots(c))
        return fail(e, f, pc, "field " + std::to_string(static_cast<int32_t>(slot)) + " out of range: class " +
                                  std::to_string(c) + " declares " + count(value_slots(c), "value slot"));
    }
    if (op_id == Op::Unpack) {
      uint32_t c = code[pc + 2], n = code[pc + 4];
      if (n > value_slots(c))
        return fail(e, f, pc, "unpack of " + count(n, "slot") + ": class " + std::to_string(c) + " declares " +
                                  count(value_slots(c), "value slot"));
    }
    if (op_id == Op::Alloc) {
      uint32_t c = code[pc + 2], n = code[pc + 3];
      if (value_slots(c) == 0 || n != value_slots(c))
        return fail(e, f, pc, "alloc of class " + std::to_string(c) + " takes " + count(value_slots(c), "value slot") +
                                  ", " + std::to_string(n) + " given");
    }
    if (op_id == Op::FMath && code[pc + 2] >= kFloatFunctionCount)
      return fail(e, f, pc, "fmath: no float function " + std::to_string(code[pc + 2]) + " (there are " +
                                std::to_string(kFloatFunctionCount) + ")");
    if (op_id == Op::NCall) {
      const NativeInfo& nat = native(code[pc + 2]);
      uint32_t argc = code[pc + 3];
      if (nat.arity >= 0 && argc != static_cast<uint32_t>(nat.arity))
        return fail(e, f, pc, "native '" + nat.name + "' takes " + count(nat.arity, "argument") + ", " +
                                  std::to_string(argc) + " given");
    }
    if (at > size) return fail(e, f, pc, std::string("'") + op.name + "' is truncated");
    pc = at;
  }
  starts[size] = true;

  // Pass 2: branch targets and handlers land on instruction starts.
  for (auto [pc, target] : branches)
    if (target >= size || !starts[target])
      return fail(e, f, pc, "jump target " + std::to_string(target) + " out of range");
  for (const HandlerEntry& h : f.handlers) {
    if (h.start > h.end || h.end > size || !starts[h.start] || !starts[h.end])
      return fail(e, f, h.start < size ? h.start : last, "handler range is not a range of instructions");
    if (h.target >= size || !starts[h.target]) return fail(e, f, h.start, "handler target out of range");
    if (h.reg >= f.nregs) return fail(e, f, h.start, "handler register r" + std::to_string(h.reg) + " out of range");
  }
  if (!(kOpInfo[code[last]].flags & kTerminator))
    return fail(e, f, last, "control falls off the end of '" + f.name + "' (the last instruction must be ret, jmp, throw or tailcall)");
  return true;
}

bool verify_module(const Module& m, VerifyError* e) {
  for (const auto& f : m.functions)
    if (!verify_function(*f, e)) return false;
  return true;
}

}  // namespace sy::ir
