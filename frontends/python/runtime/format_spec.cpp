// The format-spec mini-language and printf-style formatting for builtin values, on
// the value library's float conversions (pylib::double_to_string).
#include "frontends/python/runtime/format_spec.h"

#include <cmath>

#include "core/bigint.h"
#include "frontends/python/lib/float_text.h"
#include "frontends/python/lib/unicode.h"
#include "frontends/python/runtime/internal.h"

namespace sy::py {

namespace {

struct Spec {
  char32_t fill = ' ';
  char align = 0;  // < > ^ =
  char sign = 0;   // + - space
  bool zero_neg = false;
  bool alt = false;
  bool zero = false;
  int64_t width = -1;
  char grouping = 0;  // , _
  int64_t precision = -1;
  char type = 0;
};

bool parse_spec(VM& vm, std::string_view s, Spec* out) {
  size_t i = 0;
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  // A fill character (any code point) before an alignment.
  if (!s.empty()) {
    size_t j = 0;
    char32_t c = pylib::unicode::decode(s, j);
    if (j < s.size() && is_align(s[j])) {
      out->fill = c;
      out->align = s[j];
      i = j + 1;
    } else if (is_align(s[0])) {
      out->align = s[0];
      i = 1;
    }
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) out->sign = s[i++];
  if (i < s.size() && s[i] == 'z') {
    out->zero_neg = true;
    ++i;
  }
  if (i < s.size() && s[i] == '#') {
    out->alt = true;
    ++i;
  }
  if (i < s.size() && s[i] == '0') {
    out->zero = true;
    ++i;
  }
  auto digits = [&](int64_t* v) {
    size_t start = i;
    int64_t n = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
      n = n * 10 + (s[i] - '0');
      if (n > INT32_MAX) {
        raise_value_error(vm, "Too many decimal digits in format string");
        return false;
      }
      ++i;
    }
    if (i > start) *v = n;
    return true;
  };
  if (!digits(&out->width)) return false;
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) out->grouping = s[i++];
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) {
    raise_value_error(vm, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    size_t before = i;
    if (!digits(&out->precision)) return false;
    if (i == before) {
      raise_value_error(vm, "Format specifier missing precision");
      return false;
    }
  }
  if (i < s.size()) out->type = s[i++];
  if (i < s.size()) {
    raise_value_error(vm, "Invalid format specifier '" + std::string(s) + "' for object of type '" +
                              std::string(out->type == 's' ? "str" : "") + "'");
    return false;
  }
  return true;
}

std::string group_digits(const std::string& digits, char sep, int every) {
  std::string out;
  int n = static_cast<int>(digits.size());
  for (int k = 0; k < n; ++k) {
    if (k > 0 && (n - k) % every == 0) out += sep;
    out += digits[k];
  }
  return out;
}

void encode(std::string& out, char32_t c) { pylib::unicode::encode(out, c); }

// Pads sign+prefix and body to the width.
std::string pad(const Spec& sp, const std::string& sign, const std::string& body, char default_align) {
  char align = sp.align ? sp.align : default_align;
  char32_t fill = sp.fill;
  if (sp.zero && !sp.align) {
    fill = '0';
    align = '=';
  }
  size_t len = pylib::unicode::length(sign) + pylib::unicode::length(body);
  std::string fills;
  int64_t n = sp.width > static_cast<int64_t>(len) ? sp.width - static_cast<int64_t>(len) : 0;
  auto make = [&](int64_t k) {
    std::string f;
    for (int64_t i = 0; i < k; ++i) encode(f, fill);
    return f;
  };
  switch (align) {
    case '<': return sign + body + make(n);
    case '^': return make(n / 2) + sign + body + make(n - n / 2);
    case '=': return sign + make(n) + body;
    default: return make(n) + sign + body;
  }
}

Value format_str(VM& vm, std::string_view s, const Spec& sp) {
  if (sp.type && sp.type != 's')
    return raise_value_error(vm, std::string("Unknown format code '") + sp.type + "' for object of type 'str'");
  if (sp.sign) return raise_value_error(vm, "Sign not allowed in string format specifier");
  if (sp.alt) return raise_value_error(vm, "Alternate form (#) not allowed in string format specifier");
  if (sp.align == '=') return raise_value_error(vm, "'=' alignment not allowed in string format specifier");
  if (sp.grouping) return raise_value_error(vm, std::string("Cannot specify '") + sp.grouping + "' with 's'.");
  std::string body(s);
  if (sp.precision >= 0) {
    size_t i = 0;
    for (int64_t k = 0; k < sp.precision && i < body.size(); ++k) pylib::unicode::decode(body, i);
    body.resize(i);
  }
  return str(pad(sp, "", body, '<'));
}

Value format_float(VM& vm, double d, Spec sp, bool from_int) {
  char type = sp.type;
  if (type == 'n') type = 'g';
  std::string body;
  unsigned flags = sp.alt ? pylib::kDtsfAlt : 0;
  if (sp.zero_neg) flags |= pylib::kDtsfNoNegZero;
  bool percent = type == '%';
  if (percent) {
    d *= 100;
    type = 'f';
  }
  int64_t prec = sp.precision;
  if (!type) {
    if (prec < 0) {
      body = pylib::double_to_string(d, 'r', 0, flags | (from_int ? 0 : pylib::kDtsfAddDot0));
    } else {
      body = pylib::double_to_string(d, 'g', prec == 0 ? 1 : static_cast<int>(prec), flags | pylib::kDtsfAddDot0);
    }
  } else {
    if (prec < 0) prec = 6;
    body = pylib::double_to_string(d, type, static_cast<int>(prec), flags);
  }
  if (percent) body += '%';
  std::string sign;
  if (!body.empty() && body[0] == '-') {
    sign = "-";
    body.erase(0, 1);
  } else if (sp.sign == '+') {
    sign = "+";
  } else if (sp.sign == ' ') {
    sign = " ";
  }
  if (sp.grouping && std::isfinite(d)) {
    size_t end = body.find_first_not_of("0123456789");
    if (end == std::string::npos) end = body.size();
    body = group_digits(body.substr(0, end), sp.grouping, 3) + body.substr(end);
  }
  (void)vm;
  return str(pad(sp, sign, body, '>'));
}

Value format_int(VM& vm, Value v, Spec sp) {
  if (v.is_bool()) v = Value::small_int(v.is_true());
  char type = sp.type;
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d;
      if (!to_double(vm, v, &d)) return Value();
      return format_float(vm, d, sp, true);
    }
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c': break;
    default:
      return raise_value_error(vm, std::string("Unknown format code '") + type + "' for object of type 'int'");
  }
  if (sp.precision >= 0) return raise_value_error(vm, "Precision not allowed in integer format specifier");
  if (type == 'c') {
    if (sp.sign) return raise_value_error(vm, "Sign not allowed with integer format specifier 'c'");
    int64_t cp = v.is_int() ? v.as_int() : -1;
    if (cp < 0 || cp > 0x10FFFF) return raise(vm, types().OverflowError, "%c arg not in range(0x110000)");
    std::string body;
    encode(body, static_cast<char32_t>(cp));
    return str(pad(sp, "", body, '>'));
  }
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  std::string digits = integer_to_string(v, base);
  bool neg = !digits.empty() && digits[0] == '-';
  if (neg) digits.erase(0, 1);
  if (type == 'X')
    for (char& c : digits) c = static_cast<char>(std::toupper(c));
  if (sp.grouping) {
    if (sp.grouping == ',' && base != 10)
      return raise_value_error(vm, std::string("Cannot specify ',' with '") + type + "'.");
    digits = group_digits(digits, sp.grouping, base == 10 ? 3 : 4);
  }
  std::string sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
  if (sp.alt && base != 10) sign += base == 2 ? "0b" : base == 8 ? "0o" : type == 'X' ? "0X" : "0x";
  return str(pad(sp, sign, digits, '>'));
}

}  // namespace

Value format_builtin(VM& vm, Value v, std::string_view spec) {
  Spec sp;
  if (!parse_spec(vm, spec, &sp)) return Value();
  if (is_str(v)) return format_str(vm, sv(v), sp);
  if (v.is_double()) {
    switch (sp.type) {
      case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
      default:
        return raise_value_error(vm, std::string("Unknown format code '") + sp.type + "' for object of type 'float'");
    }
    return format_float(vm, v.as_double(), sp, false);
  }
  return format_int(vm, v, sp);
}

// -- printf-style --

Value percent_format(VM& vm, Value fmt, Value args) {
  std::string_view f = sv(fmt);
  std::string out;
  const Value* items = &args;
  uint32_t nitems = 1;
  bool tuple_args = is_tuple(args);
  if (tuple_args) {
    items = args.as<Tuple>()->items;
    nitems = args.as<Tuple>()->size();
  }
  bool mapping = !tuple_args && (is_dict(args) || (type_of(args)->heap && !type_lookup(type_of(args), "__getitem__").is_empty()) ) &&
                 !is_str(args);
  uint32_t next = 0;
  bool used_mapping = false;
  auto take = [&](Value* v) -> bool {
    if (next >= nitems) {
      raise_type_error(vm, "not enough arguments for format string");
      return false;
    }
    *v = items[next++];
    return true;
  };
  for (size_t i = 0; i < f.size();) {
    char c = f[i];
    if (c != '%') {
      size_t j = f.find('%', i);
      if (j == std::string_view::npos) j = f.size();
      out.append(f.substr(i, j - i));
      i = j;
      continue;
    }
    ++i;
    if (i >= f.size()) return raise_value_error(vm, "incomplete format");
    Value key;
    if (f[i] == '(') {
      size_t depth = 1, j = i + 1;
      while (j < f.size() && depth) {
        if (f[j] == '(') ++depth;
        else if (f[j] == ')') --depth;
        ++j;
      }
      if (depth) return raise_value_error(vm, "incomplete format key");
      if (!mapping) return raise_type_error(vm, "format requires a mapping");
      key = get_item(vm, args, str(f.substr(i + 1, j - i - 2)));
      if (key.is_empty()) return key;
      used_mapping = true;
      i = j;
    }
    Spec sp;
    bool left = false;
    for (; i < f.size(); ++i) {
      char fl = f[i];
      if (fl == '-') left = true;
      else if (fl == '+') sp.sign = '+';
      else if (fl == ' ') { if (sp.sign != '+') sp.sign = ' '; }
      else if (fl == '#') sp.alt = true;
      else if (fl == '0') sp.zero = true;
      else break;
    }
    if (i < f.size() && f[i] == '*') {
      Value w;
      if (!take(&w)) return Value();
      if (!w.is_int()) return raise_type_error(vm, "* wants int");
      sp.width = w.as_int();
      if (sp.width < 0) {
        left = true;
        sp.width = -sp.width;
      }
      ++i;
    } else {
      int64_t w = 0;
      bool any = false;
      while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i]))) {
        w = w * 10 + (f[i++] - '0');
        any = true;
      }
      if (any) sp.width = w;
    }
    if (i < f.size() && f[i] == '.') {
      ++i;
      if (i < f.size() && f[i] == '*') {
        Value p;
        if (!take(&p)) return Value();
        if (!p.is_int()) return raise_type_error(vm, "* wants int");
        sp.precision = p.as_int();
        ++i;
      } else {
        int64_t p = 0;
        while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i]))) p = p * 10 + (f[i++] - '0');
        sp.precision = p;
      }
    }
    while (i < f.size() && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) ++i;
    if (i >= f.size()) return raise_value_error(vm, "incomplete format");
    char conv = f[i++];
    if (conv == '%') {
      out += '%';
      continue;
    }
    Value v = key;
    if (v.is_empty() && !take(&v)) return Value();
    if (left) sp.align = '<';
    else if (sp.zero && conv != 's' && conv != 'r' && conv != 'a' && conv != 'c') sp.align = '=';
    if (!sp.zero || left || conv == 's' || conv == 'r' || conv == 'a' || conv == 'c') sp.zero = false;
    else sp.fill = '0';
    if (!sp.align) sp.align = '>';
    Value piece;
    switch (conv) {
      case 's': case 'r': case 'a': {
        Value s = conv == 's' ? to_str(vm, v) : conv == 'r' ? to_repr(vm, v) : ascii_of(vm, v);
        if (s.is_empty()) return s;
        Spec ss;
        ss.width = sp.width;
        ss.precision = sp.precision;
        ss.align = left ? '<' : '>';
        piece = format_str(vm, sv(s), ss);
        break;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        Value n = v;
        if (v.is_double()) {
          n = int_from_double(vm, v.as_double());
          if (n.is_empty()) return n;
        } else if (!is_number(v)) {
          Value m = type_of(v)->heap ? type_lookup(type_of(v), conv == 'd' || conv == 'i' || conv == 'u' ? "__int__" : "__index__") : Value();
          if (m.is_empty())
            return raise_type_error(vm, std::string("%") + conv + " format: " +
                                            (conv == 'o' || conv == 'x' || conv == 'X' ? "an integer" : "a real number") +
                                            " is required, not " + type_name_of(v));
          n = call_special(vm, m, v, {});
          if (n.is_empty()) return n;
        }
        Spec is = sp;
        is.type = conv == 'i' || conv == 'u' ? 'd' : conv;
        int64_t prec = is.precision;
        is.precision = -1;
        piece = format_int(vm, n, is);
        if (piece.is_empty()) return piece;
        if (prec > 0) {
          // %.5d pads the digits with zeros.
          std::string digits = integer_to_string(n.is_bool() ? Value::small_int(n.is_true()) : n,
                                                 conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10);
          bool neg = digits[0] == '-';
          if (neg) digits.erase(0, 1);
          while (static_cast<int64_t>(digits.size()) < prec) digits.insert(0, "0");
          if (conv == 'X') for (char& ch : digits) ch = static_cast<char>(std::toupper(ch));
          std::string sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
          if (sp.alt && conv != 'd' && conv != 'i' && conv != 'u') sign += conv == 'o' ? "0o" : conv == 'X' ? "0X" : "0x";
          piece = str(pad(is, sign, digits, '>'));
        }
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (!is_number(v) && !type_of(v)->heap)
          return raise_type_error(vm, std::string("must be real number, not ") + type_name_of(v));
        if (!to_double(vm, v, &d)) return Value();
        Spec fs = sp;
        fs.type = conv;
        if (fs.precision < 0) fs.precision = 6;
        piece = format_float(vm, d, fs, false);
        break;
      }
      case 'c': {
        std::string body;
        if (is_str(v) && str_length(v) == 1) body = std::string(sv(v));
        else if (v.is_int() && v.as_int() >= 0 && v.as_int() <= 0x10FFFF) encode(body, static_cast<char32_t>(v.as_int()));
        else if (v.is_int()) return raise(vm, types().OverflowError, "%c arg not in range(0x110000)");
        else return raise_type_error(vm, "%c requires int or char");
        Spec cs;
        cs.width = sp.width;
        cs.align = left ? '<' : '>';
        piece = str(pad(cs, "", body, '>'));
        break;
      }
      default: {
        char buf[64];
        std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu", conv,
                      static_cast<unsigned>(static_cast<unsigned char>(conv)), i - 1);
        return raise_value_error(vm, buf);
      }
    }
    if (piece.is_empty()) return piece;
    out += sv(piece);
  }
  if (!used_mapping && next < nitems && !(mapping && nitems == 1))
    return raise_type_error(vm, "not all arguments converted during string formatting");
  return str(out);
}

}  // namespace sy::py
