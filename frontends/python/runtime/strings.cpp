// str: the methods, the operators (fast natives for sites) and indexing by code point.
// Strings are UTF-8; a str whose code-point count equals its byte length is ASCII and
// indexes in O(1) (the count is cached in the String).
#include <algorithm>
#include <cstring>

#include "core/bigint.h"
#include "core/heap.h"
#include "frontends/python/lib/unicode.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/format_spec.h"
#include "frontends/python/runtime/iterators.h"
#include "frontends/python/runtime/sequences.h"
#include "frontends/python/runtime/sites.h"

namespace sy::py {

namespace u = pylib::unicode;

Value m_format(VM& vm, const Args& a);  // str.format: format_method.cpp

namespace {

std::string_view S(Value v) { return sv(v); }
bool ascii(Value v) { return str_length(v) == v.as<String>()->length; }

// Byte offsets of each code point, plus the end.
std::vector<size_t> offsets(std::string_view s) {
  std::vector<size_t> o;
  o.reserve(s.size() + 1);
  for (size_t i = 0; i < s.size(); i += u::sequence_length(static_cast<unsigned char>(s[i]))) o.push_back(i);
  o.push_back(s.size());
  return o;
}

// Code points in [from, to) of s (character indexes).
std::string_view cp_sub(Value s, int64_t from, int64_t to) {
  std::string_view t = S(s);
  if (ascii(s)) return t.substr(from, to - from);
  auto o = offsets(t);
  return t.substr(o[from], o[to] - o[from]);
}

int64_t byte_to_cp(Value s, size_t byte) {
  if (ascii(s)) return static_cast<int64_t>(byte);
  return static_cast<int64_t>(u::length(S(s).substr(0, byte)));
}
size_t cp_to_byte(Value s, int64_t cp) {
  if (ascii(s)) return static_cast<size_t>(cp);
  std::string_view t = S(s);
  size_t i = 0;
  for (int64_t k = 0; k < cp && i < t.size(); ++k) i += u::sequence_length(static_cast<unsigned char>(t[i]));
  return i;
}

Value need_str(VM& vm, Value v, const char* what) {
  if (is_str(v)) return v;
  return raise_type_error(vm, std::string(what) + " must be str, not " + type_name_of(v));
}

// -- Fast natives --

Value s_concat(VM&, const NativeCallable*, const Value* a, uint32_t) {
  String *x = a[0].as<String>(), *y = a[1].as<String>();
  if (y->length == 0) return a[0];
  if (x->length == 0) return a[1];
  std::string r;
  r.reserve(x->length + y->length);
  r.append(x->chars, x->length);
  r.append(y->chars, y->length);
  return str(r);
}

Value repeat(VM& vm, Value s, Value n) {
  int64_t k;
  if (!index_value(vm, n, &k, "can't multiply sequence by non-int of type")) return Value();
  if (k <= 0) return str("");
  std::string_view t = S(s);
  if (t.size() && static_cast<uint64_t>(k) > (uint64_t{1} << 40) / t.size()) return raise(vm, types().MemoryError, "");
  std::string r;
  r.reserve(t.size() * k);
  for (int64_t i = 0; i < k; ++i) r += t;
  return str(r);
}
Value s_repeat(VM& vm, const NativeCallable*, const Value* a, uint32_t) { return repeat(vm, a[0], a[1]); }
Value s_rrepeat(VM& vm, const NativeCallable*, const Value* a, uint32_t) { return repeat(vm, a[1], a[0]); }

template <CmpOp Op>
Value s_cmp(VM&, const NativeCallable*, const Value* a, uint32_t) {
  std::string_view x = S(a[0]), y = S(a[1]);
  int c = x.compare(y);  // bytewise UTF-8 order is code-point order
  bool r;
  switch (Op) {
    case CmpOp::Lt: r = c < 0; break;
    case CmpOp::Le: r = c <= 0; break;
    case CmpOp::Eq: r = c == 0; break;
    case CmpOp::Ne: r = c != 0; break;
    case CmpOp::Gt: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return Value::boolean(r);
}

Value s_contains(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  if (!is_str(a[1]))
    return raise_type_error(vm, "'in <string>' requires string as left operand, not " + type_name_of(a[1]));
  return Value::boolean(S(a[0]).find(S(a[1])) != std::string_view::npos);
}
Value s_len(VM&, const NativeCallable*, const Value* a, uint32_t) {
  return Value::small_int(static_cast<int64_t>(str_length(a[0])));
}
Value s_truth(VM&, const NativeCallable*, const Value* a, uint32_t) { return Value::boolean(a[0].as<String>()->length); }
Value s_iter(VM&, const NativeCallable*, const Value* a, uint32_t) { return new_seq_iter(a[0]); }

Value s_getitem(VM& vm, const NativeCallable*, const Value* a, uint32_t) {
  Value s = a[0], k = a[1];
  auto n = static_cast<int64_t>(str_length(s));
  if (is_instance(k, classes().slice)) {
    SliceIndices si;
    if (!slice_indices(vm, k, n, &si)) return Value();
    if (si.step == 1) return str(si.count > 0 ? cp_sub(s, si.start, si.start + si.count) : "");
    std::string out;
    std::string_view t = S(s);
    if (ascii(s)) {
      for (int64_t i = 0, j = si.start; i < si.count; ++i, j += si.step) out += t[j];
    } else {
      auto o = offsets(t);
      for (int64_t i = 0, j = si.start; i < si.count; ++i, j += si.step) out.append(t.substr(o[j], o[j + 1] - o[j]));
    }
    return str(out);
  }
  int64_t i;
  if (k.is_int()) i = k.as_int();
  else if (k.is_bool()) i = k.is_true();
  else if (type_of(k)->heap && !type_lookup(type_of(k), "__index__").is_empty()) {
    if (!index_value(vm, k, &i, "string indices")) return Value();
  } else {
    return raise_type_error(vm, "string indices must be integers, not '" + type_name_of(k) + "'");
  }
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise_index_error(vm, "string index out of range");
  if (ascii(s)) return char_str(static_cast<unsigned char>(S(s)[i]));
  size_t b = cp_to_byte(s, i);
  size_t j = b;
  return char_str(u::decode(S(s), j));
}

Value s_mod(VM& vm, const NativeCallable*, const Value* a, uint32_t) { return percent_format(vm, a[0], a[1]); }

// -- Methods --

// Whitespace split (sep None) and separator split, with maxsplit, as CPython.
Value split_impl(VM& vm, const Args& a, bool right) {
  Value s = a.pos[0];
  Value sep = arg_or_kw(a, 1, 0);
  Value maxv = arg_or_kw(a, 2, 1);
  int64_t maxsplit = -1;
  if (!maxv.is_empty() && !index_value(vm, maxv, &maxsplit, "maxsplit")) return Value();
  std::string_view t = S(s);
  Array* out = new_array(0);
  if (sep.is_empty() || sep.is_nil()) {
    // Runs of whitespace separate; leading and trailing whitespace is dropped.
    std::vector<std::pair<size_t, size_t>> words;
    auto o = offsets(t);
    std::vector<char32_t> cps;
    for (size_t k = 0; k + 1 < o.size(); ++k) {
      size_t j = o[k];
      cps.push_back(u::decode(t, j));
    }
    size_t n = cps.size();
    if (!right) {
      size_t i = 0;
      int64_t splits = 0;
      while (i < n) {
        while (i < n && u::is_space(cps[i])) ++i;
        if (i == n) break;
        if (maxsplit >= 0 && splits == maxsplit) {
          size_t e = n;
          while (e > i && u::is_space(cps[e - 1])) --e;
          array_push(out, str(t.substr(o[i], o[e] - o[i])));
          break;
        }
        size_t j = i;
        while (j < n && !u::is_space(cps[j])) ++j;
        array_push(out, str(t.substr(o[i], o[j] - o[i])));
        ++splits;
        i = j;
      }
    } else {
      size_t i = n;
      int64_t splits = 0;
      std::vector<Value> parts;
      while (i > 0) {
        while (i > 0 && u::is_space(cps[i - 1])) --i;
        if (i == 0) break;
        if (maxsplit >= 0 && splits == maxsplit) {
          size_t b = 0;
          while (b < i && u::is_space(cps[b])) ++b;
          parts.push_back(str(t.substr(o[b], o[i] - o[b])));
          break;
        }
        size_t j = i;
        while (j > 0 && !u::is_space(cps[j - 1])) --j;
        parts.push_back(str(t.substr(o[j], o[i] - o[j])));
        ++splits;
        i = j;
      }
      for (auto it = parts.rbegin(); it != parts.rend(); ++it) array_push(out, *it);
    }
    return Value::object(out);
  }
  if (!is_str(sep)) return raise_type_error(vm, "must be str or None, not " + type_name_of(sep));
  std::string_view p = S(sep);
  if (p.empty()) return raise_value_error(vm, "empty separator");
  if (!right) {
    size_t i = 0;
    int64_t splits = 0;
    for (;;) {
      size_t j = (maxsplit >= 0 && splits == maxsplit) ? std::string_view::npos : t.find(p, i);
      if (j == std::string_view::npos) {
        array_push(out, str(t.substr(i)));
        break;
      }
      array_push(out, str(t.substr(i, j - i)));
      i = j + p.size();
      ++splits;
    }
  } else {
    std::vector<Value> parts;
    size_t end = t.size();
    int64_t splits = 0;
    for (;;) {
      size_t j = (maxsplit >= 0 && splits == maxsplit) || end < p.size() ? std::string_view::npos
                                                                         : t.rfind(p, end - p.size());
      if (j == std::string_view::npos) {
        parts.push_back(str(t.substr(0, end)));
        break;
      }
      parts.push_back(str(t.substr(j + p.size(), end - j - p.size())));
      end = j;
      ++splits;
    }
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) array_push(out, *it);
  }
  return Value::object(out);
}
Value m_split(VM& vm, const Args& a) { return split_impl(vm, a, false); }
Value m_rsplit(VM& vm, const Args& a) { return split_impl(vm, a, true); }

Value m_splitlines(VM& vm, const Args& a) {
  Value kv = arg_or_kw(a, 1, 0);
  int keep = kv.is_empty() ? 0 : truth(vm, kv);
  std::string_view t = S(a.pos[0]);
  Array* out = new_array(0);
  size_t i = 0, start = 0;
  while (i < t.size()) {
    size_t j = i;
    char32_t c = u::decode(t, j);
    if (u::is_linebreak(c)) {
      size_t eol = j;
      if (c == '\r' && j < t.size() && t[j] == '\n') eol = j + 1;
      array_push(out, str(t.substr(start, (keep ? eol : i) - start)));
      start = i = eol;
    } else {
      i = j;
    }
  }
  if (start < t.size()) array_push(out, str(t.substr(start)));
  return Value::object(out);
}

Value m_join(VM& vm, const Args& a) {
  std::string_view sep = S(a.pos[0]);
  std::string out;
  int64_t idx = 0;
  bool ok = for_each(vm, a.pos[1], [&](Value v) {
    if (!is_str(v)) {
      raise_type_error(vm, "sequence item " + std::to_string(idx) + ": expected str instance, " + type_name_of(v) +
                               " found");
      return false;
    }
    if (idx++) out += sep;
    out += S(v);
    return true;
  });
  if (!ok) return Value();
  return str(out);
}

Value strip_impl(VM& vm, const Args& a, bool left, bool right) {
  std::string_view t = S(a.pos[0]);
  Value chars = arg(a, 1);
  std::vector<char32_t> set;
  bool ws = chars.is_empty() || chars.is_nil();
  if (!ws) {
    if (!is_str(chars)) return raise_type_error(vm, "strip arg must be None or str");
    std::string_view c = S(chars);
    for (size_t i = 0; i < c.size();) set.push_back(u::decode(c, i));
  }
  auto strip_it = [&](char32_t c) { return ws ? u::is_space(c) : std::find(set.begin(), set.end(), c) != set.end(); };
  size_t b = 0, e = t.size();
  if (left)
    while (b < e) {
      size_t j = b;
      if (!strip_it(u::decode(t, j))) break;
      b = j;
    }
  if (right)
    while (e > b) {
      size_t j = e;
      if (!strip_it(u::decode_before(t, j))) break;
      e = j;
    }
  if (b == 0 && e == t.size()) return a.pos[0];
  return str(t.substr(b, e - b));
}
Value m_strip(VM& vm, const Args& a) { return strip_impl(vm, a, true, true); }
Value m_lstrip(VM& vm, const Args& a) { return strip_impl(vm, a, true, false); }
Value m_rstrip(VM& vm, const Args& a) { return strip_impl(vm, a, false, true); }

Value m_replace(VM& vm, const Args& a) {
  Value olds = need_str(vm, a.pos[1], "replace() argument 1"), news = need_str(vm, a.pos[2], "replace() argument 2");
  if (olds.is_empty() || news.is_empty()) return Value();
  int64_t count = -1;
  if (a.npos > 3 && !index_value(vm, a.pos[3], &count, "count")) return Value();
  std::string_view t = S(a.pos[0]), o = S(olds), n = S(news);
  std::string out;
  if (o.empty()) {
    // Insert between every character (and at both ends).
    auto offs = offsets(t);
    int64_t done = 0;
    for (size_t k = 0; k + 1 < offs.size(); ++k) {
      if (count < 0 || done < count) {
        out += n;
        ++done;
      }
      out.append(t.substr(offs[k], offs[k + 1] - offs[k]));
    }
    if (count < 0 || done < count) out += n;
    return str(out);
  }
  size_t i = 0;
  int64_t done = 0;
  for (;;) {
    size_t j = (count >= 0 && done >= count) ? std::string_view::npos : t.find(o, i);
    if (j == std::string_view::npos) {
      out.append(t.substr(i));
      break;
    }
    out.append(t.substr(i, j - i));
    out += n;
    i = j + o.size();
    ++done;
  }
  return str(out);
}

// start/end arguments of find, count, startswith ... as byte offsets into s.
bool sub_range(VM& vm, const Args& a, uint32_t from, Value s, size_t* b, size_t* e) {
  auto n = static_cast<int64_t>(str_length(s));
  int64_t lo = 0, hi = n;
  if (a.npos > from && !a.pos[from].is_nil() && !index_value(vm, a.pos[from], &lo, "slice indices")) return false;
  if (a.npos > from + 1 && !a.pos[from + 1].is_nil() && !index_value(vm, a.pos[from + 1], &hi, "slice indices"))
    return false;
  if (lo < 0) lo = std::max<int64_t>(lo + n, 0);
  if (hi < 0) hi = std::max<int64_t>(hi + n, 0);
  if (hi > n) hi = n;
  if (lo > n) {
    *b = SIZE_MAX;
    *e = 0;
    return true;
  }
  *b = cp_to_byte(s, lo);
  *e = cp_to_byte(s, std::max(lo, hi));
  return true;
}

int64_t find_impl(VM& vm, const Args& a, bool right, bool* ok) {
  *ok = false;
  Value sub = need_str(vm, a.pos[1], "must be str, not");
  if (sub.is_empty()) {
    vm.clear_exception();
    raise_type_error(vm, "must be str, not " + type_name_of(a.pos[1]));
    return -1;
  }
  size_t b, e;
  if (!sub_range(vm, a, 2, a.pos[0], &b, &e)) return -1;
  *ok = true;
  if (b == SIZE_MAX || b > e) return -1;
  std::string_view t = S(a.pos[0]).substr(b, e - b), p = S(sub);
  size_t j = right ? t.rfind(p) : t.find(p);
  if (j == std::string_view::npos) return -1;
  return byte_to_cp(a.pos[0], b + j);
}
Value m_find(VM& vm, const Args& a) {
  bool ok;
  int64_t r = find_impl(vm, a, false, &ok);
  return ok ? Value::small_int(r) : Value();
}
Value m_rfind(VM& vm, const Args& a) {
  bool ok;
  int64_t r = find_impl(vm, a, true, &ok);
  return ok ? Value::small_int(r) : Value();
}
Value m_index(VM& vm, const Args& a) {
  bool ok;
  int64_t r = find_impl(vm, a, false, &ok);
  if (!ok) return Value();
  if (r < 0) return raise_value_error(vm, "substring not found");
  return Value::small_int(r);
}
Value m_rindex(VM& vm, const Args& a) {
  bool ok;
  int64_t r = find_impl(vm, a, true, &ok);
  if (!ok) return Value();
  if (r < 0) return raise_value_error(vm, "substring not found");
  return Value::small_int(r);
}
Value m_count(VM& vm, const Args& a) {
  Value sub = a.pos[1];
  if (!is_str(sub)) return raise_type_error(vm, "must be str, not " + type_name_of(sub));
  size_t b, e;
  if (!sub_range(vm, a, 2, a.pos[0], &b, &e)) return Value();
  if (b == SIZE_MAX || b > e) return Value::small_int(0);
  std::string_view t = S(a.pos[0]).substr(b, e - b), p = S(sub);
  if (p.empty()) return Value::small_int(static_cast<int64_t>(u::length(t)) + 1);
  int64_t c = 0;
  for (size_t i = t.find(p); i != std::string_view::npos; i = t.find(p, i + p.size())) ++c;
  return Value::small_int(c);
}

Value affix_impl(VM& vm, const Args& a, bool end) {
  size_t b, e;
  if (!sub_range(vm, a, 2, a.pos[0], &b, &e)) return Value();
  std::string_view t = b == SIZE_MAX || b > e ? std::string_view() : S(a.pos[0]).substr(b, e - b);
  bool none = b == SIZE_MAX || b > e;
  auto test = [&](Value p) -> int {
    if (!is_str(p)) return -1;
    std::string_view q = S(p);
    if (none) return 0;
    if (q.size() > t.size()) return 0;
    return end ? t.substr(t.size() - q.size()) == q : t.substr(0, q.size()) == q;
  };
  const char* name = end ? "endswith" : "startswith";
  if (is_tuple(a.pos[1])) {
    Tuple* tp = a.pos[1].as<Tuple>();
    for (uint32_t i = 0; i < tp->size(); ++i) {
      int r = test(tp->items[i]);
      if (r < 0)
        return raise_type_error(vm, std::string("tuple for ") + name + " must only contain str, not " +
                                        type_name_of(tp->items[i]));
      if (r) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  int r = test(a.pos[1]);
  if (r < 0)
    return raise_type_error(vm, std::string(name) + " first arg must be str or a tuple of str, not " +
                                    type_name_of(a.pos[1]));
  return Value::boolean(r);
}
Value m_startswith(VM& vm, const Args& a) { return affix_impl(vm, a, false); }
Value m_endswith(VM& vm, const Args& a) { return affix_impl(vm, a, true); }

template <int (*Map)(char32_t, char32_t[3])>
std::string map_all(std::string_view t) {
  std::string out;
  out.reserve(t.size());
  for (size_t i = 0; i < t.size();) {
    char32_t m[3];
    int n = Map(u::decode(t, i), m);
    for (int k = 0; k < n; ++k) u::encode(out, m[k]);
  }
  return out;
}

// Lower-casing with the final-sigma rule (U+03A3 at a word's end becomes U+03C2).
std::string lower_str(std::string_view t) {
  std::vector<char32_t> cps;
  for (size_t i = 0; i < t.size();) cps.push_back(u::decode(t, i));
  std::string out;
  for (size_t k = 0; k < cps.size(); ++k) {
    char32_t c = cps[k];
    if (c == 0x3A3) {
      // Final if preceded by a cased letter and not followed by one (ignoring case-ignorables).
      bool before = false, after = false;
      for (size_t j = k; j-- > 0;) {
        if (u::has(cps[j], u::kCaseIgnorable)) continue;
        before = u::has(cps[j], u::kCased);
        break;
      }
      for (size_t j = k + 1; j < cps.size(); ++j) {
        if (u::has(cps[j], u::kCaseIgnorable)) continue;
        after = u::has(cps[j], u::kCased);
        break;
      }
      u::encode(out, before && !after ? 0x3C2 : 0x3C3);
      continue;
    }
    char32_t m[3];
    int n = u::to_lower(c, m);
    for (int i = 0; i < n; ++i) u::encode(out, m[i]);
  }
  return out;
}

Value m_upper(VM&, const Args& a) { return str(map_all<u::to_upper>(S(a.pos[0]))); }
Value m_lower(VM&, const Args& a) { return str(lower_str(S(a.pos[0]))); }
Value m_casefold(VM&, const Args& a) { return str(lower_str(S(a.pos[0]))); }
Value m_swapcase(VM&, const Args& a) {
  std::string_view t = S(a.pos[0]);
  std::string out;
  for (size_t i = 0; i < t.size();) {
    char32_t c = u::decode(t, i), m[3];
    int n = u::has(c, u::kUpper) ? u::to_lower(c, m) : u::has(c, u::kLower) ? u::to_upper(c, m) : (m[0] = c, 1);
    for (int k = 0; k < n; ++k) u::encode(out, m[k]);
  }
  return str(out);
}
Value m_title(VM&, const Args& a) {
  std::string_view t = S(a.pos[0]);
  std::string out;
  bool prev_cased = false;
  for (size_t i = 0; i < t.size();) {
    char32_t c = u::decode(t, i), m[3];
    int n = prev_cased ? u::to_lower(c, m) : u::to_title(c, m);
    for (int k = 0; k < n; ++k) u::encode(out, m[k]);
    prev_cased = u::has(c, u::kCased);
  }
  return str(out);
}
Value m_capitalize(VM&, const Args& a) {
  std::string_view t = S(a.pos[0]);
  std::string out;
  size_t i = 0;
  if (!t.empty()) {
    char32_t m[3];
    int n = u::to_title(u::decode(t, i), m);
    for (int k = 0; k < n; ++k) u::encode(out, m[k]);
  }
  out += lower_str(t.substr(i));
  return str(out);
}

template <uint16_t Flag>
Value m_is(VM&, const Args& a) {
  std::string_view t = S(a.pos[0]);
  if (t.empty()) return Value::boolean(false);
  for (size_t i = 0; i < t.size();) {
    char32_t c = u::decode(t, i);
    bool ok = Flag == u::kSpace ? u::is_space(c) : u::has(c, Flag);
    if (!ok) return Value::boolean(false);
  }
  return Value::boolean(true);
}
Value m_isalnum(VM&, const Args& a) {
  std::string_view t = S(a.pos[0]);
  if (t.empty()) return Value::boolean(false);
  for (size_t i = 0; i < t.size();) {
    char32_t c = u::decode(t, i);
    if (!(u::has(c, u::kAlpha) || u::has(c, u::kDecimal) || u::has(c, u::kDigit) || u::has(c, u::kNumeric)))
      return Value::boolean(false);
  }
  return Value::boolean(true);
}
// isupper / islower: at least one cased character, and no cased character of the other case.
template <bool Upper>
Value m_iscase(VM&, const Args& a) {
  std::string_view t = S(a.pos[0]);
  bool cased = false;
  for (size_t i = 0; i < t.size();) {
    char32_t c = u::decode(t, i);
    if (u::has(c, Upper ? u::kLower : u::kUpper) || u::has(c, u::kTitle)) return Value::boolean(false);
    if (u::has(c, Upper ? u::kUpper : u::kLower)) cased = true;
  }
  return Value::boolean(cased);
}
Value m_istitle(VM&, const Args& a) {
  std::string_view t = S(a.pos[0]);
  bool cased = false, prev_cased = false;
  for (size_t i = 0; i < t.size();) {
    char32_t c = u::decode(t, i);
    if (u::has(c, u::kUpper) || u::has(c, u::kTitle)) {
      if (prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else if (u::has(c, u::kLower)) {
      if (!prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::boolean(cased);
}
Value m_isprintable(VM&, const Args& a) {
  std::string_view t = S(a.pos[0]);
  for (size_t i = 0; i < t.size();)
    if (!u::has(u::decode(t, i), u::kPrintable)) return Value::boolean(false);
  return Value::boolean(true);
}
Value m_isascii(VM&, const Args& a) { return Value::boolean(u::is_ascii(S(a.pos[0]))); }
Value m_isidentifier(VM&, const Args& a) {
  std::string_view t = S(a.pos[0]);
  if (t.empty()) return Value::boolean(false);
  size_t i = 0;
  char32_t c = u::decode(t, i);
  if (c != '_' && !u::has(c, u::kXidStart)) return Value::boolean(false);
  while (i < t.size())
    if (!u::has(u::decode(t, i), u::kXidContinue)) return Value::boolean(false);
  return Value::boolean(true);
}

Value justify(VM& vm, const Args& a, char how) {
  int64_t width;
  if (!index_value(vm, a.pos[1], &width, "width")) return Value();
  char32_t fill = ' ';
  if (a.npos > 2) {
    if (!is_str(a.pos[2]) || str_length(a.pos[2]) != 1)
      return raise_type_error(vm, "The fill character must be exactly one character long");
    size_t i = 0;
    fill = u::decode(S(a.pos[2]), i);
  }
  auto n = static_cast<int64_t>(str_length(a.pos[0]));
  if (width <= n) return a.pos[0];
  int64_t pad = width - n, left = 0;
  if (how == 'l') left = 0;
  else if (how == 'r') left = pad;
  else left = pad / 2 + (pad & width & 1);
  std::string out, f;
  u::encode(f, fill);
  for (int64_t i = 0; i < left; ++i) out += f;
  out += S(a.pos[0]);
  for (int64_t i = left; i < pad; ++i) out += f;
  return str(out);
}
Value m_ljust(VM& vm, const Args& a) { return justify(vm, a, 'l'); }
Value m_rjust(VM& vm, const Args& a) { return justify(vm, a, 'r'); }
Value m_center(VM& vm, const Args& a) { return justify(vm, a, 'c'); }
Value m_zfill(VM& vm, const Args& a) {
  int64_t width;
  if (!index_value(vm, a.pos[1], &width, "width")) return Value();
  std::string t(S(a.pos[0]));
  auto n = static_cast<int64_t>(str_length(a.pos[0]));
  if (width <= n) return a.pos[0];
  size_t at = (!t.empty() && (t[0] == '+' || t[0] == '-')) ? 1 : 0;
  t.insert(at, std::string(static_cast<size_t>(width - n), '0'));
  return str(t);
}

Value partition_impl(VM& vm, const Args& a, bool right) {
  if (!is_str(a.pos[1])) return raise_type_error(vm, "must be str, not " + type_name_of(a.pos[1]));
  std::string_view t = S(a.pos[0]), p = S(a.pos[1]);
  if (p.empty()) return raise_value_error(vm, "empty separator");
  size_t j = right ? t.rfind(p) : t.find(p);
  if (j == std::string_view::npos) {
    Value e = str("");
    return right ? Value::object(tuple_of({e, e, a.pos[0]})) : Value::object(tuple_of({a.pos[0], e, e}));
  }
  return Value::object(tuple_of({str(t.substr(0, j)), a.pos[1], str(t.substr(j + p.size()))}));
}
Value m_partition(VM& vm, const Args& a) { return partition_impl(vm, a, false); }
Value m_rpartition(VM& vm, const Args& a) { return partition_impl(vm, a, true); }

Value m_removeprefix(VM& vm, const Args& a) {
  if (!is_str(a.pos[1])) return raise_type_error(vm, "removeprefix() argument must be str, not " + type_name_of(a.pos[1]));
  std::string_view t = S(a.pos[0]), p = S(a.pos[1]);
  if (t.substr(0, p.size()) == p && !p.empty()) return str(t.substr(p.size()));
  return a.pos[0];
}
Value m_removesuffix(VM& vm, const Args& a) {
  if (!is_str(a.pos[1])) return raise_type_error(vm, "removesuffix() argument must be str, not " + type_name_of(a.pos[1]));
  std::string_view t = S(a.pos[0]), p = S(a.pos[1]);
  if (!p.empty() && t.size() >= p.size() && t.substr(t.size() - p.size()) == p) return str(t.substr(0, t.size() - p.size()));
  return a.pos[0];
}
Value m_expandtabs(VM& vm, const Args& a) {
  int64_t tab = 8;
  Value tv = arg_or_kw(a, 1, 0);
  if (!tv.is_empty() && !index_value(vm, tv, &tab, "tabsize")) return Value();
  std::string_view t = S(a.pos[0]);
  std::string out;
  int64_t col = 0;
  for (size_t i = 0; i < t.size();) {
    char32_t c = u::decode(t, i);
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(static_cast<size_t>(n), ' ');
        col += n;
      }
    } else {
      u::encode(out, c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return str(out);
}


Value m_mod(VM& vm, const Args& a) { return percent_format(vm, a.pos[0], a.pos[1]); }
Value m_rmod(VM&, const Args&) { return notimplemented(); }
Value m_add(VM& vm, const Args& a) {
  if (!is_str(a.pos[1])) return notimplemented();
  return s_concat(vm, nullptr, a.pos, 2);
}
Value m_mul(VM& vm, const Args& a) {
  if (!a.pos[1].is_int() && !a.pos[1].is_bool() && !is_instance(a.pos[1], cls::BigInt)) return notimplemented();
  return repeat(vm, a.pos[0], a.pos[1]);
}
template <CmpOp Op>
Value m_cmp(VM& vm, const Args& a) {
  if (!is_str(a.pos[1])) return notimplemented();
  return s_cmp<Op>(vm, nullptr, a.pos, 2);
}
Value m_len(VM& vm, const Args& a) { return s_len(vm, nullptr, a.pos, 1); }
Value m_getitem(VM& vm, const Args& a) { return s_getitem(vm, nullptr, a.pos, 2); }
Value m_contains(VM& vm, const Args& a) { return s_contains(vm, nullptr, a.pos, 2); }
Value m_iter(VM&, const Args& a) { return new_seq_iter(a.pos[0]); }
Value m_hash(VM&, const Args& a) { return make_int(hash_str(a.pos[0])); }
Value m_str(VM&, const Args& a) { return a.pos[0]; }
Value m_repr(VM& vm, const Args& a) { return to_repr(vm, a.pos[0]); }

Value m_maketrans(VM& vm, const Args& a) {
  Dict* d = new_dict();
  // str.maketrans(x[, y[, z]]): a class-level helper, called with the args after cls/self.
  const Value* p = a.pos;
  uint32_t n = a.npos;
  if (n >= 1 && (is_str(p[0]) || is_dict(p[0])) && n <= 3) {
    if (n == 1) {
      if (!is_dict(p[0])) return raise_type_error(vm, "if you give only one argument to maketrans it must be a dict");
      Dict* src = p[0].as<Dict>();
      for (uint64_t i = 0; i < src->used; ++i) {
        if (src->entries[i].key.is_empty()) continue;
        Value k = src->entries[i].key;
        if (is_str(k)) {
          size_t j = 0;
          k = Value::small_int(u::decode(S(k), j));
        }
        if (!dict_set(vm, d, k, src->entries[i].value)) return Value();
      }
      return Value::object(d);
    }
    std::string_view x = S(p[0]), y = S(p[1]);
    if (u::length(x) != u::length(y))
      return raise_value_error(vm, "the first two maketrans arguments must have equal length");
    for (size_t i = 0, j = 0; i < x.size();) {
      char32_t cx = u::decode(x, i), cy = u::decode(y, j);
      if (!dict_set(vm, d, Value::small_int(cx), Value::small_int(cy))) return Value();
    }
    if (n == 3)
      for (size_t i = 0; i < S(p[2]).size();)
        if (!dict_set(vm, d, Value::small_int(u::decode(S(p[2]), i)), Value::nil())) return Value();
    return Value::object(d);
  }
  return raise_type_error(vm, "maketrans() argument must be a dict or str");
}
Value m_translate(VM& vm, const Args& a) {
  std::string_view t = S(a.pos[0]);
  std::string out;
  for (size_t i = 0; i < t.size();) {
    char32_t c = u::decode(t, i);
    Value r = get_item(vm, a.pos[1], Value::small_int(c));
    if (r.is_empty()) {
      if (isinstance(vm.exception(), types().LookupError)) {
        vm.clear_exception();
        u::encode(out, c);
        continue;
      }
      return r;
    }
    if (r.is_nil()) continue;
    if (r.is_int()) u::encode(out, static_cast<char32_t>(r.as_int()));
    else if (is_str(r)) out += S(r);
    else return raise_type_error(vm, "character mapping must return integer, None or str");
  }
  return str(out);
}

Value str_new(VM& vm, const Args& a) {
  if (a.npos == 0) return str("");
  return to_str(vm, a.pos[0]);
}

}  // namespace

void install_strings() {
  const ClassId sc = cls::String;
  register_fast("+", sc, sc, s_concat);
  for (ClassId k : {cls::Int, cls::Bool, cls::BigInt}) {
    register_fast("*", sc, k, s_repeat);
    register_fast("*", k, sc, s_rrepeat);
  }
  register_fast("<", sc, sc, s_cmp<CmpOp::Lt>);
  register_fast("<=", sc, sc, s_cmp<CmpOp::Le>);
  register_fast("==", sc, sc, s_cmp<CmpOp::Eq>);
  register_fast("!=", sc, sc, s_cmp<CmpOp::Ne>);
  register_fast(">", sc, sc, s_cmp<CmpOp::Gt>);
  register_fast(">=", sc, sc, s_cmp<CmpOp::Ge>);
  register_fast("in", sc, s_contains);
  register_fast("len", sc, s_len);
  register_fast("truth", sc, s_truth);
  register_fast("iter", sc, s_iter);
  register_fast("[]", sc, kAnyClass, s_getitem);
  register_fast("%", sc, kAnyClass, s_mod);

  PyType* t = types().str;
  struct M {
    const char* name;
    BuiltinFn f;
    int min, max;
    std::vector<std::string> kw;
  };
  const M methods[] = {
      {"split", m_split, 1, 3, {"sep", "maxsplit"}},
      {"rsplit", m_rsplit, 1, 3, {"sep", "maxsplit"}},
      {"splitlines", m_splitlines, 1, 2, {"keepends"}},
      {"join", m_join, 2, 2, {}},
      {"strip", m_strip, 1, 2, {}},
      {"lstrip", m_lstrip, 1, 2, {}},
      {"rstrip", m_rstrip, 1, 2, {}},
      {"replace", m_replace, 3, 4, {}},
      {"find", m_find, 2, 4, {}},
      {"rfind", m_rfind, 2, 4, {}},
      {"index", m_index, 2, 4, {}},
      {"rindex", m_rindex, 2, 4, {}},
      {"count", m_count, 2, 4, {}},
      {"startswith", m_startswith, 2, 4, {}},
      {"endswith", m_endswith, 2, 4, {}},
      {"upper", m_upper, 1, 1, {}},
      {"lower", m_lower, 1, 1, {}},
      {"casefold", m_casefold, 1, 1, {}},
      {"swapcase", m_swapcase, 1, 1, {}},
      {"title", m_title, 1, 1, {}},
      {"capitalize", m_capitalize, 1, 1, {}},
      {"isalpha", m_is<u::kAlpha>, 1, 1, {}},
      {"isdecimal", m_is<u::kDecimal>, 1, 1, {}},
      {"isdigit", m_is<u::kDigit>, 1, 1, {}},
      {"isnumeric", m_is<u::kNumeric>, 1, 1, {}},
      {"isspace", m_is<u::kSpace>, 1, 1, {}},
      {"isalnum", m_isalnum, 1, 1, {}},
      {"isupper", m_iscase<true>, 1, 1, {}},
      {"islower", m_iscase<false>, 1, 1, {}},
      {"istitle", m_istitle, 1, 1, {}},
      {"isprintable", m_isprintable, 1, 1, {}},
      {"isascii", m_isascii, 1, 1, {}},
      {"isidentifier", m_isidentifier, 1, 1, {}},
      {"ljust", m_ljust, 2, 3, {}},
      {"rjust", m_rjust, 2, 3, {}},
      {"center", m_center, 2, 3, {}},
      {"zfill", m_zfill, 2, 2, {}},
      {"partition", m_partition, 2, 2, {}},
      {"rpartition", m_rpartition, 2, 2, {}},
      {"removeprefix", m_removeprefix, 2, 2, {}},
      {"removesuffix", m_removesuffix, 2, 2, {}},
      {"expandtabs", m_expandtabs, 1, 2, {"tabsize"}},
      {"format", m_format, 1, -1, {"**"}},
      {"translate", m_translate, 2, 2, {}},
      {"__mod__", m_mod, 2, 2, {}},
      {"__rmod__", m_rmod, 2, 2, {}},
      {"__add__", m_add, 2, 2, {}},
      {"__mul__", m_mul, 2, 2, {}},
      {"__rmul__", m_mul, 2, 2, {}},
      {"__lt__", m_cmp<CmpOp::Lt>, 2, 2, {}},
      {"__le__", m_cmp<CmpOp::Le>, 2, 2, {}},
      {"__eq__", m_cmp<CmpOp::Eq>, 2, 2, {}},
      {"__ne__", m_cmp<CmpOp::Ne>, 2, 2, {}},
      {"__gt__", m_cmp<CmpOp::Gt>, 2, 2, {}},
      {"__ge__", m_cmp<CmpOp::Ge>, 2, 2, {}},
      {"__len__", m_len, 1, 1, {}},
      {"__getitem__", m_getitem, 2, 2, {}},
      {"__contains__", m_contains, 2, 2, {}},
      {"__iter__", m_iter, 1, 1, {}},
      {"__hash__", m_hash, 1, 1, {}},
      {"__str__", m_str, 1, 1, {}},
      {"__repr__", m_repr, 1, 1, {}},
  };
  for (const M& m : methods) {
    // A keyword list of just "**": any keywords, in a dict (str.format).
    bool any = m.kw.size() == 1 && m.kw[0] == "**";
    auto* spec = new Builtin{m.name, m.f, m.min, m.max, any ? std::vector<std::string>{} : m.kw};
    spec->varkw = any;
    define_method(t, spec);
  }
  {
    auto* spec = new Builtin{"maketrans", m_maketrans, 1, 3, {}, nullptr, "str.maketrans"};
    auto* w = static_cast<FuncWrapper*>(heap::alloc_root(sizeof(FuncWrapper)));
    w->h.cls = classes().staticmethod;
    w->func = builtin_value(spec);
    define_attr(t, "maketrans", Value::object(w));
  }
  define_type_builtin(t, fn("str", str_new, 0, 1));
}

}  // namespace sy::py
