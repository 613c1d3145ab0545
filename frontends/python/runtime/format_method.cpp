// str.format: replacement fields {name.attr[index]!conv:spec}, automatic and manual
// numbering, nested fields in the spec.
#include "frontends/python/runtime/builtin_defs.h"

namespace sy::py {

namespace {

struct FormatState {
  const Args* args;
  Value kwargs;  // dict of keyword arguments, or nil
  int64_t auto_index = 0;
  bool used_auto = false, used_manual = false;
};

Value format_string(VM& vm, std::string_view f, FormatState& st, int depth);

Value field_value(VM& vm, std::string_view field, FormatState& st) {
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
  std::string_view first = field.substr(0, i);
  Value v;
  if (first.empty()) {
    if (st.used_manual)
      return raise_value_error(vm, "cannot switch from manual field specification to automatic field numbering");
    st.used_auto = true;
    int64_t k = st.auto_index++;
    if (k + 1 >= static_cast<int64_t>(st.args->npos))
      return raise_index_error(vm, "Replacement index " + std::to_string(k) + " out of range for positional args tuple");
    v = st.args->pos[k + 1];
  } else if (std::all_of(first.begin(), first.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    if (st.used_auto)
      return raise_value_error(vm, "cannot switch from automatic field numbering to manual field specification");
    st.used_manual = true;
    int64_t k = std::stoll(std::string(first));
    if (k + 1 >= static_cast<int64_t>(st.args->npos))
      return raise_index_error(vm, "Replacement index " + std::to_string(k) + " out of range for positional args tuple");
    v = st.args->pos[k + 1];
  } else {
    Value key = str(first);
    if (st.kwargs.is_nil()) return raise_key_error(vm, key);
    Value r;
    if (!dict_get(vm, st.kwargs.as<Dict>(), key, &r)) return Value();
    if (r.is_empty()) return raise_key_error(vm, key);
    v = r;
  }
  while (i < field.size()) {
    if (field[i] == '.') {
      size_t j = i + 1;
      while (j < field.size() && field[j] != '.' && field[j] != '[') ++j;
      v = getattr(vm, v, str_interned(field.substr(i + 1, j - i - 1)));
      if (v.is_empty()) return v;
      i = j;
    } else {
      size_t j = field.find(']', i);
      if (j == std::string_view::npos) return raise_value_error(vm, "Missing ']' in format string");
      std::string_view k = field.substr(i + 1, j - i - 1);
      Value key = !k.empty() && std::all_of(k.begin(), k.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })
                      ? Value::small_int(std::stoll(std::string(k)))
                      : str(k);
      v = get_item(vm, v, key);
      if (v.is_empty()) return v;
      i = j + 1;
    }
  }
  return v;
}

Value format_string(VM& vm, std::string_view f, FormatState& st, int depth) {
  if (depth > 2) return raise_value_error(vm, "Max string recursion exceeded");
  std::string out;
  for (size_t i = 0; i < f.size();) {
    char c = f[i];
    if (c == '}') {
      if (i + 1 < f.size() && f[i + 1] == '}') {
        out += '}';
        i += 2;
        continue;
      }
      return raise_value_error(vm, "Single '}' encountered in format string");
    }
    if (c != '{') {
      out += c;
      ++i;
      continue;
    }
    if (i + 1 < f.size() && f[i + 1] == '{') {
      out += '{';
      i += 2;
      continue;
    }
    // Find the matching '}' (specs may nest one level of fields).
    size_t j = i + 1, level = 1;
    while (j < f.size()) {
      if (f[j] == '{') ++level;
      else if (f[j] == '}' && --level == 0) break;
      ++j;
    }
    if (j >= f.size()) return raise_value_error(vm, "Single '{' encountered in format string");
    std::string_view field = f.substr(i + 1, j - i - 1);
    i = j + 1;
    size_t colon = std::string_view::npos, bang = std::string_view::npos;
    size_t bracket = 0;
    for (size_t k = 0; k < field.size(); ++k) {
      if (field[k] == '[') ++bracket;
      else if (field[k] == ']' && bracket) --bracket;
      else if (!bracket && field[k] == '!' && bang == std::string_view::npos && colon == std::string_view::npos) bang = k;
      else if (!bracket && field[k] == ':') {
        colon = k;
        break;
      }
    }
    std::string_view name = field.substr(0, std::min(bang, colon));
    char conv = 0;
    if (bang != std::string_view::npos) {
      size_t end = colon == std::string_view::npos ? field.size() : colon;
      if (end != bang + 2) return raise_value_error(vm, "expected ':' after conversion specifier");
      conv = field[bang + 1];
    }
    Value v = field_value(vm, name, st);
    if (v.is_empty()) return v;
    if (conv == 'r') v = to_repr(vm, v);
    else if (conv == 's') v = to_str(vm, v);
    else if (conv == 'a') v = ascii_of(vm, v);
    else if (conv) return raise_value_error(vm, std::string("Unknown conversion specifier ") + conv);
    if (v.is_empty()) return v;
    Value spec = str("");
    if (colon != std::string_view::npos) {
      spec = format_string(vm, field.substr(colon + 1), st, depth + 1);
      if (spec.is_empty()) return spec;
    }
    Value r = format_value(vm, v, spec);
    if (r.is_empty()) return r;
    out += sv(r);
  }
  return str(out);
}

}  // namespace

Value m_format(VM& vm, const Args& a) {
  FormatState st;
  st.args = &a;
  st.kwargs = a.kw[0].is_empty() ? Value::nil() : a.kw[0];
  return format_string(vm, sv(a.pos[0]), st, 0);
}

}  // namespace sy::py
