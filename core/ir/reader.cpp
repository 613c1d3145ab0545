// Reader for the .syir text form (docs/ir.md). A hand-written lexer and a line-oriented
// parser; names (functions, labels, globals, sites) may be used before they are defined
// and are resolved when their scope ends. Errors carry file:line:col.
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "core/bigint.h"
#include "core/ir/text.h"
#include "core/ir/verifier.h"
#include "core/vm.h"

namespace sy::ir {

std::string SourceError::format() const {
  if (line == 0) return file + ": " + message;  // about the file as a whole
  return file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + message;
}

const char* operand_kind_name(char kind) {
  switch (kind) {
    case 'r': return "register";
    case 'k': return "constant";
    case 'i': return "integer";
    case 'l': return "label";
    case 'f': return "function";
    case 'n': return "native";
    case 'g': return "global";
    case 's': return "site";
    case '*': return "registers...";
  }
  return "?";
}

namespace {

enum class Tok { End, Newline, Ident, Reg, Int, Float, String, Atom, Comma, Colon, Slash, Error };

struct Token {
  Tok kind = Tok::End;
  std::string text;  // identifier, digits, decoded string, atom name, or error message
  uint32_t line = 0, col = 0;
};

bool ident_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '$'; }
bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '$'; }

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}

  Token next() {
    skip_space();
    Token t;
    t.line = line_;
    t.col = col();
    if (i_ >= s_.size()) return t;
    char c = s_[i_];
    if (c == '\n') { advance(); t.kind = Tok::Newline; return t; }
    if (c == ',') { advance(); t.kind = Tok::Comma; return t; }
    if (c == ':') {
      advance();
      if (i_ < s_.size() && s_[i_] == '"') {
        Token str = string_literal(t);
        if (str.kind == Tok::Error) return str;
        str.kind = Tok::Atom;
        return str;
      }
      if (i_ < s_.size() && ident_start(s_[i_])) {
        t.kind = Tok::Atom;
        t.text = ident();
        return t;
      }
      t.kind = Tok::Colon;
      return t;
    }
    if (c == '/') { advance(); t.kind = Tok::Slash; return t; }
    if (c == '"') return string_literal(t);
    if (std::isdigit(static_cast<unsigned char>(c)) ||
        ((c == '-' || c == '+') && i_ + 1 < s_.size() &&
         (std::isdigit(static_cast<unsigned char>(s_[i_ + 1])) || s_[i_ + 1] == 'i'))) {
      return number(t);
    }
    if (ident_start(c)) {
      t.text = ident();
      t.kind = Tok::Ident;
      if (t.text.size() > 1 && t.text[0] == 'r' &&
          t.text.find_first_not_of("0123456789", 1) == std::string::npos)
        t.kind = Tok::Reg;
      return t;
    }
    t.kind = Tok::Error;
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(c));
      t.text = std::string("unexpected byte '") + buf + "'";
    } else {
      t.text = std::string("unexpected character '") + c + "'";
    }
    return t;
  }

 private:
  uint32_t col() const { return static_cast<uint32_t>(i_ - line_start_ + 1); }
  void advance() {
    if (s_[i_] == '\n') {
      ++line_;
      line_start_ = i_ + 1;
    }
    ++i_;
  }
  void skip_space() {
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == ' ' || c == '\t' || c == '\r') {
        advance();
      } else if (c == ';') {
        while (i_ < s_.size() && s_[i_] != '\n') advance();
      } else {
        break;
      }
    }
  }
  std::string ident() {
    size_t b = i_;
    while (i_ < s_.size() && ident_char(s_[i_])) advance();
    return std::string(s_.substr(b, i_ - b));
  }
  Token number(Token t) {
    size_t b = i_;
    if (s_[i_] == '-' || s_[i_] == '+') advance();
    if (s_[i_] == 'i') {  // -inf / +inf
      std::string word = ident();
      if (word != "inf") {
        t.kind = Tok::Error;
        t.text = "malformed number '" + std::string(s_.substr(b, i_ - b)) + "'";
        return t;
      }
      t.kind = Tok::Float;
      t.text = std::string(s_.substr(b, i_ - b));
      return t;
    }
    bool is_float = false;
    while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) advance();
    if (i_ < s_.size() && s_[i_] == '.') {
      is_float = true;
      advance();
      while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) advance();
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      is_float = true;
      advance();
      if (i_ < s_.size() && (s_[i_] == '-' || s_[i_] == '+')) advance();
      size_t digits = i_;
      while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) advance();
      if (digits == i_) {
        t.kind = Tok::Error;
        t.text = "malformed number '" + std::string(s_.substr(b, i_ - b)) + "'";
        return t;
      }
    }
    if (i_ < s_.size() && ident_char(s_[i_]) && s_[i_] != '.') {
      while (i_ < s_.size() && ident_char(s_[i_])) advance();
      t.kind = Tok::Error;
      t.text = "malformed number '" + std::string(s_.substr(b, i_ - b)) + "'";
      return t;
    }
    t.kind = is_float ? Tok::Float : Tok::Int;
    t.text = std::string(s_.substr(b, i_ - b));
    return t;
  }
  Token string_literal(Token t) {
    advance();  // opening quote
    std::string out;
    while (true) {
      if (i_ >= s_.size() || s_[i_] == '\n') {
        t.kind = Tok::Error;
        t.text = "unterminated string";
        return t;
      }
      char c = s_[i_];
      advance();
      if (c == '"') break;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= s_.size()) continue;  // reported as unterminated on the next turn
      char e = s_[i_];
      advance();
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case '0': out += '\0'; break;
        case '\\': out += '\\'; break;
        case '"': out += '"'; break;
        case 'x': {
          auto hex = [](char h) -> int {
            if (h >= '0' && h <= '9') return h - '0';
            if (h >= 'a' && h <= 'f') return h - 'a' + 10;
            if (h >= 'A' && h <= 'F') return h - 'A' + 10;
            return -1;
          };
          int hi = i_ < s_.size() ? hex(s_[i_]) : -1;
          int lo = i_ + 1 < s_.size() ? hex(s_[i_ + 1]) : -1;
          if (hi < 0 || lo < 0) {
            t.kind = Tok::Error;
            t.text = "bad \\x escape in string (two hex digits expected)";
            return t;
          }
          advance();
          advance();
          out += static_cast<char>(hi * 16 + lo);
          break;
        }
        default:
          t.kind = Tok::Error;
          t.text = std::string("unknown escape '\\") + e + "' in string";
          return t;
      }
    }
    t.kind = Tok::String;
    t.text = std::move(out);
    return t;
  }

  std::string_view s_;
  size_t i_ = 0;
  uint32_t line_ = 1;
  size_t line_start_ = 0;
};

// A name used before its definition, resolved at the end of its scope.
struct Fixup {
  Function* fn;
  size_t word;  // index into fn->code
  std::string name;
  char kind;    // 'f', 'l', 'g', 's'
  uint32_t line, col;
};

struct Pos {
  uint32_t line, col;
};

class Parser {
 public:
  Parser(std::string_view text, std::string_view file) : lex_(text), file_(file) {
    module_ = std::make_unique<Module>();
    module_->source = std::string(file);
    advance();
  }

  std::unique_ptr<Module> run(SourceError* err) {
    err_ = err;
    if (!parse_module() || !resolve_module() || !verify()) return nullptr;
    return std::move(module_);
  }

 private:
  // -- Token helpers --
  void advance() { tok_ = lex_.next(); }
  bool error_at(uint32_t line, uint32_t col, std::string msg) {
    if (!err_->message.empty()) return false;
    err_->file = file_;
    err_->line = line;
    err_->col = col;
    err_->message = std::move(msg);
    return false;
  }
  bool error(std::string msg) {
    if (tok_.kind == Tok::Error) return error_at(tok_.line, tok_.col, tok_.text);
    return error_at(tok_.line, tok_.col, std::move(msg));
  }
  static std::string describe(const Token& t) {
    switch (t.kind) {
      case Tok::End: return "end of file";
      case Tok::Newline: return "end of line";
      case Tok::Ident: return "'" + t.text + "'";
      case Tok::Reg: return "register " + t.text;
      case Tok::Int: case Tok::Float: return "number " + t.text;
      case Tok::String: return "a string";
      case Tok::Atom: return "atom :" + t.text;
      case Tok::Comma: return "','";
      case Tok::Colon: return "':'";
      case Tok::Slash: return "'/'";
      case Tok::Error: return t.text;
    }
    return "?";
  }
  bool expect(Tok k, const char* what) {
    if (tok_.kind != k) return error(std::string("expected ") + what + ", found " + describe(tok_));
    return true;
  }
  bool end_of_line() {
    if (tok_.kind == Tok::Newline) { advance(); return true; }
    if (tok_.kind == Tok::End) return true;
    return error("unexpected " + describe(tok_) + " at end of line");
  }
  bool uint_token(uint32_t* out, const char* what) {
    if (tok_.kind != Tok::Int || tok_.text[0] == '-' || tok_.text[0] == '+' || tok_.text.size() > 9)
      return error(std::string("expected ") + what + ", found " + describe(tok_));
    *out = static_cast<uint32_t>(std::stoul(tok_.text));
    advance();
    return true;
  }
  // A name: an identifier or a quoted string.
  bool name_token(std::string* out, const char* what) {
    if (tok_.kind != Tok::Ident && tok_.kind != Tok::String)
      return error(std::string("expected ") + what + ", found " + describe(tok_));
    *out = tok_.text;
    advance();
    return true;
  }

  // -- Module level --
  bool parse_module() {
    while (true) {
      switch (tok_.kind) {
        case Tok::End: return true;
        case Tok::Newline: advance(); continue;
        case Tok::Ident: break;
        default: return error("expected 'func', 'global', 'site' or '.source', found " + describe(tok_));
      }
      if (tok_.text == "func") {
        if (!parse_function()) return false;
      } else if (tok_.text == "global") {
        advance();
        std::string name;
        if (!name_token(&name, "a global name")) return false;
        if (module_->find_global(name) >= 0) return error_at(tok_.line, tok_.col, "global '" + name + "' declared twice");
        module_->add_global(name);
        if (!end_of_line()) return false;
      } else if (tok_.text == ".source") {
        advance();
        if (!expect(Tok::String, "a file name string")) return false;
        module_->source = module_->declared_source = tok_.text;
        advance();
        if (!end_of_line()) return false;
      } else if (tok_.text == "site") {
        if (!parse_site()) return false;
      } else {
        return error("expected 'func', 'global', 'site' or '.source', found " + describe(tok_));
      }
    }
  }

  bool parse_site() {
    advance();
    SiteDescriptor s;
    if (!name_token(&s.id, "a site name")) return false;
    if (!expect(Tok::String, "the operation name (a string)")) return false;
    s.name = tok_.text;
    advance();
    if (!uint_token(&s.arity, "the arity")) return false;
    if (!name_token(&s.bootstrap, "a bootstrap name")) return false;
    while (tok_.kind != Tok::Newline && tok_.kind != Tok::End) {
      Value v;
      if (!literal(&v)) return false;
      s.static_args.push_back(v);
    }
    for (const auto& other : module_->sites)
      if (other.id == s.id) return error("site '" + s.id + "' declared twice");
    module_->sites.push_back(std::move(s));
    return end_of_line();
  }

  bool parse_function() {
    Pos decl{tok_.line, tok_.col};
    advance();
    std::string name;
    if (!name_token(&name, "a function name")) return false;
    if (module_->find(name)) return error_at(decl.line, decl.col, "function '" + name + "' defined twice");
    if (!expect(Tok::Slash, "'/' and the parameter count")) return false;
    advance();
    uint32_t nparams;
    if (!uint_token(&nparams, "the parameter count")) return false;
    int64_t nregs = -1;
    if (tok_.kind == Tok::Ident && tok_.text == "regs") {
      advance();
      uint32_t n;
      if (!uint_token(&n, "the register count")) return false;
      nregs = n;
    }
    if (!end_of_line()) return false;

    Function* fn = module_->add_function(name, nparams, 0);
    fn->decl_line = decl.line;
    fn_ = fn;
    labels_.clear();
    max_reg_ = -1;
    bool explicit_line = false;
    uint32_t line = 0;
    struct PendingHandler { std::string start, end, target; uint32_t reg; Pos pos; };
    std::vector<PendingHandler> handlers;

    while (true) {
      if (tok_.kind == Tok::End)
        return error_at(decl.line, decl.col, "function '" + name + "' is not closed by 'end'");
      if (tok_.kind == Tok::Newline) { advance(); continue; }
      // A label, like any name, may be a quoted string (the printer quotes reserved words).
      if (tok_.kind != Tok::Ident && tok_.kind != Tok::String)
        return error("expected an instruction or a label, found " + describe(tok_));
      Token head = tok_;
      advance();
      if (head.kind == Tok::Ident && head.text == "end") {
        if (!end_of_line()) return false;
        break;
      }
      if (head.kind == Tok::String && tok_.kind != Tok::Colon)
        return error_at(head.line, head.col, "expected an instruction or a label, found " + describe(head));
      if (tok_.kind == Tok::Colon) {  // label definition
        advance();
        if (labels_.count(head.text)) return error_at(head.line, head.col, "label '" + head.text + "' defined twice");
        auto pc = static_cast<uint32_t>(fn->code.size());
        labels_[head.text] = pc;
        fn->labels.emplace_back(pc, head.text);
        if (!end_of_line()) return false;
        continue;
      }
      if (head.text == ".line") {
        if (!uint_token(&line, "a line number")) return false;
        explicit_line = true;
        module_->explicit_lines = true;
        if (!end_of_line()) return false;
        continue;
      }
      if (head.text == ".handler") {
        PendingHandler h;
        h.pos = {head.line, head.col};
        if (!name_token(&h.start, "the start label")) return false;
        if (!expect(Tok::Comma, "','")) return false;
        advance();
        if (!name_token(&h.end, "the end label")) return false;
        if (!expect(Tok::Comma, "','")) return false;
        advance();
        if (!name_token(&h.target, "the handler label")) return false;
        if (!expect(Tok::Comma, "','")) return false;
        advance();
        if (!register_operand(&h.reg)) return false;
        handlers.push_back(std::move(h));
        if (!end_of_line()) return false;
        continue;
      }
      if (!parse_instruction(head, explicit_line ? line : head.line)) return false;
    }

    for (auto& h : handlers) {
      HandlerEntry e{};
      e.reg = h.reg;
      std::string* names[] = {&h.start, &h.end, &h.target};
      uint32_t* slots[] = {&e.start, &e.end, &e.target};
      for (int i = 0; i < 3; ++i) {
        auto it = labels_.find(*names[i]);
        if (it == labels_.end()) return error_at(h.pos.line, h.pos.col, "undefined label '" + *names[i] + "'");
        *slots[i] = it->second;
      }
      fn->handlers.push_back(e);
    }
    for (auto& f : fixups_) {
      if (f.fn != fn || f.kind != 'l') continue;
      auto it = labels_.find(f.name);
      if (it == labels_.end()) return error_at(f.line, f.col, "undefined label '" + f.name + "'");
      fn->code[f.word] = it->second;
    }
    uint32_t used = static_cast<uint32_t>(max_reg_ + 1);
    fn->nregs = nregs >= 0 ? static_cast<uint32_t>(nregs) : std::max(used, nparams);
    return true;
  }

  bool register_operand(uint32_t* out) {
    if (tok_.kind != Tok::Reg) return error("expected a register, found " + describe(tok_));
    if (tok_.text.size() > 7) return error("register " + tok_.text + " out of range");
    *out = static_cast<uint32_t>(std::stoul(tok_.text.substr(1)));
    if (static_cast<int64_t>(*out) > max_reg_) max_reg_ = *out;
    advance();
    return true;
  }

  bool literal(Value* out) {
    if (!literal_value(tok_, out)) return false;
    advance();
    return true;
  }

  bool literal_value(const Token& t, Value* out) {
    switch (t.kind) {
      case Tok::Int: {
        *out = parse_int(t.text);
        if (out->is_empty()) return error_at(t.line, t.col, "malformed integer " + t.text);
        return true;
      }
      case Tok::Float: {
        if (t.text == "inf" || t.text == "+inf") *out = Value::number(INFINITY);
        else if (t.text == "-inf") *out = Value::number(-INFINITY);
        else *out = Value::number(std::strtod(t.text.c_str(), nullptr));
        return true;
      }
      case Tok::String: *out = Value::object(intern(t.text)); return true;
      case Tok::Atom: *out = make_atom(t.text); return true;
      case Tok::Ident:
        if (t.text == "nil") *out = Value::nil();
        else if (t.text == "true") *out = Value::boolean(true);
        else if (t.text == "false") *out = Value::boolean(false);
        else if (t.text == "inf") *out = Value::number(INFINITY);
        else if (t.text == "nan") *out = Value::number(NAN);
        else break;
        return true;
      default: break;
    }
    if (t.kind == Tok::Error) return error_at(t.line, t.col, t.text);
    return error_at(t.line, t.col,
                    "expected a constant (number, string, :atom, nil, true, false), found " + describe(t));
  }

  bool parse_instruction(const Token& head, uint32_t line) {
    Op op;
    bool found = false;
    for (uint32_t i = 0; i < kOpCount; ++i)
      if (head.text == kOpInfo[i].name) {
        op = static_cast<Op>(i);
        found = true;
        break;
      }
    if (!found) return error_at(head.line, head.col, "unknown instruction '" + head.text + "'");
    const OpInfo& info = kOpInfo[static_cast<uint32_t>(op)];
    Function* fn = fn_;
    auto pc = static_cast<uint32_t>(fn->code.size());
    positions_[fn].emplace_back(pc, Pos{head.line, head.col});
    if (fn->lines.empty() || fn->lines.back().line != line) fn->lines.push_back({pc, line});

    // Collect the operand tokens first, so that a wrong count is reported as such.
    std::vector<Token> ops;
    while (tok_.kind != Tok::Newline && tok_.kind != Tok::End) {
      if (!ops.empty()) {
        if (tok_.kind != Tok::Comma) return error("expected ',' between operands, found " + describe(tok_));
        advance();
      }
      if (tok_.kind == Tok::Error) return error("");
      if (tok_.kind == Tok::Newline || tok_.kind == Tok::End || tok_.kind == Tok::Comma)
        return error("expected an operand, found " + describe(tok_));
      ops.push_back(tok_);
      advance();
    }
    advance();  // newline (or stays at End)

    std::string kinds = info.operands;
    bool variadic = !kinds.empty() && kinds.back() == '*';
    size_t fixed = variadic ? kinds.size() - 1 : kinds.size();
    if (ops.size() < fixed || (!variadic && ops.size() != fixed)) {
      std::string sig;
      for (char k : kinds) sig += (sig.empty() ? "" : ", ") + std::string(operand_kind_name(k));
      return error_at(head.line, head.col,
                      "'" + head.text + "' takes " + (variadic ? "at least " : "") + std::to_string(fixed) +
                          " operand" + (fixed == 1 ? "" : "s") + " (" + sig + "), got " + std::to_string(ops.size()));
    }

    fn->code.push_back(static_cast<uint32_t>(op));
    for (size_t i = 0; i < fixed; ++i)
      if (!operand(kinds[i], ops[i], head.text)) return false;
    if (variadic) {
      fn->code.push_back(static_cast<uint32_t>(ops.size() - fixed));
      for (size_t i = fixed; i < ops.size(); ++i)
        if (!operand('r', ops[i], head.text)) return false;
    }
    return true;
  }

  bool operand(char kind, const Token& t, const std::string& mnemonic) {
    Function* fn = fn_;
    auto wrong = [&](const char* expected) {
      const char* article = std::strchr("aeiou", expected[0]) ? "an " : "a ";
      return error_at(t.line, t.col, std::string("'") + mnemonic + "' expects " + article + expected +
                                         " here, found " + describe(t));
    };
    switch (kind) {
      case 'r': {
        if (t.kind != Tok::Reg) return wrong("register");
        if (t.text.size() > 7) return error_at(t.line, t.col, "register " + t.text + " out of range");
        auto r = static_cast<uint32_t>(std::stoul(t.text.substr(1)));
        if (static_cast<int64_t>(r) > max_reg_) max_reg_ = r;
        fn->code.push_back(r);
        return true;
      }
      case 'k': {
        Value v;
        if (!literal_value(t, &v)) return false;
        fn->code.push_back(fn->add_constant(v));
        return true;
      }
      case 'i': {
        if (t.kind != Tok::Int) return wrong("integer");
        errno = 0;
        long long v = std::strtoll(t.text.c_str(), nullptr, 10);
        if (errno || v < INT32_MIN || v > INT32_MAX)
          return error_at(t.line, t.col, "immediate " + t.text + " does not fit in 32 bits");
        fn->code.push_back(static_cast<uint32_t>(static_cast<int32_t>(v)));
        return true;
      }
      case 'n': {
        if (t.kind != Tok::Ident && t.kind != Tok::String) return wrong("native name");
        int64_t n = find_native(t.text);
        if (n < 0) return error_at(t.line, t.col, "unknown native '" + t.text + "'");
        fn->code.push_back(static_cast<uint32_t>(n));
        return true;
      }
      case 'l': case 'f': case 'g': case 's': {
        if (t.kind != Tok::Ident && t.kind != Tok::String) return wrong(operand_kind_name(kind));
        fixups_.push_back({fn, fn->code.size(), t.text, kind, t.line, t.col});
        fn->code.push_back(0);
        return true;
      }
    }
    return false;
  }

  // -- After the whole module: module-level names, then the verifier --
  bool resolve_module() {
    module_->finish();
    for (auto& f : fixups_) {
      switch (f.kind) {
        case 'f': {
          Function* target = module_->find(f.name);
          if (!target) return error_at(f.line, f.col, "undefined function '" + f.name + "'");
          f.fn->code[f.word] = target->index;
          break;
        }
        case 'g': {
          int64_t g = module_->find_global(f.name);
          if (g < 0) return error_at(f.line, f.col, "undefined global '" + f.name + "'");
          f.fn->code[f.word] = static_cast<uint32_t>(g);
          break;
        }
        case 's': {
          int64_t found = -1;
          for (size_t i = 0; i < module_->sites.size(); ++i)
            if (module_->sites[i].id == f.name) found = static_cast<int64_t>(i);
          if (found < 0) return error_at(f.line, f.col, "undefined site '" + f.name + "'");
          f.fn->code[f.word] = static_cast<uint32_t>(found);
          break;
        }
        default: break;  // labels were resolved per function
      }
    }
    return true;
  }

  bool verify() {
    VerifyError ve;
    if (verify_module(*module_, &ve)) return true;
    Pos p{ve.fn->decl_line, 1};
    for (auto& [pc, pos] : positions_[ve.fn])
      if (pc <= ve.pc) p = pos;
    return error_at(p.line, p.col, ve.message);
  }

  Lexer lex_;
  Token tok_;
  std::string file_;
  SourceError* err_ = nullptr;
  std::unique_ptr<Module> module_;
  Function* fn_ = nullptr;
  std::unordered_map<std::string, uint32_t> labels_;
  int64_t max_reg_ = -1;
  std::vector<Fixup> fixups_;
  std::unordered_map<const Function*, std::vector<std::pair<uint32_t, Pos>>> positions_;
};

}  // namespace

std::unique_ptr<Module> read_module(std::string_view text, std::string_view file, SourceError* error) {
  *error = SourceError{};
  Parser p(text, file);
  return p.run(error);
}

std::unique_ptr<Module> read_module_file(const std::string& path, SourceError* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = SourceError{path, 0, 0, std::string("cannot open file: ") + std::strerror(errno)};
    return nullptr;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return read_module(ss.str(), path, error);
}

}  // namespace sy::ir
