// The IR interpreter: threaded dispatch over the code words of core/ir/opcodes.h.
//
// One C++ activation runs any depth of IR calls: `call` pushes a frame on the VM stack
// (frame.h) and continues in the callee; `ret` pops it; `tailcall` overwrites the current
// frame in place, so mutual tail recursion runs in constant stack. Fast paths for small
// ints and doubles are inline; everything else goes to core/arith.
//
// Exceptions: a handler that fails sets the VM's pending exception and jumps to `unwind`
// with pc still at the failing instruction. Unwinding searches the function's handler
// table by pc, records a trace entry per frame it leaves, and returns empty from an
// entry frame, so a native that called into the VM sees the exception.
#include "core/interp/interpreter.h"

#include <bit>
#include <cmath>
#include <cstdio>
#include <utility>

#include "core/arith.h"
#include "core/float_functions.h"
#include "core/format.h"
#include "core/heap.h"
#include "core/heap_fast.h"
#include "core/int_box.h"
#include "core/interp/float_lanes.h"
#include "core/interp/frame.h"
#include "core/interp/indy.h"
#include "core/interp/stack.h"
#include "core/ir/module.h"
#include "core/vm.h"

namespace sy {

namespace {

Value type_error(VM& vm, const char* what, Value v) {
  return vm.raise("type_error", std::string(what) + ", got " + std::string(class_name(class_of(v))));
}

// fadd/fsub/fmul/fdiv that did not give a finite float: which error (out of line).
[[gnu::noinline, gnu::cold]] void float_op_error(VM& vm, const char* op, Value a, Value b) {
  if (!a.is_double() || !b.is_double())
    vm.raise("type_error", std::string(op) + " expects two floats, got " + std::string(class_name(class_of(a))) +
                               " and " + std::string(class_name(class_of(b))));
  else
    vm.raise("overflow", "float result is not finite");
}

// Index operand of aget/aset: a small int in [0, length).
bool array_index(VM& vm, Value arr, Value idx, uint64_t* out) {
  if (!is_instance(arr, cls::Array)) { type_error(vm, "expected an array", arr); return false; }
  if (!idx.is_int()) { type_error(vm, "array index must be an int", idx); return false; }
  int64_t i = idx.as_int();
  if (i < 0 || static_cast<uint64_t>(i) >= arr.as<Array>()->length) {
    vm.raise("index_error", "index " + std::to_string(i) + " out of range for array of length " +
                                std::to_string(arr.as<Array>()->length));
    return false;
  }
  *out = static_cast<uint64_t>(i);
  return true;
}

// Segment sizes: small for fibers (a suspended one should cost little), growing
// geometrically for deep recursion inside them.
constexpr uint64_t kMinSegmentSlots = 32;
constexpr uint64_t kMaxSegmentSlots = 64 * 1024;

uint64_t segment_size_for(uint64_t frame_slots, uint64_t previous) {
  uint64_t n = previous * 2;
  if (n < kMinSegmentSlots) n = kMinSegmentSlots;
  if (n > kMaxSegmentSlots) n = kMaxSegmentSlots;
  return n < frame_slots ? frame_slots : n;
}

Value continuation_error(VM& vm, const std::string& msg) { return vm.raise("continuation_error", msg); }

// Arguments copied out of registers for C++ code (natives, the indy miss hook): on the C
// stack when there are few. The originals stay in registers, seen by the collector.
class ArgCopy {
 public:
  ArgCopy(const Value* regs, const uint32_t* which, uint32_t n) {
    if (n > kInline) {
      large_.resize(n);
      data_ = large_.data();
    }
    for (uint32_t i = 0; i < n; ++i) data_[i] = regs[which[i]];
  }
  ArgCopy(const ArgCopy&) = delete;
  Value* data() { return data_; }

 private:
  static constexpr uint32_t kInline = 8;
  Value inline_[kInline];
  std::vector<Value> large_;
  Value* data_ = inline_;
};

// Re-links a detached chain on top of the resumer's frame: its bottom frame will return
// to `return_pc` in the frame at `resumer`, into register `dst`.
void attach_chain(VM& vm, const ContinuationState& k, Segment* below, Value* resumer,
                  const uint32_t* return_pc, uint32_t dst) {
  Segment* p = k.bottom;
  p->prev = below;
  p->depth_base = vm.depth;
  FrameHeader* bh = frame_header(p->first_base());
  bh->caller_base = resumer;
  bh->return_pc = return_pc;
  bh->dst = dst | kSegmentBottom;
  vm.depth += k.frames;
}

Value key_error(VM& vm, Value key) { return vm.raise(make_error("key_error", "key not found: " + repr(key), key)); }

}  // namespace

Value interpret(VM& vm, Value* base) {
  static const void* const kDispatch[] = {
#define SY_OP_LABEL(id, name, operands, flags) &&op_##id,
      SY_OPCODES(SY_OP_LABEL)
#undef SY_OP_LABEL
  };
  static_assert(sizeof(kDispatch) / sizeof(kDispatch[0]) == ir::kOpCount);

  Segment* seg = vm.roots_->current;
  const uint64_t& max_depth = vm.options_.max_depth;  // a language may change it while running
  Value* R = base;
  Function* fn = frame_header(R)->callee.as<Closure>()->fn;
  const uint32_t* code = fn->code.data();
  const uint32_t* pc = code;
  const Value* K = fn->constants.data();
  Value result;  // what `ret` (or a native tail call) returns
  Value out, kv;  // a suspension's value for the resumer, and (capture) the continuation

#define DISPATCH() goto* kDispatch[*pc]
#define NEXT(n) \
  do {          \
    pc += (n);  \
    DISPATCH(); \
  } while (0)
#define SET_OR_UNWIND(dst, expr, n) \
  do {                              \
    Value r_ = (expr);              \
    if (r_.is_empty()) goto unwind; \
    R[dst] = r_;                    \
    NEXT(n);                        \
  } while (0)
// Re-establish the cached state of the function whose frame is at R.
#define ENTER_FRAME()                                   \
  do {                                                  \
    fn = frame_header(R)->callee.as<Closure>()->fn;     \
    code = fn->code.data();                             \
    K = fn->constants.data();                           \
  } while (0)
#define SWITCH_SEGMENT(s)        \
  do {                           \
    seg = (s);                   \
    vm.roots_->current = seg;    \
  } while (0)

  DISPATCH();

  // -- Moves and constants --
op_Nop:
  NEXT(1);
op_Mov:
  R[pc[1]] = R[pc[2]];
  NEXT(3);
op_Movs: {
  uint32_t n = pc[1];
  // Walks the pairs with a pointer: an index costs two more instructions a pair.
  for (const uint32_t *p = pc + 2, *end = p + n; p != end; p += 2) R[p[0]] = R[p[1]];
  NEXT(2 + n);
}
op_Const:
  R[pc[1]] = K[pc[2]];
  NEXT(3);
op_Func:
  R[pc[1]] = Value::object(fn->module->functions[pc[2]]->self);
  NEXT(3);
op_Closure: {
  uint32_t n = pc[3];
  Closure* c = new_closure(fn->module->functions[pc[2]].get(), n);
  for (uint32_t i = 0; i < n; ++i) c->captures[i] = R[pc[4 + i]];
  R[pc[1]] = Value::object(c);
  NEXT(4 + n);
}
op_Cap: {
  Closure* c = frame_header(R)->callee.as<Closure>();
  uint32_t i = pc[2];
  if (i >= c->h.aux) {
    vm.raise("index_error", "capture " + std::to_string(i) + " out of range: the closure has " +
                                std::to_string(c->h.aux));
    goto unwind;
  }
  R[pc[1]] = c->captures[i];
  NEXT(3);
}
op_GGet:
  R[pc[1]] = fn->module->globals[pc[2]];
  NEXT(3);
op_GSet:
  fn->module->globals[pc[1]] = R[pc[2]];
  NEXT(3);

  // -- Arithmetic --
#define SY_INT_FAST(opname, expr, dbl, slow, int64_overflow)                        \
  op_##opname : {                                                                   \
    Value a = R[pc[2]], b = R[pc[3]];                                               \
    if (a.is_int() && b.is_int()) {                                                 \
      int64_t x = a.as_int(), y = b.as_int(), r;                                    \
      if (expr && Value::fits_small(r)) {                                           \
        R[pc[1]] = Value::small_int(r);                                             \
        NEXT(4);                                                                    \
      }                                                                             \
    } else if (a.is_double() && b.is_double()) {                                    \
      R[pc[1]] = Value::number(a.as_double() dbl b.as_double());                    \
      NEXT(4);                                                                      \
    }                                                                               \
    if (a == R[pc[1]] && b.is_int() && a.is_object()) {                             \
      /* A box the destination owns, op a small int (a loop's sum): its own path. */ \
      auto* box = a.as<int_box::Layout>();                                          \
      int64_t r;                                                                    \
      if (int_box::owned(box) && !int64_overflow(int_box::owned_value(box), b.as_int(), &r) && \
          !Value::fits_small(r) && fn->box_reuse()[pc - code]) [[likely]] {         \
        int_box::store(box, r);                                                     \
        NEXT(4);                                                                    \
      }                                                                             \
    }                                                                               \
    {                                                                               \
      int64_t x, y, r;                                                              \
      if (int_box::read(a, &x) && int_box::read(b, &y) &&                           \
          !int64_overflow(x, y, &r)) [[likely]] {                                   \
        SY_INT64_RESULT(r);                                                         \
        NEXT(4);                                                                    \
      }                                                                             \
    }                                                                               \
    SET_OR_UNWIND(pc[1], slow(vm, a, b), 4);                                        \
  }
  // Past the small range but within int64: a box, or the box the destination register
  // owns, overwritten (core/ir/box_reuse.h).
#define SY_INT64_RESULT(r)                                                          \
  do {                                                                              \
    if (Value::fits_small(r)) R[pc[1]] = Value::small_int(r);                       \
    else if (!int_box::overwrite(R[pc[1]], (r), fn->box_reuse()[pc - code] != 0))  \
      R[pc[1]] = int_box::make_owned(r);                                            \
  } while (0)
  SY_INT_FAST(Add, ((r = x + y), true), +, arith::add, __builtin_add_overflow)
  SY_INT_FAST(Sub, ((r = x - y), true), -, arith::sub, __builtin_sub_overflow)
  SY_INT_FAST(Mul, !__builtin_mul_overflow(x, y, &r), *, arith::mul, __builtin_mul_overflow)
#undef SY_INT_FAST
op_AddI: {
  Value a = R[pc[2]];
  int32_t imm = static_cast<int32_t>(pc[3]);
  if (a.is_int()) {
    int64_t r = a.as_int() + imm;
    if (Value::fits_small(r)) {
      R[pc[1]] = Value::small_int(r);
      NEXT(4);
    }
  }
  {
    int64_t x, r;
    if (int_box::read(a, &x) && !__builtin_add_overflow(x, int64_t{imm}, &r)) {
      SY_INT64_RESULT(r);
      NEXT(4);
    }
  }
  SET_OR_UNWIND(pc[1], arith::add(vm, a, Value::small_int(imm)), 4);
}
op_Div:
  SET_OR_UNWIND(pc[1], arith::div(vm, R[pc[2]], R[pc[3]]), 4);
op_IDiv: {
  Value a = R[pc[2]], b = R[pc[3]];
  if (a.is_int() && b.is_int() && b.as_int() > 0 && a.as_int() >= 0) {
    R[pc[1]] = Value::small_int(a.as_int() / b.as_int());
    NEXT(4);
  }
  SET_OR_UNWIND(pc[1], arith::idiv(vm, a, b), 4);
}
op_Mod: {
  Value a = R[pc[2]], b = R[pc[3]];
  if (a.is_int() && b.is_int() && b.as_int() > 0 && a.as_int() >= 0) {
    R[pc[1]] = Value::small_int(a.as_int() % b.as_int());
    NEXT(4);
  }
  SET_OR_UNWIND(pc[1], arith::mod(vm, a, b), 4);
}
op_TDiv: {
  // Small ints: C++'s / truncates, and the quotient of 48-bit ints fits unless it is
  // -2^47 / -1.
  Value a = R[pc[2]], b = R[pc[3]];
  if (a.is_int() && b.is_int() && b.as_int() != 0) {
    int64_t q = a.as_int() / b.as_int();
    if (Value::fits_small(q)) {
      R[pc[1]] = Value::small_int(q);
      NEXT(4);
    }
  }
  SET_OR_UNWIND(pc[1], arith::tdiv(vm, a, b), 4);
}
op_Rem: {
  Value a = R[pc[2]], b = R[pc[3]];
  if (a.is_int() && b.is_int() && b.as_int() != 0) {
    R[pc[1]] = Value::small_int(a.as_int() % b.as_int());  // C++'s % truncates, as rem
    NEXT(4);
  }
  SET_OR_UNWIND(pc[1], arith::rem(vm, a, b), 4);
}
op_Neg:
  SET_OR_UNWIND(pc[1], arith::neg(vm, R[pc[2]]), 3);
#define SY_BITS(opname, op, slow)                                  \
  op_##opname : {                                                  \
    Value a = R[pc[2]], b = R[pc[3]];                              \
    if (a.is_int() && b.is_int()) {                                \
      R[pc[1]] = Value::small_int(a.as_int() op b.as_int());       \
      NEXT(4);                                                     \
    }                                                              \
    SET_OR_UNWIND(pc[1], slow(vm, a, b), 4);                       \
  }
  SY_BITS(BAnd, &, arith::band)
  SY_BITS(BOr, |, arith::bor)
  SY_BITS(BXor, ^, arith::bxor)
#undef SY_BITS
op_Shl: {
  Value a = R[pc[2]], b = R[pc[3]];
  if (a.is_int() && b.is_int() && b.as_int() >= 0 && b.as_int() < 48) {
    int64_t x = a.as_int(), n = b.as_int();
    int64_t r = static_cast<int64_t>(static_cast<uint64_t>(x) << n);
    if ((r >> n) == x && Value::fits_small(r)) {
      R[pc[1]] = Value::small_int(r);
      NEXT(4);
    }
  }
  SET_OR_UNWIND(pc[1], arith::shl(vm, a, b), 4);
}
op_Shr: {
  Value a = R[pc[2]], b = R[pc[3]];
  if (a.is_int() && b.is_int() && b.as_int() >= 0) {
    int64_t n = b.as_int();
    R[pc[1]] = Value::small_int(n >= 63 ? (a.as_int() < 0 ? -1 : 0) : a.as_int() >> n);  // arithmetic shift
    NEXT(4);
  }
  SET_OR_UNWIND(pc[1], arith::shr(vm, a, b), 4);
}
op_BNot: {
  Value a = R[pc[2]];
  if (a.is_int()) {
    R[pc[1]] = Value::small_int(~a.as_int());
    NEXT(3);
  }
  SET_OR_UNWIND(pc[1], arith::bnot(vm, a), 3);
}

  // Float-typed arithmetic: both operands floats, the result finite (overflow otherwise).
// A finite result is no NaN: its bits are boxed as they are. The operands are unboxed
// and the result boxed with integer adds in the vector registers (float_lanes.h), so a
// chain of float operations does not cross to the general registers and back at every
// link.
#define SY_FLOAT_OP(opname, fn, op)                                                        \
  op_##opname : {                                                                          \
    const Value* a = &R[pc[2]];                                                            \
    const Value* b = &R[pc[3]];                                                            \
    if (a->is_double() && b->is_double()) [[likely]] {                                     \
      float_lanes::Lane r = float_lanes::fn(float_lanes::load(a), float_lanes::load(b));  \
      if (float_lanes::is_finite(r)) [[likely]] {                                          \
        float_lanes::store(&R[pc[1]], r);                                                  \
        NEXT(4);                                                                           \
      }                                                                                    \
    }                                                                                      \
    float_op_error(vm, #op, *a, *b);                                                       \
    goto unwind;                                                                           \
  }
  SY_FLOAT_OP(FAdd, add, +)
  SY_FLOAT_OP(FSub, sub, -)
  SY_FLOAT_OP(FMul, mul, *)
  SY_FLOAT_OP(FDiv, div, /)
#undef SY_FLOAT_OP
op_FMath: {  // fmath rD, I, rA, L
  Value a = R[pc[3]];
  if (a.is_double()) [[likely]] {
    double r = kFloatFunctions[pc[2]].fn(a.as_double());
    if (std::isfinite(r)) [[likely]] {
      R[pc[1]] = Value::from_bits(std::bit_cast<uint64_t>(r) + Value::kDoubleOffset);
      NEXT(5);
    }
  }
  pc = code + pc[4];
  DISPATCH();
}

  // -- Comparisons --
op_Eq: {
  Value a = R[pc[2]], b = R[pc[3]];
  R[pc[1]] = Value::boolean(a.is_int() && b.is_int() ? a == b : equal(a, b));
  NEXT(4);
}
op_Ne: {
  Value a = R[pc[2]], b = R[pc[3]];
  R[pc[1]] = Value::boolean(!(a.is_int() && b.is_int() ? a == b : equal(a, b)));
  NEXT(4);
}
#define SY_ORDER(opname, op)                                          \
  op_##opname : {                                                     \
    Value a = R[pc[2]], b = R[pc[3]];                                 \
    bool r;                                                           \
    if (a.is_int() && b.is_int()) {                                   \
      r = a.as_int() op b.as_int();                                   \
    } else {                                                          \
      arith::Order o = arith::order(vm, a, b);                        \
      if (o == arith::kError) goto unwind;                            \
      r = o != arith::kUnordered && static_cast<int>(o) op 0;         \
    }                                                                 \
    R[pc[1]] = Value::boolean(r);                                     \
    NEXT(4);                                                          \
  }
  SY_ORDER(Lt, <)
  SY_ORDER(Le, <=)
  SY_ORDER(Gt, >)
  SY_ORDER(Ge, >=)
#undef SY_ORDER
op_Not:
  R[pc[1]] = Value::boolean(!R[pc[2]].truthy());
  NEXT(3);

  // -- Control --
op_Jmp:
  pc = code + pc[1];
  DISPATCH();
op_Jt:
  pc = R[pc[1]].truthy() ? code + pc[2] : pc + 3;
  DISPATCH();
op_Jf:
  pc = R[pc[1]].truthy() ? pc + 3 : code + pc[2];
  DISPATCH();
op_Jeq: {
  Value a = R[pc[1]], b = R[pc[2]];
  // Ints, and immediates (nil, booleans, atoms: equal only to themselves), by their bits.
  bool r = (a.is_int() && b.is_int()) || a.is_imm() || b.is_imm() ? a == b : equal(a, b);
  pc = r ? code + pc[3] : pc + 4;
  DISPATCH();
}
op_Jne: {
  Value a = R[pc[1]], b = R[pc[2]];
  // Ints, and immediates (nil, booleans, atoms: equal only to themselves), by their bits.
  bool r = (a.is_int() && b.is_int()) || a.is_imm() || b.is_imm() ? a == b : equal(a, b);
  pc = r ? pc + 4 : code + pc[3];
  DISPATCH();
}
op_ForStep: {
  // A counted loop's back edge in one dispatch: `addi rI, rI, step` then `jlt rI, rN, L`
  // (`jgt` when the step is negative), with exactly their semantics.
  Value a = R[pc[1]], n = R[pc[3]];
  int32_t step = static_cast<int32_t>(pc[2]);
  if (a.is_int() && n.is_int()) {
    int64_t r = a.as_int() + step;
    if (Value::fits_small(r)) {
      R[pc[1]] = Value::small_int(r);
      pc = (step >= 0 ? r < n.as_int() : r > n.as_int()) ? code + pc[4] : pc + 5;
      DISPATCH();
    }
  }
  {
    int64_t x, r;
    if (int_box::read(a, &x) && !__builtin_add_overflow(x, int64_t{step}, &r)) {
      SY_INT64_RESULT(r);
    } else {
      Value sum = arith::add(vm, a, Value::small_int(step));
      if (sum.is_empty()) goto unwind;
      R[pc[1]] = sum;
    }
  }
  {
    arith::Order o = arith::order(vm, R[pc[1]], n);
    if (o == arith::kError) goto unwind;
    bool more = o != arith::kUnordered && (step >= 0 ? o == arith::kLess : o == arith::kGreater);
    pc = more ? code + pc[4] : pc + 5;
    DISPATCH();
  }
}
#undef SY_INT64_RESULT
#define SY_JORDER(opname, op)                                         \
  op_##opname : {                                                     \
    Value a = R[pc[1]], b = R[pc[2]];                                 \
    bool r;                                                           \
    if (a.is_int() && b.is_int()) {                                   \
      r = a.as_int() op b.as_int();                                   \
    } else {                                                          \
      arith::Order o = arith::order(vm, a, b);                        \
      if (o == arith::kError) goto unwind;                            \
      r = o != arith::kUnordered && static_cast<int>(o) op 0;         \
    }                                                                 \
    pc = r ? code + pc[3] : pc + 4;                                   \
    DISPATCH();                                                       \
  }
  SY_JORDER(Jlt, <)
  SY_JORDER(Jle, <=)
  SY_JORDER(Jgt, >)
  SY_JORDER(Jge, >=)
#undef SY_JORDER
op_JIs:
  pc = R[pc[1]] == R[pc[2]] ? code + pc[3] : pc + 4;
  DISPATCH();
op_JIsNot:
  pc = R[pc[1]] == R[pc[2]] ? pc + 4 : code + pc[3];
  DISPATCH();
op_JIsK:
  pc = R[pc[1]] == K[pc[2]] ? code + pc[3] : pc + 4;
  DISPATCH();
op_JIsNotK:
  pc = R[pc[1]] == K[pc[2]] ? pc + 4 : code + pc[3];
  DISPATCH();
op_JCls:
  pc = class_of(R[pc[1]]) == pc[2] ? code + pc[3] : pc + 4;
  DISPATCH();
op_JNCls:
  pc = class_of(R[pc[1]]) == pc[2] ? pc + 4 : code + pc[3];
  DISPATCH();
op_JNFin: {
  Value a = R[pc[1]];
  pc = a.is_double() && !std::isfinite(a.as_double()) ? code + pc[2] : pc + 3;
  DISPATCH();
}
op_Tick:
  // The budget belongs to whoever schedules (a front end's green threads); it is the
  // largest int64 unless someone set it, so this never fires by itself.
  vm.budget -= static_cast<int32_t>(pc[1]);
  pc = vm.budget < 0 ? code + pc[2] : pc + 3;
  DISPATCH();
op_TickJmp:
  vm.budget -= static_cast<int32_t>(pc[1]);
  pc = code + (vm.budget < 0 ? pc[3] : pc[2]);
  DISPATCH();

  // -- Calls --
  // Every call form meets at push_frame (or replace_frame for tail calls) with the callee
  // closure and the argument registers; native callables meet at call_native instead.
  {
    Closure* callee;
    Value handle;  // a callv/indy callee before it is known to be a closure
    const uint32_t* args;
    uint32_t argc, dst, len;
    bool tail;
op_Call:
    callee = fn->module->functions[pc[2]]->self;
    dst = pc[1];
    argc = pc[3];
    args = pc + 4;
    len = 4 + argc;
    goto push_frame;
op_CallV:
    handle = R[pc[2]];
    dst = pc[1];
    argc = pc[3];
    args = pc + 4;
    len = 4 + argc;
    tail = false;
    goto call_value;
op_TailCall:
    callee = fn->module->functions[pc[1]]->self;
    argc = pc[2];
    args = pc + 3;
    goto replace_frame;
op_TailCallV:
    handle = R[pc[1]];
    argc = pc[2];
    args = pc + 3;
    tail = true;
    goto call_value;

    // indy: the site's cache (core/interp/indy.h) answers hits inline; the rest goes to
    // the hook installed by the call-site runtime.
    uint32_t site;
op_Indy:
    site = pc[2];
    dst = pc[1];
    argc = pc[3];
    args = pc + 4;
    len = 4 + argc;
    tail = false;
    goto indy;

    // Fallback forms (docs/ir.md): the common case of small ints and doubles (and list
    // and tuple indexing) inline; every other case is a call through the site, exactly
    // as `indy` with the instruction's operands as arguments.
#define SY_FALLBACK(first, nargs, length) \
  do {                                    \
    site = pc[(length) - 1];              \
    dst = pc[1];                          \
    argc = (nargs);                       \
    args = pc + (first);                  \
    len = (length);                       \
    tail = false;                         \
    goto indy;                            \
  } while (0)
#define SY_ARITH_X(opname, int_expr, dbl)                                  \
  op_##opname : {                                                          \
    Value a = R[pc[2]], b = R[pc[3]];                                      \
    if (a.is_int() && b.is_int()) {                                        \
      int64_t x = a.as_int(), y = b.as_int(), r;                           \
      if ((int_expr) && Value::fits_small(r)) {                            \
        R[pc[1]] = Value::small_int(r);                                    \
        NEXT(5);                                                           \
      }                                                                    \
    } else if (a.is_double() && b.is_double()) {                           \
      R[pc[1]] = Value::number(a.as_double() dbl b.as_double());           \
      NEXT(5);                                                             \
    }                                                                      \
    SY_FALLBACK(2, 2, 5);                                                  \
  }
    SY_ARITH_X(AddX, ((r = x + y), true), +)
    SY_ARITH_X(SubX, ((r = x - y), true), -)
    SY_ARITH_X(MulX, !__builtin_mul_overflow(x, y, &r), *)
#undef SY_ARITH_X
op_IDivX:
op_ModX: {
    // Floor division and modulo of small ints (a zero divisor goes to the site).
    Value a = R[pc[2]], b = R[pc[3]];
    if (a.is_int() && b.is_int() && b.as_int() != 0) {
      int64_t x = a.as_int(), y = b.as_int(), q = x / y, m = x % y;
      if (m != 0 && ((m < 0) != (y < 0))) {
        --q;
        m += y;
      }
      if (Value::fits_small(q)) {
        R[pc[1]] = Value::small_int(static_cast<ir::Op>(*pc) == ir::Op::IDivX ? q : m);
        NEXT(5);
      }
    }
    SY_FALLBACK(2, 2, 5);
  }
#define SY_BITS_X(opname, op)                                              \
  op_##opname : {                                                          \
    Value a = R[pc[2]], b = R[pc[3]];                                      \
    if (a.is_int() && b.is_int()) {                                        \
      R[pc[1]] = Value::small_int(a.as_int() op b.as_int());               \
      NEXT(5);                                                             \
    }                                                                      \
    SY_FALLBACK(2, 2, 5);                                                  \
  }
    SY_BITS_X(BAndX, &)
    SY_BITS_X(BOrX, |)
    SY_BITS_X(BXorX, ^)
#undef SY_BITS_X
    // Comparisons: small ints, doubles, and strings (bytewise: code-point order in UTF-8).
#define SY_CMP_X(opname, op)                                                                   \
  op_##opname : {                                                                              \
    Value a = R[pc[2]], b = R[pc[3]];                                                          \
    if (a.is_int() && b.is_int()) {                                                            \
      R[pc[1]] = Value::boolean(a.as_int() op b.as_int());                                     \
      NEXT(5);                                                                                 \
    }                                                                                          \
    if (a.is_double() && b.is_double()) {                                                      \
      R[pc[1]] = Value::boolean(a.as_double() op b.as_double());                               \
      NEXT(5);                                                                                 \
    }                                                                                          \
    if (is_instance(a, cls::String) && is_instance(b, cls::String)) {                          \
      R[pc[1]] = Value::boolean(view(a.as<String>()).compare(view(b.as<String>())) op 0);      \
      NEXT(5);                                                                                 \
    }                                                                                          \
    SY_FALLBACK(2, 2, 5);                                                                      \
  }
    SY_CMP_X(LtX, <)
    SY_CMP_X(LeX, <=)
    SY_CMP_X(GtX, >)
    SY_CMP_X(GeX, >=)
    SY_CMP_X(EqX, ==)
    SY_CMP_X(NeX, !=)
#undef SY_CMP_X
op_NegX: {
    Value a = R[pc[2]];
    if (a.is_int() && a.as_int() != Value::kIntMin) {
      R[pc[1]] = Value::small_int(-a.as_int());
      NEXT(4);
    }
    if (a.is_double()) {
      R[pc[1]] = Value::number(-a.as_double());
      NEXT(4);
    }
    SY_FALLBACK(2, 1, 4);
  }
op_TruthX: {
    // The truth of nil, booleans, small ints and doubles as a boolean.
    Value a = R[pc[2]];
    if (a.is_bool()) {
      R[pc[1]] = a;
      NEXT(4);
    }
    if (a.is_nil()) {
      R[pc[1]] = Value::boolean(false);
      NEXT(4);
    }
    if (a.is_int()) {
      R[pc[1]] = Value::boolean(a.as_int() != 0);
      NEXT(4);
    }
    if (a.is_double()) {
      R[pc[1]] = Value::boolean(a.as_double() != 0.0);
      NEXT(4);
    }
    SY_FALLBACK(2, 1, 4);
  }
op_IndexX: {
    // An array or tuple at a small-int index, negative ones counting from the end.
    Value a = R[pc[2]], k = R[pc[3]];
    if (k.is_int() && a.is_object()) {
      int64_t i = k.as_int();
      ClassId c = a.as_object()->cls;
      if (c == cls::Array) {
        Array* arr = a.as<Array>();
        if (i < 0) i += static_cast<int64_t>(arr->length);
        if (i >= 0 && static_cast<uint64_t>(i) < arr->length) {
          R[pc[1]] = arr->items[i];
          NEXT(5);
        }
      } else if (c == cls::Tuple) {
        Tuple* t = a.as<Tuple>();
        if (i < 0) i += t->size();
        if (i >= 0 && i < static_cast<int64_t>(t->size())) {
          R[pc[1]] = t->items[i];
          NEXT(5);
        }
      }
    }
    SY_FALLBACK(2, 2, 5);
  }
op_SetIndexX: {
    // setindexx rD, rA, rK, rV, S: rA[rK] = rV for an array and an index in range.
    Value a = R[pc[2]], k = R[pc[3]];
    if (k.is_int() && is_instance(a, cls::Array)) {
      Array* arr = a.as<Array>();
      int64_t i = k.as_int();
      if (i < 0) i += static_cast<int64_t>(arr->length);
      if (i >= 0 && static_cast<uint64_t>(i) < arr->length) {
        arr->items[i] = R[pc[4]];
        R[pc[1]] = Value::nil();
        NEXT(6);
      }
    }
    SY_FALLBACK(2, 3, 6);
  }
#undef SY_FALLBACK

op_TailIndy:
    site = pc[1];
    argc = pc[2];
    args = pc + 3;
    tail = true;
  indy: {
    auto& caches = fn->module->site_caches;
    if (site < caches.size() && !caches[site].is_empty()) {
      SiteCache* c = caches[site].as<SiteCache>();
      uint64_t key = 0;
      switch (c->selector) {
        case SelectorKind::None: key = 0; break;
        case SelectorKind::Classes:
          key = class_of(R[args[c->arg[0]]]);
          for (uint32_t i = 1; i < c->nargs; ++i)
            key |= uint64_t{class_of(R[args[c->arg[i]]])} << (kSelectorClassBits * i);
          break;
        case SelectorKind::Value: key = R[args[c->arg[0]]].bits(); break;
      }
      CacheEntry* e = c->entries;
      for (uint32_t i = 0, n = c->count; i < n; ++i, ++e) {
        if (e->key != key) continue;
        ++e->hits;
        handle = e->target;
        if (c->sort_by_hits && i > 0 && e->hits > e[-1].hits) std::swap(e[0], e[-1]);
        goto call_value_checked;
      }
    }
    // Miss: the hook may run IR (a bootstrap, a lookup) in frames above seg->top; it gets
    // a copy of the arguments, whose originals stay in registers for the collector.
    ArgCopy argv(R, args, argc);
    handle = indy_hooks().miss(vm, *fn, static_cast<uint32_t>(pc - code), site, argv.data(), argc);
    if (handle.is_empty()) goto unwind;
    goto call_value;
  }

  call_value:
    if (is_instance(handle, cls::Closure)) {
      if (argc != handle.as<Closure>()->fn->nparams) {
        Function* f = handle.as<Closure>()->fn;
        vm.raise("arity_error", f->name + " takes " + std::to_string(f->nparams) + " arguments, got " +
                                    std::to_string(argc));
        goto unwind;
      }
    } else if (is_instance(handle, cls::NativeFn)) {
      uint32_t arity = handle.as<NativeCallable>()->arity();
      if (arity != kAnyArity && arity != argc) {
        vm.raise("arity_error", "native function takes " + std::to_string(arity) + " arguments, got " +
                                    std::to_string(argc));
        goto unwind;
      }
    } else {
      vm.raise("type_error", std::string(class_name(class_of(handle))) + " is not callable");
      goto unwind;
    }
  call_value_checked:
    if (handle.as_object()->cls == cls::NativeFn) goto call_native;
    callee = handle.as<Closure>();
    if (tail) goto replace_frame;
    // fallthrough
  push_frame: {
    Function* target = callee->fn;
    Value* nb = R + fn->nregs + kFrameHeaderSlots;
    uint64_t bottom = 0;
    if (vm.depth >= max_depth) {
      vm.raise("stack_overflow", "maximum call depth (" + std::to_string(max_depth) + ") exceeded");
      goto unwind;
    }
    if (nb + target->nregs > seg->hi) {
      // Continue in the next segment (heap segments chain; the root one is the limit).
      if (seg->flags & Segment::kRoot) {
        vm.raise("stack_overflow", "VM stack exhausted");
        goto unwind;
      }
      uint64_t need = target->nregs + kFrameHeaderSlots;
      Segment* next = seg->spare;
      if (!next || static_cast<uint64_t>(next->hi - next->lo) < need)
        next = new_segment(segment_size_for(need, static_cast<uint64_t>(seg->hi - seg->lo)));
      seg->spare = nullptr;
      next->prev = seg;
      SWITCH_SEGMENT(next);
      nb = seg->first_base();
      bottom = kSegmentBottom;
    }
    ++vm.depth;
    // Arguments, then nil in the other registers (pointer loops: indexes cost more).
    Value* r = nb;
    for (const uint32_t *a = args, *end = args + argc; a != end; ++a) *r++ = R[*a];
    for (Value* end = nb + target->nregs; r < end; ++r) *r = Value::nil();
    FrameHeader* h = frame_header(nb);
    h->callee = Value::object(callee);
    h->return_pc = pc + len;
    h->caller_base = R;
    h->dst = dst | bottom;
    R = nb;
    fn = target;
    code = pc = fn->code.data();
    K = fn->constants.data();
    seg->top = R + fn->nregs;
    DISPATCH();
  }

  replace_frame: {
    // Arguments may name registers the copy overwrites: stage them above the frame.
    Function* target = callee->fn;
    uint64_t width = fn->nregs > target->nregs ? fn->nregs : target->nregs;
    Value* src = R;
    if (R + width + argc > seg->hi) {
      if (seg->flags & Segment::kRoot) {
        vm.raise("stack_overflow", "VM stack exhausted");
        goto unwind;
      }
      // The frame outgrows its segment: move it to a larger one. A segment's bottom frame
      // takes the segment's role (prompt, fiber) with it; any other frame becomes the
      // bottom of a new segment above.
      FrameHeader moved = *frame_header(R);
      Segment* grown = new_segment(segment_size_for(width + argc + kFrameHeaderSlots, 0));
      if (moved.dst & kSegmentBottom) {
        grown->flags = seg->flags;
        grown->tag = seg->tag;
        grown->fiber = seg->fiber;
        grown->depth_base = seg->depth_base;
        grown->kreg = seg->kreg;
        grown->prev = seg->prev;
      } else {
        seg->top = R - kFrameHeaderSlots;
        grown->prev = seg;
        moved.dst |= kSegmentBottom;
      }
      SWITCH_SEGMENT(grown);
      R = seg->first_base();
      *frame_header(R) = moved;
    }
    // Arguments already in place (register i passed as argument i, the common shape of
    // a loop's tail call) need no copy.
    bool in_place = src == R;
    for (uint32_t i = 0; in_place && i < argc; ++i) in_place = args[i] == i;
    if (!in_place) {
      Value* scratch = R + width;
      for (uint32_t i = 0; i < argc; ++i) scratch[i] = src[args[i]];
      for (uint32_t i = 0; i < argc; ++i) R[i] = scratch[i];
    }
    for (uint32_t i = argc; i < target->nregs; ++i) R[i] = Value::nil();
    frame_header(R)->callee = Value::object(callee);
    fn = target;
    code = pc = fn->code.data();
    K = fn->constants.data();
    seg->top = R + fn->nregs;
    DISPATCH();
  }

  call_native: {
    // A native callable runs in C++ without a frame; as a tail call it returns its result
    // straight to our caller, so handle chains ending in natives stay in constant stack.
    ArgCopy argv(R, args, argc);
    const NativeCallable* nc = handle.as<NativeCallable>();
    vm.native_base_ = R;
    vm.native_pc_ = pc;
    Value r = nc->call(vm, nc, argv.data(), argc);
    if (r.is_empty()) goto unwind;
    if (!tail) {
      R[dst] = r;
      NEXT(len);
    }
    result = r;  // the rest is `ret`
    goto return_result;
  }
  }

op_NCall: {
  const NativeInfo& nat = native(pc[2]);
  uint32_t argc = pc[3];
  // A native that re-enters the VM builds its frames above seg->top.
  ArgCopy args(R, pc + 4, argc);
  vm.native_base_ = R;
  vm.native_pc_ = pc;
  Value r = nat.fn(vm, args.data(), argc);
  if (r.is_empty()) goto unwind;
  R[pc[1]] = r;
  NEXT(4 + argc);
}

op_Ret:
  result = R[pc[1]];
return_result: {
  Value v = result;
  FrameHeader* h = frame_header(R);
  if (!h->return_pc) return v;  // entry frame: VM::enter pops it
  pc = h->return_pc;
  uint64_t dst = h->dst;
  R = h->caller_base;
  if (dst & kSegmentBottom) {
    Segment* done = seg;
    SWITCH_SEGMENT(done->prev);
    if (done->flags & Segment::kFiber) {
      done->fiber->state = FiberState::Done;
    } else if (done->flags & Segment::kPrompt) {
      R[done->kreg] = Value::nil();  // returned normally: no continuation
    } else {
      seg->spare = done;  // keep it for the next overflow at this depth
    }
  }
  ENTER_FRAME();
  R[dst & kDstMask] = v;
  --vm.depth;
  seg->top = R + fn->nregs;
  DISPATCH();
}

op_Throw:
  vm.raise(R[pc[1]]);
  goto unwind;

  // -- Tuples, arrays, maps, objects --
op_Tuple: {
  uint32_t n = pc[2];
  size_t bytes = sizeof(Tuple) + n * sizeof(Value);
  auto* t = static_cast<Tuple*>(heap::fast::try_alloc(bytes));
  if (t) [[likely]] {
    t->h.cls = cls::Tuple;
    t->h.aux = n;
  } else {
    t = new_tuple(n);
  }
  Value* item = t->items;
  for (const uint32_t *p = pc + 3, *end = p + n; p != end; ++p) *item++ = R[*p];
  R[pc[1]] = Value::object(t);
  NEXT(3 + n);
}
op_TGet: {
  Value t = R[pc[2]];
  int32_t i = static_cast<int32_t>(pc[3]);
  if (!is_instance(t, cls::Tuple)) {
    type_error(vm, "tget expects a tuple", t);
    goto unwind;
  }
  if (i < 0 || static_cast<uint32_t>(i) >= t.as<Tuple>()->size()) {
    vm.raise("index_error", "tuple index " + std::to_string(i) + " out of range for size " +
                                std::to_string(t.as<Tuple>()->size()));
    goto unwind;
  }
  R[pc[1]] = t.as<Tuple>()->items[i];
  NEXT(4);
}
op_TLen: {
  Value t = R[pc[2]];
  if (!is_instance(t, cls::Tuple)) {
    type_error(vm, "tlen expects a tuple", t);
    goto unwind;
  }
  R[pc[1]] = Value::small_int(t.as<Tuple>()->size());
  NEXT(3);
}
op_Array: {
  uint32_t n = pc[2];
  Array* a = new_array(n);
  for (uint32_t i = 0; i < n; ++i) a->items[i] = R[pc[3 + i]];
  a->length = n;
  R[pc[1]] = Value::object(a);
  NEXT(3 + n);
}
op_AGet: {
  uint64_t i;
  if (!array_index(vm, R[pc[2]], R[pc[3]], &i)) goto unwind;
  R[pc[1]] = R[pc[2]].as<Array>()->items[i];
  NEXT(4);
}
op_ASet: {
  uint64_t i;
  if (!array_index(vm, R[pc[1]], R[pc[2]], &i)) goto unwind;
  R[pc[1]].as<Array>()->items[i] = R[pc[3]];
  NEXT(4);
}
op_APush: {
  Value a = R[pc[1]];
  if (!is_instance(a, cls::Array)) {
    type_error(vm, "apush expects an array", a);
    goto unwind;
  }
  array_push(a.as<Array>(), R[pc[2]]);
  NEXT(3);
}
op_ALen: {
  Value a = R[pc[2]];
  if (!is_instance(a, cls::Array)) {
    type_error(vm, "alen expects an array", a);
    goto unwind;
  }
  R[pc[1]] = Value::small_int(static_cast<int64_t>(a.as<Array>()->length));
  NEXT(3);
}
op_NewMap:
  R[pc[1]] = Value::object(new_map());
  NEXT(2);
#define SY_MAP_OPERAND(v, what)            \
  if (!is_instance(v, cls::Map)) {         \
    type_error(vm, what " expects a map", v); \
    goto unwind;                           \
  }
op_MGet: {
  Value m = R[pc[2]];
  SY_MAP_OPERAND(m, "mget");
  Value v = map_get(m.as<Map>(), R[pc[3]]);
  if (v.is_empty()) {
    key_error(vm, R[pc[3]]);
    goto unwind;
  }
  R[pc[1]] = v;
  NEXT(4);
}
op_MSet: {
  Value m = R[pc[1]];
  SY_MAP_OPERAND(m, "mset");
  map_set(m.as<Map>(), R[pc[2]], R[pc[3]]);
  NEXT(4);
}
op_MHas: {
  Value m = R[pc[2]];
  SY_MAP_OPERAND(m, "mhas");
  R[pc[1]] = Value::boolean(!map_get(m.as<Map>(), R[pc[3]]).is_empty());
  NEXT(4);
}
op_MDel: {
  Value m = R[pc[1]];
  SY_MAP_OPERAND(m, "mdel");
  if (!map_remove(m.as<Map>(), R[pc[2]])) {
    key_error(vm, R[pc[2]]);
    goto unwind;
  }
  NEXT(3);
}
op_MLen: {
  Value m = R[pc[2]];
  SY_MAP_OPERAND(m, "mlen");
  R[pc[1]] = Value::small_int(static_cast<int64_t>(m.as<Map>()->count));
  NEXT(3);
}
#undef SY_MAP_OPERAND
op_NewObj:
  R[pc[1]] = Value::object(new_object(cls::Object));
  NEXT(2);
op_GetF: {
  Value o = R[pc[2]];
  if (!o.is_object() || !class_is_shaped(o.as_object()->cls)) {
    type_error(vm, "getf expects an object", o);
    goto unwind;
  }
  Value v = object_get(o.as<Object>(), K[pc[3]]);
  if (v.is_empty()) {
    vm.raise(make_error("attribute_error", "object has no attribute " + display(K[pc[3]]), K[pc[3]]));
    goto unwind;
  }
  R[pc[1]] = v;
  NEXT(4);
}
op_SetF: {
  Value o = R[pc[1]];
  if (!o.is_object() || !class_is_shaped(o.as_object()->cls)) {
    type_error(vm, "setf expects an object", o);
    goto unwind;
  }
  object_set(o.as<Object>(), K[pc[2]], R[pc[3]]);
  NEXT(4);
}
op_Field: {
  Value o = R[pc[2]];
  if (class_of(o) != pc[3]) {
    vm.raise("type_error", "field expects an instance of " + std::string(class_name(pc[3])) + ", got " +
                               std::string(class_name(class_of(o))));
    goto unwind;
  }
  R[pc[1]] = reinterpret_cast<const Value*>(o.as_object() + 1)[pc[4]];
  NEXT(5);
}
op_Unpack: {
  // A type test and a destructuring in one dispatch (a cons cell's head and tail).
  Value o = R[pc[1]];
  uint32_t n = pc[4];
  if (!is_instance(o, pc[2])) {
    pc = code + pc[3];
    DISPATCH();
  }
  const Value* slots = reinterpret_cast<const Value*>(o.as_object() + 1);
  if (n == 2) [[likely]] {  // a cons cell: no loop
    R[pc[5]] = slots[0];
    R[pc[6]] = slots[1];
  } else {
    for (uint32_t i = 0; i < n; ++i) R[pc[5 + i]] = slots[i];
  }
  NEXT(5 + n);
}
op_Alloc: {
  uint32_t n = pc[3];
  ObjHeader* h;
  if (n == 2) [[likely]] {  // a cons cell: a constant size class, no loop
    constexpr size_t bytes = sizeof(ObjHeader) + 2 * sizeof(Value);
    void* mem = heap::fast::try_alloc(bytes);
    h = static_cast<ObjHeader*>(mem ? mem : heap::alloc(bytes));
    Value* slots = reinterpret_cast<Value*>(h + 1);
    slots[0] = R[pc[4]];
    slots[1] = R[pc[5]];
  } else {
    size_t bytes = sizeof(ObjHeader) + n * sizeof(Value);
    void* mem = heap::fast::try_alloc(bytes);
    h = static_cast<ObjHeader*>(mem ? mem : heap::alloc(bytes));
    Value* slots = reinterpret_cast<Value*>(h + 1);
    for (uint32_t i = 0; i < n; ++i) slots[i] = R[pc[4 + i]];
  }
  h->cls = pc[2];
  R[pc[1]] = Value::object(h);
  NEXT(4 + n);
}
op_Pair: {
  auto* p = static_cast<Pair*>(heap::fast::alloc_pair());
  p->head = R[pc[2]];
  p->tail = R[pc[3]];
  R[pc[1]] = Value::pair(p);
  NEXT(4);
}
op_Unpair: {
  // A list's type test and destructuring in one dispatch; the test reads no memory.
  Value v = R[pc[1]];
  if (!v.is_pair()) {
    pc = code + pc[2];
    DISPATCH();
  }
  const Pair* p = v.as_pair();
  R[pc[3]] = p->head;
  R[pc[4]] = p->tail;
  NEXT(5);
}
op_Head:
  if (!R[pc[2]].is_pair()) {
    type_error(vm, "head expects a pair", R[pc[2]]);
    goto unwind;
  }
  R[pc[1]] = R[pc[2]].as_pair()->head;
  NEXT(3);
op_Tail:
  if (!R[pc[2]].is_pair()) {
    type_error(vm, "tail expects a pair", R[pc[2]]);
    goto unwind;
  }
  R[pc[1]] = R[pc[2]].as_pair()->tail;
  NEXT(3);
op_ClassOf:
  R[pc[1]] = Value::small_int(class_of(R[pc[2]]));
  NEXT(3);
op_Print: {
  std::string s = display(R[pc[1]]);
  s += '\n';
  std::fwrite(s.data(), 1, s.size(), stdout);
  NEXT(2);
}

  // -- Delimited continuations and fibers (stack.h) --
  // Entering a prompt or a new fiber starts a segment whose bottom frame returns to the
  // resumer; capturing detaches the chain above the resumer; resuming re-links it.
  {
    Closure* body;
    Segment* ps;
    const uint32_t* args;
    uint32_t argc, len;
    uint64_t dst;
op_Prompt: {  // prompt rV, rK, rTag, rF, args...
    Value f = R[pc[4]];
    argc = pc[5];
    args = pc + 6;
    len = 6 + argc;
    if (!is_instance(f, cls::Closure) || f.as<Closure>()->fn->nparams != argc) {
      vm.raise("type_error", "prompt expects a closure taking " + std::to_string(argc) + " arguments, got " +
                                 std::string(class_name(class_of(f))));
      goto unwind;
    }
    body = f.as<Closure>();
    ps = new_segment(segment_size_for(body->fn->nregs + kFrameHeaderSlots, 0));
    ps->flags = Segment::kPrompt;
    ps->tag = R[pc[3]];
    ps->kreg = pc[2];
    dst = pc[1];
    goto enter_segment;
  }
op_FResume:  // fresume rV, rFib, rIn
op_FThrow: {  // fthrow rV, rFib, rExc
    Value fv = R[pc[2]];
    bool throwing = static_cast<ir::Op>(*pc) == ir::Op::FThrow;
    if (!is_instance(fv, cls::Fiber)) {
      type_error(vm, "fresume expects a fiber", fv);
      goto unwind;
    }
    Fiber* fb = fv.as<Fiber>();
    switch (fb->state) {
      case FiberState::Running:
        continuation_error(vm, "cannot resume a running fiber");
        goto unwind;
      case FiberState::Done:
        continuation_error(vm, "cannot resume a finished fiber");
        goto unwind;
      case FiberState::New:
        if (throwing) {  // thrown in before it started: it never runs
          fb->state = FiberState::Done;
          vm.raise(R[pc[3]]);
          goto unwind;
        }
        body = fb->fn.as<Closure>();
        ps = new_segment(segment_size_for(body->fn->nregs + kFrameHeaderSlots, 0));
        ps->flags = Segment::kPrompt | Segment::kFiber;
        ps->fiber = fb;
        fb->state = FiberState::Running;
        argc = body->fn->nparams;  // 0 or 1 (checked by `fiber`): the first value sent
        args = pc + 3;
        len = 4;
        dst = pc[1];
        goto enter_segment;
      case FiberState::Suspended: {
        ContinuationState k = fb->k;
        if (vm.depth + k.frames > max_depth) {
          vm.raise("stack_overflow", "maximum call depth (" + std::to_string(max_depth) + ") exceeded");
          goto unwind;
        }
        fb->k = ContinuationState{};
        fb->state = FiberState::Running;
        Value in = R[pc[3]];
        attach_chain(vm, k, seg, R, pc + 4, pc[1]);
        SWITCH_SEGMENT(k.top);
        R = k.base;
        ENTER_FRAME();
        if (throwing) {  // raised at the fyield it is suspended in
          pc = k.pc - 1;
          vm.raise(in);
          goto unwind;
        }
        pc = k.pc;
        R[k.in_reg] = in;
        DISPATCH();
      }
    }
  }
  enter_segment: {
    if (vm.depth >= max_depth) {
      vm.raise("stack_overflow", "maximum call depth (" + std::to_string(max_depth) + ") exceeded");
      goto unwind;
    }
    Function* target = body->fn;
    ps->prev = seg;
    ps->depth_base = vm.depth;
    Value* nb = ps->first_base();
    // Arguments, then nil in the other registers (pointer loops: indexes cost more).
    Value* r = nb;
    for (const uint32_t *a = args, *end = args + argc; a != end; ++a) *r++ = R[*a];
    for (Value* end = nb + target->nregs; r < end; ++r) *r = Value::nil();
    FrameHeader* h = frame_header(nb);
    h->callee = Value::object(body);
    h->return_pc = pc + len;
    h->caller_base = R;
    h->dst = dst | kSegmentBottom;
    ++vm.depth;
    SWITCH_SEGMENT(ps);
    R = nb;
    fn = target;
    code = pc = fn->code.data();
    K = fn->constants.data();
    seg->top = R + fn->nregs;
    DISPATCH();
  }
  }

  {
    Segment* p;  // the prompt's segment: the chain from it up is detached
op_Capture: {  // capture rIn, rTag, rOut
    Value tag = R[pc[2]];
    p = nullptr;
    Segment* s = seg;
    for (; s != vm.roots_->barrier; s = s->prev)
      if ((s->flags & (Segment::kPrompt | Segment::kFiber)) == Segment::kPrompt && same_key(s->tag, tag)) {
        p = s;
        break;
      }
    if (!p) {
      bool beyond = false;  // is there a matching prompt on the far side of a native frame?
      for (; s; s = s->prev)
        if ((s->flags & (Segment::kPrompt | Segment::kFiber)) == Segment::kPrompt && same_key(s->tag, tag))
          beyond = true;
      continuation_error(vm, beyond ? "cannot capture across a native function that re-entered the VM"
                                    : "no enclosing prompt tagged " + repr(tag));
      goto unwind;
    }
    out = R[pc[3]];
    seg->top = R + fn->nregs;
    kv = Value::object(new_continuation({p, seg, R, pc + 4, pc[1], vm.depth - p->depth_base}));
    goto detach;
  }
op_FYield: {  // fyield rIn, rOut
    p = nullptr;
    Segment* s = seg;
    for (; s != vm.roots_->barrier; s = s->prev)
      if (s->flags & Segment::kFiber) {
        p = s;
        break;
      }
    if (!p) {
      bool beyond = false;
      for (; s; s = s->prev) beyond |= (s->flags & Segment::kFiber) != 0;
      continuation_error(vm, beyond ? "cannot yield across a native function that re-entered the VM"
                                    : "fyield outside a fiber");
      goto unwind;
    }
    out = R[pc[2]];
    seg->top = R + fn->nregs;
    Fiber* fb = p->fiber;
    fb->k = {p, seg, R, pc + 3, pc[1], vm.depth - p->depth_base};
    fb->state = FiberState::Suspended;
    kv = Value();
  }
  detach: {
    // Unlink the chain from the prompt's segment up, and continue in the resumer.
    FrameHeader* bh = frame_header(p->first_base());
    Value* rb = bh->caller_base;
    const uint32_t* rpc = bh->return_pc;
    uint64_t rdst = bh->dst & kDstMask;
    bh->caller_base = nullptr;
    bh->return_pc = nullptr;
    SWITCH_SEGMENT(p->prev);
    p->prev = nullptr;
    vm.depth = p->depth_base;
    R = rb;
    ENTER_FRAME();
    pc = rpc;
    R[rdst] = out;
    if (!kv.is_empty()) R[p->kreg] = kv;
    seg->top = R + fn->nregs;
    DISPATCH();
  }
  }

op_Resume: {  // resume rV, rK, rCont, rIn
  Value kv = R[pc[3]];
  if (!is_instance(kv, cls::Continuation)) {
    type_error(vm, "resume expects a continuation", kv);
    goto unwind;
  }
  Continuation* c = kv.as<Continuation>();
  if (!c->k.bottom) {
    continuation_error(vm, "continuation already resumed (clone it to resume it more than once)");
    goto unwind;
  }
  ContinuationState k = c->k;
  if (vm.depth + k.frames > max_depth) {
    vm.raise("stack_overflow", "maximum call depth (" + std::to_string(max_depth) + ") exceeded");
    goto unwind;
  }
  c->k.bottom = nullptr;  // one-shot: the frames now run
  Value in = R[pc[4]];
  k.bottom->kreg = pc[2];
  attach_chain(vm, k, seg, R, pc + 5, pc[1]);
  SWITCH_SEGMENT(k.top);
  R = k.base;
  ENTER_FRAME();
  pc = k.pc;
  R[k.in_reg] = in;
  DISPATCH();
}
op_Clone: {
  Value kv = R[pc[2]];
  if (!is_instance(kv, cls::Continuation)) {
    type_error(vm, "clone expects a continuation", kv);
    goto unwind;
  }
  if (!kv.as<Continuation>()->k.bottom) {
    continuation_error(vm, "cannot clone a continuation that was already resumed");
    goto unwind;
  }
  R[pc[1]] = Value::object(new_continuation(clone_chain(kv.as<Continuation>()->k)));
  NEXT(3);
}
op_NewFiber: {
  Value f = R[pc[2]];
  if (!is_instance(f, cls::Closure) || f.as<Closure>()->fn->nparams > 1) {
    type_error(vm, "fiber expects a closure of 0 or 1 parameters", f);
    goto unwind;
  }
  R[pc[1]] = Value::object(new_fiber(f));
  NEXT(3);
}
op_FState: {
  Value f = R[pc[2]];
  if (!is_instance(f, cls::Fiber)) {
    type_error(vm, "fstate expects a fiber", f);
    goto unwind;
  }
  {
    // The four state atoms, looked up once (atom_id hashes the name).
    static const Value kStates[] = {make_atom(fiber_state_name(FiberState::New)),
                                    make_atom(fiber_state_name(FiberState::Suspended)),
                                    make_atom(fiber_state_name(FiberState::Running)),
                                    make_atom(fiber_state_name(FiberState::Done))};
    R[pc[1]] = kStates[static_cast<uint32_t>(f.as<Fiber>()->state)];
  }
  NEXT(3);
}

unwind:
  // pc is inside the instruction that threw, in the frame at R.
  for (;;) {
    uint32_t at = static_cast<uint32_t>(pc - code);
    for (const HandlerEntry& h : fn->handlers) {
      if (at >= h.start && at < h.end) {
        R[h.reg] = vm.roots_->exception;
        vm.roots_->exception = Value();
        vm.trace_.push_back({fn, fn->line_at(at), at});  // the catching frame, where it was thrown
        vm.caught_trace_.swap(vm.trace_);
        vm.trace_.clear();
        pc = code + h.target;
        DISPATCH();
      }
    }
    vm.trace_.push_back({fn, fn->line_at(at), at});
    FrameHeader* h = frame_header(R);
    if (!h->return_pc) return Value();  // entry frame: VM::enter pops it
    pc = h->return_pc - 1;              // inside the call instruction
    R = h->caller_base;
    if (h->dst & kSegmentBottom) {
      // Leaving a segment: an exception ends a fiber, and passes through a prompt.
      Segment* done = seg;
      SWITCH_SEGMENT(done->prev);
      if (done->flags & Segment::kFiber) done->fiber->state = FiberState::Done;
    }
    ENTER_FRAME();
    --vm.depth;
    seg->top = R + fn->nregs;
  }
#undef DISPATCH
#undef NEXT
#undef SET_OR_UNWIND
#undef ENTER_FRAME
#undef SWITCH_SEGMENT
}

}  // namespace sy
