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

#include <cstdio>
#include <utility>

#include "core/arith.h"
#include "core/format.h"
#include "core/interp/frame.h"
#include "core/interp/indy.h"
#include "core/ir/module.h"
#include "core/vm.h"

namespace sy {

namespace {

Value type_error(VM& vm, const char* what, Value v) {
  return vm.raise("type_error", std::string(what) + ", got " + std::string(class_name(class_of(v))));
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

Value key_error(VM& vm, Value key) { return vm.raise(make_error("key_error", "key not found: " + repr(key), key)); }

}  // namespace

Value interpret(VM& vm, Value* base) {
  static const void* const kDispatch[] = {
#define SY_OP_LABEL(id, name, operands, flags) &&op_##id,
      SY_OPCODES(SY_OP_LABEL)
#undef SY_OP_LABEL
  };
  static_assert(sizeof(kDispatch) / sizeof(kDispatch[0]) == ir::kOpCount);

  Stack& stack = vm.stack_;
  const uint64_t max_depth = vm.options_.max_depth;
  Value* R = base;
  Function* fn = frame_header(R)->callee.as<Closure>()->fn;
  const uint32_t* code = fn->code.data();
  const uint32_t* pc = code;
  const Value* K = fn->constants.data();

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

  DISPATCH();

  // -- Moves and constants --
op_Nop:
  NEXT(1);
op_Mov:
  R[pc[1]] = R[pc[2]];
  NEXT(3);
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
#define SY_INT_FAST(opname, expr, dbl, slow)                                        \
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
    SET_OR_UNWIND(pc[1], slow(vm, a, b), 4);                                        \
  }
  SY_INT_FAST(Add, ((r = x + y), true), +, arith::add)
  SY_INT_FAST(Sub, ((r = x - y), true), -, arith::sub)
  SY_INT_FAST(Mul, !__builtin_mul_overflow(x, y, &r), *, arith::mul)
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
op_TDiv:
  SET_OR_UNWIND(pc[1], arith::tdiv(vm, R[pc[2]], R[pc[3]]), 4);
op_Rem:
  SET_OR_UNWIND(pc[1], arith::rem(vm, R[pc[2]], R[pc[3]]), 4);
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
op_Shl:
  SET_OR_UNWIND(pc[1], arith::shl(vm, R[pc[2]], R[pc[3]]), 4);
op_Shr:
  SET_OR_UNWIND(pc[1], arith::shr(vm, R[pc[2]], R[pc[3]]), 4);
op_BNot: {
  Value a = R[pc[2]];
  if (a.is_int()) {
    R[pc[1]] = Value::small_int(~a.as_int());
    NEXT(3);
  }
  SET_OR_UNWIND(pc[1], arith::bnot(vm, a), 3);
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
  bool r = a.is_int() && b.is_int() ? a == b : equal(a, b);
  pc = r ? code + pc[3] : pc + 4;
  DISPATCH();
}
op_Jne: {
  Value a = R[pc[1]], b = R[pc[2]];
  bool r = a.is_int() && b.is_int() ? a == b : equal(a, b);
  pc = r ? pc + 4 : code + pc[3];
  DISPATCH();
}
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
    // Miss: the hook may run IR (a bootstrap, a lookup), so the arguments go where the
    // collector sees them and where nested frames will not overwrite them.
    Value* argv = R + fn->nregs + kFrameHeaderSlots;
    if (argv + argc > stack.hi) {
      vm.raise("stack_overflow", "VM stack exhausted");
      goto unwind;
    }
    for (uint32_t i = 0; i < argc; ++i) argv[i] = R[args[i]];
    stack.top = argv + argc;
    handle = indy_hooks().miss(vm, *fn, static_cast<uint32_t>(pc - code), site, argv, argc);
    stack.top = R + fn->nregs;
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
    if (nb + target->nregs > stack.hi || vm.depth >= max_depth) {
      vm.raise("stack_overflow", "maximum call depth (" + std::to_string(max_depth) + ") exceeded");
      goto unwind;
    }
    ++vm.depth;
    for (uint32_t i = 0; i < argc; ++i) nb[i] = R[args[i]];
    for (uint32_t i = argc; i < target->nregs; ++i) nb[i] = Value::nil();
    FrameHeader* h = frame_header(nb);
    h->callee = Value::object(callee);
    h->return_pc = pc + len;
    h->caller_base = R;
    h->dst = dst;
    R = nb;
    fn = target;
    code = pc = fn->code.data();
    K = fn->constants.data();
    stack.top = R + fn->nregs;
    DISPATCH();
  }

  replace_frame: {
    // Arguments may name registers the copy overwrites: stage them above the frame.
    Function* target = callee->fn;
    Value* scratch = R + (fn->nregs > target->nregs ? fn->nregs : target->nregs);
    if (scratch + argc > stack.hi) {
      vm.raise("stack_overflow", "VM stack exhausted");
      goto unwind;
    }
    for (uint32_t i = 0; i < argc; ++i) scratch[i] = R[args[i]];
    for (uint32_t i = 0; i < argc; ++i) R[i] = scratch[i];
    for (uint32_t i = argc; i < target->nregs; ++i) R[i] = Value::nil();
    frame_header(R)->callee = Value::object(callee);
    fn = target;
    code = pc = fn->code.data();
    K = fn->constants.data();
    stack.top = R + fn->nregs;
    DISPATCH();
  }

  call_native: {
    // A native callable runs in C++ without a frame; as a tail call it returns its result
    // straight to our caller, so handle chains ending in natives stay in constant stack.
    Value* argv = R + fn->nregs + kFrameHeaderSlots;
    if (argv + argc > stack.hi) {
      vm.raise("stack_overflow", "VM stack exhausted");
      goto unwind;
    }
    for (uint32_t i = 0; i < argc; ++i) argv[i] = R[args[i]];
    stack.top = argv + argc;
    const NativeCallable* nc = handle.as<NativeCallable>();
    Value r = nc->call(vm, nc, argv, argc);
    stack.top = R + fn->nregs;
    if (r.is_empty()) goto unwind;
    if (!tail) {
      R[dst] = r;
      NEXT(len);
    }
    FrameHeader* h = frame_header(R);  // the rest is `ret`
    if (!h->return_pc) return r;
    pc = h->return_pc;
    uint64_t rdst = h->dst;
    R = h->caller_base;
    ENTER_FRAME();
    R[rdst] = r;
    --vm.depth;
    stack.top = R + fn->nregs;
    DISPATCH();
  }
  }

op_NCall: {
  const NativeInfo& nat = native(pc[2]);
  uint32_t argc = pc[3];
  // Arguments go above the frame, and `top` covers them, so a native that re-enters the
  // VM builds its frames above them.
  Value* args = R + fn->nregs + kFrameHeaderSlots;
  if (args + argc > stack.hi) {
    vm.raise("stack_overflow", "VM stack exhausted");
    goto unwind;
  }
  for (uint32_t i = 0; i < argc; ++i) args[i] = R[pc[4 + i]];
  stack.top = args + argc;
  Value r = nat.fn(vm, args, argc);
  stack.top = R + fn->nregs;
  if (r.is_empty()) goto unwind;
  R[pc[1]] = r;
  NEXT(4 + argc);
}

op_Ret: {
  Value v = R[pc[1]];
  FrameHeader* h = frame_header(R);
  if (!h->return_pc) return v;  // entry frame: VM::enter pops it
  pc = h->return_pc;
  uint64_t dst = h->dst;
  R = h->caller_base;
  ENTER_FRAME();
  R[dst] = v;
  --vm.depth;
  stack.top = R + fn->nregs;
  DISPATCH();
}

op_Throw:
  vm.raise(R[pc[1]]);
  goto unwind;

  // -- Tuples, arrays, maps, objects --
op_Tuple: {
  uint32_t n = pc[2];
  Tuple* t = new_tuple(n);
  for (uint32_t i = 0; i < n; ++i) t->items[i] = R[pc[3 + i]];
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
  if (!o.is_object() || o.as_object()->cls < cls::Object || o.as_object()->cls == cls::Shape ||
      o.as_object()->cls == cls::Error || o.as_object()->cls == cls::NativeFn) {
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
  if (!o.is_object() || o.as_object()->cls < cls::Object || o.as_object()->cls == cls::Shape ||
      o.as_object()->cls == cls::Error || o.as_object()->cls == cls::NativeFn) {
    type_error(vm, "setf expects an object", o);
    goto unwind;
  }
  object_set(o.as<Object>(), K[pc[2]], R[pc[3]]);
  NEXT(4);
}
op_ClassOf:
  R[pc[1]] = Value::small_int(class_of(R[pc[2]]));
  NEXT(3);
op_Print: {
  std::string s = display(R[pc[1]]);
  s += '\n';
  std::fwrite(s.data(), 1, s.size(), stdout);
  NEXT(2);
}

unwind:
  // pc is inside the instruction that threw, in the frame at R.
  for (;;) {
    uint32_t at = static_cast<uint32_t>(pc - code);
    for (const HandlerEntry& h : fn->handlers) {
      if (at >= h.start && at < h.end) {
        R[h.reg] = vm.exception_;
        vm.exception_ = Value();
        vm.trace_.clear();
        pc = code + h.target;
        DISPATCH();
      }
    }
    vm.trace_.push_back({fn, fn->line_at(at)});
    FrameHeader* h = frame_header(R);
    if (!h->return_pc) return Value();  // entry frame: VM::enter pops it
    pc = h->return_pc - 1;              // inside the call instruction
    R = h->caller_base;
    ENTER_FRAME();
    --vm.depth;
    stack.top = R + fn->nregs;
  }
#undef DISPATCH
#undef NEXT
#undef SET_OR_UNWIND
#undef ENTER_FRAME
}

}  // namespace sy
