// The parser's internals, shared by its source files (parser.cpp: infrastructure and
// statements; parser_expr.cpp: expressions, targets, calls, parameters; parser_invalid.cpp:
// the second-pass error rules; strings.cpp: literals and f-strings).
//
// The parser is a PEG parser written by hand after CPython 3.11's Grammar/python.gram:
// one method per grammar rule, named after it, trying the rule's alternatives in order
// with backtracking (mark/reset) over a token buffer filled on demand, memoizing the rules
// CPython memoizes. Left-recursive rules (primary, t_primary, sum, ...) are loops, which
// gives the same result as CPython's seed growing for these rules.
//
// As in CPython, parsing runs in two passes. The first builds the AST and knows only the
// grammar proper. If it fails, a second pass over the same tokens also tries the invalid_*
// rules, which match common mistakes and raise specific errors ("expected ':'", "cannot
// assign to literal", ...). If that finds nothing, the error is "invalid syntax" at the
// furthest token the first pass read. Errors found by the tokenizer and by forced tokens
// (`&&':'`) stop the parse at once. Keeping this structure is what makes the error
// messages and their locations match CPython's.
#pragma once
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/python/syntax/ast.h"
#include "frontends/python/syntax/parser.h"
#include "frontends/python/syntax/tokenizer.h"

namespace sy::py::detail {

using namespace ast;

// Intermediate results of the parameter and argument rules (CPython's helper structs).
struct NameDefaultPair {
  arg* a = nullptr;
  expr* value = nullptr;  // the default, or nullptr
};
struct SlashWithDefault {
  std::vector<arg*> plain_names;
  std::vector<NameDefaultPair> names_with_defaults;
};
struct StarEtc {
  arg* vararg = nullptr;
  std::vector<NameDefaultPair> kwonlyargs;
  arg* kwarg = nullptr;
};
struct KeyValuePair {
  expr* key = nullptr;  // nullptr for `**mapping`
  expr* value = nullptr;
};
struct KeywordOrStarred {
  keyword* kw = nullptr;      // set for keywords (including `**m`)
  expr* starred = nullptr;    // set for `*x`
};
struct CmpopExprPair {
  cmpop op;
  expr* e;
};

// What an invalid-target check looks for (CPython's TARGETS_TYPE).
enum class Targets { Star, Del, For };

// The rules whose results are memoized.
enum class Memo : uint8_t {
  simple_stmt, block, expression, star_expression, disjunction, conjunction, inversion,
  factor, await_primary, bitwise_or, primary, t_primary, star_target, target_with_star_atom,
  del_target, arguments, strings, invalid_named_expression
};

// A line-and-column range, in CPython's terms (0-based byte columns).
struct Loc {
  int lineno, col_offset, end_lineno, end_col_offset;
  static Loc of(const Node* n) { return {n->lineno, n->col_offset, n->end_lineno, n->end_col_offset}; }
  static Loc of(const Token* t) { return {t->lineno, t->col_offset, t->end_lineno, t->end_col_offset}; }
};

// Everything is public: the rules are spread over several files and helpers.
class Parser {
 public:
  Parser(std::string_view source, std::string_view filename, Arena* arena);
  Module* parse(SyntaxError* error);

  // For the f-string expression sub-parser (fstring_mode_ set): parses the source (the
  // text between braces, wrapped in parentheses) as star_expressions. Errors are
  // prefixed "f-string: ".
  expr* parse_fstring_expression(SyntaxError* error);

  // -- Infrastructure (parser.cpp) --
  bool fill_token();
  const Token* peek();  // the token at mark_, reading it if needed; nullptr on error
  bool at(Tok t);       // lookahead: is the token at mark_ a `t`?
  const Token* expect(Tok t);
  const Token* expect_forced(Tok t, const char* text);
  const Token* expect_soft(const char* keyword);  // a NAME spelled `keyword`
  bool at_soft(const char* keyword);
  Name* name_token();                             // NAME as a Load Name
  const Token* last_nonwhitespace_token() const;
  template <class T> T* make(int start) {
    T* n = arena_->make<T>();
    set_pos(n, start);
    return n;
  }
  void set_pos(Node* n, int start) const;
  std::string_view text(const Token* t) const { return src_.substr(t->start, t->end - t->start); }
  bool memo_get(Memo rule, void** out);
  void memo_put(Memo rule, int start, void* value);
  bool enter();  // recursion guard: false (and an error) when the input nests too deep
  void leave() { --depth_; }

  // -- Errors (parser.cpp) --
  static constexpr int kCurrentPos = -5;  // CPython's CURRENT_POS
  // CPython's RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns, kCurrentPos allowed.
  void raise_at(const char* type, int lineno, int col_offset, int end_lineno, int end_col_offset,
                const std::string& msg);
  void raise_known(Loc a, const std::string& msg) {
    raise_at("SyntaxError", a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, msg);
  }
  void raise_range(Loc a, Loc b, const std::string& msg) {
    raise_at("SyntaxError", a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, msg);
  }
  void raise_starting_from(Loc a, const std::string& msg) {
    raise_at("SyntaxError", a.lineno, a.col_offset, kCurrentPos, kCurrentPos, msg);
  }
  // CPython's RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token read.
  void raise_generic(const char* type, const std::string& msg);
  void raise_error_1based(const char* type, int lineno, int col, int end_lineno, int end_col, const std::string& msg);
  SyntaxError build_error(const char* type, int lineno, int col, int end_lineno, int end_col, const std::string& msg);
  // Records the first construct outside the supported language ("'async def' is" +
  // " not supported"); reported only if the whole file parses.
  void note_unsupported(Loc at, const std::string& what);
  void tokenizer_error();
  void raise_unclosed_parentheses();
  void set_syntax_error(const Token& last_token);
  void tokenize_full_source_to_check_for_errors();
  bool raise_invalid_target(Targets type, expr* e);
  std::string line_with_newline(int lineno) const;

  // -- Statements (parser.cpp) --
  Module* file();
  bool statements(stmts* out);
  bool statement(stmts* out);
  bool simple_stmts(stmts* out);
  stmt* simple_stmt();
  stmt* compound_stmt();
  stmt* assignment();
  expr* annotated_rhs();
  bool augassign(operator_* op);
  stmt* return_stmt();
  stmt* raise_stmt();
  stmt* global_stmt();
  stmt* nonlocal_stmt();
  stmt* del_stmt();
  stmt* yield_stmt();
  stmt* assert_stmt();
  stmt* import_stmt();
  stmt* import_name();
  stmt* import_from();
  bool import_from_targets(std::vector<alias*>* out);
  bool import_from_as_names(std::vector<alias*>* out);
  alias* import_from_as_name();
  bool dotted_as_names(std::vector<alias*>* out);
  alias* dotted_as_name();
  Name* dotted_name();
  stmts* block();
  bool decorators(exprs* out);
  stmt* class_def();
  stmt* class_def_raw();
  stmt* function_def();
  stmt* function_def_raw();
  stmt* if_stmt();
  stmt* elif_stmt();
  bool else_block(stmts* out);
  stmt* while_stmt();
  stmt* for_stmt();
  stmt* with_stmt();
  withitem* with_item();
  stmt* try_stmt();
  ExceptHandler* except_block();
  ExceptHandler* except_star_block();
  bool finally_block(stmts* out);
  stmt* match_stmt();

  // -- Parameters (parser_expr.cpp) --
  arguments* params();
  arguments* parameters();
  bool slash_no_default(std::vector<arg*>* out);
  bool slash_with_default(SlashWithDefault* out);
  bool star_etc(StarEtc* out);
  arg* kwds();
  arg* param_no_default();
  arg* param_no_default_star_annotation();
  bool param_with_default(NameDefaultPair* out);
  bool param_maybe_default(NameDefaultPair* out);
  arg* param();
  arg* param_star_annotation();
  expr* annotation();
  expr* star_annotation();
  expr* default_();
  arguments* make_arguments(std::vector<arg*>* slash_without_default, SlashWithDefault* slash_with_default,
                            std::vector<arg*>* plain_names, std::vector<NameDefaultPair>* names_with_default,
                            StarEtc* star_etc);
  arguments* empty_arguments();
  arguments* lambda_params();
  arguments* lambda_parameters();
  bool lambda_slash_no_default(std::vector<arg*>* out);
  bool lambda_slash_with_default(SlashWithDefault* out);
  bool lambda_star_etc(StarEtc* out);
  arg* lambda_kwds();
  arg* lambda_param_no_default();
  bool lambda_param_with_default(NameDefaultPair* out);
  bool lambda_param_maybe_default(NameDefaultPair* out);
  arg* lambda_param();

  // -- Expressions (parser_expr.cpp) --
  expr* expressions();
  expr* expression();
  expr* yield_expr();
  expr* star_expressions();
  expr* star_expression();
  bool star_named_expressions(exprs* out);
  expr* star_named_expression();
  expr* assignment_expression();
  expr* named_expression();
  expr* disjunction();
  expr* conjunction();
  expr* inversion();
  expr* comparison();
  bool compare_op_bitwise_or_pair(CmpopExprPair* out);
  expr* bitwise_or();
  expr* bitwise_xor();
  expr* bitwise_and();
  expr* shift_expr();
  expr* sum();
  expr* term();
  expr* factor();
  expr* power();
  expr* await_primary();
  expr* primary();
  expr* slices();
  expr* slice();
  expr* atom();
  expr* group();
  expr* lambdef();
  expr* strings();
  expr* list();
  expr* tuple();
  expr* set();
  expr* dict();
  bool double_starred_kvpairs(std::vector<KeyValuePair>* out);
  bool double_starred_kvpair(KeyValuePair* out);
  bool kvpair(KeyValuePair* out);
  bool for_if_clauses(std::vector<comprehension*>* out);
  comprehension* for_if_clause();
  expr* listcomp();
  expr* setcomp();
  expr* genexp();
  expr* dictcomp();
  Call* arguments_();
  Call* args();
  bool kwargs(std::vector<KeywordOrStarred>* out);
  expr* starred_expression();
  bool kwarg_or_starred(KeywordOrStarred* out);
  bool kwarg_or_double_starred(KeywordOrStarred* out);
  expr* number_token();
  expr* expression_without_invalid();

  // -- Targets (parser_expr.cpp) --
  expr* star_targets();
  bool star_targets_list_seq(exprs* out);
  bool star_targets_tuple_seq(exprs* out);
  expr* star_target();
  expr* target_with_star_atom();
  expr* star_atom();
  expr* single_target();
  expr* single_subscript_attribute_target();
  expr* t_primary();
  bool t_lookahead();
  bool del_targets(exprs* out);
  expr* del_target();
  expr* del_t_atom();
  expr* set_expr_context(expr* e, expr_context ctx);

  // -- The second pass's rules (parser_invalid.cpp) --
  bool invalid_arguments();
  bool invalid_kwarg();
  bool invalid_legacy_expression();
  bool invalid_expression();
  bool invalid_named_expression();
  bool invalid_assignment();
  expr* invalid_ann_assign_target();
  bool invalid_del_stmt();
  bool invalid_block();
  bool invalid_comprehension();
  bool invalid_dict_comprehension();
  bool invalid_parameters();
  bool invalid_default();
  bool invalid_star_etc();
  bool invalid_kwds();
  bool invalid_parameters_helper();
  bool invalid_lambda_parameters();
  bool invalid_lambda_parameters_helper();
  bool invalid_lambda_star_etc();
  bool invalid_lambda_kwds();
  bool invalid_with_item();
  bool invalid_for_target();
  bool invalid_group();
  bool invalid_import_from_targets();
  bool invalid_with_stmt();
  bool invalid_with_stmt_indent();
  bool invalid_try_stmt();
  bool invalid_except_stmt();
  bool invalid_finally_stmt();
  bool invalid_except_stmt_indent();
  bool invalid_except_star_stmt_indent();
  bool invalid_if_stmt();
  bool invalid_elif_stmt();
  bool invalid_else_stmt();
  bool invalid_while_stmt();
  bool invalid_for_stmt();
  bool invalid_def_raw();
  bool invalid_class_def_raw();
  bool invalid_double_starred_kvpairs();
  bool invalid_kvpair();
  bool invalid_match_stmt();
  void nonparen_genexp_in_call(Call* args, const std::vector<comprehension*>& comps);
  void arguments_parsing_error(Call* e);

  // -- Data --
  std::string_view src_;
  std::string filename_;
  Arena* arena_;
  Tokenizer tok_;
  std::deque<Token> tokens_;  // a deque: token pointers stay valid as it grows
  int mark_ = 0;
  bool call_invalid_rules_ = false;
  bool error_ = false;             // CPython's error_indicator
  bool tokenizer_failed_ = false;  // the error came from the tokenizer
  SyntaxError err_;
  bool has_err_ = false;
  SyntaxError unsupported_;
  bool has_unsupported_ = false;
  int depth_ = 0;
  std::vector<std::pair<int, std::string>> warnings_;  // from f-string sub-parsers
  // All warnings so far, in order, without repeats (CPython shows each once).
  std::vector<std::pair<int, std::string>> collected_warnings() const;
  bool convert_columns_ = false;  // report character columns (see raise_error_1based)
  // Memo entries hang off the token where the rule started, as in CPython: a short
  // list per token (memo_head_[token] indexes memo_entries_, 0 = none).
  struct MemoEntry {
    Memo rule;
    uint32_t next;
    int end;
    void* value;
  };
  std::vector<uint32_t> memo_head_;
  std::vector<MemoEntry> memo_entries_{MemoEntry{}};
  void memo_clear() {
    std::fill(memo_head_.begin(), memo_head_.end(), 0);
    memo_entries_.resize(1);
  }
  std::deque<stmts> stmt_seqs_;  // results of block(), which is memoized
  // Set while parsing an f-string replacement field.
  bool fstring_mode_ = false;
  int fstring_line_offset_ = 0, fstring_col_offset_ = 0;
  const Parser* outer_ = nullptr;  // the parser of the file holding the f-string
};

// Names used in "cannot assign to %s" (CPython's _PyPegen_get_expr_name).
const char* expr_name(const expr* e);
// The expression in `e` that cannot be a target, or nullptr (CPython's
// _PyPegen_get_invalid_target).
expr* invalid_target(expr* e, Targets type);

// String literals (strings.cpp): concatenates the STRING tokens [first, last] into a
// Constant or JoinedStr, or raises through the parser and returns nullptr.
expr* concatenate_strings(Parser* p, int first, int last);

}  // namespace sy::py::detail
