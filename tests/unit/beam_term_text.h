// Erlang term literals as text, for the BEAM unit tests: numbers (with Base#digits and
// $c), atoms, strings, tuples, lists (improper too), maps, binaries of integer and string
// segments (with :Size), and `fun M:F/A`. Test data written by erl is read with it.
#pragma once
#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/bigint.h"
#include "frontends/beam/runtime/terms.h"

namespace sy::beam::test {

class TermText {
 public:
  explicit TermText(std::string_view s) : s_(s) {}

  // One term; on a syntax error, the error names the offset.
  Value term() {
    skip();
    char c = peek();
    if (c == '{') return tuple_term();
    if (c == '[') return list_term();
    if (c == '#') return map_term();
    if (c == '<' && next() == '<') return binary_term();
    if (c == '"') return string_list(string_literal());
    if (c == '\'') return atom(quoted('\''));
    if (c == '$' || c == '-' || c == '+' || std::isdigit(static_cast<unsigned char>(c))) return number();
    if (std::islower(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0xC0) {  // latin-1 letters too
      std::string word = name();
      if (word == "fun") return fun_term();
      return atom(word);
    }
    return fail("unexpected character");
  }
  bool at_end() {
    skip();
    return i_ >= s_.size();
  }
  const std::string& error() const { return error_; }
  size_t pos() const { return i_; }

 private:
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  char next() const { return i_ + 1 < s_.size() ? s_[i_ + 1] : '\0'; }
  void skip() {
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
  }
  bool eat(char c) {
    skip();
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  Value fail(const std::string& what) {
    if (error_.empty()) error_ = what + " at offset " + std::to_string(i_) + " in: " + std::string(s_);
    i_ = s_.size();
    return Value::nil();
  }
  void expect(char c) {
    if (!eat(c)) fail(std::string("expected '") + c + "'");
  }
  std::string name() {
    size_t start = i_;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_' || s_[i_] == '@' ||
                              static_cast<unsigned char>(s_[i_]) >= 0x80))
      ++i_;
    return std::string(s_.substr(start, i_ - start));
  }
  // Escapes as in Erlang source: \n \t \\ \" \' \s \e \d \r \b \f \v, octal \NNN, \xHH, \x{H..}.
  uint32_t escape() {
    char c = s_[i_++];
    switch (c) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 's': return ' ';
      case 'e': return 27;
      case 'd': return 127;
      case 'b': return 8;
      case 'f': return 12;
      case 'v': return 11;
      case 'x': {
        bool braces = peek() == '{';
        if (braces) ++i_;
        uint32_t v = 0;
        int n = 0;
        while (i_ < s_.size() && std::isxdigit(static_cast<unsigned char>(s_[i_])) && (braces || n < 2)) {
          v = v * 16 + static_cast<uint32_t>(std::stoi(std::string(1, s_[i_++]), nullptr, 16));
          ++n;
        }
        if (braces) expect('}');
        return v;
      }
      default:
        if (c >= '0' && c <= '7') {
          uint32_t v = static_cast<uint32_t>(c - '0');
          for (int n = 1; n < 3 && peek() >= '0' && peek() <= '7'; ++n) v = v * 8 + static_cast<uint32_t>(s_[i_++] - '0');
          return v;
        }
        return static_cast<unsigned char>(c);
    }
  }
  // The code points between quotes; the source text is UTF-8.
  std::vector<uint32_t> codepoints(char quote) {
    std::vector<uint32_t> out;
    ++i_;
    while (i_ < s_.size() && s_[i_] != quote) {
      if (s_[i_] == '\\') {
        ++i_;
        out.push_back(escape());
        continue;
      }
      auto b = static_cast<unsigned char>(s_[i_++]);
      uint32_t cp = b;
      int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
      if (extra) cp = b & (0x3F >> extra);
      for (int k = 0; k < extra && i_ < s_.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s_[i_++]) & 0x3F);
      out.push_back(cp);
    }
    if (i_ >= s_.size()) {
      fail("unterminated quote");
      return out;
    }
    ++i_;
    return out;
  }
  std::vector<uint32_t> string_literal() { return codepoints('"'); }
  std::string quoted(char q) {
    std::string utf8;
    for (uint32_t cp : codepoints(q)) append_utf8(utf8, cp);
    return utf8;
  }
  static void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  static Value string_list(const std::vector<uint32_t>& cps, Value tail = Value::nil()) {
    Value list = tail;
    for (size_t k = cps.size(); k-- > 0;) list = cons(Value::small_int(cps[k]), list);
    return list;
  }
  Value number() {
    bool neg = false;
    if (peek() == '-' || peek() == '+') {
      neg = peek() == '-';
      ++i_;
    }
    if (peek() == '$') {
      ++i_;
      uint32_t cp;
      if (peek() == '\\') {
        ++i_;
        cp = escape();
      } else {
        size_t start = i_;
        auto b = static_cast<unsigned char>(s_[i_]);
        int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        i_ += len;
        std::string tmp(s_.substr(start, len));
        cp = b;
        if (len > 1) {
          cp = b & (0x3F >> (len - 1));
          for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(tmp[k]) & 0x3F);
        }
      }
      return make_int(neg ? -static_cast<int64_t>(cp) : cp);
    }
    size_t start = i_;
    while (std::isdigit(static_cast<unsigned char>(peek()))) ++i_;
    std::string digits(s_.substr(start, i_ - start));
    if (digits.empty()) return fail("expected a number");
    if (peek() == '#') {  // Base#Digits
      ++i_;
      int base = std::stoi(digits);
      size_t ds = i_;
      while (std::isalnum(static_cast<unsigned char>(peek()))) ++i_;
      std::string text(s_.substr(ds, i_ - ds));
      Value acc = make_int(0);
      for (char ch : text) {
        int d = std::isdigit(static_cast<unsigned char>(ch)) ? ch - '0' : std::tolower(ch) - 'a' + 10;
        acc = mul_add(acc, base, d);
      }
      return neg ? negate(acc) : acc;
    }
    bool is_float = false;
    if (peek() == '.' && std::isdigit(static_cast<unsigned char>(next()))) {
      is_float = true;
      ++i_;
      while (std::isdigit(static_cast<unsigned char>(peek()))) ++i_;
      if (peek() == 'e' || peek() == 'E') {
        ++i_;
        if (peek() == '-' || peek() == '+') ++i_;
        while (std::isdigit(static_cast<unsigned char>(peek()))) ++i_;
      }
    }
    std::string text(s_.substr(start, i_ - start));
    if (is_float) {
      double d = std::strtod(text.c_str(), nullptr);  // stod rejects subnormals
      return Value::number(neg ? -d : d);
    }
    return parse_int((neg ? "-" : "") + text);
  }
  // acc * base + digit, by long multiplication on the decimal text (no VM needed).
  static Value mul_add(Value acc, int base, int digit) {
    std::string s = integer_to_string(acc);
    std::string out;
    int carry = digit;
    for (size_t k = s.size(); k-- > 0;) {
      int v = (s[k] - '0') * base + carry;
      out.insert(out.begin(), static_cast<char>('0' + v % 10));
      carry = v / 10;
    }
    while (carry) {
      out.insert(out.begin(), static_cast<char>('0' + carry % 10));
      carry /= 10;
    }
    return parse_int(out);
  }
  static Value negate(Value v) { return parse_int("-" + integer_to_string(v)); }
  Value tuple_term() {
    ++i_;
    heap::RootedVector<Value> items;  // the parsed elements are reachable only from here
    if (!eat('}')) {
      do items.push_back(term());
      while (eat(','));
      expect('}');
    }
    Tuple* t = new_tuple(static_cast<uint32_t>(items.size()));
    for (size_t k = 0; k < items.size(); ++k) t->items[k] = items[k];
    return Value::object(t);
  }
  Value list_term() {
    ++i_;
    heap::RootedVector<Value> items;  // the parsed elements are reachable only from here
    Value tail = Value::nil();
    if (!eat(']')) {
      do items.push_back(term());
      while (eat(','));
      if (eat('|')) tail = term();
      expect(']');
    }
    for (size_t k = items.size(); k-- > 0;) tail = cons(items[k], tail);
    return tail;
  }
  Value map_term() {
    ++i_;
    expect('{');
    Map* m = new_map();
    if (!eat('}')) {
      do {
        Value k = term();
        skip();
        if (s_.substr(i_, 2) != "=>") return fail("expected '=>'");
        i_ += 2;
        map_set(m, k, term());
      } while (eat(','));
      expect('}');
    }
    return Value::object(m);
  }
  // <<Seg, ...>>: integers with an optional :Size (bits, default 8) and strings.
  Value binary_term() {
    i_ += 2;
    std::vector<bool> bits;
    auto put = [&](Value v, uint64_t size) {
      std::string digits = integer_to_string(v, 2);
      if (digits[0] == '-') {  // two's complement; negative segments fit int64 here
        int64_t n = 0;
        integer_to_int64(v, &n);
        for (uint64_t k = size; k-- > 0;) bits.push_back(k < 64 ? (n >> k) & 1 : 1);
        return;
      }
      for (uint64_t k = size; k-- > 0;) bits.push_back(k < digits.size() ? digits[digits.size() - 1 - k] == '1' : false);
    };
    skip();
    if (!(peek() == '>' && next() == '>')) {
      do {
        skip();
        std::vector<uint32_t> cps;
        bool is_string = peek() == '"';
        Value v;
        if (is_string) cps = string_literal();
        else v = number();
        uint64_t size = 8;
        if (eat(':')) {
          size_t start = i_;
          while (std::isdigit(static_cast<unsigned char>(peek()))) ++i_;
          size = std::stoull(std::string(s_.substr(start, i_ - start)));
        }
        bool utf8 = false;
        if (eat('/')) {
          std::string type = name();
          if (type != "utf8") return fail("unsupported segment type /" + type);
          utf8 = true;
        }
        if (!is_string) cps = {static_cast<uint32_t>(v.is_int() ? v.as_int() : 0)};
        if (utf8) {
          std::string bytes;
          for (uint32_t cp : cps) append_utf8(bytes, cp);
          for (unsigned char b : bytes) put(make_int(b), 8);
        } else if (is_string) {
          for (uint32_t cp : cps) put(make_int(cp & 0xFF), size);
        } else {
          put(v, size);
        }
      } while (eat(','));
      skip();
    }
    if (!(peek() == '>' && next() == '>')) return fail("expected '>>'");
    i_ += 2;
    std::vector<uint8_t> bytes((bits.size() + 7) / 8, 0);
    for (size_t k = 0; k < bits.size(); ++k)
      if (bits[k]) bytes[k / 8] |= static_cast<uint8_t>(0x80 >> (k % 8));
    Value whole = make_binary(bytes.data(), bytes.size());
    return sub_binary(whole.as<Binary>(), 0, bits.size());
  }
  std::string atom_name() {
    skip();
    return peek() == '\'' ? quoted('\'') : name();
  }
  Value fun_term() {
    std::string m = atom_name();
    expect(':');
    std::string f = atom_name();
    expect('/');
    skip();
    size_t start = i_;
    while (std::isdigit(static_cast<unsigned char>(peek()))) ++i_;
    return make_export_fun(atom(m), atom(f), static_cast<uint32_t>(std::stoul(std::string(s_.substr(start, i_ - start)))));
  }

  std::string_view s_;
  size_t i_ = 0;
  std::string error_;
};

// The term the text denotes; fails the test on a syntax error.
inline Value T(std::string_view text) {
  TermText r(text);
  Value v = r.term();
  EXPECT_TRUE(r.error().empty()) << r.error();
  EXPECT_TRUE(r.at_end()) << "trailing text in: " << text;
  return v;
}

}  // namespace sy::beam::test
