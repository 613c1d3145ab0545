// The common IR's instruction set: one table, expanded into everything else.
//
// X(Id, mnemonic, operands, flags). Operand kinds, one character each:
//   r register   k constant (a literal in text)   i signed 32-bit immediate
//   l label      f function of this module        n native function
//   g global     s call-site descriptor            * a trailing list of registers
// In the encoding an instruction is its opcode word followed by one word per operand;
// a '*' list is a count word followed by that many register words.
// The enum, names, operand kinds, reader, printer, verifier and the interpreter's
// dispatch table are all generated from this list: adding an opcode means one line here
// and one handler in core/interp/interpreter.cpp (a missing handler fails to compile).
#pragma once
#include <cstdint>

namespace sy::ir {

enum OpFlag : uint32_t {
  kBranch = 1 << 0,      // has a label operand
  kCall = 1 << 1,        // transfers to another function
  kTerminator = 1 << 2,  // never falls through to the next instruction
  kMayThrow = 1 << 3,
  kMayAlloc = 1 << 4,
};

#define SY_OPCODES(X)                                                   \
  /* moves and constants */                                             \
  X(Nop, "nop", "", 0)                                                  \
  X(Mov, "mov", "rr", 0)                                                \
  X(Movs, "movs", "*", 0)                  /* pairs rD, rS in order */  \
  X(Const, "const", "rk", 0)                                            \
  X(Func, "func", "rf", 0)                                              \
  X(Closure, "closure", "rf*", kMayAlloc)                               \
  X(Cap, "cap", "ri", kMayThrow)                                        \
  X(GGet, "gget", "rg", 0)                                              \
  X(GSet, "gset", "gr", 0)                                              \
  /* arithmetic on int (unbounded) and float */                         \
  X(Add, "add", "rrr", kMayThrow | kMayAlloc)                           \
  X(AddI, "addi", "rri", kMayThrow | kMayAlloc)                         \
  X(Sub, "sub", "rrr", kMayThrow | kMayAlloc)                           \
  X(Mul, "mul", "rrr", kMayThrow | kMayAlloc)                           \
  X(Div, "div", "rrr", kMayThrow | kMayAlloc)   /* true division */     \
  X(IDiv, "idiv", "rrr", kMayThrow | kMayAlloc) /* floor division */    \
  X(Mod, "mod", "rrr", kMayThrow | kMayAlloc)   /* floor modulo */      \
  X(TDiv, "tdiv", "rrr", kMayThrow | kMayAlloc) /* truncating */        \
  X(Rem, "rem", "rrr", kMayThrow | kMayAlloc)   /* truncating */        \
  X(Neg, "neg", "rr", kMayThrow | kMayAlloc)                            \
  X(BAnd, "band", "rrr", kMayThrow | kMayAlloc)                         \
  X(BOr, "bor", "rrr", kMayThrow | kMayAlloc)                           \
  X(BXor, "bxor", "rrr", kMayThrow | kMayAlloc)                         \
  X(Shl, "shl", "rrr", kMayThrow | kMayAlloc)                           \
  X(Shr, "shr", "rrr", kMayThrow | kMayAlloc)                           \
  X(BNot, "bnot", "rr", kMayThrow | kMayAlloc)                          \
  /* float-typed arithmetic: float operands, finite results */            \
  X(FAdd, "fadd", "rrr", kMayThrow)                                     \
  X(FSub, "fsub", "rrr", kMayThrow)                                     \
  X(FMul, "fmul", "rrr", kMayThrow)                                     \
  X(FDiv, "fdiv", "rrr", kMayThrow)                                     \
  X(FMath, "fmath", "rirl", kBranch)  /* float function I (core/float_functions.h), or L */ \
  /* comparisons: eq/ne on any values, ordering on numbers and strings */ \
  X(Eq, "eq", "rrr", 0)                                                 \
  X(Ne, "ne", "rrr", 0)                                                 \
  X(Lt, "lt", "rrr", kMayThrow)                                         \
  X(Le, "le", "rrr", kMayThrow)                                         \
  X(Gt, "gt", "rrr", kMayThrow)                                         \
  X(Ge, "ge", "rrr", kMayThrow)                                         \
  X(Not, "not", "rr", 0)                                                \
  /* control */                                                         \
  X(Jmp, "jmp", "l", kBranch | kTerminator)                             \
  X(Jt, "jt", "rl", kBranch)                                            \
  X(Jf, "jf", "rl", kBranch)                                            \
  X(Jeq, "jeq", "rrl", kBranch)                                         \
  X(Jne, "jne", "rrl", kBranch)                                         \
  X(Jlt, "jlt", "rrl", kBranch | kMayThrow)                             \
  X(Jle, "jle", "rrl", kBranch | kMayThrow)                             \
  X(Jgt, "jgt", "rrl", kBranch | kMayThrow)                             \
  X(Jge, "jge", "rrl", kBranch | kMayThrow)                             \
  X(JIs, "jis", "rrl", kBranch)            /* same value (one word) */  \
  X(JIsNot, "jisnt", "rrl", kBranch)                                    \
  X(JIsK, "jisk", "rkl", kBranch)          /* same value as a constant */ \
  X(JIsNotK, "jisntk", "rkl", kBranch)                                  \
  X(JCls, "jcls", "ril", kBranch)          /* class id == immediate */  \
  X(JNCls, "jncls", "ril", kBranch)                                     \
  X(JNFin, "jnfin", "rl", kBranch)         /* float, infinite or NaN */ \
  X(Tick, "tick", "il", kBranch)           /* spend budget; L when out */ \
  X(ForStep, "forstep", "rirl", kBranch | kMayThrow | kMayAlloc) /* addi, then jlt (jgt if i < 0) */ \
  X(TickJmp, "tickjmp", "ill", kBranch | kTerminator) /* tick, then jmp */ \
  X(Call, "call", "rf*", kCall | kMayThrow)                             \
  X(CallV, "callv", "rr*", kCall | kMayThrow)                           \
  X(TailCall, "tailcall", "f*", kCall | kTerminator | kMayThrow)        \
  X(TailCallV, "tailcallv", "r*", kCall | kTerminator | kMayThrow)      \
  X(NCall, "ncall", "rn*", kCall | kMayThrow | kMayAlloc)               \
  X(Indy, "indy", "rs*", kCall | kMayThrow | kMayAlloc)                 \
  X(TailIndy, "tailindy", "s*", kCall | kTerminator | kMayThrow | kMayAlloc) \
  X(Ret, "ret", "r", kTerminator)                                       \
  X(Throw, "throw", "r", kTerminator | kMayThrow)                       \
  /* tuples, arrays, maps, objects */                                   \
  X(Tuple, "tuple", "r*", kMayAlloc)                                    \
  X(TGet, "tget", "rri", kMayThrow)                                     \
  X(TLen, "tlen", "rr", kMayThrow)                                      \
  X(Array, "array", "r*", kMayAlloc)                                    \
  X(AGet, "aget", "rrr", kMayThrow)                                     \
  X(ASet, "aset", "rrr", kMayThrow)                                     \
  X(APush, "apush", "rr", kMayThrow | kMayAlloc)                        \
  X(ALen, "alen", "rr", kMayThrow)                                      \
  X(NewMap, "map", "r", kMayAlloc)                                      \
  X(MGet, "mget", "rrr", kMayThrow)                                     \
  X(MSet, "mset", "rrr", kMayThrow | kMayAlloc)                         \
  X(MHas, "mhas", "rrr", kMayThrow)                                     \
  X(MDel, "mdel", "rr", kMayThrow)                                      \
  X(MLen, "mlen", "rr", kMayThrow)                                      \
  X(NewObj, "newobj", "r", kMayAlloc)                                   \
  X(GetF, "getf", "rrk", kMayThrow)                                     \
  X(SetF, "setf", "rkr", kMayThrow | kMayAlloc)                         \
  X(ClassOf, "classof", "rr", 0)                                        \
  X(Field, "field", "rrii", kMayThrow)     /* slot of a registered class */ \
  X(Unpack, "unpack", "ril*", kBranch)     /* its first slots, or L */  \
  X(Alloc, "alloc", "ri*", kMayAlloc)      /* instance with value slots */ \
  /* pairs (core/object.h) */                                           \
  X(Pair, "pair", "rrr", kMayAlloc)        /* rD = pair of rHead, rTail */ \
  X(Unpair, "unpair", "rlrr", kBranch)     /* rP's head and tail, or L */ \
  X(Head, "head", "rr", kMayThrow)                                      \
  X(Tail, "tail", "rr", kMayThrow)                                      \
  X(Print, "print", "r", kMayAlloc)                                     \
  /* delimited continuations and fibers (core/interp/stack.h) */        \
  X(Prompt, "prompt", "rrrr*", kCall | kMayThrow | kMayAlloc)           \
  X(Capture, "capture", "rrr", kMayThrow | kMayAlloc)                   \
  X(Resume, "resume", "rrrr", kCall | kMayThrow)                        \
  X(Clone, "clone", "rr", kMayThrow | kMayAlloc)                        \
  X(NewFiber, "fiber", "rr", kMayThrow | kMayAlloc)                     \
  X(FResume, "fresume", "rrr", kCall | kMayThrow | kMayAlloc)           \
  X(FThrow, "fthrow", "rrr", kCall | kMayThrow | kMayAlloc)             \
  X(FYield, "fyield", "rr", kMayThrow)                                  \
  X(FState, "fstate", "rr", kMayThrow)                                  \
  /* fallback forms: the common case inline, anything else through the site */ \
  X(AddX, "addx", "rrrs", kCall | kMayThrow | kMayAlloc)                \
  X(SubX, "subx", "rrrs", kCall | kMayThrow | kMayAlloc)                \
  X(MulX, "mulx", "rrrs", kCall | kMayThrow | kMayAlloc)                \
  X(IDivX, "idivx", "rrrs", kCall | kMayThrow | kMayAlloc)              \
  X(ModX, "modx", "rrrs", kCall | kMayThrow | kMayAlloc)                \
  X(BAndX, "bandx", "rrrs", kCall | kMayThrow | kMayAlloc)              \
  X(BOrX, "borx", "rrrs", kCall | kMayThrow | kMayAlloc)                \
  X(BXorX, "bxorx", "rrrs", kCall | kMayThrow | kMayAlloc)              \
  X(LtX, "ltx", "rrrs", kCall | kMayThrow | kMayAlloc)                  \
  X(LeX, "lex", "rrrs", kCall | kMayThrow | kMayAlloc)                  \
  X(GtX, "gtx", "rrrs", kCall | kMayThrow | kMayAlloc)                  \
  X(GeX, "gex", "rrrs", kCall | kMayThrow | kMayAlloc)                  \
  X(EqX, "eqx", "rrrs", kCall | kMayThrow | kMayAlloc)                  \
  X(NeX, "nex", "rrrs", kCall | kMayThrow | kMayAlloc)                  \
  X(NegX, "negx", "rrs", kCall | kMayThrow | kMayAlloc)                 \
  X(TruthX, "truthx", "rrs", kCall | kMayThrow | kMayAlloc)             \
  X(IndexX, "indexx", "rrrs", kCall | kMayThrow | kMayAlloc)            \
  X(SetIndexX, "setindexx", "rrrrs", kCall | kMayThrow | kMayAlloc)

enum class Op : uint32_t {
#define SY_OP_ENUM(id, name, operands, flags) id,
  SY_OPCODES(SY_OP_ENUM)
#undef SY_OP_ENUM
};

#define SY_OP_COUNT(id, name, operands, flags) +1
inline constexpr uint32_t kOpCount = 0 SY_OPCODES(SY_OP_COUNT);
#undef SY_OP_COUNT

struct OpInfo {
  const char* name;
  const char* operands;
  uint32_t flags;
};

inline constexpr OpInfo kOpInfo[] = {
#define SY_OP_INFO(id, name, operands, flags) {name, operands, flags},
    SY_OPCODES(SY_OP_INFO)
#undef SY_OP_INFO
};

inline const OpInfo& info(Op op) { return kOpInfo[static_cast<uint32_t>(op)]; }

// Words the instruction at pc occupies (the opcode word included).
inline uint32_t insn_length(const uint32_t* pc) {
  const char* k = kOpInfo[pc[0]].operands;
  uint32_t n = 1;
  for (; *k; ++k) n += (*k == '*') ? 1 + pc[n] : 1;
  return n;
}

}  // namespace sy::ir
