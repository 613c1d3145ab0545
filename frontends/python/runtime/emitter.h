// Builds the code of one IR function: instructions with symbolic labels, line entries,
// handler ranges. The compiler and the runtime's adapters both use it.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <vector>

#include "core/ir/module.h"
#include "core/ir/opcodes.h"

namespace sy::py {

class Emitter {
 public:
  using Label = uint32_t;
  explicit Emitter(Function* f) : f_(f) {}

  Function* fn() const { return f_; }
  uint32_t pc() const { return static_cast<uint32_t>(f_->code.size()); }
  Label new_label() {
    label_pc_.push_back(kUnplaced);
    return static_cast<Label>(label_pc_.size() - 1);
  }
  void place(Label l) { label_pc_[l] = pc(); }
  bool placed(Label l) const { return label_pc_[l] != kUnplaced; }

  // One instruction. Operands in table order; a label operand ('l') is a Label; a
  // register list ('*', always last) comes in `list`.
  void op(ir::Op op, std::initializer_list<uint32_t> operands, std::span<const uint32_t> list = {}) {
    const char* kinds = ir::info(op).operands;
    f_->code.push_back(static_cast<uint32_t>(op));
    const uint32_t* v = operands.begin();
    for (const char* k = kinds; *k; ++k) {
      if (*k == '*') {
        f_->code.push_back(static_cast<uint32_t>(list.size()));
        f_->code.insert(f_->code.end(), list.begin(), list.end());
        continue;
      }
      if (*k == 'l') fixups_.push_back({pc(), *v});
      f_->code.push_back(*v++);
    }
  }
  uint32_t constant(Value v) { return f_->add_constant(v); }
  void const_(uint32_t dst, Value v) { op(ir::Op::Const, {dst, constant(v)}); }

  // The source line of the instructions that follow.
  void line(int lineno) {
    if (lineno <= 0) return;
    auto l = static_cast<uint32_t>(lineno);
    if (!f_->lines.empty() && f_->lines.back().line == l) return;
    if (!f_->lines.empty() && f_->lines.back().pc == pc()) {
      f_->lines.back().line = l;
      return;
    }
    f_->lines.push_back({pc(), l});
  }

  // Exceptions thrown in [start, end) continue at target with the value in reg. Handlers
  // are kept in the order added: add inner ranges first.
  void handler(Label start, Label end, Label target, uint32_t reg) { handlers_.push_back({start, end, target, reg}); }

  // Inserts code before everything emitted so far: a prologue known only once the body
  // is compiled. The inserted words hold no labels. Returns how many were inserted.
  uint32_t prepend(const std::vector<uint32_t>& words) {
    auto n = static_cast<uint32_t>(words.size());
    if (n == 0) return 0;
    f_->code.insert(f_->code.begin(), words.begin(), words.end());
    for (uint32_t& pc : label_pc_)
      if (pc != kUnplaced) pc += n;
    for (Fixup& fx : fixups_) fx.word += n;
    for (LineEntry& l : f_->lines) l.pc += n;
    return n;
  }

  // Resolves labels and handler ranges; sets the frame size.
  void finish(uint32_t nregs) {
    for (const Fixup& fx : fixups_) f_->code[fx.word] = label_pc_[fx.label];
    for (const Handler& h : handlers_) {
      uint32_t s = label_pc_[h.start], e = label_pc_[h.end];
      if (s == e) continue;  // an empty range catches nothing
      f_->handlers.push_back({s, e, label_pc_[h.target], h.reg});
    }
    f_->nregs = nregs < f_->nparams ? f_->nparams : nregs;
  }

 private:
  static constexpr uint32_t kUnplaced = UINT32_MAX;
  struct Fixup {
    uint32_t word;
    Label label;
  };
  struct Handler {
    Label start, end, target;
    uint32_t reg;
  };
  Function* f_;
  std::vector<uint32_t> label_pc_;
  std::vector<Fixup> fixups_;
  std::vector<Handler> handlers_;
};

}  // namespace sy::py
