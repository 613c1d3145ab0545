// BEAM -> IR. The layout of a translated function's frame:
//
//   r0 .. nx-1            x registers (the first `arity` are the parameters)
//   nx .. nx+ny-1         y registers: the BEAM stack frame. `trim N` drops the first N
//                         slots, so yK is slot (offset + K) where the offset at each
//                         instruction comes from a dataflow pass over the function.
//   .. +nf                float registers
//   ..                    temporaries of single instructions and their slow paths
//
// `allocate`, `deallocate`, `test_heap` and friends need no code: an IR frame already has
// every slot. A call leaves its result in x0 like BEAM; a tail call (call_only, call_last,
// call_ext_only, call_ext_last, apply_last, and call_fun followed by return) is an IR
// tail call, which reuses the frame.
//
// Fast paths are inline IR; everything else jumps to an out-of-line stub placed after the
// function's body, which calls a native and jumps back. Arithmetic and guard BIFs are
// covered by one-instruction handler ranges: if the IR instruction raises (a type error,
// a zero divisor), its handler calls the BIF itself, which computes the result IR could
// not or raises the error BEAM would, with the arguments in the stack trace.
#include "frontends/beam/translate/translator.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>

#include "core/bigint.h"
#include "core/float_functions.h"
#include "core/ir/verifier.h"
#include "frontends/beam/runtime/etf.h"
#include "frontends/beam/runtime/terms.h"
#include "frontends/beam/translate/exceptions.h"
#include "frontends/beam/translate/function_translator.h"
#include "frontends/beam/translate/runtime_natives.h"

namespace sy::beam {

namespace detail {

// -- Analysis --

size_t FunctionTranslator::index_of_label(uint32_t label) const {
  const auto& pos = mc_.bm.labels[label];
  return pos.instruction;
}

std::vector<size_t> FunctionTranslator::successors(size_t i, bool* falls) const {
  const Instruction& in = bf_.code[i];
  std::vector<size_t> out;
  *falls = true;
  auto label_arg = [&](int k) {
    const Operand& o = bf_.arg(in, k);
    if (o.tag == Tag::Label && o.value != 0) out.push_back(index_of_label(static_cast<uint32_t>(o.value)));
  };
  switch (in.op) {
    case beam::Op::func_info:
    case beam::Op::int_code_end:
    case beam::Op::return_:
    case beam::Op::call_only:
    case beam::Op::call_last:
    case beam::Op::call_ext_only:
    case beam::Op::call_ext_last:
    case beam::Op::apply_last:
    case beam::Op::badmatch:
    case beam::Op::if_end:
    case beam::Op::case_end:
    case beam::Op::try_case_end:
    case beam::Op::badrecord:
    case beam::Op::raise:
      *falls = false;
      return out;
    case beam::Op::jump:
    case beam::Op::loop_rec_end:
    case beam::Op::wait:
      *falls = false;
      label_arg(0);
      return out;
    case beam::Op::call:
    case beam::Op::make_fun3:
      return out;  // their label operand is a function, not a branch
    case beam::Op::call_ext: {
      const Import& imp = mc_.bm.imports[bf_.arg(in, 1).value];
      if (mc_.bm.atoms[imp.module] == "erlang" && never_returns(mc_.bm.atoms[imp.function], imp.arity)) *falls = false;
      return out;
    }
    case beam::Op::select_val:
    case beam::Op::select_tuple_arity: {
      *falls = false;
      label_arg(1);
      for (const Operand& o : bf_.elements(bf_.arg(in, 2)))
        if (o.tag == Tag::Label) out.push_back(index_of_label(static_cast<uint32_t>(o.value)));
      return out;
    }
    default:
      for (int k = 0; k < in.argc; ++k) label_arg(k);
      return out;
  }
}

void FunctionTranslator::propagate(size_t from, size_t to, const State& s) {
  State& t = states_[to];
  if (!t.reached) {
    t = s;
    t.reached = true;
    return;
  }
  if (t.yoff != s.yoff || t.catches != s.catches) {
    const Instruction& in = bf_.code[from];
    unsupported(in, "inconsistent stack frame or exception handlers where control flow joins");
  }
}

void FunctionTranslator::analyze() {
  const size_t n = bf_.code.size();
  states_.assign(n, State{});
  size_t entry = index_of_label(bf_.entry);
  states_[entry].reached = true;
  std::vector<size_t> work{entry};
  std::vector<bool> done(n, false);
  uint32_t max_x = bf_.arity, max_y = 0, max_f = 0;
  bool has_handlers = false;
  while (!work.empty()) {
    size_t i = work.back();
    work.pop_back();
    if (done[i]) continue;
    done[i] = true;
    const Instruction& in = bf_.code[i];
    State s = states_[i];
    // Registers this instruction names (in lists too), to size the frame.
    auto note = [&](const Operand& o) {
      if (o.tag == Tag::X) max_x = std::max(max_x, static_cast<uint32_t>(o.value) + 1);
      if (o.tag == Tag::Y) max_y = std::max(max_y, static_cast<uint32_t>(s.yoff + o.value) + 1);
      if (o.tag == Tag::FloatReg) max_f = std::max(max_f, static_cast<uint32_t>(o.value) + 1);
    };
    for (const Operand& o : bf_.args(in)) {
      note(o);
      if (o.tag == Tag::List)
        for (const Operand& el : bf_.elements(o)) note(el);
    }
    State next = s;
    switch (in.op) {
      case beam::Op::allocate:
      case beam::Op::allocate_heap:
      case beam::Op::allocate_zero:
      case beam::Op::allocate_heap_zero:
        next.yoff = 0;
        max_y = std::max(max_y, static_cast<uint32_t>(bf_.arg(in, 0).value));
        break;
      case beam::Op::trim:
        next.yoff = s.yoff + static_cast<int32_t>(bf_.arg(in, 0).value);
        break;
      case beam::Op::deallocate:
        next.yoff = 0;
        break;
      case beam::Op::try_:
      case beam::Op::catch_: {
        has_handlers = true;
        uint32_t handler = static_cast<uint32_t>(bf_.arg(in, 1).value);
        next.catches.push_back(handler);
        // The handler label is reached with the handler still pushed (try_case/catch_end pop it).
        propagate(i, index_of_label(handler), next);
        work.push_back(index_of_label(handler));
        break;
      }
      case beam::Op::try_end:
      case beam::Op::try_case:
      case beam::Op::catch_end:
        if (next.catches.empty()) unsupported(in, "no exception handler to end");
        next.catches.pop_back();
        break;
      case beam::Op::call_fun: max_x = std::max(max_x, static_cast<uint32_t>(bf_.arg(in, 0).value) + 1); break;
      case beam::Op::apply:
      case beam::Op::apply_last: max_x = std::max(max_x, static_cast<uint32_t>(bf_.arg(in, 0).value) + 2); break;
      case beam::Op::loop_rec:
      case beam::Op::send: max_x = std::max(max_x, 2u); break;
      case beam::Op::raw_raise:
      case beam::Op::build_stacktrace: max_x = std::max(max_x, 3u); break;
      default: break;
    }
    bool falls;
    for (size_t t : successors(i, &falls)) {
      propagate(i, t, next);
      work.push_back(t);
    }
    if (falls && i + 1 < n) {
      propagate(i, i + 1, next);
      work.push_back(i + 1);
    }
  }
  // The func_info block raises function_clause from x0..arity-1; handlers write x0..x2.
  if (has_handlers) max_x = std::max(max_x, 3u);
  // A fun's free variables arrive in x(arity - num_free ...), already counted in arity.
  nx_ = max_x;
  ny_ = max_y;
  nf_ = max_f;
  exc_reg_ = nx_ + ny_ + nf_;
  yield_reg_ = exc_reg_ + 1;
  temp_base_ = exc_reg_ + 2;
  temps_used_ = 0;
  max_temps_ = 0;
}

// -- Operands --

uint32_t FunctionTranslator::reg(const Operand& o) const {
  switch (o.tag) {
    case Tag::X: return xreg(static_cast<uint32_t>(o.value));
    case Tag::Y: return yreg(static_cast<uint32_t>(o.value));
    case Tag::FloatReg: return freg(static_cast<uint32_t>(o.value));
    default: throw TranslateError{"expected a register operand"};
  }
}

Value FunctionTranslator::constant(const Operand& o) const {
  switch (o.tag) {
    case Tag::Integer: return make_int(o.value);
    case Tag::BigInteger: return parse_int(mc_.bm.big_integers[o.value]);
    case Tag::Atom: return mc_.atom_values[o.value];
    case Tag::Nil: return Value::nil();
    case Tag::Literal: return mc_.lm.literals[o.value];
    case Tag::Char: return Value::small_int(o.value);
    case Tag::Unsigned: return make_int(o.value);
    default: throw TranslateError{"expected a constant operand"};
  }
}

uint32_t FunctionTranslator::val(const Operand& o) {
  if (is_reg(o)) return reg(o);
  uint32_t t = temp();
  e_.konst(t, constant(o));
  return t;
}

bool FunctionTranslator::immediate_const(const Operand& o) const {
  switch (o.tag) {
    case Tag::Atom:
    case Tag::Nil: return true;
    case Tag::Integer: return Value::fits_small(o.value);
    case Tag::Literal: {
      Value v = mc_.lm.literals[o.value];
      return v.is_atom() || v.is_bool() || v.is_nil() || v.is_int();
    }
    default: return false;
  }
}

bool FunctionTranslator::known_type(const Operand& o, uint16_t bits) const {
  if ((o.tag != Tag::X && o.tag != Tag::Y) || o.type == kNoType || o.type >= mc_.bm.types.size()) return false;
  uint16_t t = mc_.bm.types[o.type].bits;
  return t != 0 && (t & ~bits) == 0;
}

bool FunctionTranslator::known_small_int(const Operand& o) const {
  if (o.tag == Tag::Integer) return Value::fits_small(o.value);
  if (!known_type(o, kTypeInteger)) return false;
  const TypeEntry& t = mc_.bm.types[o.type];
  return t.has_range() && Value::fits_small(t.min) && Value::fits_small(t.max);
}

L FunctionTranslator::label_for(uint32_t beam_label) {
  auto it = labels_.find(beam_label);
  if (it != labels_.end()) return it->second;
  L l = e_.new_label();
  labels_.emplace(beam_label, l);
  return l;
}

L FunctionTranslator::fail_label(const Operand& f) {
  if (f.tag != Tag::Label || f.value == 0) throw TranslateError{"expected a fail label"};
  return label_for(static_cast<uint32_t>(f.value));
}

[[noreturn]] void FunctionTranslator::unsupported(const Instruction& in, const std::string& what) {
  throw TranslateError{what.empty() ? "instruction '" + std::string(op_name(in.op)) + "' is not supported yet"
                                    : "'" + std::string(op_name(in.op)) + "': " + what};
}

// -- Catch regions --

void FunctionTranslator::enter_catch_region(const std::vector<uint32_t>& catches) {
  std::optional<uint32_t> want;
  if (!catches.empty()) want = catches.back();
  if (open_region_ && want && open_region_->handler == *want) return;
  close_catch_region();
  if (want) {
    L from = e_.new_label();
    e_.bind(from);
    open_region_ = Region{from, 0, *want};
  }
}

void FunctionTranslator::close_catch_region() {
  if (!open_region_) return;
  L to = e_.new_label();
  e_.bind(to);
  open_region_->to = to;
  regions_.push_back(*open_region_);
  open_region_.reset();
}

void FunctionTranslator::raise_with(uint32_t native, std::initializer_list<uint32_t> args) {
  uint32_t t = temp();
  std::vector<uint32_t> a(args);
  e_.ncall(t, native, a);
  e_.op(Op::Throw, {{t}});  // not reached: the native raised
}

FunctionTranslator::ReductionCheck FunctionTranslator::yield_stub(L after) {
  L yield = e_.new_label();
  uint32_t t = yield_reg_;
  stub(yield, [this, t, after] {
    e_.ncall(t, runtime_natives().yield_value, {});
    e_.op(Op::FYield, {{t}, {t}});
    e_.jmp(after);
  });
  return {after, yield};
}

FunctionTranslator::ReductionCheck FunctionTranslator::emit_reduction_check() {
  ReductionCheck check = yield_stub(e_.new_label());
  e_.op(Op::Tick, {{1}, Emitter::lab(check.yield)});
  e_.bind(check.after);
  return check;
}

// -- The function --

void FunctionTranslator::run() {
  analyze();
  // Prologue: a fun's entry takes its free variables from the closure.
  const Lambda* lambda = nullptr;
  if (fun_form_) {
    for (const Lambda& lam : mc_.bm.lambdas)
      if (lam.label == bf_.entry) lambda = &lam;
    uint32_t visible = lambda->arity - lambda->num_free;
    for (uint32_t k = 0; k < lambda->num_free; ++k) e_.op(Op::Cap, {{xreg(visible + k)}, {k}});
  }
  State entry_state;
  state_ = &entry_state;
  // Until the body's first `line`, its location is the one before func_info (BEAM's
  // location of an instruction is the last `line` before it in code order).
  if (bf_.line && bf_.line < mc_.bm.line_items.size()) {
    const LineItem& li = mc_.bm.line_items[bf_.line];
    line_ = encode_line(li.file, li.line);
    e_.line(line_);
  }
  top_ = e_.new_label();
  e_.bind(top_);
  entry_check_.reset();
  if (mc_.mode == ReductionMode::Fair) entry_check_ = emit_reduction_check();
  // Body from the entry label on, then the func_info block (its label raises function_clause).
  size_t entry = index_of_label(bf_.entry);
  size_t n = bf_.code.size();
  std::vector<size_t> order;
  for (size_t i = entry; i < n; ++i) order.push_back(i);
  for (size_t i = 0; i < entry; ++i) order.push_back(i);
  bool fell = false;  // the previous emitted instruction may fall through
  for (size_t k = 0; k < order.size(); ++k) {
    size_t i = order[k];
    if (k == n - entry && fell) {
      // The body fell into the func_info block: impossible for valid code.
      unsupported(bf_.code[i], "code falls through into the function header");
    }
    const Instruction& in = bf_.code[i];
    if (!states_[i].reached) {
      fell = false;
      continue;
    }
    current_ = i;
    state_ = &states_[i];
    temps_used_ = 0;
    try {
      before_instruction(in);
      enter_catch_region(state_->catches);
      emit_instruction(i);
    } catch (TranslateError& err) {
      throw TranslateError{err.message.find('\'') == 0 || err.message.find("instruction") == 0
                               ? err.message
                               : "'" + std::string(op_name(in.op)) + "': " + err.message};
    }
    bool falls;
    successors(i, &falls);
    fell = falls;
    k += fused_next_;  // the next instructions were emitted with this one
    fused_next_ = 0;
  }
  float_copies_.clear();  // the body ends in terminators: no copy is live past them
  if (fell) {
    // Valid BEAM never runs off a function's end; keep the verifier's invariant anyway.
    e_.op(Op::Ret, {{0}});
  }
  // Stubs, each in the catch region of the instruction that made it.
  for (size_t k = 0; k < stubs_.size(); ++k) {
    Stub s = stubs_[k];  // copy: the body may add stubs
    State st;
    st.catches = s.catches;
    state_ = &st;
    temps_used_ = 0;
    enter_catch_region(s.catches);
    e_.bind(s.entry);
    e_.line(s.line);
    s.body();
  }
  close_catch_region();
  // Catch regions go after the one-instruction handlers emitted so far: inner first.
  for (const Region& r : regions_) e_.handler(r.from, r.to, pads_.at(r.handler), exc_reg_);
  fn_->nregs = temp_base_ + max_temps_;
  e_.finish();
}


// -- Instructions --

void FunctionTranslator::emit_instruction(size_t i) {
  const Instruction& in = bf_.code[i];
  auto A = [&](int k) -> const Operand& { return bf_.arg(in, k); };
  auto u = [&](int k) { return static_cast<uint32_t>(A(k).value); };
  const RuntimeNatives& rn = runtime_natives();
  switch (in.op) {
    case beam::Op::label: e_.bind(label_for(u(0))); return;
    case beam::Op::line: {
      uint32_t item = u(0);
      if (item < mc_.bm.line_items.size()) {
        const LineItem& li = mc_.bm.line_items[item];
        line_ = encode_line(li.file, li.line);
        e_.line(line_);
      }
      return;
    }
    case beam::Op::func_info: {
      std::vector<uint32_t> args;
      for (uint32_t k = 0; k < bf_.arity; ++k) args.push_back(xreg(k));
      uint32_t t = temp();
      e_.ncall(t, rn.function_clause, args);
      e_.op(Op::Throw, {{t}});
      return;
    }
    case beam::Op::int_code_end: return;

    // Stack and heap: an IR frame has every slot already.
    case beam::Op::allocate:
    case beam::Op::allocate_heap:
    case beam::Op::allocate_zero:
    case beam::Op::allocate_heap_zero:
    case beam::Op::test_heap:
    case beam::Op::deallocate:
    case beam::Op::trim:
    case beam::Op::init_yregs:
    case beam::Op::nif_start:
    case beam::Op::on_load:
    case beam::Op::recv_marker_bind:
    case beam::Op::recv_marker_clear:
    case beam::Op::recv_marker_use:
    case beam::Op::try_end:
    case beam::Op::try_case:
    case beam::Op::catch_end:
      return;
    case beam::Op::recv_marker_reserve: e_.konst(reg(A(0)), Value::nil()); return;

    // Calls.
    case beam::Op::call: emit_call_local(in, false); return;
    case beam::Op::call_last:
    case beam::Op::call_only: emit_call_local(in, true); return;
    case beam::Op::call_ext: emit_call_ext(u(0), u(1), false); return;
    case beam::Op::call_ext_last:
    case beam::Op::call_ext_only: emit_call_ext(u(0), u(1), true); return;
    case beam::Op::apply: emit_apply(u(0), false); return;
    case beam::Op::apply_last: emit_apply(u(0), true); return;
    case beam::Op::call_fun: {
      uint32_t arity = u(0);
      emit_call_fun(xreg(arity), arity, false);
      return;
    }
    case beam::Op::call_fun2: emit_call_fun(reg(A(2)), u(1), false); return;
    case beam::Op::return_: e_.op(Op::Ret, {{call_args(1)[0]}}); return;

    case beam::Op::bif0: emit_bif(in, u(0), {}, A(1), Operand{}); return;
    case beam::Op::bif1: emit_bif(in, u(1), bf_.args(in).subspan(2, 1), A(3), A(0)); return;
    case beam::Op::bif2: emit_bif(in, u(1), bf_.args(in).subspan(2, 2), A(4), A(0)); return;
    case beam::Op::gc_bif1: emit_bif(in, u(2), bf_.args(in).subspan(3, 1), A(4), A(0)); return;
    case beam::Op::gc_bif2: emit_bif(in, u(2), bf_.args(in).subspan(3, 2), A(5), A(0)); return;
    case beam::Op::gc_bif3: emit_bif(in, u(2), bf_.args(in).subspan(3, 3), A(6), A(0)); return;

    // Data.
    case beam::Op::move:
      if (move_feeds_call(i)) {
        uint32_t dst = u(1);
        const Operand& src = A(0);
        if (src.tag == Tag::X && pending_moves_.count(static_cast<uint32_t>(src.value)))
          pending_moves_[dst] = pending_moves_[static_cast<uint32_t>(src.value)];
        else if (is_reg(src))
          pending_moves_[dst] = PendingMove{false, reg(src), Operand{}};
        else
          pending_moves_[dst] = PendingMove{true, 0, src};
        return;
      }
      if (is_reg(A(0))) e_.mov(reg(A(1)), reg(A(0)));
      else e_.konst(reg(A(1)), constant(A(0)));
      return;
    case beam::Op::swap: {
      uint32_t a = reg(A(0)), b = reg(A(1)), t = temp();
      e_.mov(t, a);
      e_.mov(a, b);
      e_.mov(b, t);
      return;
    }
    case beam::Op::get_list: {
      // One unpair (it reads both words before it writes). erlc has always proved src a
      // cons cell; should it not be one, the `head` out of line raises head's type error.
      uint32_t src = reg(A(0)), h = reg(A(1)), t = reg(A(2));
      L not_cons = e_.new_label();
      e_.op(Op::Unpair, {{src}, Emitter::lab(not_cons), {h}, {t}});
      stub(not_cons, [this, src, h] {
        e_.op(Op::Head, {{h}, {src}});
        e_.op(Op::Throw, {{h}});  // not reached: head raised
      });
      return;
    }
    case beam::Op::get_hd: e_.op(Op::Head, {{reg(A(1))}, {reg(A(0))}}); return;
    case beam::Op::get_tl: e_.op(Op::Tail, {{reg(A(1))}, {reg(A(0))}}); return;
    case beam::Op::put_list: {
      uint32_t h = val(A(0)), t = val(A(1));
      e_.op(Op::Pair, {{reg(A(2))}, {h}, {t}});
      return;
    }
    case beam::Op::put_tuple2: {
      std::vector<uint32_t> regs;
      for (const Operand& o : bf_.elements(A(1))) regs.push_back(val(o));
      e_.op_list(Op::Tuple, {{reg(A(0))}}, regs);
      return;
    }
    case beam::Op::get_tuple_element:
      e_.op(Op::TGet, {{reg(A(2))}, {reg(A(0))}, {u(1)}});
      return;
    case beam::Op::set_tuple_element: {
      uint32_t v = val(A(0)), t = reg(A(1)), k = temp(), r = temp();
      e_.konst(k, Value::small_int(A(2).value));
      uint32_t args[] = {v, t, k};
      e_.ncall(r, rn.set_tuple_element, args);
      return;
    }

    // Errors.
    case beam::Op::badmatch: {
      uint32_t tag = temp();
      e_.konst(tag, atoms.badmatch);
      raise_with(rn.raise_tagged, {tag, val(A(0))});
      return;
    }
    case beam::Op::case_end: {
      uint32_t tag = temp();
      e_.konst(tag, atoms.case_clause);
      raise_with(rn.raise_tagged, {tag, val(A(0))});
      return;
    }
    case beam::Op::try_case_end: {
      uint32_t tag = temp();
      e_.konst(tag, atoms.try_clause);
      raise_with(rn.raise_tagged, {tag, val(A(0))});
      return;
    }
    case beam::Op::badrecord: {
      uint32_t tag = temp();
      e_.konst(tag, atom("badrecord"));
      raise_with(rn.raise_tagged, {tag, val(A(0))});
      return;
    }
    case beam::Op::if_end: {
      uint32_t r = temp();
      e_.konst(r, atoms.if_clause);
      raise_with(rn.raise_atom, {r});
      return;
    }

    // Exceptions: a handler label gets a landing pad that sets x0..x2 (try) or x0 (catch).
    case beam::Op::try_:
    case beam::Op::catch_: {
      uint32_t handler = u(1);
      L pad = e_.new_label();
      pads_[handler] = pad;
      bool is_try = in.op == beam::Op::try_;
      L target = label_for(handler);
      uint32_t exc = exc_reg_;
      stub(pad, [this, is_try, target, exc] {
        const RuntimeNatives& rn = runtime_natives();
        uint32_t ex[] = {exc};
        if (is_try) {
          e_.ncall(xreg(2), rn.caught, ex);
          e_.op(Op::Field, {{xreg(0)}, {xreg(2)}, {exception_class()}, {0}});
          e_.op(Op::Field, {{xreg(1)}, {xreg(2)}, {exception_class()}, {1}});
        } else {
          e_.ncall(xreg(0), rn.catch_value, ex);
        }
        e_.jmp(target);
      });
      return;
    }
    case beam::Op::raise: raise_with(rn.reraise, {val(A(0)), val(A(1))}); return;
    case beam::Op::build_stacktrace: {
      uint32_t a[] = {xreg(0)};
      e_.ncall(xreg(0), rn.build_stacktrace, a);
      return;
    }
    case beam::Op::raw_raise: {
      uint32_t a[] = {xreg(0), xreg(1), xreg(2)};
      e_.ncall(xreg(0), rn.raw_raise, a);
      return;
    }

    // Tests and branches.
    case beam::Op::jump: e_.jmp(label_for(u(0))); return;
    case beam::Op::is_lt:
    case beam::Op::is_ge:
    case beam::Op::is_eq:
    case beam::Op::is_ne:
    case beam::Op::is_eq_exact:
    case beam::Op::is_ne_exact: emit_compare(in); return;
    case beam::Op::is_integer:
    case beam::Op::is_float:
    case beam::Op::is_number:
    case beam::Op::is_atom:
    case beam::Op::is_pid:
    case beam::Op::is_reference:
    case beam::Op::is_port:
    case beam::Op::is_nil:
    case beam::Op::is_binary:
    case beam::Op::is_list:
    case beam::Op::is_nonempty_list:
    case beam::Op::is_tuple:
    case beam::Op::test_arity:
    case beam::Op::is_boolean:
    case beam::Op::is_function:
    case beam::Op::is_function2:
    case beam::Op::is_bitstr:
    case beam::Op::is_map:
    case beam::Op::is_tagged_tuple: emit_test(in); return;
    case beam::Op::select_val: emit_select_val(in); return;
    case beam::Op::select_tuple_arity: emit_select_tuple_arity(in); return;

    case beam::Op::make_fun3: emit_make_fun(in); return;

    // Maps.
    case beam::Op::get_map_elements: emit_get_map_elements(in); return;
    case beam::Op::put_map_assoc: emit_put_map(in, false); return;
    case beam::Op::put_map_exact: emit_put_map(in, true); return;
    case beam::Op::has_map_fields: emit_has_map_fields(in); return;

    // Floats.
    case beam::Op::fmove: emit_fmove(in); return;
    case beam::Op::fconv:
    case beam::Op::fadd:
    case beam::Op::fsub:
    case beam::Op::fmul:
    case beam::Op::fdiv:
    case beam::Op::fnegate: emit_float_op(in); return;

    // Messages.
    case beam::Op::send: {
      uint32_t a[] = {xreg(0), xreg(1)};
      e_.ncall(xreg(0), rn.send, a);
      return;
    }
    case beam::Op::loop_rec:
    case beam::Op::loop_rec_end:
    case beam::Op::remove_message:
    case beam::Op::timeout:
    case beam::Op::wait:
    case beam::Op::wait_timeout: emit_receive(in); return;

    default:
      if (std::string(op_name(in.op)).rfind("bs_", 0) == 0) {
        emit_binary(in);
        return;
      }
      unsupported(in);
  }
}

// -- Calls --

// Whether the move at i is followed, through moves into x registers and instructions
// that emit nothing, by a call that consumes x registers.
bool FunctionTranslator::move_feeds_call(size_t i) const {
  if (bf_.arg(bf_.code[i], 1).tag != Tag::X) return false;
  for (size_t j = i + 1; j < bf_.code.size(); ++j) {
    const Instruction& in = bf_.code[j];
    switch (in.op) {
      case beam::Op::line:
      case beam::Op::deallocate:
      case beam::Op::trim:
      case beam::Op::test_heap:
      case beam::Op::init_yregs: continue;
      case beam::Op::move:
        if (bf_.arg(in, 1).tag != Tag::X) return false;
        continue;
      default: return is_call_or_return(in.op);
    }
  }
  return false;
}

// The argument registers of a call: x0..x(arity-1), or where pending moves say their
// values are.
std::vector<uint32_t> FunctionTranslator::call_args(uint32_t arity) {
  std::vector<uint32_t> args;
  for (uint32_t k = 0; k < arity; ++k) {
    auto it = pending_moves_.find(k);
    if (it == pending_moves_.end()) {
      args.push_back(xreg(k));
    } else if (it->second.is_const) {
      uint32_t t = temp();
      e_.konst(t, constant(it->second.op));
      args.push_back(t);
    } else {
      args.push_back(it->second.reg);
    }
  }
  pending_moves_.clear();
  return args;
}

void FunctionTranslator::emit_call_local(const Instruction& in, bool tail) {
  uint32_t arity = static_cast<uint32_t>(bf_.arg(in, 0).value);
  uint32_t label = static_cast<uint32_t>(bf_.arg(in, 1).value);
  auto it = mc_.function_by_entry.find(label);
  if (it == mc_.function_by_entry.end()) throw TranslateError{"call to label " + std::to_string(label) + ", which starts no function"};
  uint32_t target = mc_.ir_index[it->second];
  if (tail && it->second == index_ && !fun_form_) {
    // A loop: the arguments move into the parameters and control jumps back to the top
    // (as a tail call, it reuses the frame; translated code never reads a register it
    // did not write, so the registers need not start fresh).
    std::vector<std::pair<uint32_t, Value>> consts;
    for (uint32_t k = 0; k < arity; ++k) {
      auto p = pending_moves_.find(k);
      if (p == pending_moves_.end() || !p->second.is_const) continue;
      consts.emplace_back(k, constant(p->second.op));
      pending_moves_.erase(p);
    }
    std::vector<uint32_t> args = call_args(arity);
    // The parallel assignment x(k) := args[k] in sequence: a move goes once no other
    // move still reads its destination; a cycle is broken through a temporary.
    std::vector<std::pair<uint32_t, uint32_t>> pending_moves;  // (destination, source)
    for (uint32_t k = 0; k < arity; ++k)
      if (args[k] != xreg(k)) pending_moves.emplace_back(xreg(k), args[k]);
    while (!pending_moves.empty()) {
      auto free = std::find_if(pending_moves.begin(), pending_moves.end(), [&](const auto& m) {
        return std::none_of(pending_moves.begin(), pending_moves.end(), [&](const auto& o) { return o.second == m.first; });
      });
      if (free != pending_moves.end()) {
        e_.mov(free->first, free->second);
        pending_moves.erase(free);
        continue;
      }
      uint32_t d = pending_moves.front().first, t = temp();
      e_.mov(t, d);
      for (auto& m : pending_moves)
        if (m.second == d) m.second = t;
    }
    // Constants last: the moves have read the old values.
    for (const auto& [k, v] : consts) e_.konst(xreg(k), v);
    // The back edge counts the reduction itself (one dispatch, not a jmp to a tick):
    // past the entry's check in fair mode, to the top in unfair mode.
    ReductionCheck check = entry_check_ ? *entry_check_ : yield_stub(top_);
    e_.op(Op::TickJmp, {{1}, Emitter::lab(check.after), Emitter::lab(check.yield)});
    return;
  }
  std::vector<uint32_t> args = call_args(arity);
  if (tail) {
    if (mc_.mode == ReductionMode::Unfair) emit_reduction_check();
    e_.op_list(Op::TailCall, {{target}}, args);
  } else {
    e_.op_list(Op::Call, {{xreg(0)}, {target}}, args);
  }
}

void FunctionTranslator::emit_call_ext(uint32_t arity, uint32_t import, bool tail) {
  const Import& imp = mc_.bm.imports[import];
  const std::string& mod = mc_.bm.atoms[imp.module];
  const std::string& name = mc_.bm.atoms[imp.function];
  std::vector<uint32_t> args = call_args(arity);
  if (tail && mc_.mode == ReductionMode::Unfair) emit_reduction_check();
  if (mod == "erlang" && name == "yield" && arity == 0) {
    uint32_t t = temp();
    e_.ncall(t, runtime_natives().yield_value, {});
    e_.op(Op::FYield, {{t}, {t}});
    e_.konst(xreg(0), Value::boolean(true));
    if (tail) e_.op(Op::Ret, {{xreg(0)}});
    return;
  }
  int64_t native = mc_.import_native[import];
  // After a BIF that always raises, control must not run into what follows in the IR.
  bool ends = tail || (mod == "erlang" && never_returns(name, arity));
  if (native >= 0) {
    // math:sqrt/1 and its kind: the float case inline, the BIF for anything else (an
    // integer argument, a badarith or badarg to raise).
    int32_t inline_fn = mod == "math" && arity == 1 ? float_function(name) : -1;
    if (inline_fn >= 0) {
      L slow = e_.new_label(), back = e_.new_label();
      e_.op(Op::FMath, {{xreg(0)}, {static_cast<uint32_t>(inline_fn)}, {args[0]}, Emitter::lab(slow)});
      e_.bind(back);
      stub(slow, [this, native, args, back] {
        e_.ncall(xreg(0), static_cast<uint32_t>(native), args);
        e_.jmp(back);
      });
    } else {
      e_.ncall(xreg(0), static_cast<uint32_t>(native), args);
    }
    if (ends) e_.op(Op::Ret, {{xreg(0)}});
    return;
  }
  uint32_t site = mc_.import_site[import];
  if (tail) {
    e_.op_list(Op::TailIndy, {{site}}, args);
  } else {
    e_.op_list(Op::Indy, {{xreg(0)}, {site}}, args);
    if (ends) e_.op(Op::Ret, {{xreg(0)}});
  }
}

void FunctionTranslator::emit_apply(uint32_t arity, bool tail) {
  uint32_t callee = temp(), k = temp();
  e_.konst(k, Value::small_int(arity));
  uint32_t a[] = {xreg(arity), xreg(arity + 1), k};
  e_.ncall(callee, runtime_natives().resolve_mfa, a);
  std::vector<uint32_t> args;
  for (uint32_t n = 0; n < arity; ++n) args.push_back(xreg(n));
  if (tail) {
    if (mc_.mode == ReductionMode::Unfair) emit_reduction_check();
    e_.op_list(Op::TailCallV, {{callee}}, args);
  } else {
    e_.op_list(Op::CallV, {{xreg(0)}, {callee}}, args);
  }
}

void FunctionTranslator::emit_call_fun(uint32_t fun, uint32_t arity, bool tail) {
  // `call_fun` followed by `deallocate` and `return` (or a bare `return`) is a tail call.
  if (!tail) {
    size_t j = current_ + 1;
    while (j < bf_.code.size() && bf_.code[j].op == beam::Op::line) ++j;
    if (j < bf_.code.size() && bf_.code[j].op == beam::Op::deallocate) ++j;
    tail = j < bf_.code.size() && bf_.code[j].op == beam::Op::return_;
  }
  std::vector<uint32_t> args;
  for (uint32_t k = 0; k < arity; ++k) args.push_back(xreg(k));
  L slow = e_.new_label(), from = e_.new_label(), to = e_.new_label(), pad = e_.new_label(), done = e_.new_label();
  e_.jncls(fun, cls::Closure, slow);
  if (tail && mc_.mode == ReductionMode::Unfair) emit_reduction_check();
  e_.bind(from);
  if (tail) e_.op_list(Op::TailCallV, {{fun}}, args);
  else e_.op_list(Op::CallV, {{xreg(0)}, {fun}}, args);
  e_.bind(to);
  e_.bind(done);
  // A failed call (a closure of another arity) raises here; exceptions of the callee pass
  // through the same handler and leave it materialized.
  guard_handler(from, to, pad);
  uint32_t exc = exc_reg_;
  stub(pad, [this, exc, fun, args] {
    std::vector<uint32_t> a{exc, fun};
    a.insert(a.end(), args.begin(), args.end());
    uint32_t t = temp();
    e_.ncall(t, runtime_natives().fun_call_failed, a);
    e_.op(Op::Throw, {{t}});
  });
  stub(slow, [this, fun, args, tail, done] {
    uint32_t callee = temp();
    std::vector<uint32_t> a{fun};
    a.insert(a.end(), args.begin(), args.end());
    e_.ncall(callee, runtime_natives().resolve_fun, a);
    if (tail) {
      e_.op_list(Op::TailCallV, {{callee}}, args);
    } else {
      e_.op_list(Op::CallV, {{xreg(0)}, {callee}}, args);
      e_.jmp(done);
    }
  });
}

void FunctionTranslator::emit_make_fun(const Instruction& in) {
  uint32_t index = static_cast<uint32_t>(bf_.arg(in, 0).value);
  std::vector<uint32_t> free;
  for (const Operand& o : bf_.elements(bf_.arg(in, 2))) free.push_back(val(o));
  e_.op_list(Op::Closure, {{reg(bf_.arg(in, 1))}, {mc_.fun_entry[index]}}, free);
}

}  // namespace detail

using namespace detail;

namespace {

// -- Modules --

bool is_erlang_special(std::string_view name, uint32_t arity) {
  return (name == "apply" && (arity == 2 || arity == 3)) || (name == "yield" && arity == 0);
}

std::string function_label(const Module& bm, const beam::Function& f) {
  return bm.atoms[f.name] + "/" + std::to_string(f.arity);
}

}  // namespace

std::unique_ptr<LoadedModule> translate_module(const Module& bm, ReductionMode mode, std::string* error) {
  auto lm = std::make_unique<LoadedModule>();
  lm->path = bm.path;
  lm->name = atom(bm.name());
  lm->files = bm.line_files;
  lm->attributes = lm->compile_info = Value::nil();
  // Literals.
  for (size_t k = 0; k < bm.literals.size(); ++k) {
    Value v;
    DecodeError why;
    if (!decode_term(bm.literals[k], &v, &why)) {
      *error = bm.path + ": literal " + std::to_string(k) + ": " + why.format();
      return nullptr;
    }
    lm->literals.push_back(v);
  }
  ModuleContext mc{bm, *lm, mode, {}, {}, {}, {}, {}, {}, {}};
  mc.atom_values.resize(bm.atoms.size());
  for (size_t k = 1; k < bm.atoms.size(); ++k) mc.atom_values[k] = atom(bm.atoms[k]);
  for (size_t k = 0; k < bm.functions.size(); ++k) mc.function_by_entry[bm.functions[k].entry] = static_cast<uint32_t>(k);
  // Which functions are called locally (their IR function takes all arguments), and which
  // are fun bodies (their IR function takes the visible arguments and captures the rest).
  mc.called_locally.assign(bm.functions.size(), false);
  for (const beam::Function& f : bm.functions)
    for (const Instruction& in : f.code)
      if (in.op == beam::Op::call || in.op == beam::Op::call_last || in.op == beam::Op::call_only) {
        auto it = mc.function_by_entry.find(static_cast<uint32_t>(f.arg(in, 1).value));
        if (it != mc.function_by_entry.end()) mc.called_locally[it->second] = true;
      }
  std::vector<int64_t> lambda_of(bm.functions.size(), -1);  // function -> FunT index
  for (size_t k = 0; k < bm.lambdas.size(); ++k) {
    auto it = mc.function_by_entry.find(bm.lambdas[k].label);
    if (it == mc.function_by_entry.end()) {
      *error = bm.path + ": fun " + std::to_string(k) + " does not start a function";
      return nullptr;
    }
    lambda_of[it->second] = static_cast<int64_t>(k);
  }

  lm->owned_ir = std::make_unique<sy::Module>();
  lm->ir = lm->owned_ir.get();
  sy::Module& ir = *lm->ir;
  ir.name = bm.name();
  ir.source = ir.declared_source = bm.line_files.empty() ? bm.name() + ".erl" : bm.line_files[0];
  ir.explicit_lines = true;
  // One IR function per BEAM function, then the fun entries that need a wrapper.
  std::vector<bool> fun_form(bm.functions.size(), false);
  for (size_t k = 0; k < bm.functions.size(); ++k) {
    const beam::Function& f = bm.functions[k];
    uint32_t nparams = f.arity;
    if (lambda_of[k] >= 0 && !mc.called_locally[k]) {
      const Lambda& lam = bm.lambdas[lambda_of[k]];
      fun_form[k] = true;
      nparams = lam.arity - lam.num_free;
    }
    sy::Function* fn = ir.add_function(function_label(bm, f), nparams, 0);
    mc.ir_index.push_back(fn->index);
    lm->functions.push_back({lm->name, mc.atom_values[f.name], f.arity, &lm->files});
  }
  mc.fun_entry.resize(bm.lambdas.size());
  for (size_t k = 0; k < bm.lambdas.size(); ++k) {
    const Lambda& lam = bm.lambdas[k];
    uint32_t fi = mc.function_by_entry[lam.label];
    if (fun_form[fi]) {
      mc.fun_entry[k] = mc.ir_index[fi];
      continue;
    }
    // The body is also called directly: a wrapper takes the captures into arguments.
    uint32_t visible = lam.arity - lam.num_free;
    sy::Function* w = ir.add_function(function_label(bm, bm.functions[fi]) + "$fun", visible, lam.arity);
    for (uint32_t j = 0; j < lam.num_free; ++j) {
      w->code.push_back(static_cast<uint32_t>(ir::Op::Cap));
      w->code.push_back(visible + j);
      w->code.push_back(j);
    }
    w->code.push_back(static_cast<uint32_t>(ir::Op::TailCall));
    w->code.push_back(mc.ir_index[fi]);
    w->code.push_back(lam.arity);
    for (uint32_t j = 0; j < lam.arity; ++j) w->code.push_back(j);
    mc.fun_entry[k] = w->index;
    lm->functions.push_back({lm->name, mc.atom_values[bm.functions[fi].name], bm.functions[fi].arity, &lm->files});
  }
  // Imports: a native when the export is one, else an indy site through the export table.
  mc.import_native.assign(bm.imports.size(), -1);
  mc.import_site.assign(bm.imports.size(), 0);
  for (size_t k = 0; k < bm.imports.size(); ++k) {
    const Import& imp = bm.imports[k];
    const std::string& m = bm.atoms[imp.module];
    const std::string& f = bm.atoms[imp.function];
    std::string name = m + ":" + f + "/" + std::to_string(imp.arity);
    if (!(m == "erlang" && is_erlang_special(f, imp.arity))) mc.import_native[k] = find_native(name);
    SiteDescriptor d;
    d.id = "i" + std::to_string(k);
    d.name = name;
    d.arity = imp.arity;
    d.bootstrap = "beam.export";
    d.static_args.push_back(atom(m));
    d.static_args.push_back(atom(f));
    d.static_args.push_back(Value::small_int(imp.arity));
    mc.import_site[k] = static_cast<uint32_t>(ir.sites.size());
    ir.sites.push_back(std::move(d));
  }
  // Translate.
  for (size_t k = 0; k < bm.functions.size(); ++k) {
    const beam::Function& f = bm.functions[k];
    sy::Function* fn = ir.functions[mc.ir_index[k]].get();
    std::string own = bm.atoms[f.name] + "/" + std::to_string(f.arity);
    std::string native_name = bm.name() + ":" + own;
    int64_t native = find_native(native_name);
    if (native >= 0 && !fun_form[k]) {
      // erts implements it: the .beam body is a stub. Local calls go to the native too.
      std::vector<uint32_t>& c = fn->code;
      c.push_back(static_cast<uint32_t>(ir::Op::NCall));
      c.push_back(0);
      c.push_back(static_cast<uint32_t>(native));
      c.push_back(f.arity);
      for (uint32_t j = 0; j < f.arity; ++j) c.push_back(j);
      c.push_back(static_cast<uint32_t>(ir::Op::Ret));
      c.push_back(0);
      fn->nregs = std::max<uint32_t>(f.arity, 1);
      continue;
    }
    try {
      FunctionTranslator t(mc, static_cast<uint32_t>(k), fn, fun_form[k]);
      t.run();
    } catch (TranslateError& err) {
      *error = bm.path + ": " + own + ": " + err.message;
      return nullptr;
    }
  }
  for (auto& fn : ir.functions)
    if (fn->nregs < fn->nparams) fn->nregs = fn->nparams;
  ir.finish();
  // Funs: what Erlang knows about each lambda.
  for (size_t k = 0; k < bm.lambdas.size(); ++k) {
    const Lambda& lam = bm.lambdas[k];
    FunInfo info;
    info.module = lm->name;
    info.name = mc.atom_values[lam.function];
    info.index = lam.index;
    info.old_uniq = lam.old_uniq;
    info.arity = lam.arity - lam.num_free;
    info.num_free = lam.num_free;
    register_fun_info(ir.functions[mc.fun_entry[k]].get(), info);
  }
  // Exports.
  for (const Export& ex : bm.exports) {
    auto it = mc.function_by_entry.find(ex.label);
    if (it == mc.function_by_entry.end()) continue;
    lm->exports[export_table_key(mc.atom_values[ex.function], ex.arity)] = ir.functions[mc.ir_index[it->second]].get();
  }
  ir::VerifyError ve;
  if (!ir::verify_module(ir, &ve)) {
    *error = bm.path + ": internal error: invalid IR in " + (ve.fn ? ve.fn->name : "?") + ": " + ve.message;
    return nullptr;
  }
  return lm;
}

}  // namespace sy::beam
