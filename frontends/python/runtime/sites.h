// The `py.*` call-site bootstraps (runtime.h lists the sites) and the registry of fast
// natives that builtin types provide for them.
#pragma once
#include <string_view>

#include "core/object.h"
#include "core/vm.h"
#include "frontends/python/runtime/object.h"

namespace sy::py {

// Any key class (a dict's getitem, list += anything).
inline constexpr ClassId kAnyClass = UINT32_MAX - 1;
inline constexpr ClassId kNoClass = UINT32_MAX;

// The operations builtin types answer with fast natives: one table, expanded into the
// enum and the names that sites and registrations use.
#define SY_PY_FAST_OPS(X)                                                                   \
  X(Add, "+") X(Sub, "-") X(Mul, "*") X(MatMul, "@") X(Div, "/") X(FloorDiv, "//") X(Mod, "%") \
  X(Pow, "**") X(LShift, "<<") X(RShift, ">>") X(And, "&") X(Or, "|") X(Xor, "^")            \
  X(IAdd, "+=") X(ISub, "-=") X(IMul, "*=") X(IMatMul, "@=") X(IDiv, "/=") X(IFloorDiv, "//=") \
  X(IMod, "%=") X(IPow, "**=") X(ILShift, "<<=") X(IRShift, ">>=") X(IAnd, "&=") X(IOr, "|=")   \
  X(IXor, "^=") X(Lt, "<") X(Le, "<=") X(Eq, "==") X(Ne, "!=") X(Gt, ">") X(Ge, ">=")          \
  X(Invert, "~") X(Truth, "truth") X(Len, "len") X(Iter, "iter")     \
  X(Next, "next") X(In, "in") X(GetItem, "[]") X(SetItem, "[]=") X(DelItem, "del[]")          \
  X(YfSend, "yfsend") X(YfThrow, "yfthrow") X(None, "")

enum class FastOp : uint8_t {
#define SY_PY_FAST_ENUM(id, name) id,
  SY_PY_FAST_OPS(SY_PY_FAST_ENUM)
#undef SY_PY_FAST_ENUM
};
FastOp fast_op(std::string_view name);  // FastOp::None when unknown

// A native (taking the site's arguments as they are) that answers `op` for operands of
// classes a (and b). Site lookups try these before the special-method protocol. An
// operation on one operand (unary minus) and on two (subtraction) are kept apart.
void register_fast(std::string_view op, ClassId a, ClassId b, NativeCall fn);
void register_fast(std::string_view op, ClassId a, NativeCall fn);
// Any handle (an IR function's closure) as the fast target.
void register_fast_handle(std::string_view op, ClassId a, Value handle);
void register_fast_handle(FastOp op, ClassId a, ClassId b, Value handle);
Value find_fast(FastOp op, ClassId a, ClassId b = kNoClass);
Value find_fast(std::string_view op, ClassId a, ClassId b = kNoClass);
// Whether some fast native answers op with class c as the (left or right) operand.
bool has_fast(FastOp op, ClassId c, bool right = false);

// The dunder names of a binary operator ("+" -> __add__, __radd__, __iadd__), or null.
struct BinopNames {
  const char* op;
  const char* dunder;
  const char* rdunder;
  const char* idunder;
};
const BinopNames* binop_names(std::string_view op);  // "+" or "+="

// The value a delegate that is not a generator ended `yield from` with (py.yf_value).
Value& yf_stop_value();

}  // namespace sy::py
