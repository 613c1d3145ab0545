// String literals: prefixes, escape sequences, implicit concatenation and f-strings, as
// CPython 3.11's Parser/string_parser.c and _PyPegen_concatenate_strings. An f-string's
// replacement fields are found by scanning the literal text; each expression is then
// parsed by a nested parser over "(" + text + ")", whose errors read "f-string: ...".
#include <cstdio>

#include "frontends/python/syntax/parser_internal.h"
#include "frontends/python/syntax/unicode.h"
#include "frontends/python/syntax/unicode_names.h"

namespace sy::py::detail {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 16;
}

// The character a one-letter escape stands for (\\ \' \" \a \b \f \n \r \t \v), or -1:
// the escapes str and bytes literals share.
int simple_escape(char c) {
  switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'b': return '\b';
    case 'f': return '\f';
    case 't': return '\t';
    case 'n': return '\n';
    case 'r': return '\r';
    case 'v': return '\v';
    case 'a': return '\a';
    default: return -1;
  }
}

// An octal escape: `first` and up to two more octal digits from s[*p].
uint32_t octal_escape(std::string_view s, size_t* p, char first) {
  uint32_t ch = static_cast<uint32_t>(first - '0');
  for (int more = 0; more < 2 && *p < s.size() && s[*p] >= '0' && s[*p] <= '7'; ++more)
    ch = (ch << 3) + static_cast<uint32_t>(s[(*p)++] - '0');
  return ch;
}

// CPython's message for a UnicodeDecodeError over bytes [start, end).
std::string decode_error(const std::string& buf, size_t start, size_t end, const char* reason) {
  char head[96];
  if (end - start > 1)
    std::snprintf(head, sizeof head, "'unicodeescape' codec can't decode bytes in position %zu-%zu: ", start, end - 1);
  else
    std::snprintf(head, sizeof head, "'unicodeescape' codec can't decode byte 0x%02x in position %zu: ",
                  static_cast<unsigned char>(buf[start]), start);
  return std::string(head) + reason;
}

// Decodes the escapes of a str literal's text (UTF-8) as CPython does: first each
// non-ASCII character becomes a \UXXXXXXXX escape (and a backslash before one becomes
// \u005c), then the unicode-escape codec runs over that. Error positions are therefore
// positions in the rewritten text, as in CPython's messages.
bool decode_unicode_with_escapes(std::string_view s, std::string* out, std::string* error) {
  std::string buf;
  buf.reserve(s.size() * 2);
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '\\') {
      buf += s[i++];
      if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0x80)) {
        buf += "u005c";
        if (i >= s.size()) break;
      }
    }
    if (static_cast<unsigned char>(s[i]) & 0x80) {
      size_t n = 0;
      uint32_t cp = utf8_decode(s.substr(i), &n);
      char esc[16];
      std::snprintf(esc, sizeof esc, "\\U%08x", cp);
      buf += esc;
      i += n;
    } else {
      buf += s[i++];
    }
  }
  out->clear();
  size_t p = 0, end = buf.size();
  while (p < end) {
    char c = buf[p];
    if (c != '\\') {
      out->push_back(c);
      ++p;
      continue;
    }
    size_t start = p++;
    if (p >= end) {
      *error = decode_error(buf, start, end, "\\ at end of string");
      return false;
    }
    c = buf[p++];
    if (int e = simple_escape(c); e >= 0) {
      out->push_back(static_cast<char>(e));
      continue;
    }
    if (c >= '0' && c <= '7') {
      append_utf8(out, octal_escape(buf, &p, c));
      continue;
    }
    switch (c) {
      case '\n': break;
      case 'x':
      case 'u':
      case 'U': {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char* message = c == 'x'   ? "truncated \\xXX escape"
                              : c == 'u' ? "truncated \\uXXXX escape"
                                         : "truncated \\UXXXXXXXX escape";
        uint32_t ch = 0;
        for (; count; ++p, --count) {
          if (p >= end || hex_value(buf[p]) >= 16) {
            *error = decode_error(buf, start, p, message);
            return false;
          }
          ch = (ch << 4) + static_cast<uint32_t>(hex_value(buf[p]));
        }
        if (ch > 0x10FFFF) {
          *error = decode_error(buf, start, p, "illegal Unicode character");
          return false;
        }
        append_utf8(out, ch);
        break;
      }
      case 'N': {
        const char* message = "malformed \\N character escape";
        if (p < end && buf[p] == '{') {
          size_t name_start = ++p;
          while (p < end && buf[p] != '}') ++p;
          if (p < end && p > name_start) {
            std::string_view name(buf.data() + name_start, p++ - name_start);
            uint32_t ch;
            if (lookup_character_name(name, &ch)) {
              append_utf8(out, ch);
              break;
            }
            message = "unknown Unicode character name";
          }
        }
        *error = decode_error(buf, start, p, message);
        return false;
      }
      default:
        out->push_back('\\');
        out->push_back(c);
        break;
    }
  }
  return true;
}

// CPython's _PyBytes_DecodeEscape.
bool decode_bytes_with_escapes(std::string_view s, std::string* out, std::string* error) {
  out->clear();
  size_t p = 0, end = s.size();
  while (p < end) {
    if (s[p] != '\\') {
      out->push_back(s[p++]);
      continue;
    }
    ++p;
    if (p == end) {
      *error = "Trailing \\ in string";
      return false;
    }
    char c = s[p++];
    if (int e = simple_escape(c); e >= 0) {
      out->push_back(static_cast<char>(e));
      continue;
    }
    if (c >= '0' && c <= '7') {
      out->push_back(static_cast<char>(octal_escape(s, &p, c) & 0xFF));
      continue;
    }
    switch (c) {
      case '\n': break;
      case 'x':
        if (p + 1 < end && hex_value(s[p]) < 16 && hex_value(s[p + 1]) < 16) {
          out->push_back(static_cast<char>((hex_value(s[p]) << 4) + hex_value(s[p + 1])));
          p += 2;
          break;
        }
        *error = "invalid \\x escape at position " + std::to_string(p - 2);
        return false;
      default:
        out->push_back('\\');
        --p;
        break;
    }
  }
  return true;
}

struct FstringState {
  bool fmode = false;
  bool has_last = false;
  std::string last_str;
  exprs expr_list;
};

class StringBuilder {
 public:
  StringBuilder(Parser* p, const Token* first, const Token* last) : p_(p), first_(first), last_(last) {}

  expr* run(int first, int last);

 private:
  bool parsestr(const Token* t, bool* bytesmode, bool* rawmode, std::string* result, std::string_view* fstr);
  void concat(FstringState* st, std::string s) {
    if (s.empty()) return;
    st->last_str += s;
    st->has_last = true;
  }
  Constant* make_str(FstringState* st, const Token* first, const Token* last);
  bool concat_fstring(FstringState* st, const char** str, const char* end, bool raw, int recurse_lvl, const Token* t);
  int find_literal(const char** str, const char* end, bool raw, std::string* literal, bool* has_literal,
                   int recurse_lvl, const Token* t);
  bool find_expr(const char** str, const char* end, bool raw, int recurse_lvl, std::string* expr_text,
                 bool* has_expr_text, expr** expression, const Token* t);
  expr* compile_expr(const char* expr_start, const char* expr_end, const Token* t);
  expr* fstring_parse(const char** str, const char* end, bool raw, int recurse_lvl, const Token* t);
  void error(const std::string& msg) { p_->raise_generic("SyntaxError", msg); }

  Parser* p_;
  const Token* first_;
  const Token* last_;
};

Constant* StringBuilder::make_str(FstringState* st, const Token* first, const Token* last) {
  Constant* c = p_->arena_->make<Constant>();
  c->value.kind = ConstantValue::Str;
  c->value.s = std::move(st->last_str);
  st->last_str.clear();
  st->has_last = false;
  // CPython marks u'' strings by the first token's prefix (lower-case 'u' only).
  if (p_->text(first)[0] == 'u') c->kind.emplace(1, 'u');
  c->lineno = first->lineno;
  c->col_offset = first->col_offset;
  c->end_lineno = last->end_lineno;
  c->end_col_offset = last->end_col_offset;
  return c;
}

// CPython's _PyPegen_parsestr: the prefix, the quotes, and for plain strings the value.
bool StringBuilder::parsestr(const Token* t, bool* bytesmode, bool* rawmode, std::string* result,
                             std::string_view* fstr) {
  std::string_view s = p_->text(t);
  bool fmode = false;
  *bytesmode = *rawmode = false;
  size_t i = 0;
  for (;; ++i) {
    char c = s[i];
    if (c == 'b' || c == 'B')
      *bytesmode = true;
    else if (c == 'r' || c == 'R')
      *rawmode = true;
    else if (c == 'f' || c == 'F')
      fmode = true;
    else if (c != 'u' && c != 'U')
      break;
  }
  char quote = s[i];
  s = s.substr(i + 1, s.size() - i - 2);  // without the quotes
  if (s.size() >= 4 && s[0] == quote && s[1] == quote) s = s.substr(2, s.size() - 4);
  if (fmode) {
    *fstr = s;
    return true;
  }
  bool raw = *rawmode || s.find('\\') == std::string_view::npos;
  std::string err;
  if (*bytesmode) {
    for (char ch : s) {
      if (static_cast<unsigned char>(ch) >= 0x80) {
        p_->raise_known(Loc::of(t), "bytes can only contain ASCII literal characters");
        return false;
      }
    }
    if (raw) {
      *result = std::string(s);
    } else if (!decode_bytes_with_escapes(s, result, &err)) {
      error("(value error) " + err);
      return false;
    }
  } else if (raw) {
    *result = std::string(s);
  } else {
    if (!decode_unicode_with_escapes(s, result, &err)) {
      error("(unicode error) " + err);
      return false;
    }
  }
  return true;
}

expr* StringBuilder::run(int first, int last) {
  bool bytesmode = false;
  std::string bytes;
  FstringState st;
  for (int i = first; i <= last; ++i) {
    const Token* t = &p_->tokens_[i];
    bool this_bytes, this_raw;
    std::string s;
    std::string_view fstr;
    const char* fstr_data = nullptr;
    if (!parsestr(t, &this_bytes, &this_raw, &s, &fstr)) return nullptr;
    fstr_data = fstr.data();
    bool is_f = fstr_data != nullptr;
    if (i != first && bytesmode != this_bytes) {
      error("cannot mix bytes and nonbytes literals");
      return nullptr;
    }
    bytesmode = this_bytes;
    if (is_f) {
      const char* str = fstr.data();
      if (!concat_fstring(&st, &str, fstr.data() + fstr.size(), this_raw, 0, t)) return nullptr;
    } else if (bytesmode) {
      bytes += s;
    } else {
      concat(&st, std::move(s));
    }
  }
  if (bytesmode) {
    Constant* c = p_->arena_->make<Constant>();
    c->value.kind = ConstantValue::Bytes;
    c->value.s = std::move(bytes);
    c->lineno = first_->lineno;
    c->col_offset = first_->col_offset;
    c->end_lineno = last_->end_lineno;
    c->end_col_offset = last_->end_col_offset;
    return c;
  }
  if (!st.fmode) {
    return make_str(&st, first_, last_);
  }
  if (st.has_last) st.expr_list.push_back(make_str(&st, first_, last_));
  JoinedStr* j = p_->arena_->make<JoinedStr>();
  j->values = std::move(st.expr_list);
  j->lineno = first_->lineno;
  j->col_offset = first_->col_offset;
  j->end_lineno = last_->end_lineno;
  j->end_col_offset = last_->end_col_offset;
  return j;
}

// CPython's fstring_find_literal: 0 at the end of the literal, 1 after a doubled brace
// (the caller continues), -1 on error.
int StringBuilder::find_literal(const char** str, const char* end, bool raw, std::string* literal,
                                bool* has_literal, int recurse_lvl, const Token* t) {
  const char* s = *str;
  const char* literal_start = s;
  int result = 0;
  *has_literal = false;
  while (s < end) {
    char ch = *s++;
    if (!raw && ch == '\\' && s < end) {
      ch = *s++;
      if (ch == 'N') {
        // Skip "\N{name}" so that its brace does not start an expression.
        if (s < end && *s++ == '{') {
          while (s < end && *s++ != '}') {
          }
        }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      if (recurse_lvl == 0) {
        if (s < end && *s == ch) {
          *str = s + 1;
          result = 1;
          goto done;
        }
        if (ch == '}') {
          *str = s - 1;
          error("f-string: single '}' is not allowed");
          return -1;
        }
      }
      --s;
      break;
    }
  }
  *str = s;
done:
  if (literal_start != s) {
    std::string_view text(literal_start, static_cast<size_t>(s - literal_start));
    if (raw) {
      *literal = std::string(text);
    } else {
      std::string err;
      if (!decode_unicode_with_escapes(text, literal, &err)) {
        error("(unicode error) " + err);
        return -1;
      }
    }
    *has_literal = true;
  }
  return result;
}

// CPython's fstring_compile_expr: parses the text between the braces.
expr* StringBuilder::compile_expr(const char* expr_start, const char* expr_end, const Token* t) {
  const char* s = expr_start;
  for (; s != expr_end; ++s) {
    char c = *s;
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) break;
  }
  if (s == expr_end) {
    if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=') {
      error(std::string("f-string: expression required before '") + *expr_end + "'");
      return nullptr;
    }
    error("f-string: empty expression not allowed");
    return nullptr;
  }
  // Where the expression sits in the file (CPython's fstring_find_expr_location).
  std::string_view token = p_->text(t);
  const char* brace = expr_start - 1;
  int lines = 0, cols = 0;
  bool newline_after_brace = true;
  for (const char* q = expr_start; q < expr_end && *q != '}' && *q != '\n'; ++q) {
    if (*q != ' ' && *q != '\t' && *q != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  if (!newline_after_brace) {
    const char* q = brace;
    while (q > token.data() && *q != '\n') --q;
    cols += static_cast<int>(brace - q);
    if (*q == '\n') cols -= 1;
  }
  for (const char* q = token.data(); q < brace; ++q)
    if (*q == '\n') ++lines;

  std::string source;
  source.reserve(static_cast<size_t>(expr_end - expr_start) + 3);
  source += '(';
  source.append(expr_start, static_cast<size_t>(expr_end - expr_start));
  source += ")\n";
  Parser sub(source, p_->filename_, p_->arena_);
  sub.fstring_mode_ = true;
  sub.fstring_line_offset_ = t->lineno + lines - 1;
  sub.fstring_col_offset_ = lines != 0 ? cols : t->col_offset + cols;
  SyntaxError err;
  expr* e = sub.parse_fstring_expression(&err);
  for (const auto& w : sub.collected_warnings()) p_->warnings_.push_back(w);
  if (sub.has_unsupported_ && !p_->has_unsupported_) {
    p_->unsupported_ = sub.unsupported_;
    p_->has_unsupported_ = true;
  }
  if (!e) {
    p_->error_ = true;
    p_->err_ = err;
    p_->has_err_ = true;
    return nullptr;
  }
  return e;
}

// CPython's fstring_find_expr: one replacement field, from its '{' to its '}'.
bool StringBuilder::find_expr(const char** str, const char* end, bool raw, int recurse_lvl, std::string* expr_text,
                              bool* has_expr_text, expr** expression, const Token* t) {
  const char* expr_start;
  const char* expr_end;
  expr* simple_expression;
  expr* format_spec = nullptr;
  int conversion = -1;
  char quote_char = 0;
  int string_type = 0;
  std::vector<char> parenstack;
  *has_expr_text = false;

  if (recurse_lvl >= 2) {
    error("f-string: expressions nested too deeply");
    return false;
  }
  *str += 1;  // the '{'
  expr_start = *str;
  for (; *str < end; (*str)++) {
    char ch = **str;
    if (ch == '\\') {
      error("f-string expression part cannot include a backslash");
      return false;
    }
    if (quote_char) {
      if (ch == quote_char) {
        if (string_type == 3) {
          if (*str + 2 < end && *(*str + 1) == ch && *(*str + 2) == ch) {
            *str += 2;
            string_type = 0;
            quote_char = 0;
            continue;
          }
        } else {
          quote_char = 0;
          string_type = 0;
          continue;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      if (*str + 2 < end && *(*str + 1) == ch && *(*str + 2) == ch) {
        string_type = 3;
        *str += 2;
      } else {
        string_type = 1;
      }
      quote_char = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (parenstack.size() >= 200) {
        error("f-string: too many nested parenthesis");
        return false;
      }
      parenstack.push_back(ch);
    } else if (ch == '#') {
      error("f-string expression part cannot include '#'");
      return false;
    } else if (parenstack.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (*str + 1 < end) {
        char next = *(*str + 1);
        if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
            (ch == '>' && next == '=')) {
          *str += 1;
          continue;
        }
      }
      if (ch == '>' || ch == '<') continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (parenstack.empty()) {
        error(std::string("f-string: unmatched '") + ch + "'");
        return false;
      }
      char opening = parenstack.back();
      parenstack.pop_back();
      if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
        error(std::string("f-string: closing parenthesis '") + ch + "' does not match opening parenthesis '" +
              opening + "'");
        return false;
      }
    }
  }
  expr_end = *str;
  if (quote_char) {
    error("f-string: unterminated string");
    return false;
  }
  if (!parenstack.empty()) {
    error(std::string("f-string: unmatched '") + parenstack.back() + "'");
    return false;
  }
  if (*str >= end) {
    error("f-string: expecting '}'");
    return false;
  }
  simple_expression = compile_expr(expr_start, expr_end, t);
  if (!simple_expression) return false;

  if (**str == '=') {
    *str += 1;
    while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\r' || **str == '\f' ||
                          **str == '\v'))
      *str += 1;
    if (*str >= end) {
      error("f-string: expecting '}'");
      return false;
    }
    *expr_text = std::string(expr_start, static_cast<size_t>(*str - expr_start));
    *has_expr_text = true;
  }
  if (**str == '!') {
    *str += 1;
    if (*str >= end) {
      error("f-string: expecting '}'");
      return false;
    }
    conversion = static_cast<unsigned char>(**str);
    *str += 1;
    if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
      error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      return false;
    }
  }
  if (*str >= end) {
    error("f-string: expecting '}'");
    return false;
  }
  if (**str == ':') {
    *str += 1;
    if (*str >= end) {
      error("f-string: expecting '}'");
      return false;
    }
    format_spec = fstring_parse(str, end, raw, recurse_lvl + 1, t);
    if (!format_spec) return false;
  }
  if (*str >= end || **str != '}') {
    error("f-string: expecting '}'");
    return false;
  }
  *str += 1;
  if (*has_expr_text && !format_spec && conversion == -1) conversion = 'r';
  FormattedValue* fv = p_->arena_->make<FormattedValue>();
  fv->value = simple_expression;
  fv->conversion = conversion;
  fv->format_spec = format_spec;
  fv->lineno = first_->lineno;
  fv->col_offset = first_->col_offset;
  fv->end_lineno = last_->end_lineno;
  fv->end_col_offset = last_->end_col_offset;
  *expression = fv;
  return true;
}

// CPython's _PyPegen_FstringParser_ConcatFstring.
bool StringBuilder::concat_fstring(FstringState* st, const char** str, const char* end, bool raw, int recurse_lvl,
                                   const Token* t) {
  st->fmode = true;
  for (;;) {
    std::string literal, expr_text;
    bool has_literal = false, has_expr_text = false;
    expr* expression = nullptr;
    int result = find_literal(str, end, raw, &literal, &has_literal, recurse_lvl, t);
    if (result < 0) return false;
    if (result == 0 && !(*str >= end || **str == '}')) {
      if (!find_expr(str, end, raw, recurse_lvl, &expr_text, &has_expr_text, &expression, t)) return false;
    }
    if (has_literal) concat(st, std::move(literal));
    if (has_expr_text) concat(st, std::move(expr_text));
    if (result == 1) continue;
    if (!expression) break;
    if (st->has_last) st->expr_list.push_back(make_str(st, first_, last_));
    st->expr_list.push_back(expression);
  }
  if (recurse_lvl == 0 && *str < end - 1) {
    error("f-string: unexpected end of string");
    return false;
  }
  if (recurse_lvl != 0 && (*str >= end || **str != '}')) {
    error("f-string: expecting '}'");
    return false;
  }
  return true;
}

// CPython's fstring_parse: a nested format spec, always a JoinedStr.
expr* StringBuilder::fstring_parse(const char** str, const char* end, bool raw, int recurse_lvl, const Token* t) {
  FstringState st;
  if (!concat_fstring(&st, str, end, raw, recurse_lvl, t)) return nullptr;
  if (st.has_last) st.expr_list.push_back(make_str(&st, t, t));
  JoinedStr* j = p_->arena_->make<JoinedStr>();
  j->values = std::move(st.expr_list);
  j->lineno = t->lineno;
  j->col_offset = t->col_offset;
  j->end_lineno = t->end_lineno;
  j->end_col_offset = t->end_col_offset;
  return j;
}

}  // namespace

expr* concatenate_strings(Parser* p, int first, int last) {
  StringBuilder b(p, &p->tokens_[first], &p->tokens_[last]);
  return b.run(first, last);
}

expr* Parser::parse_fstring_expression(SyntaxError* error) {
  expr* e = star_expressions();
  if (e) return e;
  Token last = tokens_.empty() ? Token{} : tokens_.back();
  memo_clear();
  mark_ = 0;
  call_invalid_rules_ = true;
  if (!error_) star_expressions();
  set_syntax_error(last);
  *error = err_;
  return nullptr;
}

}  // namespace sy::py::detail
