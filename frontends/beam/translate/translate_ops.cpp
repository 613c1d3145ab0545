// BEAM -> IR for the instructions that compute: BIFs and inline arithmetic, comparisons
// and type tests, select_val, maps, floats, receive and the bit syntax. Fast paths are
// inline IR; slow paths are stubs after the function body (translator.cpp).
#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>

#include "core/bigint.h"
#include "frontends/beam/runtime/terms.h"
#include "frontends/beam/translate/exceptions.h"
#include "frontends/beam/translate/function_translator.h"
#include "frontends/beam/translate/runtime_natives.h"

namespace sy::beam::detail {

// -- BIFs --

void FunctionTranslator::emit_bif(const Instruction& in, uint32_t import, std::span<const Operand> args,
                                  const Operand& dst, const Operand& fail) {
  const Import& imp = mc_.bm.imports[import];
  std::string name = mc_.bm.atoms[imp.function];
  int64_t native = mc_.import_native[import];
  bool guard = fail.tag == Tag::Label && fail.value != 0;
  uint32_t d = reg(dst);
  if (mc_.bm.atoms[imp.module] == "erlang" && emit_inline_bif(name, args, d, fail, native)) return;
  std::vector<uint32_t> regs;
  for (const Operand& o : args) regs.push_back(val(o));
  L from = e_.new_label(), to = e_.new_label();
  e_.bind(from);
  if (native >= 0) {
    e_.ncall(d, static_cast<uint32_t>(native), regs);
  } else {
    // Not a native: whatever the export table says (undef, most likely), at run time.
    e_.op_list(Op::Indy, {{d}, {mc_.import_site[import]}}, regs);
  }
  e_.bind(to);
  if (guard) guard_handler(from, to, fail_label(fail));
}

// Arithmetic and a few cheap BIFs as IR instructions, with the native as the slow path.
bool FunctionTranslator::emit_inline_bif(std::string_view name, std::span<const Operand> args, uint32_t dst,
                                         const Operand& fail, int64_t native) {
  if (native < 0) return false;
  auto known_ints = [&] {
    for (const Operand& o : args)
      if (!(o.tag == Tag::Integer || known_type(o, kTypeInteger))) return false;
    return true;
  };
  if (args.size() == 2 && (name == "+" || name == "-")) {
    // A small literal operand: addi, without loading it.
    auto small_literal = [](const Operand& o, int64_t* v) {
      if (o.tag != Tag::Integer || o.value < INT32_MIN + 1 || o.value > INT32_MAX) return false;
      *v = o.value;
      return true;
    };
    int64_t lit;
    int which = -1;  // the literal's position
    if (small_literal(args[1], &lit)) which = 1;
    else if (name == "+" && small_literal(args[0], &lit)) which = 0;
    if (which >= 0) {
      uint32_t a = val(args[1 - which]), k = temp();
      int64_t imm = name == "-" ? -lit : lit;
      bool may_float = !known_ints();
      uint32_t x = which == 1 ? a : k, y = which == 1 ? k : a;  // the BIF's argument order
      emit_arith(Op::AddI, a, static_cast<uint32_t>(static_cast<int32_t>(imm)), dst, native, fail, may_float, {x, y},
                 std::make_pair(k, Value::small_int(lit)));
      return true;
    }
  }
  if (args.size() == 2) {
    Op op;
    bool may_float = !known_ints();
    if (name == "+") op = Op::Add;
    else if (name == "-") op = Op::Sub;
    else if (name == "*") op = Op::Mul;
    else if (name == "/") { op = Op::Div; may_float = true; }
    else if (name == "div") { op = Op::TDiv; may_float = false; }
    else if (name == "rem") { op = Op::Rem; may_float = false; }
    else if (name == "band") { op = Op::BAnd; may_float = false; }
    else if (name == "bor") { op = Op::BOr; may_float = false; }
    else if (name == "bxor") { op = Op::BXor; may_float = false; }
    else if (name == "bsl") { op = Op::Shl; may_float = false; }
    else if (name == "bsr") { op = Op::Shr; may_float = false; }
    else return false;
    uint32_t a = val(args[0]), b = val(args[1]);
    emit_arith(op, a, b, dst, native, fail, may_float, {a, b});
    return true;
  }
  if (args.size() == 1) {
    if (name == "-") {
      uint32_t a = val(args[0]);
      emit_arith(Op::Neg, a, 0, dst, native, fail, false, {a});
      return true;
    }
    if (name == "bnot") {
      uint32_t a = val(args[0]);
      emit_arith(Op::BNot, a, 0, dst, native, fail, false, {a});
      return true;
    }
    if (name == "tuple_size") {
      uint32_t a = val(args[0]);
      emit_arith(Op::TLen, a, 0, dst, native, fail, false, {a});
      return true;
    }
  }
  return false;
}

void FunctionTranslator::emit_arith(Op op, uint32_t a, uint32_t b, uint32_t dst, int64_t native, const Operand& fail,
                                    bool may_float, std::initializer_list<uint32_t> native_args,
                                    std::optional<std::pair<uint32_t, Value>> stub_const) {
  bool guard = fail.tag == Tag::Label && fail.value != 0;
  std::vector<uint32_t> nargs(native_args);
  bool aliased = std::find(nargs.begin(), nargs.end(), dst) != nargs.end();
  uint32_t d = may_float && aliased ? temp() : dst;
  L from = e_.new_label(), to = e_.new_label(), slow = e_.new_label(), back = e_.new_label();
  e_.bind(from);
  bool unary = op == Op::Neg || op == Op::BNot || op == Op::TLen;
  if (unary) e_.op(op, {{d}, {a}});
  else e_.op(op, {{d}, {a}, {b}});
  e_.bind(to);
  guard_handler(from, to, slow);
  // Erlang floats are finite: an infinite result goes past the BIF, which raises badarith.
  if (may_float) e_.op(Op::JNFin, {{d}, Emitter::lab(slow)});
  e_.bind(back);
  if (d != dst) e_.mov(dst, d);
  L fail_target = guard ? fail_label(fail) : 0;
  stub(slow, [this, d, native, nargs, back, guard, fail_target, stub_const] {
    L f = e_.new_label(), t = e_.new_label();
    if (stub_const) e_.konst(stub_const->first, stub_const->second);
    e_.bind(f);
    e_.ncall(d, static_cast<uint32_t>(native), nargs);
    e_.bind(t);
    if (guard) guard_handler(f, t, fail_target);
    e_.jmp(back);
  });
}

// -- Comparisons and type tests --

void FunctionTranslator::emit_compare(const Instruction& in) {
  const RuntimeNatives& rn = runtime_natives();
  L fail = fail_label(bf_.arg(in, 0));
  const Operand& oa = bf_.arg(in, 1);
  const Operand& ob = bf_.arg(in, 2);
  switch (in.op) {
    case beam::Op::is_eq_exact:
    case beam::Op::is_ne_exact: {
      bool eq = in.op == beam::Op::is_eq_exact;
      if (immediate_const(ob) || immediate_const(oa)) {
        const Operand& r = immediate_const(ob) ? oa : ob;
        const Operand& c = immediate_const(ob) ? ob : oa;
        e_.op(eq ? Op::JIsNotK : Op::JIsK, {{val(r)}, e_.k(constant(c)), Emitter::lab(fail)});
        return;
      }
      uint32_t a = val(oa), b = val(ob);
      if (known_small_int(oa) && known_small_int(ob)) {
        e_.op(eq ? Op::JIsNot : Op::JIs, {{a}, {b}, Emitter::lab(fail)});
        return;
      }
      L done = e_.new_label(), slow = e_.new_label();
      if (eq) {
        e_.op(Op::JIsNot, {{a}, {b}, Emitter::lab(slow)});
      } else {
        e_.op(Op::JIs, {{a}, {b}, Emitter::lab(fail)});
        e_.jmp(slow);
      }
      e_.bind(done);
      stub(slow, [this, a, b, eq, fail, done] {
        uint32_t t = temp();
        uint32_t args[] = {a, b};
        e_.ncall(t, runtime_natives().exact_eq, args);
        e_.op(eq ? Op::Jf : Op::Jt, {{t}, Emitter::lab(fail)});
        e_.jmp(done);
      });
      return;
    }
    case beam::Op::is_eq:
    case beam::Op::is_ne: {
      bool eq = in.op == beam::Op::is_eq;
      uint32_t a = val(oa), b = val(ob);
      if (immediate_const(oa) || immediate_const(ob)) {
        // Against an atom, [] or a small integer, the VM's equality is Erlang's ==.
        e_.op(eq ? Op::Jne : Op::Jeq, {{a}, {b}, Emitter::lab(fail)});
        return;
      }
      uint32_t t = temp();
      uint32_t args[] = {a, b};
      e_.ncall(t, rn.eq, args);
      e_.op(eq ? Op::Jf : Op::Jt, {{t}, Emitter::lab(fail)});
      return;
    }
    default: break;
  }
  // is_lt A B (fails when A >= B) and is_ge A B (fails when A < B).
  bool lt = in.op == beam::Op::is_lt;
  uint32_t a = val(oa), b = val(ob);
  Op branch = lt ? Op::Jge : Op::Jlt;
  uint16_t numbers = kTypeInteger | kTypeFloat;
  if ((known_type(oa, numbers) || oa.tag == Tag::Integer) && (known_type(ob, numbers) || ob.tag == Tag::Integer)) {
    e_.op(branch, {{a}, {b}, Emitter::lab(fail)});
    return;
  }
  L slow = e_.new_label(), done = e_.new_label();
  if (!known_small_int(oa)) e_.jncls(a, cls::Int, slow);
  if (!known_small_int(ob)) e_.jncls(b, cls::Int, slow);
  e_.op(branch, {{a}, {b}, Emitter::lab(fail)});
  e_.bind(done);
  stub(slow, [this, a, b, branch, fail, done] {
    uint32_t t = temp(), z = temp();
    uint32_t args[] = {a, b};
    e_.ncall(t, runtime_natives().compare, args);
    e_.konst(z, Value::small_int(0));
    e_.op(branch, {{t}, {z}, Emitter::lab(fail)});
    e_.jmp(done);
  });
}

void FunctionTranslator::emit_test(const Instruction& in) {
  L fail = fail_label(bf_.arg(in, 0));
  const Operand& o = bf_.arg(in, 1);
  uint32_t r = val(o);
  // Fails unless the class of r is one of `ok`.
  auto one_of = [&](std::initializer_list<ClassId> ok) {
    std::vector<ClassId> c(ok);
    if (c.size() == 1) {
      e_.jncls(r, c[0], fail);
      return;
    }
    L pass = e_.new_label();
    for (size_t k = 0; k + 1 < c.size(); ++k) e_.jcls(r, c[k], pass);
    e_.jncls(r, c.back(), fail);
    e_.bind(pass);
  };
  const RuntimeNatives& rn = runtime_natives();
  switch (in.op) {
    case beam::Op::is_integer:
      if (!known_type(o, kTypeInteger)) one_of({cls::Int, cls::BigInt});
      return;
    case beam::Op::is_float: one_of({cls::Float}); return;
    case beam::Op::is_number: one_of({cls::Int, cls::Float, cls::BigInt}); return;
    case beam::Op::is_atom: one_of({cls::Atom, cls::Bool}); return;
    case beam::Op::is_boolean: one_of({cls::Bool}); return;
    case beam::Op::is_nil: one_of({cls::Nil}); return;
    case beam::Op::is_list: one_of({classes.cons, cls::Nil}); return;
    case beam::Op::is_nonempty_list: {
      // The usual test-and-take `is_nonempty_list L, S; get_list S, H, T` is one unpair,
      // also with the `test_heap`, `allocate` or `init_yregs` that erlc may put between
      // them: they emit nothing, and leave the y registers where they are.
      if (is_reg(o)) {
        size_t j = current_ + 1;
        auto emits_nothing = [](beam::Op op) {
          return op == beam::Op::test_heap || op == beam::Op::allocate || op == beam::Op::allocate_heap ||
                 op == beam::Op::allocate_zero || op == beam::Op::allocate_heap_zero || op == beam::Op::init_yregs;
        };
        while (j < bf_.code.size() && emits_nothing(bf_.code[j].op) && states_[j].reached &&
               states_[j].yoff == state_->yoff)
          ++j;
        const Instruction* next = j < bf_.code.size() ? &bf_.code[j] : nullptr;
        if (next && next->op == beam::Op::get_list && states_[j].reached && states_[j].yoff == state_->yoff) {
          const Operand& src = bf_.arg(*next, 0);
          if (src.tag == o.tag && src.value == o.value) {
            e_.op(Op::Unpair, {{r}, Emitter::lab(fail), {reg(bf_.arg(*next, 1))}, {reg(bf_.arg(*next, 2))}});
            fused_next_ = j - current_;
            return;
          }
        }
      }
      one_of({classes.cons});
      return;
    }
    case beam::Op::is_tuple: one_of({cls::Tuple}); return;
    case beam::Op::is_map: one_of({cls::Map}); return;
    case beam::Op::is_pid: one_of({classes.pid}); return;
    case beam::Op::is_reference: one_of({classes.ref}); return;
    case beam::Op::is_port: one_of({classes.port}); return;
    case beam::Op::is_bitstr: one_of({classes.binary}); return;
    case beam::Op::is_function: one_of({cls::Closure, cls::NativeFn, classes.export_fun}); return;
    case beam::Op::is_binary: {
      uint32_t t = temp();
      uint32_t a[] = {r};
      e_.ncall(t, rn.is_binary, a);
      e_.op(Op::Jf, {{t}, Emitter::lab(fail)});
      return;
    }
    case beam::Op::is_function2: {
      uint32_t t = temp();
      uint32_t a[] = {r, val(bf_.arg(in, 2))};
      e_.ncall(t, rn.is_function2, a);
      e_.op(Op::Jf, {{t}, Emitter::lab(fail)});
      return;
    }
    case beam::Op::test_arity: {
      uint32_t n = temp();
      e_.op(Op::TLen, {{n}, {r}});
      e_.op(Op::JIsNotK, {{n}, e_.k(Value::small_int(bf_.arg(in, 2).value)), Emitter::lab(fail)});
      return;
    }
    case beam::Op::is_tagged_tuple: {
      uint32_t n = temp();
      e_.jncls(r, cls::Tuple, fail);
      e_.op(Op::TLen, {{n}, {r}});
      e_.op(Op::JIsNotK, {{n}, e_.k(Value::small_int(bf_.arg(in, 2).value)), Emitter::lab(fail)});
      e_.op(Op::TGet, {{n}, {r}, {0}});
      e_.op(Op::JIsNotK, {{n}, e_.k(constant(bf_.arg(in, 3))), Emitter::lab(fail)});
      return;
    }
    default: unsupported(in);
  }
}

void FunctionTranslator::emit_select_val(const Instruction& in) {
  uint32_t r = val(bf_.arg(in, 0));
  L fail = fail_label(bf_.arg(in, 1));
  auto list = bf_.elements(bf_.arg(in, 2));
  uint32_t k = temp(), t = temp();
  for (size_t j = 0; j + 1 < list.size(); j += 2) {
    L target = label_for(static_cast<uint32_t>(list[j + 1].value));
    if (immediate_const(list[j])) {
      e_.op(Op::JIsK, {{r}, e_.k(constant(list[j])), Emitter::lab(target)});
    } else {
      e_.konst(k, constant(list[j]));
      uint32_t a[] = {r, k};
      e_.ncall(t, runtime_natives().exact_eq, a);
      e_.op(Op::Jt, {{t}, Emitter::lab(target)});
    }
  }
  e_.jmp(fail);
}

void FunctionTranslator::emit_select_tuple_arity(const Instruction& in) {
  uint32_t r = val(bf_.arg(in, 0));
  L fail = fail_label(bf_.arg(in, 1));
  auto list = bf_.elements(bf_.arg(in, 2));
  uint32_t n = temp();
  e_.jncls(r, cls::Tuple, fail);
  e_.op(Op::TLen, {{n}, {r}});
  for (size_t j = 0; j + 1 < list.size(); j += 2)
    e_.op(Op::JIsK, {{n}, e_.k(Value::small_int(list[j].value)),
                     Emitter::lab(label_for(static_cast<uint32_t>(list[j + 1].value)))});
  e_.jmp(fail);
}

// -- Maps --

void FunctionTranslator::emit_get_map_elements(const Instruction& in) {
  L fail = fail_label(bf_.arg(in, 0));
  uint32_t m = val(bf_.arg(in, 1));
  auto list = bf_.elements(bf_.arg(in, 2));
  for (size_t j = 1; j < list.size(); j += 2)
    if (is_reg(list[j]) && reg(list[j]) == m) {
      uint32_t copy = temp();
      e_.mov(copy, m);
      m = copy;
      break;
    }
  e_.jncls(m, cls::Map, fail);
  uint32_t t = temp();
  for (size_t j = 0; j + 1 < list.size(); j += 2) {
    uint32_t key = val(list[j]);
    e_.op(Op::MHas, {{t}, {m}, {key}});
    e_.op(Op::Jf, {{t}, Emitter::lab(fail)});
    e_.op(Op::MGet, {{reg(list[j + 1])}, {m}, {key}});
  }
}

void FunctionTranslator::emit_has_map_fields(const Instruction& in) {
  L fail = fail_label(bf_.arg(in, 0));
  uint32_t m = val(bf_.arg(in, 1));
  e_.jncls(m, cls::Map, fail);
  uint32_t t = temp();
  for (const Operand& key : bf_.elements(bf_.arg(in, 2))) {
    e_.op(Op::MHas, {{t}, {m}, {val(key)}});
    e_.op(Op::Jf, {{t}, Emitter::lab(fail)});
  }
}

void FunctionTranslator::emit_put_map(const Instruction& in, bool exact) {
  const Operand& fail = bf_.arg(in, 0);
  std::vector<uint32_t> regs{val(bf_.arg(in, 1))};
  for (const Operand& o : bf_.elements(bf_.arg(in, 4))) regs.push_back(val(o));
  L from = e_.new_label(), to = e_.new_label();
  e_.bind(from);
  const RuntimeNatives& rn = runtime_natives();
  e_.ncall(reg(bf_.arg(in, 2)), exact ? rn.map_exact : rn.map_assoc, regs);
  e_.bind(to);
  if (fail.tag == Tag::Label && fail.value != 0) guard_handler(from, to, fail_label(fail));
}

// -- Floats --

uint32_t FunctionTranslator::float_source(uint32_t fr) const {
  for (const auto& [f, src] : float_copies_)
    if (f == fr) return src;
  return fr;
}

void FunctionTranslator::drop_float_copy(uint32_t fr) {
  std::erase_if(float_copies_, [fr](const auto& c) { return c.first == fr; });
}

void FunctionTranslator::flush_float_copies() {
  for (const auto& [fr, src] : float_copies_) e_.mov(fr, src);
  float_copies_.clear();
}

void FunctionTranslator::flush_float_copies_of(uint32_t src) {
  std::erase_if(float_copies_, [&](const auto& c) {
    if (c.second != src) return false;
    if (!float_reg_overwritten(c.first)) e_.mov(c.first, c.second);
    return true;
  });
}

// Whether the straight-line code after the current instruction writes float register fr
// before anything may read it: then a copy into it now would be dead. erlc reuses float
// registers freely, and reloads one with `fmove` shortly after its source is overwritten.
bool FunctionTranslator::float_reg_overwritten(uint32_t fr) const {
  auto is_fr = [&](const Operand& o) { return o.tag == Tag::FloatReg && reg(o) == fr; };
  for (size_t j = current_ + 1; j < bf_.code.size(); ++j) {
    const Instruction& in = bf_.code[j];
    auto A = [&](int k) -> const Operand& { return bf_.arg(in, k); };
    switch (in.op) {
      case beam::Op::fmove:
        if (is_fr(A(0))) return false;
        if (is_fr(A(1))) return true;
        break;
      case beam::Op::fconv:
        if (is_fr(A(1))) return true;
        break;
      case beam::Op::fnegate:
        if (is_fr(A(1))) return false;
        if (is_fr(A(2))) return true;
        break;
      case beam::Op::fadd:
      case beam::Op::fsub:
      case beam::Op::fmul:
      case beam::Op::fdiv:
        if (is_fr(A(1)) || is_fr(A(2))) return false;
        if (is_fr(A(3))) return true;
        break;
      // Neither read nor write a float register, and fall through.
      case beam::Op::line:
      case beam::Op::test_heap:
      case beam::Op::move:
      case beam::Op::get_tuple_element:
      case beam::Op::get_list:
      case beam::Op::put_list:
      case beam::Op::put_tuple2:
        break;
      // No float register survives a call: erlc never reads one after it.
      default: return is_call_or_return(in.op);
    }
  }
  return false;
}

// Float copies survive the instructions of straight-line float code that cannot read a
// float register and write only the x or y registers named here; anything else (labels,
// branches, calls, tests, instructions not listed) sees every copy made first.
void FunctionTranslator::before_instruction(const Instruction& in) {
  if (float_copies_.empty()) return;
  auto A = [&](int k) -> const Operand& { return bf_.arg(in, k); };
  auto written = [&](const Operand& o) {
    if (o.tag == Tag::X || o.tag == Tag::Y) flush_float_copies_of(reg(o));
  };
  switch (in.op) {
    case beam::Op::fmove:
    case beam::Op::fconv:
    case beam::Op::fadd:
    case beam::Op::fsub:
    case beam::Op::fmul:
    case beam::Op::fdiv:
    case beam::Op::fnegate:
    case beam::Op::line:
    case beam::Op::allocate:
    case beam::Op::allocate_heap:
    case beam::Op::test_heap: return;  // handled where they are emitted, or emit nothing
    case beam::Op::move: written(A(1)); return;
    case beam::Op::get_tuple_element: written(A(2)); return;
    case beam::Op::get_list:
      written(A(1));
      written(A(2));
      return;
    case beam::Op::put_list: written(A(2)); return;
    case beam::Op::put_tuple2: written(A(0)); return;
    default: flush_float_copies(); return;
  }
}

void FunctionTranslator::emit_fmove(const Instruction& in) {
  const Operand& src = bf_.arg(in, 0);
  const Operand& dst = bf_.arg(in, 1);
  if (!is_reg(src)) {
    drop_float_copy(reg(dst));
    e_.konst(reg(dst), constant(src));
    return;
  }
  uint32_t from = src.tag == Tag::FloatReg ? float_source(reg(src)) : reg(src);
  uint32_t to = reg(dst);
  if (dst.tag == Tag::FloatReg) {
    drop_float_copy(to);
    // A float register that is not a copy changes when a float result is written to it:
    // a copy of it must be made now.
    if (from >= freg(0) && from < freg(nf_)) e_.mov(to, from);
    else float_copies_.emplace_back(to, from);
    return;
  }
  flush_float_copies_of(to);
  e_.mov(to, from);
}

void FunctionTranslator::emit_float_op(const Instruction& in) {
  if (in.op == beam::Op::fconv) {
    uint32_t src = val(bf_.arg(in, 0)), dst = reg(bf_.arg(in, 1));
    drop_float_copy(dst);
    L slow = e_.new_label(), back = e_.new_label();
    e_.jncls(src, cls::Float, slow);
    e_.mov(dst, src);
    e_.bind(back);
    stub(slow, [this, src, dst, back] {
      uint32_t a[] = {src};
      e_.ncall(dst, runtime_natives().fconv, a);
      e_.jmp(back);
    });
    return;
  }
  if (in.op == beam::Op::fnegate) {
    uint32_t src = float_source(reg(bf_.arg(in, 1))), dst = reg(bf_.arg(in, 2));
    drop_float_copy(dst);
    e_.op(Op::Neg, {{dst}, {src}});
    return;
  }
  // Float registers hold floats: the float-typed instruction raises only when the result
  // is not finite, and its handler raises badarith.
  Op op = in.op == beam::Op::fadd ? Op::FAdd : in.op == beam::Op::fsub ? Op::FSub : in.op == beam::Op::fmul ? Op::FMul : Op::FDiv;
  uint32_t a = float_source(reg(bf_.arg(in, 1))), b = float_source(reg(bf_.arg(in, 2))), dst = reg(bf_.arg(in, 3));
  drop_float_copy(dst);
  L from = e_.new_label(), to = e_.new_label(), bad = e_.new_label();
  e_.bind(from);
  e_.op(op, {{dst}, {a}, {b}});
  e_.bind(to);
  guard_handler(from, to, bad);
  stub(bad, [this] {
    uint32_t t = temp();
    e_.konst(t, atoms.badarith);
    raise_with(runtime_natives().raise_atom, {t});
  });
}

// -- Receive --

void FunctionTranslator::emit_receive(const Instruction& in) {
  const RuntimeNatives& rn = runtime_natives();
  switch (in.op) {
    case beam::Op::loop_rec: {
      L fail = fail_label(bf_.arg(in, 0));
      uint32_t dst = reg(bf_.arg(in, 1));
      e_.ncall(dst, rn.recv_peek, {});
      e_.op(Op::JIsK, {{dst}, e_.k(no_message()), Emitter::lab(fail)});
      return;
    }
    case beam::Op::loop_rec_end: {
      uint32_t t = temp();
      e_.ncall(t, rn.recv_next, {});
      e_.jmp(label_for(static_cast<uint32_t>(bf_.arg(in, 0).value)));
      return;
    }
    case beam::Op::remove_message: {
      uint32_t t = temp();
      e_.ncall(t, rn.recv_remove, {});
      return;
    }
    case beam::Op::timeout: {
      uint32_t t = temp();
      e_.ncall(t, rn.recv_reset, {});
      return;
    }
    case beam::Op::wait: {
      uint32_t t = temp();
      e_.konst(t, Value::small_int(kYieldWait));
      e_.op(Op::FYield, {{t}, {t}});
      e_.jmp(label_for(static_cast<uint32_t>(bf_.arg(in, 0).value)));
      return;
    }
    case beam::Op::wait_timeout: {
      // The scheduler resumes with true when a message came, false when the time ran out.
      uint32_t t = temp();
      uint32_t a[] = {val(bf_.arg(in, 1))};
      e_.ncall(t, rn.recv_timeout_value, a);
      e_.op(Op::FYield, {{t}, {t}});
      e_.op(Op::Jt, {{t}, Emitter::lab(label_for(static_cast<uint32_t>(bf_.arg(in, 0).value)))});
      return;
    }
    default: unsupported(in);
  }
}

// The bit syntax: natives on match states (binary_natives.cpp). A getter's result goes to
// a temporary first: on a failed match the destination (often the source register) keeps
// its value for the fail path.
void FunctionTranslator::emit_binary(const Instruction& in) {
  auto A = [&](int k) -> const Operand& { return bf_.arg(in, k); };
  auto u = [&](int k) { return static_cast<uint32_t>(A(k).value); };
  auto nat = [](const char* name) { return static_cast<uint32_t>(find_native(name)); };
  auto small = [&](int64_t v) {
    uint32_t t = temp();
    e_.konst(t, Value::small_int(v));
    return t;
  };
  // ncall into a temporary, fail unless it produced a value, then store.
  auto get = [&](const char* name, std::initializer_list<uint32_t> args, const Operand& fail, const Operand* dst) {
    uint32_t t = temp();
    std::vector<uint32_t> a(args);
    e_.ncall(t, nat(name), a);
    e_.op(Op::JIsK, {{t}, e_.k(no_message()), Emitter::lab(fail_label(fail))});
    if (dst) store(*dst, t);
  };
  auto test = [&](const char* name, std::initializer_list<uint32_t> args, const Operand& fail) {
    uint32_t t = temp();
    std::vector<uint32_t> a(args);
    e_.ncall(t, nat(name), a);
    e_.op(Op::Jf, {{t}, Emitter::lab(fail_label(fail))});
  };
  switch (in.op) {
    case beam::Op::bs_start_match3: get("beam.bs_start_match", {val(A(1))}, A(0), &A(3)); return;
    case beam::Op::bs_start_match4:
      if (A(0).tag == Tag::Label && A(0).value != 0) {
        get("beam.bs_start_match", {val(A(2))}, A(0), &A(3));
      } else {
        uint32_t a[] = {val(A(2))};
        e_.ncall(reg(A(3)), nat("beam.bs_start_match"), a);
      }
      return;
    case beam::Op::bs_get_integer2:
      get("beam.bs_get_integer", {reg(A(1)), val(A(3)), small(u(4)), small(u(5))}, A(0), &A(6));
      return;
    case beam::Op::bs_get_float2:
      get("beam.bs_get_float", {reg(A(1)), val(A(3)), small(u(4)), small(u(5))}, A(0), &A(6));
      return;
    case beam::Op::bs_get_binary2:
      get("beam.bs_get_binary", {reg(A(1)), val(A(3)), small(u(4)), small(u(5))}, A(0), &A(6));
      return;
    case beam::Op::bs_skip_bits2:
      get("beam.bs_skip_bits", {reg(A(1)), val(A(2)), small(u(3))}, A(0), nullptr);
      return;
    case beam::Op::bs_test_tail2: test("beam.bs_test_tail", {reg(A(1)), small(u(2))}, A(0)); return;
    case beam::Op::bs_test_unit: test("beam.bs_test_unit", {reg(A(1)), small(u(2))}, A(0)); return;
    case beam::Op::bs_match_string: {
      uint32_t bits = u(2), offset = u(3);
      const std::string& pool = mc_.bm.strings;
      uint32_t len = (bits + 7) / 8;
      if (offset > pool.size() || len > pool.size() - offset) throw TranslateError{"string outside the StrT chunk"};
      uint32_t str = temp();
      e_.konst(str, make_binary(std::string_view(pool).substr(offset, len)));
      test("beam.bs_match_string", {reg(A(1)), small(bits), str}, A(0));
      return;
    }
    case beam::Op::bs_get_utf8: get("beam.bs_get_utf8", {reg(A(1)), small(u(3))}, A(0), &A(4)); return;
    case beam::Op::bs_get_utf16: get("beam.bs_get_utf16", {reg(A(1)), small(u(3))}, A(0), &A(4)); return;
    case beam::Op::bs_get_utf32: get("beam.bs_get_utf32", {reg(A(1)), small(u(3))}, A(0), &A(4)); return;
    case beam::Op::bs_skip_utf8: get("beam.bs_get_utf8", {reg(A(1)), small(u(3))}, A(0), nullptr); return;
    case beam::Op::bs_skip_utf16: get("beam.bs_get_utf16", {reg(A(1)), small(u(3))}, A(0), nullptr); return;
    case beam::Op::bs_skip_utf32: get("beam.bs_get_utf32", {reg(A(1)), small(u(3))}, A(0), nullptr); return;
    case beam::Op::bs_get_tail: {
      uint32_t a[] = {reg(A(0))};
      e_.ncall(reg(A(1)), nat("beam.bs_get_tail"), a);
      return;
    }
    case beam::Op::bs_get_position: {
      uint32_t a[] = {reg(A(0))};
      e_.ncall(reg(A(1)), nat("beam.bs_get_position"), a);
      return;
    }
    case beam::Op::bs_set_position: {
      uint32_t t = temp();
      uint32_t a[] = {reg(A(0)), val(A(1))};
      e_.ncall(t, nat("beam.bs_set_position"), a);
      return;
    }
    case beam::Op::bs_init_writable: {
      uint32_t a[] = {xreg(0)};
      e_.ncall(xreg(0), nat("beam.bs_init_writable"), a);
      return;
    }
    case beam::Op::bs_create_bin: {
      // Segments: Type Seg Unit Flags Value Size, passed on as they are.
      auto segs = bf_.elements(A(5));
      std::vector<uint32_t> args;
      for (size_t j = 0; j + 6 <= segs.size(); j += 6) {
        Value type = constant(segs[j]);
        uint32_t flags = 0;
        Value fl = segs[j + 3].tag == Tag::Unsigned ? Value::nil() : constant(segs[j + 3]);
        for (; is_cons(fl); fl = tail(fl)) {
          std::string_view f = atom_text(head(fl));
          if (f == "little") flags |= 0x02;
          else if (f == "signed") flags |= 0x04;
          else if (f == "native") flags |= 0x10;
        }
        if (segs[j + 3].tag == Tag::Unsigned) flags = static_cast<uint32_t>(segs[j + 3].value);
        uint32_t t = temp();
        e_.konst(t, type);
        args.push_back(t);
        args.push_back(small(segs[j + 1].value));
        args.push_back(small(segs[j + 2].value));
        args.push_back(small(flags));
        if (atom_text(type) == "string") {
          uint64_t offset = static_cast<uint64_t>(segs[j + 4].value), len = static_cast<uint64_t>(segs[j + 5].value);
          const std::string& pool = mc_.bm.strings;
          if (offset > pool.size() || len > pool.size() - offset) throw TranslateError{"string outside the StrT chunk"};
          uint32_t s = temp();
          e_.konst(s, make_binary(std::string_view(pool).substr(offset, len)));
          args.push_back(s);
          args.push_back(small(static_cast<int64_t>(len)));
        } else {
          args.push_back(val(segs[j + 4]));
          args.push_back(val(segs[j + 5]));
        }
      }
      L from = e_.new_label(), to = e_.new_label();
      e_.bind(from);
      e_.ncall(reg(A(4)), nat("beam.bs_create_bin"), args);
      e_.bind(to);
      if (A(0).tag == Tag::Label && A(0).value != 0) guard_handler(from, to, fail_label(A(0)));
      return;
    }
    default: unsupported(in);
  }
}

}  // namespace sy::beam::detail
