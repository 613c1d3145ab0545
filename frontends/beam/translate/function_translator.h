// The translator's internals, shared by translator.cpp (analysis, frames, calls,
// exceptions, modules) and translate_ops.cpp (BIFs, tests, maps, floats, receive, the bit
// syntax). See translator.cpp for the frame layout.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/ir/module.h"
#include "frontends/beam/loader/beam_file.h"
#include "frontends/beam/translate/code_server.h"
#include "frontends/beam/translate/emitter.h"

namespace sy::beam::detail {

using L = Emitter::Label;
using ir::Op;

struct TranslateError {
  std::string message;
};


// The atoms of the module as values.
struct ModuleContext {
  const Module& bm;
  LoadedModule& lm;
  ReductionMode mode;
  std::vector<Value> atom_values;
  std::vector<uint32_t> ir_index;       // BEAM function index -> IR function index
  std::vector<uint32_t> fun_entry;      // FunT index -> IR function index of the fun's entry
  std::vector<uint32_t> import_site;    // import index -> site descriptor index (lazily made)
  std::vector<int64_t> import_native;   // import index -> native index (BIFs), -1 if none
  std::unordered_map<uint32_t, uint32_t> function_by_entry;  // entry label -> BEAM function index
  std::vector<bool> called_locally;     // BEAM function index -> target of call/call_last/call_only
};

// The instructions that leave the function's code for another function's, or return:
// after them no x register but the result, and no float register, is live.
inline bool is_call_or_return(beam::Op op) {
  switch (op) {
    case beam::Op::call:
    case beam::Op::call_last:
    case beam::Op::call_only:
    case beam::Op::call_ext:
    case beam::Op::call_ext_last:
    case beam::Op::call_ext_only:
    case beam::Op::return_: return true;
    default: return false;
  }
}

// BIFs that always raise: erlc emits nothing reachable after a call to them.
inline bool never_returns(std::string_view f, uint32_t arity) {
  return (f == "error" && arity >= 1 && arity <= 3) || (f == "exit" && arity == 1) || (f == "throw" && arity == 1) ||
         (f == "nif_error" && (arity == 1 || arity == 2));
}


class FunctionTranslator {
 public:
  FunctionTranslator(ModuleContext& mc, uint32_t index, sy::Function* fn, bool fun_entry_form)
      : mc_(mc), bf_(mc.bm.functions[index]), index_(index), fn_(fn), e_(fn), fun_form_(fun_entry_form) {}

  void run();

 private:
  // -- Analysis --
  struct State {
    bool reached = false;
    int32_t yoff = 0;
    std::vector<uint32_t> catches;  // handler labels, innermost last
  };
  void analyze();
  void propagate(size_t from, size_t to, const State& s);
  std::vector<size_t> successors(size_t i, bool* falls_through) const;
  size_t index_of_label(uint32_t label) const;

  // -- Registers and operands --
  uint32_t xreg(uint32_t n) const { return n; }
  uint32_t yreg(uint32_t n) const { return nx_ + static_cast<uint32_t>(state_->yoff) + n; }
  uint32_t freg(uint32_t n) const { return nx_ + ny_ + n; }
  uint32_t temp() {
    uint32_t t = temp_base_ + temps_used_++;
    max_temps_ = std::max(max_temps_, temps_used_);
    return t;
  }
  uint32_t reg(const Operand& o) const;                  // X, Y, FloatReg
  bool is_reg(const Operand& o) const { return o.tag == Tag::X || o.tag == Tag::Y || o.tag == Tag::FloatReg; }
  Value constant(const Operand& o) const;                 // non-register operands
  uint32_t val(const Operand& o);                         // a register holding the operand
  bool immediate_const(const Operand& o) const;           // identity compares it exactly
  bool known_type(const Operand& o, uint16_t bits) const;  // the Type chunk says so
  bool known_small_int(const Operand& o) const;
  void store(const Operand& dst, uint32_t src) { e_.mov(reg(dst), src); }
  L label_for(uint32_t beam_label);
  L fail_label(const Operand& f);  // a test's fail target

  // -- Emission --
  void emit_instruction(size_t i);
  void emit_call_local(const Instruction& in, bool tail);
  void emit_call_ext(uint32_t arity, uint32_t import, bool tail);
  void emit_apply(uint32_t arity, bool tail);
  void emit_call_fun(uint32_t fun_reg, uint32_t arity, bool tail);
  void emit_bif(const Instruction& in, uint32_t import, std::span<const Operand> args, const Operand& dst,
                const Operand& fail);
  bool emit_inline_bif(std::string_view name, std::span<const Operand> args, uint32_t dst, const Operand& fail,
                       int64_t native);
  // `op dst, a, b` (b an immediate for addi); the stub calls `native` on native_args, after
  // loading `stub_const` (register, value) when given: a literal the fast path did not need.
  void emit_arith(Op op, uint32_t a, uint32_t b, uint32_t dst, int64_t native, const Operand& fail, bool may_float,
                  std::initializer_list<uint32_t> native_args, std::optional<std::pair<uint32_t, Value>> stub_const = {});
  void emit_compare(const Instruction& in);
  void emit_test(const Instruction& in);
  void emit_select_val(const Instruction& in);
  void emit_select_tuple_arity(const Instruction& in);
  void emit_make_fun(const Instruction& in);
  void emit_get_map_elements(const Instruction& in);
  void emit_put_map(const Instruction& in, bool exact);
  void emit_has_map_fields(const Instruction& in);
  void emit_float_op(const Instruction& in);
  void emit_receive(const Instruction& in);
  void emit_binary(const Instruction& in);
  struct ReductionCheck {
    L after;  // where the code goes on with reductions left
    L yield;  // the stub that yields, then goes on at `after`
  };
  ReductionCheck emit_reduction_check();
  ReductionCheck yield_stub(L after);
  void raise_with(uint32_t native, std::initializer_list<uint32_t> args);
  void guard_handler(L from, L to, L target) { e_.handler(from, to, target, exc_reg_); }
  // Out-of-line code, emitted after the body in the catch region of the instruction that
  // created it.
  struct Stub {
    L entry;
    std::vector<uint32_t> catches;
    uint32_t line;  // of the instruction that made it, for stack traces
    std::function<void()> body;
  };
  void stub(L entry, std::function<void()> body) {
    stubs_.push_back({entry, state_->catches, line_, std::move(body)});
  }
  void enter_catch_region(const std::vector<uint32_t>& catches);
  void close_catch_region();
  [[noreturn]] void unsupported(const Instruction& in, const std::string& what = "");

  ModuleContext& mc_;
  const beam::Function& bf_;
  uint32_t index_;
  sy::Function* fn_;
  Emitter e_;
  bool fun_form_;  // the entry of a fun: x(arity..) come from the closure's captures
  uint32_t nx_ = 0, ny_ = 0, nf_ = 0, temp_base_ = 0, temps_used_ = 0, max_temps_ = 0;
  uint32_t exc_reg_ = 0;    // receives exceptions in handlers
  uint32_t yield_reg_ = 0;  // what a reduction yield hands over and gets back (nothing else is live there)
  std::vector<State> states_;
  const State* state_ = nullptr;
  size_t current_ = 0;
  std::unordered_map<uint32_t, L> labels_;
  std::vector<Stub> stubs_;
  // Catch regions: runs of emitted code with the same innermost try/catch.
  struct Region {
    L from, to;
    uint32_t handler;  // BEAM label
  };
  std::vector<Region> regions_;
  std::optional<Region> open_region_;
  std::unordered_map<uint32_t, L> pads_;  // BEAM handler label -> its landing pad
  size_t fused_next_ = 0;  // how many of the next instructions emit_instruction also translated
  uint32_t line_ = 0;  // the encoded line of the instruction being translated
  L top_ = 0;          // the function's start after the prologue: where a self tail call jumps
  std::optional<ReductionCheck> entry_check_;  // the reduction check at top_ (fair mode)
  // Moves into x registers right before a call are not emitted: the call takes their
  // sources as its arguments (x registers are dead after a call, except x0, its result).
  struct PendingMove {
    bool is_const;
    uint32_t reg;  // the source register, when not a constant
    Operand op;    // the constant operand
  };
  std::unordered_map<uint32_t, PendingMove> pending_moves_;
  // Float registers are copies, not conversions (floats are immediates): a float register
  // loaded by `fmove` from an x or y register stands for that register until either is
  // written, so float instructions read the source and the copy is made only when control
  // may leave the run of float code (most copies die first, overwritten by a result).
  std::vector<std::pair<uint32_t, uint32_t>> float_copies_;  // float register -> its source
  uint32_t float_source(uint32_t fr) const;
  void drop_float_copy(uint32_t fr);
  void flush_float_copies();
  void flush_float_copies_of(uint32_t src);
  bool float_reg_overwritten(uint32_t fr) const;
  void before_instruction(const Instruction& in);
  void emit_fmove(const Instruction& in);
  bool move_feeds_call(size_t i) const;
  std::vector<uint32_t> call_args(uint32_t arity);
};

}  // namespace sy::beam::detail
