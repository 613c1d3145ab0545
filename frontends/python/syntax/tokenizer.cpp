#include "frontends/python/syntax/tokenizer.h"

#include <cstdio>
#include <cctype>
#include <cstring>

#include "frontends/python/syntax/unicode.h"

namespace sy::py {

namespace {

constexpr int kEOF = -1;
constexpr int kTabSize = 8;
constexpr int kMaxIndent = 100;  // CPython's MAXINDENT
constexpr int kMaxLevel = 200;   // CPython's MAXLEVEL

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_potential_identifier_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_potential_identifier_char(int c) { return is_potential_identifier_start(c) || is_digit(c); }

// Keywords are the token kinds from KW_False on; their text is in the token table.
Tok keyword_or_name(std::string_view word) {
  for (int t = static_cast<int>(Tok::KW_False); t <= static_cast<int>(Tok::KW_yield); ++t)
    if (word == token_text(static_cast<Tok>(t))) return static_cast<Tok>(t);
  return Tok::NAME;
}

// CPython's PyToken_TwoChars / PyToken_ThreeChars; OP when there is no such token.
Tok two_chars(int c1, int c2) {
  switch (c1) {
    case '!': return c2 == '=' ? Tok::NOTEQUAL : Tok::OP;
    case '%': return c2 == '=' ? Tok::PERCENTEQUAL : Tok::OP;
    case '&': return c2 == '=' ? Tok::AMPEREQUAL : Tok::OP;
    case '*': return c2 == '*' ? Tok::DOUBLESTAR : c2 == '=' ? Tok::STAREQUAL : Tok::OP;
    case '+': return c2 == '=' ? Tok::PLUSEQUAL : Tok::OP;
    case '-': return c2 == '=' ? Tok::MINEQUAL : c2 == '>' ? Tok::RARROW : Tok::OP;
    case '/': return c2 == '/' ? Tok::DOUBLESLASH : c2 == '=' ? Tok::SLASHEQUAL : Tok::OP;
    case ':': return c2 == '=' ? Tok::COLONEQUAL : Tok::OP;
    case '<': return c2 == '<' ? Tok::LEFTSHIFT : c2 == '=' ? Tok::LESSEQUAL : c2 == '>' ? Tok::NOTEQUAL : Tok::OP;
    case '=': return c2 == '=' ? Tok::EQEQUAL : Tok::OP;
    case '>': return c2 == '=' ? Tok::GREATEREQUAL : c2 == '>' ? Tok::RIGHTSHIFT : Tok::OP;
    case '@': return c2 == '=' ? Tok::ATEQUAL : Tok::OP;
    case '^': return c2 == '=' ? Tok::CIRCUMFLEXEQUAL : Tok::OP;
    case '|': return c2 == '=' ? Tok::VBAREQUAL : Tok::OP;
  }
  return Tok::OP;
}

Tok three_chars(int c1, int c2, int c3) {
  if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) return Tok::OP;
  if (c1 == '*' && c2 == '*') return Tok::DOUBLESTAREQUAL;
  if (c1 == '.' && c2 == '.') return Tok::ELLIPSIS;
  if (c1 == '/' && c2 == '/') return Tok::DOUBLESLASHEQUAL;
  if (c1 == '<' && c2 == '<') return Tok::LEFTSHIFTEQUAL;
  if (c1 == '>' && c2 == '>') return Tok::RIGHTSHIFTEQUAL;
  return Tok::OP;
}

Tok one_char(int c) {
  switch (c) {
    case '%': return Tok::PERCENT;
    case '&': return Tok::AMPER;
    case '(': return Tok::LPAR;
    case ')': return Tok::RPAR;
    case '*': return Tok::STAR;
    case '+': return Tok::PLUS;
    case ',': return Tok::COMMA;
    case '-': return Tok::MINUS;
    case '.': return Tok::DOT;
    case '/': return Tok::SLASH;
    case ':': return Tok::COLON;
    case ';': return Tok::SEMI;
    case '<': return Tok::LESS;
    case '=': return Tok::EQUAL;
    case '>': return Tok::GREATER;
    case '@': return Tok::AT;
    case '[': return Tok::LSQB;
    case ']': return Tok::RSQB;
    case '^': return Tok::CIRCUMFLEX;
    case '{': return Tok::LBRACE;
    case '|': return Tok::VBAR;
    case '}': return Tok::RBRACE;
    case '~': return Tok::TILDE;
  }
  return Tok::OP;
}

std::string hex4(uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", cp);
  return buf;
}

}  // namespace

const char* token_name(Tok t) {
  static const char* const names[] = {
#define SY_PY_TOK(N, S) #N,
      SY_PY_TOKENS(SY_PY_TOK)
#undef SY_PY_TOK
  };
  return names[static_cast<int>(t)];
}

const char* token_text(Tok t) {
  static const char* const texts[] = {
#define SY_PY_TOK(N, S) S,
      SY_PY_TOKENS(SY_PY_TOK)
#undef SY_PY_TOK
  };
  return texts[static_cast<int>(t)];
}

// -- Source preparation --

namespace {

// The encoding named by a PEP 263 declaration on this line, or "" if none.
std::string coding_spec(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return "";
  for (size_t k = i; k + 6 <= line.size(); ++k) {
    if (line.compare(k, 6, "coding") != 0) continue;
    size_t j = k + 6;
    if (j >= line.size() || (line[j] != ':' && line[j] != '=')) continue;
    ++j;
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
    size_t b = j;
    while (j < line.size() && (std::isalnum(static_cast<unsigned char>(line[j])) || line[j] == '-' ||
                               line[j] == '_' || line[j] == '.'))
      ++j;
    if (j > b) return std::string(line.substr(b, j - b));
  }
  return "";
}

// The codec a declaration names, for the encodings accepted here: "utf-8" or
// "iso-8859-1" under their usual spellings, else the name as given.
std::string normal_encoding_name(const std::string& s) {
  std::string low;
  for (char c : s) low += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto is = [&](const char* name) {
    size_t n = std::strlen(name);
    return low == name || (low.compare(0, n, name) == 0 && low.size() > n && low[n] == '-');
  };
  if (is("utf-8") || low == "utf8" || low == "u8" || low == "utf" || low == "cp65001") return "utf-8";
  if (is("latin-1") || is("iso-8859-1") || is("iso-latin-1") || low == "latin1" || low == "latin" ||
      low == "iso8859-1" || low == "8859" || low == "cp819" || low == "l1")
    return "iso-8859-1";
  if (low == "ascii" || low == "us-ascii" || low == "646") return "ascii";
  return s;
}

// CPython's get_normal_name, which folds only these spellings.
std::string cpython_normal_name(const std::string& s) {
  std::string low;
  for (size_t i = 0; i < s.size() && i < 12; ++i)
    low += s[i] == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
  auto starts = [&](const char* p) { return low.compare(0, std::strlen(p), p) == 0; };
  if (low == "utf-8" || starts("utf-8-")) return "utf-8";
  if (low == "latin-1" || low == "iso-8859-1" || low == "iso-latin-1" || starts("latin-1-") || starts("iso-8859-1-") ||
      starts("iso-latin-1-"))
    return "iso-8859-1";
  return s;
}

bool blank_or_comment(std::string_view line) {
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n') continue;
    return c == '#';
  }
  return true;
}

}  // namespace

bool prepare_source(std::string_view raw, std::string_view filename, std::string* out, std::string* message,
                    bool* declared_encoding) {
  bool bom = raw.size() >= 3 && raw.compare(0, 3, "\xEF\xBB\xBF") == 0;
  if (bom) raw.remove_prefix(3);
  // The declaration may be on line 1, or on line 2 after a comment or blank line 1.
  std::string encoding;
  size_t nl1 = raw.find('\n');
  std::string_view line1 = raw.substr(0, nl1);
  encoding = coding_spec(line1);
  if (encoding.empty() && nl1 != std::string_view::npos && blank_or_comment(line1)) {
    std::string_view rest = raw.substr(nl1 + 1);
    encoding = coding_spec(rest.substr(0, rest.find('\n')));
  }
  bool latin1 = false;
  *declared_encoding = !encoding.empty();
  // After a UTF-8 byte order mark, a declaration must name UTF-8 in CPython's own
  // spelling.
  if (bom && !encoding.empty() && cpython_normal_name(encoding) != "utf-8") {
    *message = "encoding problem: " + cpython_normal_name(encoding) + " with BOM";
    return false;
  }
  if (!encoding.empty()) {
    std::string normal = normal_encoding_name(encoding);
    if (normal == "iso-8859-1") {
      latin1 = true;
    } else if (normal != "utf-8" && normal != "ascii") {
      *message = "encoding problem: " + encoding;
      return false;
    }
  }
  out->clear();
  out->reserve(raw.size() + 1);
  int lineno = 1;
  for (size_t i = 0; i < raw.size();) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c == '\r') {
      out->push_back('\n');
      ++lineno;
      i += (i + 1 < raw.size() && raw[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c == '\n') ++lineno;
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (latin1) {
      out->push_back(static_cast<char>(0xC0 | (c >> 6)));
      out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
      ++i;
      continue;
    }
    size_t n = utf8_sequence_length(raw.substr(i));
    if (n == 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%02x", c);
      *message = "Non-UTF-8 code starting with '\\x" + std::string(hex) + "' in file " +
                 std::string(filename) + " on line " + std::to_string(lineno) +
                 ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
      return false;
    }
    out->append(raw.substr(i, n));
    i += n;
  }
  if (out->empty() || out->back() != '\n') out->push_back('\n');
  return true;
}

bool program_text_line(std::string_view text, int lineno, std::string* out) {
  if (lineno < 1) return false;
  size_t pos = 0;
  std::string_view chunk;
  for (int i = 0; i < lineno; ++i) {
    do {
      if (pos >= text.size()) return false;
      size_t nl = text.find('\n', pos);
      size_t len = nl == std::string_view::npos ? text.size() - pos : nl + 1 - pos;
      if (len > 999) len = 999;
      chunk = text.substr(pos, len);
      pos += len;
    } while (chunk.size() == 999 && chunk.back() != '\n');
  }
  *out = std::string(chunk);
  return true;
}

// -- The tokenizer --

Tokenizer::Tokenizer(std::string_view source) : src_(source) {
  line_offsets_.push_back(0);
  for (uint32_t i = 0; i < src_.size(); ++i)
    if (src_[i] == '\n' && i + 1 < src_.size()) line_offsets_.push_back(i + 1);
  line_end_ = line_offsets_.size() > 1 ? line_offsets_[1] : static_cast<uint32_t>(src_.size());
  check_line();
}

std::string_view Tokenizer::line_text(int lineno) const {
  if (lineno < 1 || lineno > static_cast<int>(line_offsets_.size())) return {};
  uint32_t b = line_offsets_[lineno - 1];
  uint32_t e = b;
  while (e < src_.size() && src_[e] != '\n') ++e;
  return src_.substr(b, e - b);
}

int Tokenizer::chars_before(uint32_t line_start, uint32_t pos) const {
  return static_cast<int>(utf8_length(src_.substr(line_start, pos - line_start)));
}

// A NUL byte stops the tokenizer when it reaches the line holding it, as in CPython.
void Tokenizer::check_line() {
  std::string_view line = src_.substr(line_start_, line_end_ - line_start_);
  size_t nul = line.find('\0');
  if (nul == std::string_view::npos) return;
  error_.kind = TokenizerError::Error;
  error_.type = "SyntaxError";
  error_.msg = "source code cannot contain null bytes";
  error_.lineno = lineno_;
  error_.col = error_.end_col = 0;
  error_.text = std::string(line.substr(0, nul));
  null_line_ = true;
}

int Tokenizer::nextc() {
  if (null_line_) return kEOF;
  if (cur_ == line_end_) {
    if (!in_token_) buf_start_ = cur_;
    if (cur_ >= src_.size()) return kEOF;
    ++lineno_;
    line_start_ = cur_;
    line_end_ = static_cast<int>(line_offsets_.size()) > lineno_ ? line_offsets_[lineno_]
                                                                 : static_cast<uint32_t>(src_.size());
    check_line();
    if (null_line_) return kEOF;
  }
  return static_cast<unsigned char>(src_[cur_++]);
}

void Tokenizer::backup(int c) {
  if (c != kEOF) --cur_;
}

Tok Tokenizer::syntax_error(std::string msg, int col, int end_col) {
  error_.kind = TokenizerError::Error;
  error_.type = "SyntaxError";
  error_.msg = std::move(msg);
  error_.lineno = lineno_;
  if (col == -1) col = chars_before(line_start_, cur_);
  error_.col = col;
  error_.end_col = end_col == -1 ? col : end_col;
  std::string_view rest = src_.substr(line_start_);
  error_.text = std::string(rest.substr(0, rest.find('\n')));
  return Tok::ERRORTOKEN;
}

Tok Tokenizer::fail(TokenizerError::Kind kind) {
  error_.kind = kind;
  return Tok::ERRORTOKEN;
}

Token Tokenizer::next() {
  Token t;
  uint32_t start = UINT32_MAX, end = UINT32_MAX;
  if (error_.kind != TokenizerError::None) {
    t.type = Tok::ERRORTOKEN;
  } else {
    t.type = get(&start, &end);
    if (error_.kind != TokenizerError::None) t.type = Tok::ERRORTOKEN;
  }
  bool is_string = t.type == Tok::STRING;
  uint32_t ls = is_string ? multi_line_start_ : line_start_;
  t.lineno = is_string ? first_lineno_ : lineno_;
  t.end_lineno = lineno_;
  if (start != UINT32_MAX && start >= ls) t.col_offset = static_cast<int>(start - ls);
  if (end != UINT32_MAX && end >= line_start_) t.end_col_offset = static_cast<int>(end - line_start_);
  t.start = start == UINT32_MAX ? cur_ : start;
  t.end = end == UINT32_MAX ? t.start : end;
  t.level = level();
  return t;
}

// Continues after a backslash: the next character must end the line.
bool Tokenizer::continuation_line() {
  int c = nextc();
  if (c != '\n') {
    fail(TokenizerError::LineCont);
    return false;
  }
  c = nextc();
  if (c == kEOF) {
    fail(TokenizerError::Eof);
    cur_ = static_cast<uint32_t>(src_.size());
    return false;
  }
  backup(c);
  return true;
}

Tok Tokenizer::get(uint32_t* p_start, uint32_t* p_end) {
  int c;
  bool blankline = false;
nextline:
  blankline = false;
  in_token_ = false;
  if (atbol_) {
    int col = 0, altcol = 0, cont_line_col = 0;
    atbol_ = false;
    for (;;) {
      c = nextc();
      if (c == ' ') {
        ++col, ++altcol;
      } else if (c == '\t') {
        col = (col / kTabSize + 1) * kTabSize;
        altcol = altcol + 1;
      } else if (c == '\f') {
        col = altcol = 0;
      } else if (c == '\\') {
        // Indentation cannot be split by a backslash: the first one decides it.
        cont_line_col = cont_line_col ? cont_line_col : col;
        if (!continuation_line()) return Tok::ERRORTOKEN;
      } else {
        break;
      }
    }
    backup(c);
    if (c == '#' || c == '\n') blankline = true;  // comment-only and blank lines don't count
    if (!blankline && level() == 0) {
      col = cont_line_col ? cont_line_col : col;
      altcol = cont_line_col ? cont_line_col : altcol;
      if (col == indstack_.back()) {
        if (altcol != altindstack_.back()) return fail(TokenizerError::TabSpace);
      } else if (col > indstack_.back()) {
        if (static_cast<int>(indstack_.size()) >= kMaxIndent) {
          cur_ = line_end_;
          return fail(TokenizerError::TooDeep);
        }
        if (altcol <= altindstack_.back()) return fail(TokenizerError::TabSpace);
        ++pendin_;
        indstack_.push_back(col);
        altindstack_.push_back(altcol);
      } else {
        while (indstack_.size() > 1 && col < indstack_.back()) {
          --pendin_;
          indstack_.pop_back();
          altindstack_.pop_back();
        }
        if (col != indstack_.back()) {
          cur_ = line_end_;
          return fail(TokenizerError::Dedent);
        }
        if (altcol != altindstack_.back()) return fail(TokenizerError::TabSpace);
      }
    }
  }

  tok_start_ = cur_;
  in_token_ = true;
  if (pendin_ != 0) {
    if (pendin_ < 0) {
      ++pendin_;
      return Tok::DEDENT;
    }
    --pendin_;
    return Tok::INDENT;
  }

again:
  in_token_ = false;
  do {
    c = nextc();
  } while (c == ' ' || c == '\t' || c == '\f');
  tok_start_ = c == kEOF ? cur_ : cur_ - 1;
  in_token_ = true;

  if (c == '#') {
    while (c != kEOF && c != '\n') c = nextc();
  }

  if (c == kEOF) {
    if (level() > 0) return fail(TokenizerError::Eof);
    return Tok::ENDMARKER;
  }

  // Identifiers, keywords and string prefixes.
  if (is_potential_identifier_start(c)) {
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
      if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
        saw_b = true;
      else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
        saw_u = true;
      else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
        saw_r = true;
      else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
        saw_f = true;
      else
        break;
      c = nextc();
      if (c == '"' || c == '\'') return string(c, p_start, p_end);
    }
    bool nonascii = false;
    while (is_potential_identifier_char(c)) {
      if (c >= 128) nonascii = true;
      c = nextc();
    }
    backup(c);
    if (nonascii && !verify_identifier(tok_start_)) return Tok::ERRORTOKEN;
    *p_start = tok_start_;
    *p_end = cur_;
    return keyword_or_name(src_.substr(tok_start_, cur_ - tok_start_));
  }

  if (c == '\n') {
    atbol_ = true;
    if (blankline || level() > 0) goto nextline;
    *p_start = tok_start_;
    *p_end = cur_ - 1;  // the newline itself is left out
    return Tok::NEWLINE;
  }

  if (c == '.') {
    c = nextc();
    if (is_digit(c)) {
      Tok t = fraction(c);
      *p_start = tok_start_;
      *p_end = cur_;
      return t;
    }
    if (c == '.') {
      c = nextc();
      if (c == '.') {
        *p_start = tok_start_;
        *p_end = cur_;
        return Tok::ELLIPSIS;
      }
      backup(c);
      backup('.');
    } else {
      backup(c);
    }
    *p_start = tok_start_;
    *p_end = cur_;
    return Tok::DOT;
  }

  if (is_digit(c)) {
    Tok t = number(c);
    *p_start = tok_start_;
    *p_end = cur_;
    return t;
  }

  if (c == '\'' || c == '"') return string(c, p_start, p_end);

  if (c == '\\') {
    if (!continuation_line()) return Tok::ERRORTOKEN;
    goto again;
  }

  {
    int c2 = nextc();
    Tok two = two_chars(c, c2);
    if (two != Tok::OP) {
      int c3 = nextc();
      Tok three = three_chars(c, c2, c3);
      if (three != Tok::OP)
        two = three;
      else
        backup(c3);
      *p_start = tok_start_;
      *p_end = cur_;
      return two;
    }
    backup(c2);
  }

  switch (c) {
    case '(':
    case '[':
    case '{':
      if (level() >= kMaxLevel) return syntax_error("too many nested parentheses");
      parens_.push_back({static_cast<char>(c), lineno_, static_cast<int>(tok_start_ - line_start_)});
      break;
    case ')':
    case ']':
    case '}': {
      if (parens_.empty()) return syntax_error(std::string("unmatched '") + static_cast<char>(c) + "'");
      Paren open = parens_.back();
      parens_.pop_back();
      if (!((open.c == '(' && c == ')') || (open.c == '[' && c == ']') || (open.c == '{' && c == '}'))) {
        std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) +
                          "' does not match opening parenthesis '" + open.c + "'";
        if (open.lineno != lineno_) msg += " on line " + std::to_string(open.lineno);
        return syntax_error(msg);
      }
      break;
    }
  }

  if (c < 0x20 || c == 0x7f) return syntax_error("invalid non-printable character U+" + hex4(c));

  *p_start = tok_start_;
  *p_end = cur_;
  return one_char(c);
}

// -- Numbers --

int Tokenizer::decimal_tail() {
  int c;
  for (;;) {
    do {
      c = nextc();
    } while (is_digit(c));
    if (c != '_') break;
    c = nextc();
    if (!is_digit(c)) {
      backup(c);
      syntax_error("invalid decimal literal");
      return 0;
    }
  }
  return c;
}

bool Tokenizer::lookahead(const char* test) {
  const char* s = test;
  for (;;) {
    int c = nextc();
    bool res = false;
    if (*s == 0) {
      res = !is_potential_identifier_char(c);
    } else if (c == static_cast<unsigned char>(*s)) {
      ++s;
      continue;
    }
    backup(c);
    while (s != test) backup(*--s);
    return res;
  }
}

// A number directly followed by a name is an error, except before the keywords that may
// follow a number in valid code (`1if x else y`), which CPython 3.11 warns about.
bool Tokenizer::verify_end_of_number(int c, const char* kind) {
  bool r = false;
  if (c == 'a') {
    r = lookahead("nd");
  } else if (c == 'e') {
    r = lookahead("lse");
  } else if (c == 'f') {
    r = lookahead("or");
  } else if (c == 'i') {
    int c2 = nextc();
    r = c2 == 'f' || c2 == 'n' || c2 == 's';
    backup(c2);
  } else if (c == 'o') {
    r = lookahead("r");
  } else if (c == 'n') {
    r = lookahead("ot");
  }
  if (r) {
    warnings_.emplace_back(lineno_, std::string("invalid ") + kind + " literal");
    return true;
  }
  if (is_potential_identifier_char(c)) {
    backup(c);
    syntax_error(std::string("invalid ") + kind + " literal");
    return false;
  }
  return true;
}

// Reads a number whose first digit `c` has been read. Returns NUMBER with cur_ after it.
Tok Tokenizer::number(int c) {
  if (c == '0') {
    c = nextc();
    if (c == 'x' || c == 'X') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (!is_xdigit(c)) {
          backup(c);
          return syntax_error("invalid hexadecimal literal");
        }
        do {
          c = nextc();
        } while (is_xdigit(c));
      } while (c == '_');
      if (!verify_end_of_number(c, "hexadecimal")) return Tok::ERRORTOKEN;
    } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
      bool octal = c == 'o' || c == 'O';
      const char* kind = octal ? "octal" : "binary";
      auto in_base = [octal](int d) { return octal ? (d >= '0' && d < '8') : (d == '0' || d == '1'); };
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (!in_base(c)) {
          if (is_digit(c))
            return syntax_error(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
          backup(c);
          return syntax_error(std::string("invalid ") + kind + " literal");
        }
        do {
          c = nextc();
        } while (in_base(c));
      } while (c == '_');
      if (is_digit(c))
        return syntax_error(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
      if (!verify_end_of_number(c, kind)) return Tok::ERRORTOKEN;
    } else {
      bool nonzero = false;
      // Leading zeros are allowed only in zero itself and in floats.
      for (;;) {
        if (c == '_') {
          c = nextc();
          if (!is_digit(c)) {
            backup(c);
            return syntax_error("invalid decimal literal");
          }
        }
        if (c != '0') break;
        c = nextc();
      }
      uint32_t zeros_end = cur_;
      if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail();
        if (c == 0) return Tok::ERRORTOKEN;
      }
      if (c == '.') {
        c = nextc();
        return fraction(c);
      }
      if (c == 'e' || c == 'E') return exponent(c);
      if (c == 'j' || c == 'J') return imaginary();
      if (nonzero) {
        backup(c);
        return syntax_error(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            static_cast<int>(tok_start_ + 1 - line_start_), static_cast<int>(zeros_end - line_start_));
      }
      if (!verify_end_of_number(c, "decimal")) return Tok::ERRORTOKEN;
    }
  } else {
    c = decimal_tail();
    if (c == 0) return Tok::ERRORTOKEN;
    if (c == '.') {
      c = nextc();
      return fraction(c);
    }
    if (c == 'e' || c == 'E') return exponent(c);
    if (c == 'j' || c == 'J') return imaginary();
    if (!verify_end_of_number(c, "decimal")) return Tok::ERRORTOKEN;
  }
  backup(c);
  return Tok::NUMBER;
}

// After the '.' of a float; `c` is the character after it.
Tok Tokenizer::fraction(int c) {
  if (is_digit(c)) {
    c = decimal_tail();
    if (c == 0) return Tok::ERRORTOKEN;
  }
  if (c == 'e' || c == 'E') return exponent(c);
  if (c == 'j' || c == 'J') return imaginary();
  if (!verify_end_of_number(c, "decimal")) return Tok::ERRORTOKEN;
  backup(c);
  return Tok::NUMBER;
}

// At an 'e' or 'E' (`e`) after the digits of a number.
Tok Tokenizer::exponent(int e) {
  int c = nextc();
  if (c == '+' || c == '-') {
    c = nextc();
    if (!is_digit(c)) {
      backup(c);
      return syntax_error("invalid decimal literal");
    }
  } else if (!is_digit(c)) {
    backup(c);
    if (!verify_end_of_number(e, "decimal")) return Tok::ERRORTOKEN;
    backup(e);
    return Tok::NUMBER;
  }
  c = decimal_tail();
  if (c == 0) return Tok::ERRORTOKEN;
  if (c == 'j' || c == 'J') return imaginary();
  if (!verify_end_of_number(c, "decimal")) return Tok::ERRORTOKEN;
  backup(c);
  return Tok::NUMBER;
}

// After the 'j' of an imaginary literal.
Tok Tokenizer::imaginary() {
  int c = nextc();
  if (!verify_end_of_number(c, "imaginary")) return Tok::ERRORTOKEN;
  backup(c);
  return Tok::NUMBER;
}

// -- Strings --

// Finds the end of a string literal whose opening quote `quote` has just been read. The
// prefix, if any, starts at tok_start_.
Tok Tokenizer::string(int quote, uint32_t* p_start, uint32_t* p_end) {
  int quote_size = 1, end_quote_size = 0;
  first_lineno_ = lineno_;
  multi_line_start_ = line_start_;
  int c = nextc();
  if (c == quote) {
    c = nextc();
    if (c == quote)
      quote_size = 3;
    else
      end_quote_size = 1;  // the empty string
  }
  if (c != quote) backup(c);
  while (end_quote_size != quote_size) {
    c = nextc();
    if (c == kEOF || (quote_size == 1 && c == '\n')) {
      if (null_line_) return Tok::ERRORTOKEN;  // the NUL byte is the error
      // Reported at the opening quote, naming the line where the end was missed.
      int detected = lineno_;
      cur_ = tok_start_ + 1;
      line_start_ = multi_line_start_;
      lineno_ = first_lineno_;
      // CPython points one character past the token start: at the prefix, if any.
      if (quote_size == 3)
        syntax_error("unterminated triple-quoted string literal (detected at line " + std::to_string(detected) + ")");
      else
        syntax_error("unterminated string literal (detected at line " + std::to_string(detected) + ")");
      return Tok::ERRORTOKEN;
    }
    if (c == quote) {
      ++end_quote_size;
    } else {
      end_quote_size = 0;
      if (c == '\\') nextc();  // skip the escaped character
    }
  }
  *p_start = tok_start_;
  *p_end = cur_;
  return Tok::STRING;
}

bool Tokenizer::verify_identifier(uint32_t start) {
  std::string_view word = src_.substr(start, cur_ - start);
  size_t pos = 0;
  bool first = true;
  while (pos < word.size()) {
    size_t n = 0;
    uint32_t cp = utf8_decode(word.substr(pos), &n);
    bool ok = first ? is_xid_start(cp) || cp == '_' : is_xid_continue(cp);
    if (!ok) {
      cur_ = start + static_cast<uint32_t>(pos + n);
      if (is_printable(cp))
        syntax_error("invalid character '" + std::string(word.substr(pos, n)) + "' (U+" + hex4(cp) + ")");
      else
        syntax_error("invalid non-printable character U+" + hex4(cp));
      return false;
    }
    first = false;
    pos += n;
  }
  return true;
}

}  // namespace sy::py
