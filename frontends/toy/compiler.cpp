#include "frontends/toy/compiler.h"

#include <vector>

#include "core/ir/verifier.h"

namespace sy::toy {

namespace {

// Which instructions execution can reach from instruction 0.
std::vector<bool> reachable(const Bytecode& code) {
  const auto n = static_cast<uint32_t>(code.insns.size());
  std::vector<bool> seen(n, false);
  std::vector<uint32_t> work{0};
  while (!work.empty()) {
    uint32_t i = work.back();
    work.pop_back();
    // i == n is running off the end; the caller reports it.
    if (i >= n || seen[i]) continue;
    seen[i] = true;
    const Insn& in = code.insns[i];
    switch (in.op) {
      case Op::ReturnA: break;
      case Op::JumpIfA:
        work.push_back(in.operand);
        work.push_back(i + 1);
        break;
      case Op::MovAR:
      case Op::MovRA:
      case Op::AddRToA:
      case Op::DecrA: work.push_back(i + 1); break;
    }
  }
  return seen;
}

// `i2` labels toy instruction 2.
std::string label_name(uint32_t target) {
  std::string s = std::to_string(target);
  s.insert(s.begin(), 'i');
  return s;
}

class Compiler {
 public:
  Compiler(const Bytecode& code, ir::SourceError* error) : code_(code), err_(error) {}

  std::unique_ptr<Module> run(const std::string& file, const std::string& name) {
    const auto& insns = code_.insns;
    if (insns.empty()) return fail(file, 1, 1, "the program has no instructions: it needs a return_a");
    live_ = reachable(code_);
    const Insn& last = insns.back();
    if (live_.back() && last.op != Op::ReturnA)
      return fail(file, last.line, last.col,
                  "execution can run past the last instruction: the program must end with return_a");

    auto module = std::make_unique<Module>();
    module->name = name;
    module->source = module->declared_source = file;
    module->explicit_lines = true;
    allocate_registers();
    fn_ = module->add_function(name, 1, nregs_);
    fn_->decl_line = insns[0].line;
    emit_body();
    module->finish();
    ir::VerifyError ve;
    if (!ir::verify_module(*module, &ve))  // a compiler bug, not a user error
      return fail(file, fn_->line_at(ve.pc), 1, "internal error: invalid IR: " + ve.message);
    return module;
  }

 private:
  // r0 is `a`; used toy registers follow in increasing number; then the zero register.
  void allocate_registers() {
    std::vector<bool> used(kRegisterCount, false);
    bool jumps = false;
    for (size_t i = 0; i < code_.insns.size(); ++i) {
      if (!live_[i]) continue;
      const Insn& in = code_.insns[i];
      if (info(in.op).operand == Operand::kRegister) used[in.operand] = true;
      if (in.op == Op::JumpIfA) jumps = true;
    }
    nregs_ = 1;
    for (uint32_t r = 0; r < kRegisterCount; ++r)
      if (used[r]) reg_[r] = nregs_++;
    if (jumps) zero_ = nregs_++;
  }

  void emit_body() {
    // Toy registers start at 0; IR registers start as nil.
    const uint32_t k0 = fn_->add_constant(Value::small_int(0));
    for (uint32_t r = 1; r < nregs_; ++r) emit(ir::Op::Const, {r, k0});

    std::vector<uint32_t> pc_of(code_.insns.size(), 0);
    std::vector<std::pair<uint32_t, uint32_t>> fixups;  // (code word, toy target)
    for (size_t i = 0; i < code_.insns.size(); ++i) {
      if (!live_[i]) continue;
      const Insn& in = code_.insns[i];
      const auto pc = static_cast<uint32_t>(fn_->code.size());
      pc_of[i] = pc;
      if (fn_->lines.empty() || fn_->lines.back().line != in.line) fn_->lines.push_back({pc, in.line});
      switch (in.op) {
        case Op::JumpIfA:
          emit(ir::Op::Jne, {a, zero_, 0});
          fixups.emplace_back(pc + 3, in.operand);  // the label word
          break;
        case Op::MovAR: emit(ir::Op::Mov, {reg_[in.operand], a}); break;
        case Op::MovRA: emit(ir::Op::Mov, {a, reg_[in.operand]}); break;
        case Op::AddRToA: emit(ir::Op::Add, {a, a, reg_[in.operand]}); break;
        case Op::DecrA: emit(ir::Op::AddI, {a, a, static_cast<uint32_t>(-1)}); break;
        case Op::ReturnA: {
          // The result is printed, not returned: the command takes an int result as the
          // exit status.
          const uint32_t nil = fn_->add_constant(Value::nil());
          emit(ir::Op::Print, {a});
          emit(ir::Op::Const, {a, nil});
          emit(ir::Op::Ret, {a});
          break;
        }
      }
    }
    std::vector<bool> labelled(code_.insns.size(), false);
    for (auto [word, target] : fixups) {
      fn_->code[word] = pc_of[target];
      if (!labelled[target]) fn_->labels.emplace_back(pc_of[target], label_name(target));
      labelled[target] = true;
    }
  }

  void emit(ir::Op op, std::initializer_list<uint32_t> operands) {
    fn_->code.push_back(static_cast<uint32_t>(op));
    fn_->code.insert(fn_->code.end(), operands);
  }

  std::unique_ptr<Module> fail(const std::string& file, uint32_t line, uint32_t col, std::string message) {
    *err_ = ir::SourceError{file, line, col, std::move(message)};
    return nullptr;
  }

  static constexpr uint32_t a = 0;  // the accumulator's IR register

  const Bytecode& code_;
  ir::SourceError* err_;
  std::vector<bool> live_;
  uint32_t reg_[kRegisterCount] = {};  // toy register -> IR register
  uint32_t zero_ = 0;
  uint32_t nregs_ = 0;
  Function* fn_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> compile(const Bytecode& code, const std::string& file, const std::string& name,
                                ir::SourceError* error) {
  return Compiler(code, error).run(file, name);
}

}  // namespace sy::toy
