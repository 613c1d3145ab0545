// A small assembler for IR functions built in C++: instructions as words, forward labels
// patched when the function is finished, handler ranges by label.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <span>
#include <stdexcept>
#include <vector>

#include "core/ir/module.h"
#include "core/ir/opcodes.h"

namespace sy::beam {

class Emitter {
 public:
  explicit Emitter(sy::Function* fn) : fn_(fn) {}

  using Label = uint32_t;
  Label new_label() {
    label_pc_.push_back(kUnbound);
    return static_cast<Label>(label_pc_.size() - 1);
  }
  void bind(Label l) {
    flush_moves();
    label_pc_[l] = pc();
  }
  bool bound(Label l) const { return label_pc_[l] != kUnbound; }
  uint32_t pc() {
    flush_moves();
    return static_cast<uint32_t>(fn_->code.size());
  }

  // One instruction: its operands in table order; label operands given with lab().
  struct Word {
    uint32_t v;
    bool label = false;
  };
  static Word lab(Label l) { return {l, true}; }
  void op(ir::Op o, std::initializer_list<Word> words, std::span<const uint32_t> list = {}, bool has_list = false) {
    flush_moves();
    fn_->code.push_back(static_cast<uint32_t>(o));
    for (const Word& w : words) {
      if (w.label) fixups_.push_back({pc(), w.v});
      fn_->code.push_back(w.v);
    }
    if (has_list) {
      fn_->code.push_back(static_cast<uint32_t>(list.size()));
      for (uint32_t r : list) fn_->code.push_back(r);
    }
  }
  void op_list(ir::Op o, std::initializer_list<Word> words, std::span<const uint32_t> list) {
    op(o, words, list, true);
  }

  // Frequent forms. Consecutive moves become one `movs` (one dispatch for a block of
  // register copies, as BEAM code saves and restores around calls).
  void mov(uint32_t d, uint32_t s) {
    if (d == s) return;
    moves_.push_back(d);
    moves_.push_back(s);
  }
  void flush_moves() {
    if (moves_.empty()) return;
    std::vector<uint32_t> m;
    m.swap(moves_);
    if (m.size() == 2) op(ir::Op::Mov, {{m[0]}, {m[1]}});
    else op_list(ir::Op::Movs, {}, m);
  }
  void konst(uint32_t d, Value v) { op(ir::Op::Const, {{d}, {fn_->add_constant(v)}}); }
  Word k(Value v) { return {fn_->add_constant(v)}; }  // a constant operand
  void jmp(Label l) { op(ir::Op::Jmp, {lab(l)}); }
  void jcls(uint32_t r, ClassId c, Label l) { op(ir::Op::JCls, {{r}, {c}, lab(l)}); }
  void jncls(uint32_t r, ClassId c, Label l) { op(ir::Op::JNCls, {{r}, {c}, lab(l)}); }
  void ncall(uint32_t d, uint32_t native, std::span<const uint32_t> args) { op_list(ir::Op::NCall, {{d}, {native}}, args); }

  // A handler: exceptions from [from, to) continue at target with the value in reg.
  // Ranges are given innermost first.
  void handler(Label from, Label to, Label target, uint32_t reg) { handlers_.push_back({from, to, target, reg}); }

  // Line of the instructions emitted from here on.
  void line(uint32_t encoded) {
    flush_moves();
    if (!fn_->lines.empty() && fn_->lines.back().pc == pc()) {
      fn_->lines.back().line = encoded;
      return;
    }
    if (!fn_->lines.empty() && fn_->lines.back().line == encoded) return;
    fn_->lines.push_back({pc(), encoded});
  }

  // Resolves labels and handlers; throws std::logic_error on an unbound label (a bug).
  void finish() {
    flush_moves();
    for (auto [at, l] : fixups_) {
      if (label_pc_[l] == kUnbound) throw std::logic_error("unbound label in " + fn_->name);
      fn_->code[at] = label_pc_[l];
    }
    for (const auto& h : handlers_) {
      uint32_t s = label_pc_[h.from], e = label_pc_[h.to], t = label_pc_[h.target];
      if (s == kUnbound || e == kUnbound || t == kUnbound) throw std::logic_error("unbound handler label in " + fn_->name);
      if (s < e) fn_->handlers.push_back({s, e, t, h.reg});
    }
  }

  sy::Function* fn() const { return fn_; }

 private:
  static constexpr uint32_t kUnbound = UINT32_MAX;
  struct PendingHandler {
    Label from, to, target;
    uint32_t reg;
  };
  sy::Function* fn_;
  std::vector<uint32_t> label_pc_;
  std::vector<std::pair<uint32_t, Label>> fixups_;
  std::vector<PendingHandler> handlers_;
  std::vector<uint32_t> moves_;  // (dst, src) pairs not emitted yet
};

}  // namespace sy::beam
