#include "frontends/python/lib/percent_format.h"

#include <algorithm>
#include <climits>
#include <cstdio>

#include "core/bigint.h"
#include "frontends/python/lib/float_text.h"
#include "frontends/python/lib/int_arith.h"
#include "frontends/python/lib/int_text.h"
#include "frontends/python/lib/str_repr.h"
#include "frontends/python/lib/unicode.h"

namespace sy::pylib {

namespace {

enum Flag : unsigned { kLjust = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16 };

struct Arg {
  char32_t ch = 0;
  unsigned flags = 0;
  int64_t width = -1;
  int64_t prec = -1;
  bool sign = false;  // a numeric conversion: the sign and zero padding apply
};

// The characters of n code points of s from byte `from`.
std::string_view take_chars(std::string_view s, size_t from, int64_t n) {
  size_t i = from;
  for (int64_t k = 0; k < n && i < s.size(); ++k) i += unicode::sequence_length(static_cast<unsigned char>(s[i]));
  return s.substr(from, i - from);
}

void append_fill(std::string& out, char c, int64_t n) {
  if (n > 0) out.append(static_cast<size_t>(n), c);
}

// The state of PyUnicode_Format: `remaining` mirrors CPython's fmtcnt (characters left
// after the current one), `arg_index`/`arg_count` its argidx/arglen.
class Formatter {
 public:
  Formatter(std::string_view f, const PercentArgs& args, PercentHooks& hooks) : f_(f), hooks_(hooks) {
    total_ = static_cast<int64_t>(unicode::length(f));
    mapping_ = args.is_mapping && !args.is_tuple;
    if (args.is_tuple) {
      tuple_ = true;
      arg_count_ = static_cast<int64_t>(args.tuple_size);
      arg_index_ = 0;
    } else {
      single_ = args.single;
    }
  }

  Result<std::string> run() {
    remaining_ = total_;
    while (--remaining_ >= 0) {
      if (f_[pos_] != '%') {
        size_t start = pos_;
        pos_ += unicode::sequence_length(static_cast<unsigned char>(f_[pos_]));
        while (pos_ < f_.size() && f_[pos_] != '%') {
          pos_ += unicode::sequence_length(static_cast<unsigned char>(f_[pos_]));
          --remaining_;
        }
        out_.append(f_.substr(start, pos_ - start));
        continue;
      }
      ++pos_;
      if (Status st = format_arg(); !st) return st.error();
    }
    if (arg_index_ < arg_count_ && !mapping_)
      return type_error("not all arguments converted during string formatting");
    return std::move(out_);
  }

 private:
  // Reads the next character if there is one (CPython's `if (--fmtcnt >= 0)`).
  bool next(char32_t* ch) {
    if (--remaining_ < 0) return false;
    *ch = unicode::decode(f_, pos_);
    return true;
  }
  char32_t peek() const {
    if (pos_ >= f_.size()) return 0;
    size_t i = pos_;
    return unicode::decode(f_, i);
  }

  Status next_arg(Value* out) {
    if (arg_index_ < arg_count_) {
      int64_t i = arg_index_++;
      *out = tuple_ ? hooks_.tuple_item(static_cast<size_t>(i)) : single_;
      return ok_status();
    }
    return type_error("not enough arguments for format string");
  }

  Status format_arg() {
    Arg arg;
    arg.ch = peek();
    if (arg.ch == '%') {
      ++pos_;
      --remaining_;
      out_ += '%';
      return ok_status();
    }
    if (Status st = parse(arg); !st) return st;
    std::string text;
    if (Status st = convert(arg, text); !st) return st;
    if (arg.width > kMaxStrBytes) return memory_error();
    output(arg, text);
    if (mapping_ && arg_index_ < arg_count_) return type_error("not all arguments converted during string formatting");
    return ok_status();
  }

  Status star_argument(int64_t* out, bool is_width) {
    Value v;
    if (Status st = next_arg(&v); !st) return st;
    PercentValue pv;
    if (Status st = hooks_.classify(v, &pv); !st) return st;
    if (pv.kind != PercentValue::Int) return type_error("* wants int");
    int64_t n;
    if (!integer_to_int64(pv.int_value, &n) || (!is_width && (n > INT_MAX || n < INT_MIN)))
      return overflow_error(is_width ? "Python int too large to convert to C ssize_t"
                                     : "Python int too large to convert to C int");
    *out = n;
    return ok_status();
  }

  // CPython's unicode_format_arg_parse: a mapping key, flags, width, precision and
  // the length modifier, leaving the conversion character in arg.ch.
  Status parse(Arg& arg) {
    if (arg.ch == '(') {
      if (!mapping_) return type_error("format requires a mapping");
      ++pos_;
      --remaining_;
      size_t key_start = pos_;
      int depth = 1;
      char32_t c;
      while (depth > 0 && next(&c)) {
        if (c == ')') --depth;
        else if (c == '(') ++depth;
      }
      if (remaining_ < 0 || depth > 0) return value_error("incomplete format key");
      Value v;
      if (Status st = hooks_.lookup(f_.substr(key_start, pos_ - 1 - key_start), &v); !st) return st;
      single_ = v;
      tuple_ = false;
      arg_count_ = -1;
      arg_index_ = -2;
    }
    while (next(&arg.ch)) {
      switch (arg.ch) {
        case '-': arg.flags |= kLjust; continue;
        case '+': arg.flags |= kSign; continue;
        case ' ': arg.flags |= kBlank; continue;
        case '#': arg.flags |= kAlt; continue;
        case '0': arg.flags |= kZero; continue;
      }
      break;
    }
    if (arg.ch == '*') {
      if (Status st = star_argument(&arg.width, true); !st) return st;
      if (arg.width < 0) {
        arg.flags |= kLjust;
        arg.width = -arg.width;
      }
      next(&arg.ch);
    } else if (arg.ch >= '0' && arg.ch <= '9') {
      arg.width = arg.ch - '0';
      while (next(&arg.ch)) {
        if (arg.ch < '0' || arg.ch > '9') break;
        int d = static_cast<int>(arg.ch - '0');
        if (arg.width > (INT64_MAX - d) / 10) return value_error("width too big");
        arg.width = arg.width * 10 + d;
      }
    }
    if (arg.ch == '.') {
      arg.prec = 0;
      next(&arg.ch);
      if (arg.ch == '*') {
        if (Status st = star_argument(&arg.prec, false); !st) return st;
        if (arg.prec < 0) arg.prec = 0;
        next(&arg.ch);
      } else if (arg.ch >= '0' && arg.ch <= '9') {
        arg.prec = arg.ch - '0';
        while (next(&arg.ch)) {
          if (arg.ch < '0' || arg.ch > '9') break;
          int d = static_cast<int>(arg.ch - '0');
          if (arg.prec > (INT_MAX - d) / 10) return value_error("precision too big");
          arg.prec = arg.prec * 10 + d;
        }
      }
    }
    if (remaining_ >= 0 && (arg.ch == 'h' || arg.ch == 'l' || arg.ch == 'L')) next(&arg.ch);
    if (remaining_ < 0) return value_error("incomplete format");
    return ok_status();
  }

  // %d %i %u %o %x %X: CPython's _PyUnicode_FormatLong.
  Status format_long(const Arg& arg, Value i, std::string& out) {
    if (arg.prec > INT_MAX - 3) return overflow_error("precision too large");
    if (arg.prec > kMaxStrBytes - 8) return memory_error();
    char type = static_cast<char>(arg.ch);
    bool prefixed = type == 'o' || type == 'x' || type == 'X';
    std::string s;
    size_t non_digits = 0;
    if (prefixed) {
      s = int_to_prefixed(i, type == 'o' ? 8 : 16);
      non_digits = 2;
    } else {
      auto r = int_to_decimal(i);
      if (!r) return r.error();
      s = std::move(*r);
    }
    bool negative = s[0] == '-';
    non_digits += negative;
    if (prefixed && !(arg.flags & kAlt)) {  // drop the base marker
      s.erase(negative, 2);
      non_digits -= 2;
    }
    int64_t digits = static_cast<int64_t>(s.size() - non_digits);
    if (arg.prec > digits) s.insert(non_digits, static_cast<size_t>(arg.prec - digits), '0');
    if (type == 'X')
      for (char& c : s)
        if (c >= 'a' && c <= 'x') c = static_cast<char>(c - ('a' - 'A'));
    out = std::move(s);
    return ok_status();
  }

  // CPython's unicode_format_arg_format: the argument as text.
  Status convert(Arg& arg, std::string& out) {
    Value v;
    if (Status st = next_arg(&v); !st) return st;
    switch (arg.ch) {
      case 's': return hooks_.str(v, out);
      case 'r': return hooks_.repr(v, out);
      case 'a': {
        std::string r;
        if (Status st = hooks_.repr(v, r); !st) return st;
        out = ascii_from_repr(r);
        return ok_status();
      }
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
        PercentValue pv;
        pv.conversion = static_cast<char>(arg.ch);
        if (Status st = hooks_.classify(v, &pv); !st) return st;
        bool needs_index = arg.ch == 'o' || arg.ch == 'x' || arg.ch == 'X';
        Value i;
        if (pv.kind == PercentValue::Int) {
          i = pv.int_value;
        } else if (pv.kind == PercentValue::Float && !needs_index) {
          auto r = double_to_int(pv.float_value);
          if (!r) return r.error();
          i = *r;
        } else {
          return type_error(std::string("%") + static_cast<char>(arg.ch) + " format: " +
                            (needs_index ? "an integer" : "a real number") + " is required, not " +
                            pv.type_name.substr(0, 200));
        }
        arg.sign = true;
        return format_long(arg, i, out);
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        PercentValue pv;
        pv.conversion = static_cast<char>(arg.ch);
        if (Status st = hooks_.classify(v, &pv); !st) return st;
        double x;
        if (pv.kind == PercentValue::Float) {
          x = pv.float_value;
        } else if (pv.kind == PercentValue::Int) {
          auto r = int_to_double(pv.int_value);
          if (!r) return r.error();
          x = *r;
        } else {
          return type_error("must be real number, not " + pv.type_name.substr(0, 200));
        }
        arg.sign = true;
        if (arg.prec > kMaxStrBytes - 400) return memory_error();
        out = double_to_string(x, static_cast<char>(arg.ch), arg.prec < 0 ? 6 : static_cast<int>(arg.prec),
                               (arg.flags & kAlt) ? unsigned{kDtsfAlt} : 0u);
        return ok_status();
      }
      case 'c': {
        PercentValue pv;
        pv.conversion = static_cast<char>(arg.ch);
        if (Status st = hooks_.classify(v, &pv); !st) return st;
        if (pv.kind == PercentValue::Str) {
          if (unicode::length(pv.text) != 1) return type_error("%c requires int or char");
          out = pv.text;
          return ok_status();
        }
        if (pv.kind != PercentValue::Int) return type_error("%c requires int or char");
        int64_t x;
        if (!integer_to_int64(pv.int_value, &x) || x < 0 || x > 0x10FFFF)
          return overflow_error("%c arg not in range(0x110000)");
        unicode::encode(out, static_cast<char32_t>(x));
        return ok_status();
      }
      default: {
        char buf[96];
        char shown = arg.ch >= 31 && arg.ch <= 126 ? static_cast<char>(arg.ch) : '?';
        std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %lld", shown,
                      static_cast<unsigned>(arg.ch), static_cast<long long>(total_ - 1 - remaining_));
        return value_error(buf);
      }
    }
  }

  // CPython's unicode_format_arg_output: padding, the sign, the 0x/0o prefix.
  void output(Arg& arg, std::string_view str) {
    char fill = arg.sign && (arg.flags & kZero) ? '0' : ' ';
    int64_t len = static_cast<int64_t>(unicode::length(str));
    if ((arg.width == -1 || arg.width <= len) && (arg.prec == -1 || arg.prec >= len) &&
        !(arg.flags & (kSign | kBlank))) {
      out_ += str;
      return;
    }
    if ((arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a') && arg.prec >= 0 && len > arg.prec) len = arg.prec;
    size_t pindex = 0;  // numeric text is ASCII: bytes are characters there
    char sign_char = '\0';
    if (arg.sign) {
      char c = str.empty() ? '\0' : str[0];
      if (c == '-' || c == '+') {
        sign_char = c;
        --len;
        ++pindex;
      } else if (arg.flags & kSign) {
        sign_char = '+';
      } else if (arg.flags & kBlank) {
        sign_char = ' ';
      } else {
        arg.sign = false;
      }
    }
    if (arg.width < len) arg.width = len;
    if (arg.sign) {
      if (fill != ' ') out_ += sign_char;
      if (arg.width > len) --arg.width;
    }
    bool prefix = (arg.flags & kAlt) && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o');
    if (prefix) {
      if (fill != ' ') {
        out_ += '0';
        out_ += static_cast<char>(arg.ch);
        pindex += 2;
      }
      arg.width = std::max<int64_t>(arg.width - 2, 0);
      len -= 2;
    }
    if (arg.width > len && !(arg.flags & kLjust)) {
      append_fill(out_, fill, arg.width - len);
      arg.width = len;
    }
    if (fill == ' ') {
      if (arg.sign) out_ += sign_char;
      if (prefix) {
        out_ += '0';
        out_ += static_cast<char>(arg.ch);
        pindex += 2;
      }
    }
    if (len > 0) out_ += take_chars(str, pindex, len);
    if (arg.width > len) append_fill(out_, ' ', arg.width - len);
  }

  std::string_view f_;
  PercentHooks& hooks_;
  std::string out_;
  size_t pos_ = 0;
  int64_t total_ = 0;
  int64_t remaining_ = 0;
  bool mapping_ = false;
  bool tuple_ = false;
  Value single_;
  int64_t arg_index_ = -2;
  int64_t arg_count_ = -1;
};

}  // namespace

Result<std::string> percent_format(std::string_view format, const PercentArgs& args, PercentHooks& hooks) {
  return Formatter(format, args, hooks).run();
}

}  // namespace sy::pylib
