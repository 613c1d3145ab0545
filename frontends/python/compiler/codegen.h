// The code generator behind compiler.h: one FunctionGen per IR function, sharing one
// ModuleGen. Internal to the compiler (statements.cpp, expressions.cpp, compiler.cpp).
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontends/python/compiler/compiler.h"
#include "frontends/python/compiler/scopes.h"
#include "frontends/python/runtime/emitter.h"

namespace sy::py {

namespace A = ast;

// Thrown inside the compiler for an unsupported or invalid construct; caught at the top.
struct CompileFailure {
  CompileError error;
};

class FunctionGen;

class ModuleGen {
 public:
  ModuleGen(const A::Module& tree, const std::string& source, const std::string& path, const std::string& name);
  std::unique_ptr<CompiledModule> run(CompileError* error);

  CompiledModule& out() { return *out_; }
  const ScopeTable& scopes() const { return scopes_; }
  ScopeTable& scope_table() { return scopes_; }
  const std::string& module_name() const { return name_; }
  uint32_t global(const std::string& name);
  // A new call-site descriptor (one per instruction: per-instruction caches).
  uint32_t site(const std::string& bootstrap, const std::string& name, uint32_t arity,
                const std::vector<std::string>& statics);
  // A new IR function with a unique name derived from `qualname`.
  Function* new_function(const std::string& qualname, uint32_t nparams);
  CodeInfo* new_code();
  [[noreturn]] void fail(const A::Node* at, const std::string& msg, const std::string& type = "SyntaxError");

 private:
  const A::Module& tree_;
  std::string name_;
  std::unique_ptr<CompiledModule> out_;
  ScopeTable scopes_;
  std::unordered_map<std::string, uint32_t> globals_;
  std::unordered_map<std::string, int> fn_names_;
};

// What an exit by return/break/continue must undo, innermost last.
struct Block {
  enum Kind : uint8_t { Loop, Finally, ExceptBody, With, Protect } kind;
  // Loop: where break and continue go.
  Emitter::Label break_to = 0, continue_to = 0;
  // Finally: the final body, compiled again at each exit.
  const A::stmts* finalbody = nullptr;
  // ExceptBody: the `as` name to clear; With: the register holding __exit__'s target.
  std::optional<std::string> name = {};
  uint32_t reg = 0;
  // Handler ranges: the protected code, as segments (exits cut holes for their cleanup).
  std::vector<std::pair<Emitter::Label, Emitter::Label>> segments = {};
  Emitter::Label open = 0;
  bool is_open = false;
  Emitter::Label target = 0;  // where exceptions in the segments go
  uint32_t exc_reg = 0;       // the register that receives them
};

class FunctionGen {
 public:
  // `scope` is the def/lambda/comprehension/class/module block. For a generator, the
  // generator's body function (what the fiber runs) is compiled by this generator.
  FunctionGen(ModuleGen& m, const ScopeBlock* scope, Function* fn, CodeInfo* code, bool generator_body);

  // Bodies of the different kinds of function. Each fills the IR function.
  void compile_module(const A::stmts& body);
  void compile_function(const A::arguments* args, const A::stmts* body, const A::expr* lambda_body);
  void compile_class_body(const A::stmts& body);
  void compile_comprehension(const A::expr* node);

 private:
  friend class ModuleGen;
  // -- Registers --
  uint32_t tmp();
  uint32_t mark() const { return next_; }
  void release(uint32_t m) { next_ = m; }

  // -- Emission (records lines and positions for the current node) --
  void at(const A::Node* n) { node_ = n; }
  void emit(ir::Op op, std::initializer_list<uint32_t> operands, std::span<const uint32_t> list = {});
  void note_position();
  void const_(uint32_t dst, Value v);
  void indy(uint32_t dst, uint32_t site, std::span<const uint32_t> args);
  void ncall(uint32_t dst, const char* native, std::span<const uint32_t> args);
  uint32_t constant_reg(Value v);  // a temp holding v

  // -- Blocks and handler ranges --
  Block& push_block(Block::Kind k);
  void pop_block();
  void open_segment(Block& b);
  void close_segment(Block& b);
  void finish_block_handlers(Block& b);
  // Runs the cleanups of blocks [from, size) innermost first, for an exit by jump.
  void unwind_to(size_t from);

  // -- Statements --
  void stmts(const A::stmts& body);
  void stmt(const A::stmt* s);
  void assign(const A::Assign* s);
  void aug_assign(const A::AugAssign* s);
  void store(const A::expr* target, uint32_t value);
  void store_name(const std::string& id, uint32_t value);
  void delete_target(const A::expr* target);
  void if_stmt(const A::If* s);
  void while_stmt(const A::While* s);
  void for_stmt(const A::For* s);
  bool for_range(const A::For* s);
  void loop_body(const A::stmts& body, Emitter::Label brk, Emitter::Label cont);
  void try_stmt(const A::Try* s);
  void try_except(const A::Try* s);
  void with_stmt(const A::With* s, size_t item);
  void raise_stmt(const A::Raise* s);
  void return_stmt(const A::Return* s);
  void function_def(const A::FunctionDef* s);
  void class_def(const A::ClassDef* s);
  void import_stmt(const A::Import* s);
  void import_from(const A::ImportFrom* s);
  void assert_stmt(const A::Assert* s);

  // -- Expressions --
  // The value in some register: a local's own register or a new temp.
  uint32_t value(const A::expr* e);
  // The value in dst.
  void value_into(const A::expr* e, uint32_t dst);
  uint32_t expr(const A::expr* e, int dst);
  uint32_t load_name(const A::Name* n, int dst);
  uint32_t constant(const A::Constant* c, int dst);
  uint32_t binop(const A::BinOp* e, int dst);
  void binop_site(const std::string& op, uint32_t dst, uint32_t a, uint32_t b);
  uint32_t unaryop(const A::UnaryOp* e, int dst);
  uint32_t boolop(const A::BoolOp* e, int dst);
  uint32_t compare(const A::Compare* e, int dst);
  uint32_t compare_one(A::cmpop op, uint32_t a, uint32_t b, int dst, bool as_bool);
  uint32_t call(const A::Call* e, int dst);
  uint32_t call_ex(const A::Call* e, uint32_t fn, int dst);
  uint32_t super_call(const A::Call* e, int dst);
  uint32_t attribute(const A::Attribute* e, int dst);
  uint32_t subscript(const A::Subscript* e, int dst);
  uint32_t slice_value(const A::expr* slice);
  uint32_t display(const A::expr* e, int dst);
  uint32_t dict_display(const A::Dict* e, int dst);
  uint32_t comprehension(const A::expr* e, const std::vector<A::comprehension*>& gens, int dst);
  uint32_t lambda(const A::Lambda* e, int dst);
  uint32_t ifexp(const A::IfExp* e, int dst);
  uint32_t named(const A::NamedExpr* e, int dst);
  uint32_t joined_str(const A::JoinedStr* e, int dst);
  uint32_t formatted(const A::FormattedValue* e, int dst);
  uint32_t yield(const A::Yield* e, int dst);
  uint32_t yield_from(const A::YieldFrom* e, int dst);
  // Jumps to `to` when e is false (true when `if_true`).
  void branch(const A::expr* e, bool if_true, Emitter::Label to);
  uint32_t truth(uint32_t v);  // a temp holding the VM bool of v's truth
  // A function value for a def / lambda / comprehension block.
  uint32_t make_function(const A::Node* node, const A::arguments* args, int dst);
  // Elements of a display or call with starred items: a new list (`where` is the display
  // or call, where a bad `*x` is reported).
  uint32_t build_list(const A::exprs& elts, const A::Node* where);

  uint32_t dst_or_tmp(int dst) { return dst >= 0 ? static_cast<uint32_t>(dst) : tmp(); }
  uint32_t cell_reg(const std::string& id);   // the register holding the cell of a Cell/Free name
  // A source name as the scopes know it: `__x` inside class C is `_C__x`.
  std::string mangled(const std::string& name) const { return mangle(scope_->mangle_class, name); }
  uint32_t r_unbound();
  uint32_t r_zero();
  uint32_t r_stop();
  void check_bound(uint32_t v, const std::string& id, const char* raiser);
  [[noreturn]] void fail(const A::Node* n, const std::string& msg) { m_.fail(n, msg); }

  // -- Prologue, filled in after the body --
  void setup_registers();
  void finish();

  ModuleGen& m_;
  const ScopeBlock* scope_;
  Function* fn_;
  CodeInfo* code_;
  Emitter em_;
  const A::Node* node_ = nullptr;
  const A::Node* noted_ = nullptr;
  uint32_t noted_pc_ = UINT32_MAX;
  std::vector<Position> positions_;
  uint32_t next_ = 0, max_ = 0;
  std::unordered_map<std::string, uint32_t> regs_;  // locals and cells (a Cell name's register holds the cell)
  std::vector<std::string> frees_;                  // capture i+1 is the cell of frees_[i]
  uint32_t special_base_ = 0;
  bool used_unbound_ = false, used_zero_ = false, used_stop_ = false;
  bool class_body_ = false, module_ = false, generator_body_ = false;
  uint32_t ns_reg_ = 0;  // class body: the namespace dict
  std::vector<Block> blocks_;
  std::vector<const A::ExceptHandler*> handling_;  // except clauses we are inside of
  std::vector<uint32_t> handling_regs_;
  std::unordered_set<const A::Name*> maybe_unbound_;
  std::unordered_set<std::string> checked_locals_;  // locals that start unbound
  std::vector<uint32_t> param_regs_;  // registers of the Python parameters, in IR order
  uint32_t first_arg_reg_ = 0;         // the first parameter (super() without arguments)
};

// Loads of locals that may run before the name is bound (so need a check).
std::unordered_set<const A::Name*> maybe_unbound_loads(const ScopeBlock* scope, const A::stmts* body,
                                                       const A::expr* lambda_body);

}  // namespace sy::py
