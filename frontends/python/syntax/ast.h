// The Python abstract syntax tree, one-to-one with CPython 3.11's `ast` module
// (Parser/Python.asdl): the same node classes with the same names and the same field names,
// so that `ast.dump` output and CPython's own compiler are the reference for what each field
// holds. Differences are only those C++ forces:
//   - the abstract classes `mod`, `stmt`, `expr` keep their lower-case names (`Expr` is the
//     expression *statement*, as in CPython); each concrete node carries a tag (`tag`) for
//     switching, and `as<T>()` / `is<T>()` downcast;
//   - CPython's `operator` enum is `operator_` (a C++ keyword);
//   - an absent optional child (`expr?`) is nullptr, an absent optional identifier is an
//     empty std::optional; `Dict.keys` holds nullptr for `**m` entries and
//     `arguments.kw_defaults` nullptr for keyword-only parameters without a default;
//   - `Constant.value` is a small tagged value (ConstantValue): ints as decimal digits (the
//     compiler converts; no bignum dependency here), str as UTF-8 (lone surrogates from
//     escapes such as "\ud800" encoded as three-byte sequences), bytes as raw bytes.
// Every node has lineno / col_offset / end_lineno / end_col_offset as CPython sets them
// (lines 1-based, columns 0-based UTF-8 byte offsets); `arguments`, `comprehension` and
// `withitem` have none in CPython and leave them 0. type_comment fields are not kept (the
// parser never fills them, as ast.parse without type_comments=True).
//
// Nodes live in an Arena that owns them; pointers between nodes are plain pointers valid
// while the arena lives. Lists are std::vector of node pointers.
#pragma once
#include <cassert>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sy::py::ast {

// -- Enumerations --

enum class expr_context : uint8_t { Load, Store, Del };
enum class boolop : uint8_t { And, Or };
enum class operator_ : uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class unaryop : uint8_t { Invert, Not, UAdd, USub };
enum class cmpop : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// The class names, as ast.dump prints them ("Load", "Add", "Eq", ...).
const char* name(expr_context v);
const char* name(boolop v);
const char* name(operator_ v);
const char* name(unaryop v);
const char* name(cmpop v);

// -- Node kinds (one X-macro list per abstract class) --

#define SY_PY_STMT_KINDS(X)                                                                 \
  X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign) X(AugAssign) \
  X(AnnAssign) X(For) X(AsyncFor) X(While) X(If) X(With) X(AsyncWith) X(Raise) X(Try)       \
  X(TryStar) X(Assert) X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(Expr) X(Pass)        \
  X(Break) X(Continue)

#define SY_PY_EXPR_KINDS(X)                                                                   \
  X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) X(Set) X(ListComp)    \
  X(SetComp) X(DictComp) X(GeneratorExp) X(Await) X(Yield) X(YieldFrom) X(Compare) X(Call)    \
  X(FormattedValue) X(JoinedStr) X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name)     \
  X(List) X(Tuple) X(Slice)

// The parser never builds AsyncFunctionDef, AsyncFor, AsyncWith or Await (it rejects
// `async`/`await` with a SyntaxError); they are listed so that the kinds match CPython's.
// `match` statements are rejected too, and their nodes are not defined.
enum class StmtTag : uint8_t {
#define SY_PY_TAG(N) N,
  SY_PY_STMT_KINDS(SY_PY_TAG)
#undef SY_PY_TAG
};
enum class ExprTag : uint8_t {
#define SY_PY_TAG(N) N,
  SY_PY_EXPR_KINDS(SY_PY_TAG)
#undef SY_PY_TAG
};
const char* name(StmtTag t);
const char* name(ExprTag t);

// -- Base classes --

struct Node {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
  virtual ~Node() = default;
};

struct stmt : Node {
  const StmtTag tag;
  explicit stmt(StmtTag t) : tag(t) {}
  template <class T> bool is() const { return tag == T::kTag; }
  template <class T> T* as() { assert(is<T>()); return static_cast<T*>(this); }
  template <class T> const T* as() const { assert(is<T>()); return static_cast<const T*>(this); }
};

struct expr : Node {
  const ExprTag tag;
  explicit expr(ExprTag t) : tag(t) {}
  template <class T> bool is() const { return tag == T::kTag; }
  template <class T> T* as() { assert(is<T>()); return static_cast<T*>(this); }
  template <class T> const T* as() const { assert(is<T>()); return static_cast<const T*>(this); }
};

template <StmtTag T> struct StmtOf : stmt {
  static constexpr StmtTag kTag = T;
  StmtOf() : stmt(T) {}
};
template <ExprTag T> struct ExprOf : expr {
  static constexpr ExprTag kTag = T;
  ExprOf() : expr(T) {}
};

using identifier = std::string;
using stmts = std::vector<stmt*>;
using exprs = std::vector<expr*>;

// -- Helper nodes (CPython's product types and excepthandler) --

struct arg : Node {
  identifier arg;
  expr* annotation = nullptr;
};

// Parameters. Defaults align with the *end* of posonlyargs + args, as in CPython.
struct arguments : Node {
  std::vector<arg*> posonlyargs;
  std::vector<arg*> args;
  ast::arg* vararg = nullptr;
  std::vector<ast::arg*> kwonlyargs;
  exprs kw_defaults;  // one per kwonlyargs entry; nullptr when it has no default
  ast::arg* kwarg = nullptr;
  exprs defaults;
};

struct keyword : Node {
  std::optional<identifier> arg;  // empty for `**mapping`
  expr* value = nullptr;
};

struct alias : Node {
  identifier name;  // dotted for `import a.b.c`; "*" for `from m import *`
  std::optional<identifier> asname;
};

struct withitem : Node {
  expr* context_expr = nullptr;
  expr* optional_vars = nullptr;
};

struct comprehension : Node {
  expr* target = nullptr;
  expr* iter = nullptr;
  exprs ifs;
  int is_async = 0;
};

// CPython's `excepthandler` sum type has the one constructor ExceptHandler.
struct ExceptHandler : Node {
  expr* type = nullptr;
  std::optional<identifier> name;
  stmts body;
};
using excepthandler = ExceptHandler;

// -- mod --

struct Module : Node {
  stmts body;  // type_ignores is always empty
};

// -- stmt --

struct FunctionDef : StmtOf<StmtTag::FunctionDef> {
  identifier name;
  ast::arguments* args = nullptr;
  stmts body;
  exprs decorator_list;
  expr* returns = nullptr;
};
struct AsyncFunctionDef : StmtOf<StmtTag::AsyncFunctionDef> {
  identifier name;
  ast::arguments* args = nullptr;
  stmts body;
  exprs decorator_list;
  expr* returns = nullptr;
};
struct ClassDef : StmtOf<StmtTag::ClassDef> {
  identifier name;
  exprs bases;
  std::vector<keyword*> keywords;
  stmts body;
  exprs decorator_list;
};
struct Return : StmtOf<StmtTag::Return> { expr* value = nullptr; };
struct Delete : StmtOf<StmtTag::Delete> { exprs targets; };
struct Assign : StmtOf<StmtTag::Assign> {
  exprs targets;  // `a = b = v` has two
  expr* value = nullptr;
};
struct AugAssign : StmtOf<StmtTag::AugAssign> {
  expr* target = nullptr;
  operator_ op = operator_::Add;
  expr* value = nullptr;
};
struct AnnAssign : StmtOf<StmtTag::AnnAssign> {
  expr* target = nullptr;
  expr* annotation = nullptr;
  expr* value = nullptr;
  int simple = 0;  // 1 for a bare unparenthesized name target
};
struct For : StmtOf<StmtTag::For> {
  expr* target = nullptr;
  expr* iter = nullptr;
  stmts body;
  stmts orelse;
};
struct AsyncFor : StmtOf<StmtTag::AsyncFor> {
  expr* target = nullptr;
  expr* iter = nullptr;
  stmts body;
  stmts orelse;
};
struct While : StmtOf<StmtTag::While> {
  expr* test = nullptr;
  stmts body;
  stmts orelse;
};
struct If : StmtOf<StmtTag::If> {
  expr* test = nullptr;
  stmts body;
  stmts orelse;  // `elif` is a nested If as the only element
};
struct With : StmtOf<StmtTag::With> {
  std::vector<withitem*> items;
  stmts body;
};
struct AsyncWith : StmtOf<StmtTag::AsyncWith> {
  std::vector<withitem*> items;
  stmts body;
};
struct Raise : StmtOf<StmtTag::Raise> {
  expr* exc = nullptr;
  expr* cause = nullptr;
};
struct Try : StmtOf<StmtTag::Try> {
  stmts body;
  std::vector<excepthandler*> handlers;
  stmts orelse;
  stmts finalbody;
};
// try ... except* (exception groups): parsed as CPython does; outside the language subset.
struct TryStar : StmtOf<StmtTag::TryStar> {
  stmts body;
  std::vector<excepthandler*> handlers;
  stmts orelse;
  stmts finalbody;
};
struct Assert : StmtOf<StmtTag::Assert> {
  expr* test = nullptr;
  expr* msg = nullptr;
};
struct Import : StmtOf<StmtTag::Import> { std::vector<alias*> names; };
struct ImportFrom : StmtOf<StmtTag::ImportFrom> {
  std::optional<identifier> module;  // empty for `from . import x`
  std::vector<alias*> names;
  int level = 0;  // number of leading dots
};
struct Global : StmtOf<StmtTag::Global> { std::vector<identifier> names; };
struct Nonlocal : StmtOf<StmtTag::Nonlocal> { std::vector<identifier> names; };
struct Expr : StmtOf<StmtTag::Expr> { expr* value = nullptr; };
struct Pass : StmtOf<StmtTag::Pass> {};
struct Break : StmtOf<StmtTag::Break> {};
struct Continue : StmtOf<StmtTag::Continue> {};

// -- expr --

struct BoolOp : ExprOf<ExprTag::BoolOp> {
  boolop op = boolop::And;
  exprs values;  // two or more; `a and b and c` is one BoolOp
};
struct NamedExpr : ExprOf<ExprTag::NamedExpr> {
  expr* target = nullptr;  // a Name in Store context
  expr* value = nullptr;
};
struct BinOp : ExprOf<ExprTag::BinOp> {
  expr* left = nullptr;
  operator_ op = operator_::Add;
  expr* right = nullptr;
};
struct UnaryOp : ExprOf<ExprTag::UnaryOp> {
  unaryop op = unaryop::Not;
  expr* operand = nullptr;
};
struct Lambda : ExprOf<ExprTag::Lambda> {
  ast::arguments* args = nullptr;
  expr* body = nullptr;
};
struct IfExp : ExprOf<ExprTag::IfExp> {
  expr* test = nullptr;
  expr* body = nullptr;
  expr* orelse = nullptr;
};
struct Dict : ExprOf<ExprTag::Dict> {
  exprs keys;  // nullptr where values[i] is a `**mapping`
  exprs values;
};
struct Set : ExprOf<ExprTag::Set> { exprs elts; };
struct ListComp : ExprOf<ExprTag::ListComp> {
  expr* elt = nullptr;
  std::vector<comprehension*> generators;
};
struct SetComp : ExprOf<ExprTag::SetComp> {
  expr* elt = nullptr;
  std::vector<comprehension*> generators;
};
struct DictComp : ExprOf<ExprTag::DictComp> {
  expr* key = nullptr;
  expr* value = nullptr;
  std::vector<comprehension*> generators;
};
struct GeneratorExp : ExprOf<ExprTag::GeneratorExp> {
  expr* elt = nullptr;
  std::vector<comprehension*> generators;
};
struct Await : ExprOf<ExprTag::Await> { expr* value = nullptr; };
struct Yield : ExprOf<ExprTag::Yield> { expr* value = nullptr; };
struct YieldFrom : ExprOf<ExprTag::YieldFrom> { expr* value = nullptr; };
struct Compare : ExprOf<ExprTag::Compare> {
  expr* left = nullptr;
  std::vector<cmpop> ops;
  exprs comparators;  // same length as ops
};
struct Call : ExprOf<ExprTag::Call> {
  expr* func = nullptr;
  exprs args;  // `*x` appears here as Starred
  std::vector<keyword*> keywords;
};
// One `{...}` replacement field of an f-string.
struct FormattedValue : ExprOf<ExprTag::FormattedValue> {
  expr* value = nullptr;
  int conversion = -1;  // -1 none, 's', 'r' or 'a' (the character code)
  expr* format_spec = nullptr;  // a JoinedStr, or nullptr
};
// An f-string (after implicit concatenation): Constant str parts and FormattedValues.
struct JoinedStr : ExprOf<ExprTag::JoinedStr> { exprs values; };

struct ConstantValue {
  enum Kind : uint8_t { None, Bool, Ellipsis, Int, Float, Str, Bytes };
  Kind kind = None;
  bool b = false;    // Bool
  double f = 0;      // Float (inf for literals too large, as CPython)
  std::string s;     // Int: decimal digits without sign or leading zeros; Str: UTF-8; Bytes: raw
};
struct Constant : ExprOf<ExprTag::Constant> {
  ConstantValue value;
  std::optional<std::string> kind;  // "u" for a u'...' string literal, as CPython
};
struct Attribute : ExprOf<ExprTag::Attribute> {
  expr* value = nullptr;
  identifier attr;
  expr_context ctx = expr_context::Load;
};
struct Subscript : ExprOf<ExprTag::Subscript> {
  expr* value = nullptr;
  expr* slice = nullptr;  // a Slice, a Tuple (possibly of Slices) or any expression
  expr_context ctx = expr_context::Load;
};
struct Starred : ExprOf<ExprTag::Starred> {
  expr* value = nullptr;
  expr_context ctx = expr_context::Load;
};
struct Name : ExprOf<ExprTag::Name> {
  identifier id;
  expr_context ctx = expr_context::Load;
};
struct List : ExprOf<ExprTag::List> {
  exprs elts;
  expr_context ctx = expr_context::Load;
};
struct Tuple : ExprOf<ExprTag::Tuple> {
  exprs elts;
  expr_context ctx = expr_context::Load;
};
struct Slice : ExprOf<ExprTag::Slice> {
  expr* lower = nullptr;
  expr* upper = nullptr;
  expr* step = nullptr;
};

// -- The arena --

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  template <class T> T* make() {
    auto node = std::make_unique<T>();
    T* p = node.get();
    nodes_.push_back(std::move(node));
    return p;
  }
  // A shallow copy of `from` (children are shared).
  template <class T> T* copy(const T& from) {
    auto node = std::make_unique<T>(from);
    T* p = node.get();
    nodes_.push_back(std::move(node));
    return p;
  }
  size_t size() const { return nodes_.size(); }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

}  // namespace sy::py::ast
