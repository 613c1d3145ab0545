#include "frontends/python/syntax/ast.h"

namespace sy::py::ast {

const char* name(expr_context v) {
  static const char* const names[] = {"Load", "Store", "Del"};
  return names[static_cast<int>(v)];
}
const char* name(boolop v) {
  static const char* const names[] = {"And", "Or"};
  return names[static_cast<int>(v)];
}
const char* name(operator_ v) {
  static const char* const names[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                      "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
  return names[static_cast<int>(v)];
}
const char* name(unaryop v) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(v)];
}
const char* name(cmpop v) {
  static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<int>(v)];
}

const char* name(StmtTag t) {
  static const char* const names[] = {
#define SY_PY_NAME(N) #N,
      SY_PY_STMT_KINDS(SY_PY_NAME)
#undef SY_PY_NAME
  };
  return names[static_cast<int>(t)];
}
const char* name(ExprTag t) {
  static const char* const names[] = {
#define SY_PY_NAME(N) #N,
      SY_PY_EXPR_KINDS(SY_PY_NAME)
#undef SY_PY_NAME
  };
  return names[static_cast<int>(t)];
}

}  // namespace sy::py::ast
