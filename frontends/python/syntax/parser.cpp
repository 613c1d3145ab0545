// The parser's infrastructure (tokens, marks, memo, errors, the two passes) and the
// statement rules. See parser_internal.h for the design.
#include <algorithm>
#include <cstring>

#include "frontends/python/syntax/parser_internal.h"
#include "frontends/python/syntax/unicode.h"

namespace sy::py {

// -- SyntaxError report (CPython's print_exception_file_and_line + print_error_text) --

std::string SyntaxError::format() const {
  if (!has_location) return type + ": " + msg + "\n";
  std::string out = "  File \"" + filename + "\", line " + std::to_string(lineno) + "\n";
  if (has_text) {
    long offset = this->offset, end = end_offset;
    long line_size = static_cast<long>(text.size());
    // CPython reads the end position only for SyntaxError itself, not its subclasses.
    bool plain = type == "SyntaxError";
    if (!plain) end = -1;
    if (plain && end_lineno > lineno) end = line_size;
    if (end > line_size + 1) end = line_size + 1;
    long carets = (end > 0 && end > offset) ? end - offset : 1;
    std::string_view t = text;
    t = t.substr(0, t.find('\0'));  // CPython writes the line as a C string
    --offset;                       // 1-based to 0-based
    while (!t.empty() && (t[0] == ' ' || t[0] == '\t' || t[0] == '\f')) {
      t.remove_prefix(1);
      --offset;
    }
    long len = static_cast<long>(t.size());
    if (len > 0 && t[len - 1] == '\n') --len;
    if (offset > len) offset = len;
    for (;;) {  // skip past newlines embedded in the text
      size_t nl = t.find('\n');
      if (nl == std::string_view::npos || static_cast<long>(nl) >= offset) break;
      t.remove_prefix(nl + 1);
      len -= static_cast<long>(nl) + 1;
      offset -= static_cast<long>(nl) + 1;
    }
    out += "    ";
    out += t;
    if (len >= static_cast<long>(t.size()) || t[len] != '\n') out += "\n";
    if (offset >= 0) {
      out += "    ";
      out.append(static_cast<size_t>(offset), ' ');
      out.append(static_cast<size_t>(carets), '^');
      out += "\n";
    }
  }
  out += type + ": " + msg + "\n";
  return out;
}

std::string SyntaxWarning::format() const {
  std::string out = filename + ":" + std::to_string(lineno) + ": SyntaxWarning: " + msg + "\n";
  if (!line.empty()) out += "  " + line + "\n";
  return out;
}

namespace detail {

namespace {

// CPython's _PyPegen_byte_offset_to_character_offset: the characters in the first
// `col` bytes of `line` (a cut sequence counts as one; one past the end counts the NUL).
int byte_offset_to_character_offset(std::string_view line, int col) {
  int len = static_cast<int>(line.size());
  if (col > len + 1) col = len + 1;
  int n = 0;
  for (int i = 0; i < col && i < len; ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++n;
  if (col > len) ++n;
  return n;
}

}  // namespace

Parser::Parser(std::string_view source, std::string_view filename, Arena* arena)
    : src_(source), filename_(filename), arena_(arena), tok_(source) {}

// -- Tokens --

bool Parser::fill_token() {
  Token t = tok_.next();
  if (fstring_mode_) {
    // Positions inside an f-string replacement field are shifted to where it sits in
    // the file, as CPython does: lines by the field's line, columns on its first line.
    bool first_line = t.end_lineno == 1;
    t.lineno += fstring_line_offset_;
    t.end_lineno += fstring_line_offset_;
    if (first_line) {
      if (t.col_offset >= 0) t.col_offset += fstring_col_offset_;
      if (t.end_col_offset >= 0) t.end_col_offset += fstring_col_offset_;
    }
  }
  tokens_.push_back(t);  // an error token too: CPython's errors look at the last token read
  if (t.type == Tok::ERRORTOKEN) {
    tokenizer_error();
    return false;
  }
  return true;
}

const Token* Parser::peek() {
  if (error_) return nullptr;
  if (mark_ == static_cast<int>(tokens_.size()) && !fill_token()) return nullptr;
  return &tokens_[mark_];
}

bool Parser::at(Tok t) {
  const Token* tok = peek();
  return tok && tok->type == t;
}

const Token* Parser::expect(Tok t) {
  const Token* tok = peek();
  if (!tok || tok->type != t) return nullptr;
  ++mark_;
  return tok;
}

// `&&'x'`: the token must be there, or the parse stops with "expected 'x'".
const Token* Parser::expect_forced(Tok t, const char* text) {
  const Token* tok = peek();
  if (!tok) return nullptr;
  if (tok->type != t) {
    raise_known(Loc::of(tok), std::string("expected '") + text + "'");
    return nullptr;
  }
  ++mark_;
  return tok;
}

bool Parser::at_soft(const char* keyword) {
  const Token* tok = peek();
  return tok && tok->type == Tok::NAME && text(tok) == keyword;
}

const Token* Parser::expect_soft(const char* keyword) {
  if (!at_soft(keyword)) return nullptr;
  return &tokens_[mark_++];
}

Name* Parser::name_token() {
  const Token* t = peek();
  if (!t || t->type != Tok::NAME) return nullptr;
  int start = mark_++;
  Name* n = make<Name>(start);
  n->id = std::string(text(t));
  return n;
}

const Token* Parser::last_nonwhitespace_token() const {
  const Token* token = nullptr;
  for (int m = mark_ - 1; m >= 0; --m) {
    token = &tokens_[m];
    if (token->type != Tok::ENDMARKER && token->type != Tok::NEWLINE && token->type != Tok::INDENT &&
        token->type != Tok::DEDENT)
      break;
  }
  return token;
}

void Parser::set_pos(Node* n, int start) const {
  const Token& s = tokens_[start];
  n->lineno = s.lineno;
  n->col_offset = s.col_offset;
  const Token* e = last_nonwhitespace_token();
  if (!e) e = &s;
  n->end_lineno = e->end_lineno;
  n->end_col_offset = e->end_col_offset;
}

bool Parser::memo_get(Memo rule, void** out) {
  if (static_cast<size_t>(mark_) >= memo_head_.size()) return false;
  for (uint32_t i = memo_head_[mark_]; i; i = memo_entries_[i].next) {
    const MemoEntry& e = memo_entries_[i];
    if (e.rule == rule) {
      *out = e.value;
      mark_ = e.end;
      return true;
    }
  }
  return false;
}

void Parser::memo_put(Memo rule, int start, void* value) {
  if (static_cast<size_t>(start) >= memo_head_.size()) memo_head_.resize(tokens_.size() + 1, 0);
  memo_entries_.push_back({rule, memo_head_[start], mark_, value});
  memo_head_[start] = static_cast<uint32_t>(memo_entries_.size() - 1);
}

// Recursion guard. CPython stops at a fixed parser depth with a MemoryError; we stop with
// a SyntaxError naming the problem.
bool Parser::enter() {
  if (error_) return false;
  if (++depth_ > 4000) {
    --depth_;
    raise_generic("SyntaxError", "too many nested expressions or statements");
    return false;
  }
  return true;
}

// -- Errors --

std::string Parser::line_with_newline(int lineno) const {
  if (fstring_mode_) return std::string(tok_.line_text(lineno));
  std::string s;
  program_text_line(src_, lineno, &s);
  return s;
}

// CPython's _PyPegen_raise_error_known_location, with 1-based columns.
void Parser::raise_error_1based(const char* type, int lineno, int col, int end_lineno, int end_col,
                                const std::string& msg) {
  error_ = true;
  err_ = build_error(type, lineno, col, end_lineno, end_col, msg);
  has_err_ = true;
}

// Syntax CPython accepts but this implementation does not. The parse goes on, so that a
// real syntax error anywhere in the file is still reported first, as CPython would; only
// a file that parses is rejected, with the first such construct.
void Parser::note_unsupported(Loc at, const std::string& what) {
  if (has_unsupported_) return;
  unsupported_ = build_error("SyntaxError", at.lineno, at.col_offset + 1, at.end_lineno, at.end_col_offset + 1,
                             what + " not supported");
  has_unsupported_ = true;
}

SyntaxError Parser::build_error(const char* type, int lineno, int col, int end_lineno, int end_col,
                                const std::string& msg) {
  if (end_lineno == kCurrentPos) end_lineno = tok_.lineno() + (fstring_mode_ ? fstring_line_offset_ : 0);
  if (end_col == kCurrentPos) end_col = static_cast<int>(tok_.cur() - tok_.line_start());
  if (fstring_mode_) {
    col -= fstring_col_offset_;
    end_col -= fstring_col_offset_;
  }
  SyntaxError e;
  e.type = type;
  e.msg = fstring_mode_ ? "f-string: " + msg : msg;
  e.filename = filename_;
  e.has_location = true;
  e.lineno = lineno;
  e.end_lineno = end_lineno;
  int local_line = lineno - (fstring_mode_ ? fstring_line_offset_ : 0);
  int lines = 1;
  for (char c : src_)
    if (c == '\n') ++lines;
  if (local_line >= 1 && (local_line < lines || fstring_mode_)) {
    e.text = line_with_newline(local_line);
  } else {
    // Past the end of the file (an error at the end marker): CPython shows the
    // tokenizer's last line.
    e.text = std::string(tok_.line_text(tok_.lineno()));
  }
  e.has_text = true;
  // CPython converts byte columns to characters only when the tokenizer knows the
  // encoding: for a file, when it declares one.
  if (convert_columns_) {
    e.offset = byte_offset_to_character_offset(e.text, col);
    e.end_offset = end_col > 0 ? byte_offset_to_character_offset(e.text, end_col) : end_col;
  } else {
    e.offset = col;
    e.end_offset = end_col;
  }
  return e;
}

void Parser::raise_at(const char* type, int lineno, int col_offset, int end_lineno, int end_col_offset,
                      const std::string& msg) {
  int col = col_offset == kCurrentPos ? kCurrentPos : col_offset + 1;
  int end_col = end_col_offset == kCurrentPos ? kCurrentPos : end_col_offset + 1;
  raise_error_1based(type, lineno, col, end_lineno, end_col, msg);
}

// CPython's _PyPegen_raise_error: at the last token read.
void Parser::raise_generic(const char* type, const std::string& msg) {
  if (error_ && has_err_) return;
  if (tokens_.empty()) {
    raise_error_1based(type, 0, 0, 0, -1, msg);
    return;
  }
  const Token& t = tokens_.back();
  int col;
  if (t.col_offset == -1) {
    col = tok_.cur() == tok_.buf_start() ? 0 : static_cast<int>(tok_.cur() - tok_.line_start());
    if (fstring_mode_ && t.end_lineno == 1 + fstring_line_offset_) col += fstring_col_offset_;
  } else {
    col = t.col_offset + 1;
  }
  int end_col = t.end_col_offset != -1 ? t.end_col_offset + 1 : -1;
  raise_error_1based(type, t.lineno, col, t.end_lineno, end_col, msg);
}

void Parser::raise_unclosed_parentheses() {
  int i = tok_.level() - 1;
  int lineno = tok_.paren_lineno(i) + (fstring_mode_ ? fstring_line_offset_ : 0);
  int col = tok_.paren_col(i);
  if (fstring_mode_ && tok_.paren_lineno(i) == 1) col += fstring_col_offset_;
  raise_at("SyntaxError", lineno, col, lineno, -1, std::string("'") + tok_.paren_char(i) + "' was never closed");
}

// CPython's _Pypegen_tokenizer_error: turns the tokenizer's stop into an exception.
void Parser::tokenizer_error() {
  const TokenizerError& te = tok_.error();
  tokenizer_failed_ = true;
  error_ = true;
  switch (te.kind) {
    case TokenizerError::Error: {
      SyntaxError e;
      e.type = te.type;
      e.msg = te.msg;
      e.filename = filename_;
      e.has_location = true;
      e.lineno = e.end_lineno = te.lineno + (fstring_mode_ ? fstring_line_offset_ : 0);
      e.offset = te.col;
      e.end_offset = te.end_col;
      e.text = te.text;
      e.has_text = true;
      err_ = std::move(e);
      has_err_ = true;
      return;
    }
    case TokenizerError::Eof:
      if (tok_.level() > 0)
        raise_unclosed_parentheses();
      else
        raise_generic("SyntaxError", "unexpected EOF while parsing");
      return;
    case TokenizerError::Dedent:
      raise_generic("IndentationError", "unindent does not match any outer indentation level");
      return;
    case TokenizerError::TabSpace:
      raise_at("TabError", tok_.lineno(), 0, tok_.lineno(), -1, "inconsistent use of tabs and spaces in indentation");
      return;
    case TokenizerError::TooDeep:
      raise_at("IndentationError", tok_.lineno(), 0, tok_.lineno(), -1, "too many levels of indentation");
      return;
    case TokenizerError::LineCont: {
      int col = static_cast<int>(tok_.cur() - tok_.buf_start()) - 1;
      raise_at("SyntaxError", tok_.lineno(), col >= 0 ? col : 0, tok_.lineno(), -1,
               "unexpected character after line continuation character");
      return;
    }
    case TokenizerError::None:
      raise_generic("SyntaxError", "unknown parsing error");
      return;
  }
}

// After a parser error, the rest of the file is tokenized: a tokenizer error there (an
// unterminated string, an unmatched bracket, ...) takes precedence, and so does a bracket
// left open on an earlier line than the parser's error.
void Parser::tokenize_full_source_to_check_for_errors() {
  int current_err_line = tokens_.empty() ? 0 : tokens_.back().lineno;
  for (;;) {
    Token t = tok_.next();
    if (t.type == Tok::ERRORTOKEN) {
      if (tok_.error().kind == TokenizerError::Error) {
        tokenizer_error();
        return;
      }
      if (tok_.level() != 0) {
        int error_lineno = tok_.paren_lineno(tok_.level() - 1);
        if (current_err_line > error_lineno) raise_unclosed_parentheses();
      }
      return;
    }
    if (t.type == Tok::ENDMARKER) return;
  }
}

// CPython's _PyPegen_set_syntax_error, after the second pass.
void Parser::set_syntax_error(const Token& last_token) {
  if (has_err_) {
    if (!tokenizer_failed_) tokenize_full_source_to_check_for_errors();
    return;
  }
  if (tokens_.empty()) {
    raise_generic("SyntaxError", "error at start before reading any input");
    return;
  }
  if (last_token.type == Tok::ERRORTOKEN && tok_.error().kind == TokenizerError::Eof) {
    if (tok_.level() > 0)
      raise_unclosed_parentheses();
    else
      raise_generic("SyntaxError", "unexpected EOF while parsing");
    return;
  }
  if (last_token.type == Tok::INDENT || last_token.type == Tok::DEDENT) {
    raise_generic("IndentationError", last_token.type == Tok::INDENT ? "unexpected indent" : "unexpected unindent");
    return;
  }
  raise_known(Loc::of(&last_token), "invalid syntax");
  tokenize_full_source_to_check_for_errors();
}

// CPython's RAISE_SYNTAX_ERROR_INVALID_TARGET: raises at the part of `e` that cannot be
// a target; when every part can, nothing is raised and the alternative just fails.
bool Parser::raise_invalid_target(Targets type, expr* e) {
  expr* bad = invalid_target(e, type);
  if (!bad) return false;
  const char* fmt = type == Targets::Del ? "cannot delete " : "cannot assign to ";
  raise_known(Loc::of(bad), fmt + std::string(expr_name(bad)));
  return true;
}

const char* expr_name(const expr* e) {
  switch (e->tag) {
    case ExprTag::Attribute: return "attribute";
    case ExprTag::Subscript: return "subscript";
    case ExprTag::Starred: return "starred";
    case ExprTag::Name: return "name";
    case ExprTag::List: return "list";
    case ExprTag::Tuple: return "tuple";
    case ExprTag::Lambda: return "lambda";
    case ExprTag::Call: return "function call";
    case ExprTag::BoolOp:
    case ExprTag::BinOp:
    case ExprTag::UnaryOp: return "expression";
    case ExprTag::GeneratorExp: return "generator expression";
    case ExprTag::Yield:
    case ExprTag::YieldFrom: return "yield expression";
    case ExprTag::Await: return "await expression";
    case ExprTag::ListComp: return "list comprehension";
    case ExprTag::SetComp: return "set comprehension";
    case ExprTag::DictComp: return "dict comprehension";
    case ExprTag::Dict: return "dict literal";
    case ExprTag::Set: return "set display";
    case ExprTag::JoinedStr:
    case ExprTag::FormattedValue: return "f-string expression";
    case ExprTag::Constant: {
      const ConstantValue& v = e->as<Constant>()->value;
      if (v.kind == ConstantValue::None) return "None";
      if (v.kind == ConstantValue::Bool) return v.b ? "True" : "False";
      if (v.kind == ConstantValue::Ellipsis) return "ellipsis";
      return "literal";
    }
    case ExprTag::Compare: return "comparison";
    case ExprTag::IfExp: return "conditional expression";
    case ExprTag::NamedExpr: return "named expression";
    case ExprTag::Slice: return "slice";
  }
  return "expression";
}

expr* invalid_target(expr* e, Targets type) {
  if (!e) return nullptr;
  switch (e->tag) {
    case ExprTag::List:
      for (expr* x : e->as<List>()->elts)
        if (expr* bad = invalid_target(x, type)) return bad;
      return nullptr;
    case ExprTag::Tuple:
      for (expr* x : e->as<Tuple>()->elts)
        if (expr* bad = invalid_target(x, type)) return bad;
      return nullptr;
    case ExprTag::Starred:
      if (type == Targets::Del) return e;
      return invalid_target(e->as<Starred>()->value, type);
    case ExprTag::Compare:
      // `for a in b` parses as a comparison: look at the left side.
      if (type == Targets::For) {
        Compare* c = e->as<Compare>();
        if (c->ops[0] == cmpop::In) return invalid_target(c->left, type);
        return nullptr;
      }
      return e;
    case ExprTag::Name:
    case ExprTag::Subscript:
    case ExprTag::Attribute: return nullptr;
    default: return e;
  }
}

std::vector<std::pair<int, std::string>> Parser::collected_warnings() const {
  std::vector<std::pair<int, std::string>> all;
  auto add = [&](const std::pair<int, std::string>& w) {
    for (const auto& seen : all)
      if (seen == w) return;
    all.push_back(w);
  };
  // Sub-parser warnings were met while the outer tokenizer stood at the f-string.
  for (const auto& w : warnings_) add(w);
  for (const auto& w : tok_.warnings()) add({w.first + (fstring_mode_ ? fstring_line_offset_ : 0), w.second});
  std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return all;
}

// -- The two passes --

Module* Parser::parse(SyntaxError* error) {
  Module* m = file();
  if (m && has_unsupported_) {
    *error = unsupported_;
    return nullptr;
  }
  if (m) return m;
  Token last = tokens_.empty() ? Token{} : tokens_.back();
  // Second pass: the same tokens, with the invalid_* rules on. An error already raised
  // (by the tokenizer or a forced token) stands; CPython's second pass does nothing then.
  memo_clear();
  mark_ = 0;
  call_invalid_rules_ = true;
  if (!error_) file();
  set_syntax_error(last);
  *error = err_;
  return nullptr;
}

// -- Statements --

// file: [statements] ENDMARKER
Module* Parser::file() {
  int start = mark_;
  stmts body;
  if (!statements(&body)) {
    if (error_) return nullptr;
    mark_ = start;
    body.clear();
  }
  if (!expect(Tok::ENDMARKER)) return nullptr;
  Module* m = arena_->make<Module>();
  m->body = std::move(body);
  return m;
}

// statements: statement+
bool Parser::statements(stmts* out) {
  bool any = false;
  for (;;) {
    int m = mark_;
    if (!statement(out)) {
      mark_ = m;
      break;
    }
    any = true;
  }
  return any && !error_;
}

// statement: compound_stmt | simple_stmts
bool Parser::statement(stmts* out) {
  if (error_) return false;
  int m = mark_;
  if (stmt* s = compound_stmt()) {
    out->push_back(s);
    return true;
  }
  mark_ = m;
  size_t n = out->size();
  if (simple_stmts(out)) return true;
  out->resize(n);
  mark_ = m;
  return false;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
bool Parser::simple_stmts(stmts* out) {
  if (error_) return false;
  int m = mark_;
  if (stmt* s = simple_stmt()) {
    if (!at(Tok::SEMI) && expect(Tok::NEWLINE)) {
      out->push_back(s);
      return true;
    }
  }
  mark_ = m;
  stmts seq;
  stmt* s = simple_stmt();
  if (!s) {
    mark_ = m;
    return false;
  }
  seq.push_back(s);
  for (;;) {
    int m2 = mark_;
    if (!expect(Tok::SEMI)) break;
    stmt* next = simple_stmt();
    if (!next) {
      mark_ = m2;
      break;
    }
    seq.push_back(next);
  }
  expect(Tok::SEMI);
  if (!expect(Tok::NEWLINE)) {
    mark_ = m;
    return false;
  }
  out->insert(out->end(), seq.begin(), seq.end());
  return true;
}

stmt* Parser::simple_stmt() {
  void* memo;
  if (memo_get(Memo::simple_stmt, &memo)) return static_cast<stmt*>(memo);
  int start = mark_;
  stmt* result = nullptr;
  if (!enter()) return nullptr;
  const Token* t = peek();
  if (!t) {
    leave();
    return nullptr;
  }
  do {
    if ((result = assignment())) break;
    mark_ = start;
    if (error_) break;
    if (expr* e = star_expressions()) {
      Expr* s = make<Expr>(start);
      s->value = e;
      result = s;
      break;
    }
    mark_ = start;
    if (error_) break;
    switch (t->type) {
      case Tok::KW_return: result = return_stmt(); break;
      case Tok::KW_import:
      case Tok::KW_from: result = import_stmt(); break;
      case Tok::KW_raise: result = raise_stmt(); break;
      case Tok::KW_pass:
        ++mark_;
        result = make<Pass>(start);
        break;
      case Tok::KW_del: result = del_stmt(); break;
      case Tok::KW_yield: result = yield_stmt(); break;
      case Tok::KW_assert: result = assert_stmt(); break;
      case Tok::KW_break:
        ++mark_;
        result = make<Break>(start);
        break;
      case Tok::KW_continue:
        ++mark_;
        result = make<Continue>(start);
        break;
      case Tok::KW_global: result = global_stmt(); break;
      case Tok::KW_nonlocal: result = nonlocal_stmt(); break;
      default: break;
    }
    if (!result) mark_ = start;
  } while (false);
  leave();
  if (error_) return nullptr;
  memo_put(Memo::simple_stmt, start, result);
  return result;
}

stmt* Parser::compound_stmt() {
  const Token* t = peek();
  if (!t) return nullptr;
  int m = mark_;
  stmt* s = nullptr;
  switch (t->type) {
    case Tok::KW_def: s = function_def(); break;
    case Tok::KW_async:
      s = function_def();
      if (!s && !error_) {
        mark_ = m;
        s = with_stmt();
      }
      if (!s && !error_) {
        mark_ = m;
        s = for_stmt();
      }
      break;
    case Tok::AT:
      s = function_def();
      if (!s && !error_) {
        mark_ = m;
        s = class_def();
      }
      break;
    case Tok::KW_if: s = if_stmt(); break;
    case Tok::KW_class: s = class_def(); break;
    case Tok::KW_with: s = with_stmt(); break;
    case Tok::KW_for: s = for_stmt(); break;
    case Tok::KW_try: s = try_stmt(); break;
    case Tok::KW_while: s = while_stmt(); break;
    default: break;
  }
  if (s || error_) return s;
  mark_ = m;
  return match_stmt();
}

// match statements are outside the supported language. One is recognized by its first
// line and its block is skipped (its patterns are not checked), so that the rest of the
// file is still parsed.
stmt* Parser::match_stmt() {
  int m = mark_;
  const Token* kw = expect_soft("match");
  if (!kw) return nullptr;
  Loc loc = Loc::of(kw);
  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  bool subject = false;
  if (star_named_expression() && expect(Tok::COMMA)) {
    exprs rest;
    int m2 = mark_;
    if (!star_named_expressions(&rest)) mark_ = m2;
    subject = true;
  } else if (!error_) {
    mark_ = m + 1;
    subject = named_expression() != nullptr;
  }
  if (error_) return nullptr;
  if (subject && expect(Tok::COLON) && expect(Tok::NEWLINE) && expect(Tok::INDENT)) {
    note_unsupported(loc, "match statements are");
    for (int depth = 1; depth > 0;) {
      const Token* t = peek();
      if (!t || t->type == Tok::ENDMARKER) return nullptr;
      if (t->type == Tok::INDENT) ++depth;
      if (t->type == Tok::DEDENT) --depth;
      ++mark_;
    }
    return make<Pass>(m);
  }
  mark_ = m;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_match_stmt()) return nullptr;
  mark_ = m;
  return nullptr;
}

// assignment (see the grammar): annotated, plain and augmented assignments.
stmt* Parser::assignment() {
  int start = mark_;
  // NAME ':' expression ['=' annotated_rhs]
  if (Name* a = name_token()) {
    if (expect(Tok::COLON)) {
      if (expr* b = expression()) {
        expr* c = nullptr;
        int m = mark_;
        if (expect(Tok::EQUAL)) {
          c = annotated_rhs();
          if (!c) mark_ = m;
        }
        AnnAssign* s = make<AnnAssign>(start);
        s->target = set_expr_context(a, expr_context::Store);
        s->annotation = b;
        s->value = c;
        s->simple = 1;
        return s;
      }
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  {
    expr* a = nullptr;
    if (expect(Tok::LPAR)) {
      expr* b = single_target();
      if (b && expect(Tok::RPAR)) a = b;
    }
    if (!a) {
      mark_ = start;
      a = single_subscript_attribute_target();
    }
    if (a && expect(Tok::COLON)) {
      if (expr* b = expression()) {
        expr* c = nullptr;
        int m = mark_;
        if (expect(Tok::EQUAL)) {
          c = annotated_rhs();
          if (!c) mark_ = m;
        }
        AnnAssign* s = make<AnnAssign>(start);
        s->target = a;
        s->annotation = b;
        s->value = c;
        s->simple = 0;
        return s;
      }
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  {
    exprs targets;
    for (;;) {
      int m = mark_;
      expr* z = star_targets();
      if (z && expect(Tok::EQUAL)) {
        targets.push_back(z);
        continue;
      }
      mark_ = m;
      break;
    }
    if (!targets.empty() && !error_) {
      int m = mark_;
      expr* b = yield_expr();
      if (!b) {
        mark_ = m;
        b = star_expressions();
      }
      if (b && !at(Tok::EQUAL) && !error_) {
        Assign* s = make<Assign>(start);
        s->targets = std::move(targets);
        s->value = b;
        return s;
      }
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  // single_target augassign ~ (yield_expr | star_expressions)
  if (expr* a = single_target()) {
    operator_ op;
    if (augassign(&op)) {
      int m = mark_;
      expr* c = yield_expr();
      if (!c) {
        mark_ = m;
        c = star_expressions();
      }
      if (!c) return nullptr;  // cut: no other alternative
      AugAssign* s = make<AugAssign>(start);
      s->target = a;
      s->op = op;
      s->value = c;
      return s;
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_assignment()) return nullptr;
  mark_ = start;
  return nullptr;
}

// annotated_rhs: yield_expr | star_expressions
expr* Parser::annotated_rhs() {
  int m = mark_;
  if (expr* e = yield_expr()) return e;
  mark_ = m;
  return star_expressions();
}

bool Parser::augassign(operator_* op) {
  const Token* t = peek();
  if (!t) return false;
  switch (t->type) {
    case Tok::PLUSEQUAL: *op = operator_::Add; break;
    case Tok::MINEQUAL: *op = operator_::Sub; break;
    case Tok::STAREQUAL: *op = operator_::Mult; break;
    case Tok::ATEQUAL: *op = operator_::MatMult; break;
    case Tok::SLASHEQUAL: *op = operator_::Div; break;
    case Tok::PERCENTEQUAL: *op = operator_::Mod; break;
    case Tok::AMPEREQUAL: *op = operator_::BitAnd; break;
    case Tok::VBAREQUAL: *op = operator_::BitOr; break;
    case Tok::CIRCUMFLEXEQUAL: *op = operator_::BitXor; break;
    case Tok::LEFTSHIFTEQUAL: *op = operator_::LShift; break;
    case Tok::RIGHTSHIFTEQUAL: *op = operator_::RShift; break;
    case Tok::DOUBLESTAREQUAL: *op = operator_::Pow; break;
    case Tok::DOUBLESLASHEQUAL: *op = operator_::FloorDiv; break;
    default: return false;
  }
  ++mark_;
  return true;
}

// return_stmt: 'return' [star_expressions]
stmt* Parser::return_stmt() {
  int start = mark_;
  if (!expect(Tok::KW_return)) return nullptr;
  int m = mark_;
  expr* a = star_expressions();
  if (!a) mark_ = m;
  if (error_) return nullptr;
  Return* s = make<Return>(start);
  s->value = a;
  return s;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
stmt* Parser::raise_stmt() {
  int start = mark_;
  if (!expect(Tok::KW_raise)) return nullptr;
  int m = mark_;
  if (expr* a = expression()) {
    expr* b = nullptr;
    int m2 = mark_;
    if (expect(Tok::KW_from)) {
      b = expression();
      if (!b) mark_ = m2;
    }
    if (error_) return nullptr;
    Raise* s = make<Raise>(start);
    s->exc = a;
    s->cause = b;
    return s;
  }
  mark_ = m;
  if (error_) return nullptr;
  return make<Raise>(start);
}

// global_stmt: 'global' ','.NAME+ (and nonlocal_stmt alike)
stmt* Parser::global_stmt() {
  int start = mark_;
  if (!expect(Tok::KW_global)) return nullptr;
  std::vector<identifier> names;
  const Token* t = expect(Tok::NAME);
  if (!t) return nullptr;
  names.emplace_back(text(t));
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    const Token* n = expect(Tok::NAME);
    if (!n) {
      mark_ = m;
      break;
    }
    names.emplace_back(text(n));
  }
  Global* s = make<Global>(start);
  s->names = std::move(names);
  return s;
}

stmt* Parser::nonlocal_stmt() {
  int start = mark_;
  if (!expect(Tok::KW_nonlocal)) return nullptr;
  std::vector<identifier> names;
  const Token* t = expect(Tok::NAME);
  if (!t) return nullptr;
  names.emplace_back(text(t));
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    const Token* n = expect(Tok::NAME);
    if (!n) {
      mark_ = m;
      break;
    }
    names.emplace_back(text(n));
  }
  Nonlocal* s = make<Nonlocal>(start);
  s->names = std::move(names);
  return s;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
stmt* Parser::del_stmt() {
  int start = mark_;
  if (expect(Tok::KW_del)) {
    exprs targets;
    if (del_targets(&targets) && (at(Tok::SEMI) || at(Tok::NEWLINE))) {
      Delete* s = make<Delete>(start);
      s->targets = std::move(targets);
      return s;
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_del_stmt()) return nullptr;
  mark_ = start;
  return nullptr;
}

// yield_stmt: yield_expr
stmt* Parser::yield_stmt() {
  int start = mark_;
  expr* y = yield_expr();
  if (!y) return nullptr;
  Expr* s = make<Expr>(start);
  s->value = y;
  return s;
}

// assert_stmt: 'assert' expression [',' expression]
stmt* Parser::assert_stmt() {
  int start = mark_;
  if (!expect(Tok::KW_assert)) return nullptr;
  expr* a = expression();
  if (!a) return nullptr;
  expr* b = nullptr;
  int m = mark_;
  if (expect(Tok::COMMA)) {
    b = expression();
    if (!b) mark_ = m;
  }
  if (error_) return nullptr;
  Assert* s = make<Assert>(start);
  s->test = a;
  s->msg = b;
  return s;
}

stmt* Parser::import_stmt() {
  int m = mark_;
  if (stmt* s = import_name()) return s;
  mark_ = m;
  if (error_) return nullptr;
  return import_from();
}

// import_name: 'import' dotted_as_names
stmt* Parser::import_name() {
  int start = mark_;
  if (!expect(Tok::KW_import)) return nullptr;
  std::vector<alias*> names;
  if (!dotted_as_names(&names)) return nullptr;
  Import* s = make<Import>(start);
  s->names = std::move(names);
  return s;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
stmt* Parser::import_from() {
  int start = mark_;
  if (!expect(Tok::KW_from)) return nullptr;
  int level = 0;
  for (;;) {
    if (expect(Tok::DOT))
      level += 1;
    else if (expect(Tok::ELLIPSIS))
      level += 3;
    else
      break;
  }
  int after_dots = mark_;
  if (Name* b = dotted_name()) {
    if (expect(Tok::KW_import)) {
      std::vector<alias*> names;
      if (import_from_targets(&names)) {
        ImportFrom* s = make<ImportFrom>(start);
        s->module = b->id;
        s->names = std::move(names);
        s->level = level;
        return s;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = after_dots;
  if (level > 0 && expect(Tok::KW_import)) {
    std::vector<alias*> names;
    if (import_from_targets(&names)) {
      ImportFrom* s = make<ImportFrom>(start);
      s->names = std::move(names);
      s->level = level;
      return s;
    }
  }
  return nullptr;
}

// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !','
//                    | '*' | invalid_import_from_targets
bool Parser::import_from_targets(std::vector<alias*>* out) {
  int start = mark_;
  if (expect(Tok::LPAR)) {
    if (import_from_as_names(out)) {
      expect(Tok::COMMA);
      if (expect(Tok::RPAR)) return true;
    }
  }
  mark_ = start;
  out->clear();
  if (error_) return false;
  if (import_from_as_names(out) && !at(Tok::COMMA)) return true;
  mark_ = start;
  out->clear();
  if (error_) return false;
  if (expect(Tok::STAR)) {
    alias* a = make<alias>(start);
    a->name = "*";
    out->push_back(a);
    return true;
  }
  mark_ = start;
  if (error_) return false;
  if (call_invalid_rules_ && invalid_import_from_targets()) return false;
  mark_ = start;
  return false;
}

// import_from_as_names: ','.import_from_as_name+
bool Parser::import_from_as_names(std::vector<alias*>* out) {
  alias* a = import_from_as_name();
  if (!a) return false;
  out->push_back(a);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    alias* b = import_from_as_name();
    if (!b) {
      mark_ = m;
      break;
    }
    out->push_back(b);
  }
  return !error_;
}

// import_from_as_name: NAME ['as' NAME]
alias* Parser::import_from_as_name() {
  int start = mark_;
  const Token* a = expect(Tok::NAME);
  if (!a) return nullptr;
  std::optional<identifier> asname;
  int m = mark_;
  if (expect(Tok::KW_as)) {
    if (const Token* z = expect(Tok::NAME))
      asname = std::string(text(z));
    else
      mark_ = m;
  }
  alias* al = make<alias>(start);
  al->name = std::string(text(a));
  al->asname = asname;
  return al;
}

// dotted_as_names: ','.dotted_as_name+
bool Parser::dotted_as_names(std::vector<alias*>* out) {
  alias* a = dotted_as_name();
  if (!a) return false;
  out->push_back(a);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    alias* b = dotted_as_name();
    if (!b) {
      mark_ = m;
      break;
    }
    out->push_back(b);
  }
  return !error_;
}

// dotted_as_name: dotted_name ['as' NAME]
alias* Parser::dotted_as_name() {
  int start = mark_;
  Name* a = dotted_name();
  if (!a) return nullptr;
  std::optional<identifier> asname;
  int m = mark_;
  if (expect(Tok::KW_as)) {
    if (const Token* z = expect(Tok::NAME))
      asname = std::string(text(z));
    else
      mark_ = m;
  }
  alias* al = make<alias>(start);
  al->name = a->id;
  al->asname = asname;
  return al;
}

// dotted_name: dotted_name '.' NAME | NAME
Name* Parser::dotted_name() {
  Name* a = name_token();
  if (!a) return nullptr;
  for (;;) {
    int m = mark_;
    if (!expect(Tok::DOT)) break;
    const Token* b = expect(Tok::NAME);
    if (!b) {
      mark_ = m;
      break;
    }
    Name* joined = arena_->copy(*a);
    joined->id = a->id + "." + std::string(text(b));
    a = joined;
  }
  return a;
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
stmts* Parser::block() {
  void* memo;
  if (memo_get(Memo::block, &memo)) return static_cast<stmts*>(memo);
  int start = mark_;
  stmts* result = nullptr;
  if (!enter()) return nullptr;
  do {
    if (expect(Tok::NEWLINE) && expect(Tok::INDENT)) {
      stmts body;
      if (statements(&body) && expect(Tok::DEDENT)) {
        result = &stmt_seqs_.emplace_back(std::move(body));
        break;
      }
    }
    mark_ = start;
    if (error_) break;
    stmts body;
    if (simple_stmts(&body)) {
      result = &stmt_seqs_.emplace_back(std::move(body));
      break;
    }
    mark_ = start;
    if (error_) break;
    if (call_invalid_rules_ && invalid_block()) break;
    mark_ = start;
  } while (false);
  leave();
  if (error_) return nullptr;
  memo_put(Memo::block, start, result);
  return result;
}

// decorators: ('@' named_expression NEWLINE)+
bool Parser::decorators(exprs* out) {
  for (;;) {
    int m = mark_;
    if (!expect(Tok::AT)) break;
    expr* f = named_expression();
    if (!f || !expect(Tok::NEWLINE)) {
      mark_ = m;
      break;
    }
    out->push_back(f);
  }
  return !out->empty() && !error_;
}

// class_def: decorators class_def_raw | class_def_raw
stmt* Parser::class_def() {
  int start = mark_;
  exprs decos;
  if (decorators(&decos)) {
    if (stmt* s = class_def_raw()) {
      s->as<ClassDef>()->decorator_list = std::move(decos);
      return s;
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  return class_def_raw();
}

// class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
stmt* Parser::class_def_raw() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_class_def_raw()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  if (!expect(Tok::KW_class)) return nullptr;
  const Token* a = expect(Tok::NAME);
  if (!a) return nullptr;
  Call* b = nullptr;
  int m = mark_;
  if (expect(Tok::LPAR)) {
    int m2 = mark_;
    b = arguments_();
    if (!b) mark_ = m2;
    if (!expect(Tok::RPAR)) {
      mark_ = m;
      b = nullptr;
    } else if (!b) {
      b = arena_->make<Call>();  // `class A():` has no bases
    }
  }
  if (error_) return nullptr;
  if (!expect(Tok::COLON)) return nullptr;
  stmts* c = block();
  if (!c) return nullptr;
  ClassDef* s = make<ClassDef>(start);
  s->name = std::string(text(a));
  if (b) {
    s->bases = b->args;
    s->keywords = b->keywords;
  }
  s->body = *c;
  return s;
}

// function_def: decorators function_def_raw | function_def_raw
stmt* Parser::function_def() {
  int start = mark_;
  exprs decos;
  if (decorators(&decos)) {
    if (stmt* s = function_def_raw()) {
      if (s->is<AsyncFunctionDef>())
        s->as<AsyncFunctionDef>()->decorator_list = std::move(decos);
      else
        s->as<FunctionDef>()->decorator_list = std::move(decos);
      return s;
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  return function_def_raw();
}

// function_def_raw: invalid_def_raw
//   | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
//   | ASYNC 'def' ...  (rejected)
stmt* Parser::function_def_raw() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_def_raw()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  const Token* async_kw = expect(Tok::KW_async);
  if (!expect(Tok::KW_def)) return nullptr;
  if (async_kw) note_unsupported(Loc::of(async_kw), "'async def' is");
  const Token* n = expect(Tok::NAME);
  if (!n) return nullptr;
  if (!expect_forced(Tok::LPAR, "(")) return nullptr;
  int m = mark_;
  arguments* params_ = params();
  if (!params_) mark_ = m;
  if (error_ || !expect(Tok::RPAR)) return nullptr;
  expr* returns = nullptr;
  m = mark_;
  if (expect(Tok::RARROW)) {
    returns = expression();
    if (!returns) mark_ = m;
  }
  if (error_) return nullptr;
  if (!expect_forced(Tok::COLON, ":")) return nullptr;
  stmts* b = block();
  if (!b) return nullptr;
  if (async_kw) {
    AsyncFunctionDef* s = make<AsyncFunctionDef>(start);
    s->name = std::string(text(n));
    s->args = params_ ? params_ : empty_arguments();
    s->body = *b;
    s->returns = returns;
    return s;
  }
  FunctionDef* s = make<FunctionDef>(start);
  s->name = std::string(text(n));
  s->args = params_ ? params_ : empty_arguments();
  s->body = *b;
  s->returns = returns;
  return s;
}

// if_stmt: invalid_if_stmt
//   | 'if' named_expression ':' block elif_stmt
//   | 'if' named_expression ':' block [else_block]
stmt* Parser::if_stmt() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_if_stmt()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  if (!expect(Tok::KW_if)) return nullptr;
  expr* a = named_expression();
  if (!a || !expect(Tok::COLON)) return nullptr;
  stmts* b = block();
  if (!b) return nullptr;
  int m = mark_;
  if (stmt* c = elif_stmt()) {
    If* s = make<If>(start);
    s->test = a;
    s->body = *b;
    s->orelse = {c};
    return s;
  }
  mark_ = m;
  if (error_) return nullptr;
  stmts orelse;
  if (!else_block(&orelse)) {
    mark_ = m;
    orelse.clear();
  }
  if (error_) return nullptr;
  If* s = make<If>(start);
  s->test = a;
  s->body = *b;
  s->orelse = std::move(orelse);
  return s;
}

stmt* Parser::elif_stmt() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_elif_stmt()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  if (!expect(Tok::KW_elif)) return nullptr;
  expr* a = named_expression();
  if (!a || !expect(Tok::COLON)) return nullptr;
  stmts* b = block();
  if (!b) return nullptr;
  int m = mark_;
  if (stmt* c = elif_stmt()) {
    If* s = make<If>(start);
    s->test = a;
    s->body = *b;
    s->orelse = {c};
    return s;
  }
  mark_ = m;
  if (error_) return nullptr;
  stmts orelse;
  if (!else_block(&orelse)) {
    mark_ = m;
    orelse.clear();
  }
  if (error_) return nullptr;
  If* s = make<If>(start);
  s->test = a;
  s->body = *b;
  s->orelse = std::move(orelse);
  return s;
}

// else_block: invalid_else_stmt | 'else' &&':' block
bool Parser::else_block(stmts* out) {
  int start = mark_;
  if (call_invalid_rules_ && invalid_else_stmt()) return false;
  mark_ = start;
  if (error_) return false;
  if (!expect(Tok::KW_else)) return false;
  if (!expect_forced(Tok::COLON, ":")) return false;
  stmts* b = block();
  if (!b) return false;
  *out = *b;
  return true;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
stmt* Parser::while_stmt() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_while_stmt()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  if (!expect(Tok::KW_while)) return nullptr;
  expr* a = named_expression();
  if (!a || !expect(Tok::COLON)) return nullptr;
  stmts* b = block();
  if (!b) return nullptr;
  int m = mark_;
  stmts orelse;
  if (!else_block(&orelse)) {
    mark_ = m;
    orelse.clear();
  }
  if (error_) return nullptr;
  While* s = make<While>(start);
  s->test = a;
  s->body = *b;
  s->orelse = std::move(orelse);
  return s;
}

// for_stmt: invalid_for_stmt
//   | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//   | ASYNC 'for' ... (rejected) | invalid_for_target
stmt* Parser::for_stmt() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_for_stmt()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  const Token* async_kw = expect(Tok::KW_async);
  if (expect(Tok::KW_for)) {
    if (async_kw) note_unsupported(Loc::of(async_kw), "'async for' is");
    expr* t = star_targets();
    if (t && expect(Tok::KW_in)) {
      // cut: past 'in', no other alternative is tried
      expr* ex = star_expressions();
      if (!ex || !expect(Tok::COLON)) return nullptr;
      stmts* b = block();
      if (!b) return nullptr;
      int m = mark_;
      stmts orelse;
      if (!else_block(&orelse)) {
        mark_ = m;
        orelse.clear();
      }
      if (error_) return nullptr;
      if (async_kw) {
        AsyncFor* s = make<AsyncFor>(start);
        s->target = t;
        s->iter = ex;
        s->body = *b;
        s->orelse = std::move(orelse);
        return s;
      }
      For* s = make<For>(start);
      s->target = t;
      s->iter = ex;
      s->body = *b;
      s->orelse = std::move(orelse);
      return s;
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_for_target()) return nullptr;
  mark_ = start;
  return nullptr;
}

// with_stmt: invalid_with_stmt_indent
//   | 'with' '(' ','.with_item+ ','? ')' ':' block
//   | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//   | ASYNC ... (rejected) | invalid_with_stmt
stmt* Parser::with_stmt() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_with_stmt_indent()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  auto items_list = [&](std::vector<withitem*>* out) {
    withitem* w = with_item();
    if (!w) return false;
    out->push_back(w);
    for (;;) {
      int m = mark_;
      if (!expect(Tok::COMMA)) break;
      withitem* w2 = with_item();
      if (!w2) {
        mark_ = m;
        break;
      }
      out->push_back(w2);
    }
    return !error_;
  };
  const Token* async_kw = expect(Tok::KW_async);
  int with_at = mark_;
  auto make_with = [&](std::vector<withitem*> items, stmts* b) -> stmt* {
    if (async_kw) {
      AsyncWith* s = make<AsyncWith>(start);
      s->items = std::move(items);
      s->body = *b;
      return s;
    }
    With* s = make<With>(start);
    s->items = std::move(items);
    s->body = *b;
    return s;
  };
  if (expect(Tok::KW_with)) {
    if (async_kw) note_unsupported(Loc::of(async_kw), "'async with' is");
    std::vector<withitem*> items;
    if (expect(Tok::LPAR) && items_list(&items)) {
      expect(Tok::COMMA);
      if (expect(Tok::RPAR) && expect(Tok::COLON)) {
        if (stmts* b = block()) return make_with(std::move(items), b);
      }
    }
    if (error_) return nullptr;
    mark_ = with_at + 1;
    items.clear();
    if (items_list(&items) && expect(Tok::COLON)) {
      if (stmts* b = block()) return make_with(std::move(items), b);
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_with_stmt()) return nullptr;
  mark_ = start;
  return nullptr;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
withitem* Parser::with_item() {
  int start = mark_;
  if (expr* e = expression()) {
    if (expect(Tok::KW_as)) {
      if (expr* t = star_target()) {
        if (at(Tok::COMMA) || at(Tok::RPAR) || at(Tok::COLON)) {
          withitem* w = arena_->make<withitem>();
          w->context_expr = e;
          w->optional_vars = t;
          return w;
        }
      }
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_with_item()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  if (expr* e = expression()) {
    withitem* w = arena_->make<withitem>();
    w->context_expr = e;
    return w;
  }
  return nullptr;
}

// try_stmt: invalid_try_stmt
//   | 'try' &&':' block finally_block
//   | 'try' &&':' block except_block+ [else_block] [finally_block]
//   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
stmt* Parser::try_stmt() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_try_stmt()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  if (!expect(Tok::KW_try)) return nullptr;
  if (!expect_forced(Tok::COLON, ":")) return nullptr;
  stmts* b = block();
  if (!b) return nullptr;
  int after_body = mark_;
  stmts fin;
  if (finally_block(&fin)) {
    Try* s = make<Try>(start);
    s->body = *b;
    s->finalbody = std::move(fin);
    return s;
  }
  if (error_) return nullptr;
  for (int star = 0; star < 2; ++star) {
    mark_ = after_body;
    std::vector<excepthandler*> handlers;
    for (;;) {
      int m = mark_;
      ExceptHandler* h = star ? except_star_block() : except_block();
      if (!h) {
        mark_ = m;
        break;
      }
      handlers.push_back(h);
    }
    if (error_) return nullptr;
    if (handlers.empty()) continue;
    int m = mark_;
    stmts orelse;
    if (!else_block(&orelse)) {
      mark_ = m;
      orelse.clear();
    }
    if (error_) return nullptr;
    m = mark_;
    stmts finalbody;
    if (!finally_block(&finalbody)) {
      mark_ = m;
      finalbody.clear();
    }
    if (error_) return nullptr;
    if (star) {
      TryStar* s = make<TryStar>(start);
      s->body = *b;
      s->handlers = std::move(handlers);
      s->orelse = std::move(orelse);
      s->finalbody = std::move(finalbody);
      return s;
    }
    Try* s = make<Try>(start);
    s->body = *b;
    s->handlers = std::move(handlers);
    s->orelse = std::move(orelse);
    s->finalbody = std::move(finalbody);
    return s;
  }
  return nullptr;
}

// except_block: invalid_except_stmt_indent
//   | 'except' expression ['as' NAME] ':' block | 'except' ':' block | invalid_except_stmt
ExceptHandler* Parser::except_block() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_except_stmt_indent()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  if (expect(Tok::KW_except)) {
    if (expr* e = expression()) {
      std::optional<identifier> name;
      int m = mark_;
      if (expect(Tok::KW_as)) {
        if (const Token* z = expect(Tok::NAME))
          name = std::string(text(z));
        else
          mark_ = m;
      }
      if (expect(Tok::COLON)) {
        if (stmts* b = block()) {
          ExceptHandler* h = make<ExceptHandler>(start);
          h->type = e;
          h->name = name;
          h->body = *b;
          return h;
        }
      }
    }
    if (error_) return nullptr;
    mark_ = start + 1;
    if (expect(Tok::COLON)) {
      if (stmts* b = block()) {
        ExceptHandler* h = make<ExceptHandler>(start);
        h->body = *b;
        return h;
      }
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_except_stmt()) return nullptr;
  mark_ = start;
  return nullptr;
}

// except_star_block: invalid_except_star_stmt_indent
//   | 'except' '*' expression ['as' NAME] ':' block | invalid_except_stmt
ExceptHandler* Parser::except_star_block() {
  int start = mark_;
  if (call_invalid_rules_ && invalid_except_star_stmt_indent()) return nullptr;
  mark_ = start;
  if (error_) return nullptr;
  if (expect(Tok::KW_except) && expect(Tok::STAR)) {
    if (expr* e = expression()) {
      std::optional<identifier> name;
      int m = mark_;
      if (expect(Tok::KW_as)) {
        if (const Token* z = expect(Tok::NAME))
          name = std::string(text(z));
        else
          mark_ = m;
      }
      if (expect(Tok::COLON)) {
        if (stmts* b = block()) {
          ExceptHandler* h = make<ExceptHandler>(start);
          h->type = e;
          h->name = name;
          h->body = *b;
          return h;
        }
      }
    }
  }
  mark_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_ && invalid_except_stmt()) return nullptr;
  mark_ = start;
  return nullptr;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
bool Parser::finally_block(stmts* out) {
  int start = mark_;
  if (call_invalid_rules_ && invalid_finally_stmt()) return false;
  mark_ = start;
  if (error_) return false;
  if (!expect(Tok::KW_finally)) return false;
  if (!expect_forced(Tok::COLON, ":")) return false;
  stmts* b = block();
  if (!b) return false;
  *out = *b;
  return true;
}

}  // namespace detail

ast::Module* parse_module(std::string_view source, std::string_view filename, ast::Arena* arena, SyntaxError* error,
                          std::vector<SyntaxWarning>* warnings) {
  std::string text, message;
  bool declared = false;
  if (!prepare_source(source, filename, &text, &message, &declared)) {
    error->type = "SyntaxError";
    error->msg = message;
    error->filename = std::string(filename);
    error->has_location = false;
    return nullptr;
  }
  // The tokens point into the prepared text; it lives as long as the parse.
  detail::Parser p(text, filename, arena);
  p.convert_columns_ = declared;
  ast::Module* m = p.parse(error);
  if (warnings) {
    for (const auto& [lineno, msg] : p.collected_warnings()) {
      SyntaxWarning w;
      w.filename = std::string(filename);
      w.lineno = lineno;
      w.msg = msg;
      program_text_line(text, lineno, &w.line);
      size_t b = w.line.find_first_not_of(" \t\n\r\f\v");
      size_t e = w.line.find_last_not_of(" \t\n\r\f\v");
      w.line = b == std::string::npos ? "" : w.line.substr(b, e - b + 1);
      warnings->push_back(std::move(w));
    }
  }
  return m;
}

}  // namespace sy::py
