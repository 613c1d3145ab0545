#include "frontends/python/lib/format_spec.h"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <vector>

#include "core/bigint.h"
#include "frontends/python/lib/float_text.h"
#include "frontends/python/lib/int_arith.h"
#include "frontends/python/lib/int_text.h"
#include "frontends/python/lib/unicode.h"

namespace sy::pylib {

namespace {

// -- Parsing --

bool is_alignment(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_sign(char32_t c) { return c == ' ' || c == '+' || c == '-'; }

// "'x'" for printable ASCII, "'\x1'" otherwise, as CPython's %c / \x%x pair.
std::string quoted_code(char32_t c) {
  if (c > 32 && c < 128) return std::string("'") + static_cast<char>(c) + "'";
  char buf[16];
  std::snprintf(buf, sizeof buf, "'\\x%x'", static_cast<unsigned>(c));
  return buf;
}

PyError unknown_presentation_type(char32_t type, std::string_view type_name) {
  return value_error("Unknown format code " + quoted_code(type) + " for object of type '" +
                     std::string(type_name.substr(0, 200)) + "'");
}

// The code points of a spec: on the stack when short, as specs are.
class SpecChars {
 public:
  explicit SpecChars(std::string_view text) {
    if (text.size() > kInline) heap_.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
      char32_t c = unicode::decode(text, i);
      if (text.size() > kInline) heap_.push_back(c);
      else inline_[size_++] = c;
    }
    if (text.size() > kInline) size_ = heap_.size();
    data_ = text.size() > kInline ? heap_.data() : inline_;
  }
  size_t size() const { return size_; }
  char32_t operator[](size_t i) const { return data_[i]; }

 private:
  static constexpr size_t kInline = 32;
  char32_t inline_[kInline];
  std::vector<char32_t> heap_;
  const char32_t* data_;
  size_t size_ = 0;
};

// Digits (any script's decimal digits) at s[pos...]; -1 on overflow. Sets *value.
int64_t read_integer(const SpecChars& s, size_t& pos, int64_t* value) {
  int64_t acc = 0, count = 0;
  for (; pos < s.size(); ++pos, ++count) {
    int d = unicode::decimal_value(s[pos]);
    if (d < 0) break;
    if (acc > (INT64_MAX - d) / 10) return -1;
    acc = acc * 10 + d;
  }
  *value = acc;
  return count;
}

}  // namespace

Result<FormatSpec> parse_format_spec(std::string_view spec_text, char default_type, char default_align,
                                     std::string_view type_name) {
  SpecChars spec(spec_text);
  FormatSpec f;
  f.align = default_align;
  f.type = static_cast<unsigned char>(default_type);
  size_t pos = 0, end = spec.size();
  bool fill_specified = false, align_specified = false;
  if (end - pos >= 2 && is_alignment(spec[pos + 1])) {
    f.align = static_cast<char>(spec[pos + 1]);
    f.fill = spec[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment(spec[pos])) {
    f.align = static_cast<char>(spec[pos]);
    align_specified = true;
    ++pos;
  }
  if (pos < end && is_sign(spec[pos])) f.sign = static_cast<char>(spec[pos++]);
  if (pos < end && spec[pos] == 'z') f.no_neg_0 = true, ++pos;
  if (pos < end && spec[pos] == '#') f.alternate = true, ++pos;
  if (!fill_specified && pos < end && spec[pos] == '0') {
    f.fill = '0';
    if (!align_specified && default_align == '>') f.align = '=';
    ++pos;
  }
  int64_t consumed = read_integer(spec, pos, &f.width);
  if (consumed < 0) return value_error("Too many decimal digits in format string");
  if (consumed == 0) f.width = -1;
  if (pos < end && spec[pos] == ',') f.grouping = ',', ++pos;
  if (pos < end && spec[pos] == '_') {
    if (f.grouping) return value_error("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (pos < end && spec[pos] == ',' && f.grouping == '_') return value_error("Cannot specify both ',' and '_'.");
  if (pos < end && spec[pos] == '.') {
    ++pos;
    consumed = read_integer(spec, pos, &f.precision);
    if (consumed < 0) return value_error("Too many decimal digits in format string");
    if (consumed == 0) return value_error("Format specifier missing precision");
  }
  if (end - pos > 1)
    return value_error("Invalid format specifier '" + std::string(spec_text) + "' for object of type '" +
                       std::string(type_name.substr(0, 200)) + "'");
  if (end - pos == 1) f.type = spec[pos++];
  if (f.grouping) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;  // every four digits (PEP 515)
        [[fallthrough]];
      default:
        return value_error(std::string("Cannot specify '") + f.grouping + "' with " + quoted_code(f.type) + ".");
    }
  }
  return f;
}

namespace {

// -- Numbers --

void append_fill(std::string& out, char32_t fill, int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<size_t>(n), static_cast<char>(fill));
    return;
  }
  for (int64_t i = 0; i < n; ++i) unicode::encode(out, fill);
}

// CPython's _PyUnicode_InsertThousandsGrouping: digits in groups of `group` (0: no
// grouping) separated by sep, padded on the left with zeros (and separators) to at
// least min_width characters.
std::string group_digits(std::string_view digits, int64_t min_width, int group, char sep) {
  min_width = std::max<int64_t>(0, min_width);
  std::string out;  // built right to left, reversed at the end
  int64_t remaining = static_cast<int64_t>(digits.size());
  size_t pos = digits.size();
  bool use_sep = false;
  auto fill = [&](int64_t n_chars, int64_t n_zeros) {
    if (use_sep) out += sep;
    for (int64_t i = 0; i < n_chars; ++i) out += digits[--pos];
    out.append(static_cast<size_t>(n_zeros), '0');
  };
  bool broken = false;
  if (group > 0) {
    for (;;) {
      int64_t len = std::min<int64_t>(group, std::max({remaining, min_width, int64_t{1}}));
      int64_t n_zeros = std::max<int64_t>(0, len - remaining);
      int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
      fill(n_chars, n_zeros);
      use_sep = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= 1;  // the separator
    }
  }
  if (!broken) {
    int64_t len = std::max({remaining, min_width, int64_t{1}});
    int64_t n_zeros = std::max<int64_t>(0, len - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
    fill(n_chars, n_zeros);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// The parts of a formatted number, laid out by CPython's calc_number_widths and
// fill_number:  <lpad> <sign> <prefix> <spad> <grouped digits> <decimal> <rest> <rpad>.
// The views point into the caller's text.
struct NumberParts {
  bool negative = false;
  std::string_view prefix;     // "0x", when '#' asks for it
  std::string_view digits;     // the integer digits, to be grouped
  bool has_decimal = false;
  std::string_view remainder;  // after the decimal point: fraction, exponent, "inf", a 'c' char
  int group = 0;               // group size, 0 for none
  char separator = '\0';
  bool upper = false;          // 'X': digits and prefix in upper case
};

void upper_ascii(std::string& s, size_t from) {
  for (size_t i = from; i < s.size(); ++i)
    if (s[i] >= 'a' && s[i] <= 'z') s[i] = static_cast<char>(s[i] - 32);
}

std::string render_number(const FormatSpec& f, const NumberParts& p) {
  char sign = '\0';
  if (f.sign == '+') sign = p.negative ? '-' : '+';
  else if (f.sign == ' ') sign = p.negative ? '-' : ' ';
  else if (p.negative) sign = '-';
  int64_t n_sign = sign ? 1 : 0;
  int64_t n_remainder = static_cast<int64_t>(unicode::length(p.remainder));
  int64_t n_non_digit = n_sign + static_cast<int64_t>(p.prefix.size()) + (p.has_decimal ? 1 : 0) + n_remainder;
  int64_t min_width = f.fill == '0' && f.align == '=' ? f.width - n_non_digit : 0;
  // Grouping or zero padding rewrites the digits; otherwise they go out as they are.
  std::string grouped_text;
  std::string_view grouped = p.digits;
  if (!p.digits.empty() && (p.group > 0 || min_width > static_cast<int64_t>(p.digits.size()))) {
    grouped_text = group_digits(p.digits, min_width, p.group, p.separator);
    grouped = grouped_text;
  }
  int64_t padding = f.width - (n_non_digit + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding / 2, rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding; break;
    }
  }
  std::string out;
  out.reserve(static_cast<size_t>(std::max<int64_t>(f.width, 0)) + grouped.size() + p.remainder.size() + 4);
  append_fill(out, f.fill, lpad);
  if (sign) out += sign;
  size_t prefix_at = out.size();
  out += p.prefix;
  if (p.upper) upper_ascii(out, prefix_at);
  append_fill(out, f.fill, spad);
  size_t digits_at = out.size();
  out += grouped;
  if (p.upper) upper_ascii(out, digits_at);
  if (p.has_decimal) out += '.';
  out += p.remainder;
  append_fill(out, f.fill, rpad);
  return out;
}

// The grouping of 'd', 'e', 'f', ... (every three) and of 'b', 'o', 'x' (every four);
// 'n' follows the "C" locale, which groups nothing.
void set_grouping(const FormatSpec& f, NumberParts& p) {
  if (f.type == 'n' || !f.grouping) return;
  p.separator = f.grouping;
  bool binary = f.type == 'b' || f.type == 'o' || f.type == 'x' || f.type == 'X';
  p.group = binary ? 4 : 3;
}

Result<std::string> format_float_internal(double val, FormatSpec f) {
  if (f.precision > INT_MAX) return value_error("precision too big");
  if (f.precision > kMaxStrBytes - 400) return memory_error();
  int precision = static_cast<int>(f.precision);
  unsigned flags = 0;
  if (f.alternate) flags |= kDtsfAlt;
  if (f.no_neg_0) flags |= kDtsfNoNegZero;
  char32_t type = f.type;
  int default_precision = 6;
  if (type == '\0') {  // like repr, or 'g' with at least one digit after the point
    flags |= kDtsfAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string text = double_to_string(val, static_cast<char>(type), precision, flags);
  if (add_pct) text += '%';
  if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'n' && !f.grouping) return text;
  NumberParts p;
  std::string_view t = text;
  size_t i = 0;
  if (t[0] == '-') p.negative = true, i = 1;
  size_t digits_end = i;
  while (digits_end < t.size() && t[digits_end] >= '0' && t[digits_end] <= '9') ++digits_end;
  p.digits = t.substr(i, digits_end - i);
  p.has_decimal = digits_end < t.size() && t[digits_end] == '.';
  p.remainder = t.substr(digits_end + (p.has_decimal ? 1 : 0));
  set_grouping(f, p);
  return render_number(f, p);
}

Result<std::string> format_long_internal(Value value, const FormatSpec& f) {
  if (f.precision != -1) return value_error("Precision not allowed in integer format specifier");
  if (f.no_neg_0) return value_error("Negative zero coercion (z) not allowed in integer format specifier");
  NumberParts p;
  if (f.type == 'c') {
    if (f.sign) return value_error("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t x;
    if (!integer_to_int64(value, &x)) return overflow_error("Python int too large to convert to C long");
    if (x < 0 || x > 0x10FFFF) return overflow_error("%c arg not in range(0x110000)");
    std::string ch;
    unicode::encode(ch, static_cast<char32_t>(x));
    p.remainder = ch;
    return render_number(f, p);
  }
  int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
  std::string text;
  if (base == 10) {
    auto r = int_to_decimal(value);
    if (!r) return r.error();
    text = std::move(*r);
  } else {
    text = int_to_base(value, base);
  }
  std::string_view digits = text;
  if (text[0] == '-') {
    p.negative = true;
    digits.remove_prefix(1);
  }
  if (f.alternate && base != 10) p.prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'X' && f.type != 'n' && !f.grouping) {
    if (p.prefix.empty()) return text;
    return (p.negative ? "-" : "") + std::string(p.prefix) + std::string(digits);
  }
  p.digits = digits;
  p.upper = f.type == 'X';
  set_grouping(f, p);
  return render_number(f, p);
}

}  // namespace

Result<std::string> format_int(Value i, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return int_to_decimal(i);
  auto f = parse_format_spec(spec, 'd', '>', type_name);
  if (!f) return f.error();
  if (f->width > kMaxStrBytes / 4) return memory_error();
  switch (f->type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_long_internal(i, *f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      auto d = int_to_double(i);
      if (!d) return d.error();
      return format_float_internal(*d, *f);
    }
    default: return unknown_presentation_type(f->type, type_name);
  }
}

Result<std::string> format_bool(bool b, std::string_view spec) {
  if (spec.empty()) return std::string(b ? "True" : "False");
  return format_int(Value::small_int(b ? 1 : 0), spec, "bool");
}

Result<std::string> format_float(double d, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return float_repr(d);
  auto f = parse_format_spec(spec, '\0', '>', type_name);
  if (!f) return f.error();
  if (f->width > kMaxStrBytes / 4) return memory_error();
  switch (f->type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_float_internal(d, *f);
    default: return unknown_presentation_type(f->type, type_name);
  }
}

Result<std::string> format_str(std::string_view s, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return std::string(s);
  auto parsed = parse_format_spec(spec, 's', '<', type_name);
  if (!parsed) return parsed.error();
  const FormatSpec& f = *parsed;
  if (f.type != 's') return unknown_presentation_type(f.type, type_name);
  if (f.sign == ' ') return value_error("Space not allowed in string format specifier");
  if (f.sign) return value_error("Sign not allowed in string format specifier");
  if (f.no_neg_0) return value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) return value_error("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') return value_error("'=' alignment not allowed in string format specifier");
  if (f.width > kMaxStrBytes / 4) return memory_error();
  int64_t len = static_cast<int64_t>(unicode::length(s));
  if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) return std::string(s);
  size_t bytes = s.size();
  if (f.precision >= 0 && len >= f.precision) {  // keep the first `precision` characters
    len = f.precision;
    size_t i = 0;
    for (int64_t k = 0; k < len; ++k) i += unicode::sequence_length(static_cast<unsigned char>(s[i]));
    bytes = i;
  }
  int64_t total = f.width >= 0 && f.width > len ? f.width : len;
  int64_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
  int64_t rpad = total - len - lpad;
  std::string out;
  append_fill(out, f.fill, lpad);
  out.append(s.substr(0, bytes));
  append_fill(out, f.fill, rpad);
  return out;
}

}  // namespace sy::pylib
