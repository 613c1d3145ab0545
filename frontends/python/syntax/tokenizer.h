// The Python tokenizer: CPython 3.11's lexical rules, token for token. It follows the
// structure of CPython's tokenizer closely (one character at a time with a one-character
// push-back, indentation measured at the start of each logical line with tabs to 8 and to
// 1 compared for consistency, a bracket stack for implicit line joining) because the
// positions and wording of its errors are part of what we match.
//
// Tokens carry byte offsets into the source and CPython's positions: lines 1-based,
// columns 0-based UTF-8 byte offsets, -1 where CPython has none (INDENT, DEDENT,
// ENDMARKER). String tokens are not decoded here; the parser does that (strings.h).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sy::py {

// Token kinds: CPython's Grammar/Tokens, then the keywords (CPython gives each keyword its
// own token type too), which must stay last (from KW_False to KW_yield). X(name, text)
#define SY_PY_TOKENS(X)                                                                         \
  X(ENDMARKER, "") X(NAME, "") X(NUMBER, "") X(STRING, "") X(NEWLINE, "") X(INDENT, "")         \
  X(DEDENT, "") X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(COLON, ":")              \
  X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/")            \
  X(VBAR, "|") X(AMPER, "&") X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") X(DOT, ".")           \
  X(PERCENT, "%") X(LBRACE, "{") X(RBRACE, "}") X(EQEQUAL, "==") X(NOTEQUAL, "!=")             \
  X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^")                   \
  X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=")               \
  X(MINEQUAL, "-=") X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=")              \
  X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=")    \
  X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//")                    \
  X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") X(RARROW, "->") X(ELLIPSIS, "...")  \
  X(COLONEQUAL, ":=") X(OP, "") X(ERRORTOKEN, "")                                              \
  X(KW_False, "False") X(KW_None, "None") X(KW_True, "True") X(KW_and, "and") X(KW_as, "as")  \
  X(KW_assert, "assert") X(KW_async, "async") X(KW_await, "await") X(KW_break, "break")       \
  X(KW_class, "class") X(KW_continue, "continue") X(KW_def, "def") X(KW_del, "del")           \
  X(KW_elif, "elif") X(KW_else, "else") X(KW_except, "except") X(KW_finally, "finally")       \
  X(KW_for, "for") X(KW_from, "from") X(KW_global, "global") X(KW_if, "if")                   \
  X(KW_import, "import") X(KW_in, "in") X(KW_is, "is") X(KW_lambda, "lambda")                 \
  X(KW_nonlocal, "nonlocal") X(KW_not, "not") X(KW_or, "or") X(KW_pass, "pass")               \
  X(KW_raise, "raise") X(KW_return, "return") X(KW_try, "try") X(KW_while, "while")           \
  X(KW_with, "with") X(KW_yield, "yield")

enum class Tok : uint8_t {
#define SY_PY_TOK(N, S) N,
  SY_PY_TOKENS(SY_PY_TOK)
#undef SY_PY_TOK
};
const char* token_name(Tok t);  // "NAME", "LPAR", "KW_if", ...
const char* token_text(Tok t);  // "(", "if"; "" for kinds without fixed text
inline bool is_keyword(Tok t) { return t >= Tok::KW_False; }

struct Token {
  Tok type = Tok::ENDMARKER;
  uint32_t start = 0, end = 0;  // byte range in the source; start == end when empty
  int lineno = 0, col_offset = -1, end_lineno = 0, end_col_offset = -1;
  int level = 0;  // bracket depth after this token
};

// What the tokenizer stopped on. `kind` mirrors CPython's tok->done codes; when it is
// Error the message and location are already final (CPython raised them in the tokenizer).
struct TokenizerError {
  enum Kind : uint8_t { None, Error, Eof, Dedent, TabSpace, TooDeep, LineCont };
  Kind kind = None;
  std::string type;  // SyntaxError, IndentationError, TabError (Kind Error only)
  std::string msg;
  int lineno = 0;
  int col = 0, end_col = 0;  // 1-based character columns as CPython's SyntaxError.offset
  std::string text;          // the line, without its newline
};

class Tokenizer {
 public:
  // `source` must be valid UTF-8 with "\n" line ends, and end with "\n" (see
  // prepare_source); it must outlive the tokenizer.
  explicit Tokenizer(std::string_view source);

  // The next token; ERRORTOKEN after an error (see error()), and on every call after it.
  Token next();
  const TokenizerError& error() const { return error_; }
  // SyntaxWarnings met so far: (line, message), e.g. "invalid decimal literal" for `1if`.
  const std::vector<std::pair<int, std::string>>& warnings() const { return warnings_; }

  // State CPython's error reporting reads.
  int level() const { return static_cast<int>(parens_.size()); }
  int lineno() const { return lineno_; }
  uint32_t cur() const { return cur_; }
  uint32_t line_start() const { return line_start_; }
  // Where CPython's line buffer starts: the current line, or the first line of a token
  // that spans lines (the buffer is only reset between tokens).
  uint32_t buf_start() const { return buf_start_; }
  // The innermost open bracket: its character, line and byte column.
  char paren_char(int i) const { return parens_[i].c; }
  int paren_lineno(int i) const { return parens_[i].lineno; }
  int paren_col(int i) const { return parens_[i].col; }
  // The source line `lineno` (1-based) without its newline; empty past the end.
  std::string_view line_text(int lineno) const;

 private:
  struct Paren {
    char c;
    int lineno, col;
  };

  int nextc();
  void backup(int c);
  Tok get(uint32_t* start, uint32_t* end);
  Tok read_indentation(bool* blankline);
  bool continuation_line();
  Tok number(int c);
  Tok fraction(int c);
  Tok exponent(int e);
  Tok imaginary();
  int decimal_tail();
  Tok string(int quote, uint32_t* start, uint32_t* end);
  void check_line();
  bool verify_end_of_number(int c, const char* kind);
  bool lookahead(const char* test);
  bool verify_identifier(uint32_t start);
  Tok syntax_error(std::string msg, int col = -1, int end_col = -1);
  Tok fail(TokenizerError::Kind kind);
  int chars_before(uint32_t line_start, uint32_t pos) const;

  std::string_view src_;
  uint32_t cur_ = 0;          // next byte to read
  uint32_t line_start_ = 0;   // start of the line holding cur_
  uint32_t line_end_ = 0;     // one past its newline
  bool null_line_ = false;    // reached a line holding a NUL byte
  bool in_token_ = false;     // CPython's tok->start != NULL
  uint32_t buf_start_ = 0;
  uint32_t tok_start_ = 0;    // start of the token being read
  int lineno_ = 1;
  bool atbol_ = true;
  int pendin_ = 0;  // pending INDENT (>0) or DEDENT (<0) tokens
  std::vector<int> indstack_{0}, altindstack_{0};
  std::vector<Paren> parens_;
  // The start of the string token being read (its first line and line start).
  int first_lineno_ = 0;
  uint32_t multi_line_start_ = 0;
  std::vector<uint32_t> line_offsets_;  // start of every line
  TokenizerError error_;
  std::vector<std::pair<int, std::string>> warnings_;
};

// Checks and normalizes raw file bytes as CPython's file reader does: skips a UTF-8 BOM,
// honours a `coding:` declaration naming UTF-8 (others are refused), translates "\r\n"
// and "\r" to "\n", and appends a final "\n" if missing. On failure returns false with
// the SyntaxError message in *message (CPython prints these without a File line).
// *declared_encoding tells whether the source declared its encoding.
bool prepare_source(std::string_view raw, std::string_view filename, std::string* out, std::string* message,
                    bool* declared_encoding);

// Line `lineno` of prepared source as CPython's error reports read it back from the file:
// with its newline, and for lines longer than 998 bytes only the last 999-byte piece (it
// reads with a fixed buffer). False past the end.
bool program_text_line(std::string_view text, int lineno, std::string* out);

}  // namespace sy::py
