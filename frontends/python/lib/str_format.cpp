#include "frontends/python/lib/str_format.h"

#include <cstdio>

#include "frontends/python/lib/unicode.h"

namespace sy::pylib {

namespace {

// The field name's numeric value: -1 when empty or not all decimal digits (any
// script), -2 when it overflows.
int64_t field_integer(std::string_view s) {
  if (s.empty()) return -1;
  int64_t acc = 0;
  for (size_t i = 0; i < s.size();) {
    int d = unicode::decimal_value(unicode::decode(s, i));
    if (d < 0) return -1;
    if (acc > (INT64_MAX - d) / 10) return -2;
    acc = acc * 10 + d;
  }
  return acc;
}

PyError too_many_digits() { return value_error("Too many decimal digits in format string"); }

// One parsed replacement field.
struct Field {
  std::string_view name;
  std::string_view spec;
  bool spec_needs_expanding = false;
  char32_t conversion = 0;
};

class Engine {
 public:
  explicit Engine(FormatHooks& hooks) : hooks_(hooks) {}

  // CPython's build_string: literal text and fields, `depth` levels of nesting left.
  Status build(std::string_view s, int depth, std::string& out) {
    if (depth <= 0) return value_error("Max string recursion exceeded");
    size_t pos = 0, end = s.size();
    while (pos < end) {
      size_t start = pos;
      char c = 0;
      bool markup = false;
      while (pos < end) {
        c = s[pos++];
        if (c == '{' || c == '}') {
          markup = true;
          break;
        }
      }
      bool at_end = pos >= end;
      size_t len = pos - start;
      if (c == '}' && (at_end || s[pos] != '}')) return value_error("Single '}' encountered in format string");
      if (at_end && c == '{') return value_error("Single '{' encountered in format string");
      if (!at_end) {
        if (s[pos] == c) {  // {{ or }}: the first is literal text, the second is skipped
          ++pos;
          markup = false;
        } else {
          --len;
        }
      }
      out.append(s.substr(start, len));
      if (!markup) continue;
      Field field;
      if (Status st = parse_field(s, pos, field); !st) return st;
      if (Status st = output_markup(field, depth, out); !st) return st;
    }
    return ok_status();
  }

 private:
  enum class Numbering { Init, Auto, Manual };

  // CPython's parse_field: from just after '{' to just after the closing '}'.
  static Status parse_field(std::string_view s, size_t& pos, Field& field) {
    size_t end = s.size(), name_start = pos;
    char c = 0;
    while (pos < end) {
      c = s[pos++];
      if (c == '{') return value_error("unexpected '{' in field name");
      if (c == '[') {
        while (pos < end && s[pos] != ']') ++pos;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
    }
    field.name = s.substr(name_start, pos - 1 - name_start);
    if (c == '!' || c == ':') {
      if (c == '!') {
        if (pos >= end) return value_error("end of string while looking for conversion specifier");
        field.conversion = unicode::decode(s, pos);
        if (pos < end) {
          c = s[pos++];
          if (c == '}') return ok_status();
          if (c != ':') return value_error("expected ':' after conversion specifier");
        }
      }
      size_t spec_start = pos;
      int count = 1;
      while (pos < end) {
        c = s[pos++];
        if (c == '{') {
          field.spec_needs_expanding = true;
          ++count;
        } else if (c == '}' && --count == 0) {
          field.spec = s.substr(spec_start, pos - 1 - spec_start);
          return ok_status();
        }
      }
      return value_error("unmatched '{' in format spec");
    }
    if (c != '}') return value_error("expected '}' before end of string");
    return ok_status();
  }

  Status output_markup(const Field& field, int depth, std::string& out) {
    Value obj;
    if (Status st = field_object(field.name, &obj); !st) return st;
    if (field.conversion) {
      char32_t conv = field.conversion;
      if (conv != 'r' && conv != 's' && conv != 'a') {
        if (conv > 32 && conv < 127)
          return value_error(std::string("Unknown conversion specifier ") + static_cast<char>(conv));
        char buf[48];
        std::snprintf(buf, sizeof buf, "Unknown conversion specifier \\x%x", static_cast<unsigned>(conv));
        return value_error(buf);
      }
      Value converted;
      if (Status st = hooks_.convert(obj, static_cast<char>(conv), &converted); !st) return st;
      obj = converted;
    }
    if (!field.spec_needs_expanding) return hooks_.format(obj, field.spec, out);
    std::string spec;
    if (Status st = build(field.spec, depth - 1, spec); !st) return st;
    return hooks_.format(obj, spec, out);
  }

  // CPython's get_field_object: the first part picks an argument, then .attr and
  // [item] parts apply in turn.
  Status field_object(std::string_view name, Value* out) {
    size_t i = 0;
    while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
    std::string_view first = name.substr(0, i), rest = name.substr(i);
    int64_t index = field_integer(first);
    if (index == -2) return too_many_digits();
    bool empty = first.empty();
    if (empty || index >= 0) {
      if (numbering_ == Numbering::Init) numbering_ = empty ? Numbering::Auto : Numbering::Manual;
      if (numbering_ == Numbering::Manual && empty)
        return value_error("cannot switch from manual field specification to automatic field numbering");
      if (numbering_ == Numbering::Auto && !empty)
        return value_error("cannot switch from automatic field numbering to manual field specification");
      if (empty) index = static_cast<int64_t>(next_auto_++);
    }
    Value obj;
    if (index < 0) {
      if (Status st = hooks_.keyword(first, &obj); !st) return st;
    } else {
      if (!hooks_.has_positional()) return value_error("Format string contains positional fields");
      if (!hooks_.positional(static_cast<size_t>(index), &obj))
        return index_error("Replacement index " + std::to_string(index) + " out of range for positional args tuple");
    }
    size_t pos = 0;
    while (pos < rest.size()) {
      char c = rest[pos++];
      std::string_view part;
      Value next;
      if (c == '.') {
        size_t start = pos;
        while (pos < rest.size() && rest[pos] != '.' && rest[pos] != '[') ++pos;
        part = rest.substr(start, pos - start);
        if (part.empty()) return value_error("Empty attribute in format string");
        if (Status st = hooks_.getattr(obj, part, &next); !st) return st;
      } else if (c == '[') {
        size_t start = pos;
        while (pos < rest.size() && rest[pos] != ']') ++pos;
        if (pos >= rest.size()) return value_error("Missing ']' in format string");
        part = rest.substr(start, pos - start);
        ++pos;
        int64_t item = field_integer(part);
        if (item == -2) return too_many_digits();
        if (part.empty()) return value_error("Empty attribute in format string");
        Status st = item >= 0 ? hooks_.getitem_index(obj, item, &next) : hooks_.getitem_key(obj, part, &next);
        if (!st) return st;
      } else {
        return value_error("Only '.' or '[' may follow ']' in format field specifier");
      }
      obj = next;
    }
    *out = obj;
    return ok_status();
  }

  FormatHooks& hooks_;
  Numbering numbering_ = Numbering::Init;
  size_t next_auto_ = 0;
};

}  // namespace

Result<std::string> format_string(std::string_view format, FormatHooks& hooks) {
  Engine engine(hooks);
  std::string out;
  if (Status st = engine.build(format, 2, out); !st) return st.error();
  return out;
}

}  // namespace sy::pylib
