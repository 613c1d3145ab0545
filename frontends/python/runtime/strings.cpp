// str: the methods (the value library's str_methods.h), the operators (fast natives for
// sites) and indexing by code point. Strings are UTF-8; a str whose code-point count
// equals its byte length is ASCII and indexes in O(1) (the count is cached in the String,
// which is why indexing and slicing stay here rather than in the library, which would
// scan the text for every index).
#include <algorithm>
#include <cstring>

#include "core/bigint.h"
#include "core/heap.h"
#include "frontends/python/lib/str_methods.h"
#include "frontends/python/lib/unicode.h"
#include "frontends/python/runtime/builtin_defs.h"
#include "frontends/python/runtime/format_spec.h"
#include "frontends/python/runtime/iterators.h"
#include "frontends/python/runtime/sequences.h"
#include "frontends/python/runtime/sites.h"

namespace sy::py {

namespace u = pylib::unicode;

Value m_format(VM& vm, const Args& a);      // str.format: format_spec.cpp
Value m_format_map(VM& vm, const Args& a);  // str.format_map

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

size_t cp_to_byte(Value s, int64_t cp) {
  if (ascii(s)) return static_cast<size_t>(cp);
  std::string_view t = S(s);
  size_t i = 0;
  for (int64_t k = 0; k < cp && i < t.size(); ++k) i += u::sequence_length(static_cast<unsigned char>(t[i]));
  return i;
}

Value need_str(VM& vm, Value v, const char* what) {
  if (str_like(v)) return v;
  // Argument Clinic's wording: None by name, other objects by their type.
  return raise_type_error(vm, std::string(what) + " must be str, not " + (v.is_nil() ? "None" : type_name_of(v)));
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
  if (!str_like(a[1]))
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
  else if (is_instance(k, cls::BigInt) || (type_of(k)->heap && !type_lookup(type_of(k), "__index__").is_empty())) {
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

// -- Methods (the value library's str_methods.h on the String's bytes) --

namespace P = pylib;

Value lib_str(VM& vm, const P::Result<std::string>& r) { return r ? str(*r) : raise_lib(vm, r.error()); }
// A result that may be the receiver itself: CPython returns self when nothing changes.
Value same_or_new(Value self, std::string_view piece) {
  std::string_view t = S(self);
  return piece.data() == t.data() && piece.size() == t.size() ? self : str(piece);
}
Value list_of(const std::vector<std::string_view>& parts) {
  Array* out = new_array(0);
  for (std::string_view p : parts) array_push(out, str(p));
  return Value::object(out);
}

// Optional start/end arguments (positions from..from+1): None is the default.
bool bounds(VM& vm, const Args& a, uint32_t from, int64_t* start, int64_t* end) {
  *start = P::kStart;
  *end = P::kEnd;
  if (a.npos > from && !a.pos[from].is_nil() && !index_value(vm, a.pos[from], start, "slice indices")) return false;
  if (a.npos > from + 1 && !a.pos[from + 1].is_nil() && !index_value(vm, a.pos[from + 1], end, "slice indices"))
    return false;
  return true;
}

Value split_impl(VM& vm, const Args& a, bool right) {
  Value sep = arg_or_kw(a, 1, 0);
  Value maxv = arg_or_kw(a, 2, 1);
  int64_t maxsplit = -1;
  if (!maxv.is_empty() && !index_value(vm, maxv, &maxsplit, "maxsplit")) return Value();
  std::string_view t = S(a.pos[0]);
  if (sep.is_empty() || sep.is_nil())
    return list_of(right ? P::str_rsplit_whitespace(t, maxsplit) : P::str_split_whitespace(t, maxsplit));
  if (!str_like(sep)) return raise_type_error(vm, "must be str or None, not " + type_name_of(sep));
  auto r = right ? P::str_rsplit(t, S(sep), maxsplit) : P::str_split(t, S(sep), maxsplit);
  return r ? list_of(*r) : raise_lib(vm, r.error());
}
Value m_split(VM& vm, const Args& a) { return split_impl(vm, a, false); }
Value m_rsplit(VM& vm, const Args& a) { return split_impl(vm, a, true); }

Value m_splitlines(VM& vm, const Args& a) {
  Value kv = arg_or_kw(a, 1, 0);
  int64_t keep = 0;  // an int, as CPython's argument clinic converts it
  if (!kv.is_empty() && !index_value(vm, kv, &keep, "keepends")) return Value();
  return list_of(P::str_splitlines(S(a.pos[0]), keep != 0));
}

Value m_join(VM& vm, const Args& a) {
  PyType* t = type_of(a.pos[1]);
  if (!is_list(a.pos[1]) && find_fast(FastOp::Iter, class_of(a.pos[1])).is_empty() &&
      (!t->heap || (type_lookup(t, "__iter__").is_empty() && type_lookup(t, "__getitem__").is_empty())))
    return raise_type_error(vm, "can only join an iterable");
  std::string_view sep = S(a.pos[0]);
  std::string out;
  int64_t idx = 0;
  bool ok = for_each(vm, a.pos[1], [&](Value v) {
    if (!str_like(v)) {
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

template <std::string_view (*Ws)(std::string_view), std::string_view (*Chars)(std::string_view, std::string_view)>
Value m_strip_impl(VM& vm, const Args& a) {
  Value chars = arg(a, 1);
  std::string_view t = S(a.pos[0]);
  if (chars.is_empty() || chars.is_nil()) return same_or_new(a.pos[0], Ws(t));
  if (!str_like(chars)) return raise_type_error(vm, "strip arg must be None or str");
  return same_or_new(a.pos[0], Chars(t, S(chars)));
}
Value m_strip(VM& vm, const Args& a) { return m_strip_impl<P::str_strip, P::str_strip>(vm, a); }
Value m_lstrip(VM& vm, const Args& a) { return m_strip_impl<P::str_lstrip, P::str_lstrip>(vm, a); }
Value m_rstrip(VM& vm, const Args& a) { return m_strip_impl<P::str_rstrip, P::str_rstrip>(vm, a); }

Value m_replace(VM& vm, const Args& a) {
  Value olds = need_str(vm, a.pos[1], "replace() argument 1");
  if (olds.is_empty()) return olds;
  Value news = need_str(vm, a.pos[2], "replace() argument 2");
  if (news.is_empty()) return news;
  int64_t count = -1;
  if (a.npos > 3 && !index_value(vm, a.pos[3], &count, "count")) return Value();
  if (S(olds).empty() ? false : S(a.pos[0]).find(S(olds)) == std::string_view::npos) return a.pos[0];
  return lib_str(vm, P::str_replace(S(a.pos[0]), S(olds), S(news), count));
}

// find/rfind/index/rindex/count: the substring, then optional start and end.
template <class F>
Value search(VM& vm, const Args& a, F f) {
  int64_t start, end;  // the bounds are parsed before the substring is checked
  if (!bounds(vm, a, 2, &start, &end)) return Value();
  if (!str_like(a.pos[1])) return raise_type_error(vm, "must be str, not " + type_name_of(a.pos[1]));
  return f(S(a.pos[0]), S(a.pos[1]), start, end);
}
Value m_find(VM& vm, const Args& a) {
  return search(vm, a, [](auto t, auto p, int64_t b, int64_t e) { return make_int(P::str_find(t, p, b, e)); });
}
Value m_rfind(VM& vm, const Args& a) {
  return search(vm, a, [](auto t, auto p, int64_t b, int64_t e) { return make_int(P::str_rfind(t, p, b, e)); });
}
Value m_count(VM& vm, const Args& a) {
  return search(vm, a, [](auto t, auto p, int64_t b, int64_t e) { return make_int(P::str_count(t, p, b, e)); });
}
Value m_index(VM& vm, const Args& a) {
  return search(vm, a, [&](auto t, auto p, int64_t b, int64_t e) {
    auto r = P::str_index(t, p, b, e);
    return r ? make_int(*r) : raise_lib(vm, r.error());
  });
}
Value m_rindex(VM& vm, const Args& a) {
  return search(vm, a, [&](auto t, auto p, int64_t b, int64_t e) {
    auto r = P::str_rindex(t, p, b, e);
    return r ? make_int(*r) : raise_lib(vm, r.error());
  });
}

Value affix_impl(VM& vm, const Args& a, bool end) {
  int64_t b, e;
  if (!bounds(vm, a, 2, &b, &e)) return Value();
  std::string_view t = S(a.pos[0]);
  auto test = [&](std::string_view q) { return end ? P::str_endswith(t, q, b, e) : P::str_startswith(t, q, b, e); };
  const char* name = end ? "endswith" : "startswith";
  if (is_tuple(a.pos[1])) {
    Tuple* tp = a.pos[1].as<Tuple>();
    for (uint32_t i = 0; i < tp->size(); ++i) {
      if (!str_like(tp->items[i]))
        return raise_type_error(vm, std::string("tuple for ") + name + " must only contain str, not " +
                                        type_name_of(tp->items[i]));
      if (test(S(tp->items[i]))) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  if (!str_like(a.pos[1]))
    return raise_type_error(vm, std::string(name) + " first arg must be str or a tuple of str, not " +
                                    type_name_of(a.pos[1]));
  return Value::boolean(test(S(a.pos[1])));
}
Value m_startswith(VM& vm, const Args& a) { return affix_impl(vm, a, false); }
Value m_endswith(VM& vm, const Args& a) { return affix_impl(vm, a, true); }

template <std::string (*F)(std::string_view)>
Value m_case(VM&, const Args& a) {
  return str(F(S(a.pos[0])));
}
template <bool (*F)(std::string_view)>
Value m_pred(VM&, const Args& a) {
  return Value::boolean(F(S(a.pos[0])));
}

template <P::Result<std::string> (*F)(std::string_view, int64_t, char32_t)>
Value m_justify(VM& vm, const Args& a) {
  int64_t width;
  if (!index_value(vm, a.pos[1], &width, "width")) return Value();
  char32_t fill = ' ';
  if (a.npos > 2) {
    if (!str_like(a.pos[2])) return raise_type_error(vm, "The fill character must be a unicode character, not " +
                                                           type_name_of(a.pos[2]));
    if (str_length(a.pos[2]) != 1)
      return raise_type_error(vm, "The fill character must be exactly one character long");
    size_t i = 0;
    fill = u::decode(S(a.pos[2]), i);
  }
  if (width <= static_cast<int64_t>(str_length(a.pos[0]))) return a.pos[0];
  return lib_str(vm, F(S(a.pos[0]), width, fill));
}
Value m_zfill(VM& vm, const Args& a) {
  int64_t width;
  if (!index_value(vm, a.pos[1], &width, "width")) return Value();
  if (width <= static_cast<int64_t>(str_length(a.pos[0]))) return a.pos[0];
  return lib_str(vm, P::str_zfill(S(a.pos[0]), width));
}

Value partition_impl(VM& vm, const Args& a, bool right) {
  if (!str_like(a.pos[1])) return raise_type_error(vm, "must be str, not " + type_name_of(a.pos[1]));
  auto r = right ? P::str_rpartition(S(a.pos[0]), S(a.pos[1])) : P::str_partition(S(a.pos[0]), S(a.pos[1]));
  if (!r) return raise_lib(vm, r.error());
  const auto& parts = *r;
  return Value::object(tuple_of({same_or_new(a.pos[0], parts[0]), parts[1].empty() ? str("") : a.pos[1],
                                 same_or_new(a.pos[0], parts[2])}));
}
Value m_partition(VM& vm, const Args& a) { return partition_impl(vm, a, false); }
Value m_rpartition(VM& vm, const Args& a) { return partition_impl(vm, a, true); }

Value m_removeprefix(VM& vm, const Args& a) {
  if (!str_like(a.pos[1])) return need_str(vm, a.pos[1], "removeprefix() argument");
  std::string_view t = S(a.pos[0]), p = S(a.pos[1]);
  if (!p.empty() && t.substr(0, p.size()) == p) return str(t.substr(p.size()));
  return a.pos[0];
}
Value m_removesuffix(VM& vm, const Args& a) {
  if (!str_like(a.pos[1])) return need_str(vm, a.pos[1], "removesuffix() argument");
  std::string_view t = S(a.pos[0]), p = S(a.pos[1]);
  if (!p.empty() && t.size() >= p.size() && t.substr(t.size() - p.size()) == p) return str(t.substr(0, t.size() - p.size()));
  return a.pos[0];
}
Value m_expandtabs(VM& vm, const Args& a) {
  int64_t tab = 8;
  Value tv = arg_or_kw(a, 1, 0);
  if (!tv.is_empty() && !index_value(vm, tv, &tab, "tabsize")) return Value();
  return lib_str(vm, P::str_expandtabs(S(a.pos[0]), tab));
}

Value m_mod(VM& vm, const Args& a) { return percent_format(vm, a.pos[0], a.pos[1]); }
Value m_rmod(VM&, const Args&) { return notimplemented(); }
Value m_add(VM& vm, const Args& a) {
  if (!str_like(a.pos[1])) return notimplemented();
  return s_concat(vm, nullptr, a.pos, 2);
}
Value m_mul(VM& vm, const Args& a) {
  if (!a.pos[1].is_int() && !a.pos[1].is_bool() && !is_instance(a.pos[1], cls::BigInt)) return notimplemented();
  return repeat(vm, a.pos[0], a.pos[1]);
}
template <CmpOp Op>
Value m_cmp(VM& vm, const Args& a) {
  if (!str_like(a.pos[1])) return notimplemented();
  return s_cmp<Op>(vm, nullptr, a.pos, 2);
}
Value m_len(VM& vm, const Args& a) { return s_len(vm, nullptr, a.pos, 1); }
Value m_getitem(VM& vm, const Args& a) { return s_getitem(vm, nullptr, a.pos, 2); }
Value m_contains(VM& vm, const Args& a) { return s_contains(vm, nullptr, a.pos, 2); }
Value m_iter(VM&, const Args& a) { return new_seq_iter(a.pos[0]); }
Value m_hash(VM&, const Args& a) { return make_int(hash_str(a.pos[0])); }
Value m_str(VM&, const Args& a) { return is_str(a.pos[0]) ? a.pos[0] : str(S(a.pos[0])); }  // exactly a str

Value m_maketrans(VM& vm, const Args& a) {
  Dict* d = new_dict();
  // str.maketrans(x[, y[, z]]): a class-level helper, called with the args after cls/self.
  const Value* p = a.pos;
  uint32_t n = a.npos;
  if (n >= 1 && (str_like(p[0]) || is_dict(p[0])) && n <= 3) {
    if (n == 1) {
      if (!is_dict(p[0])) return raise_type_error(vm, "if you give only one argument to maketrans it must be a dict");
      Dict* src = p[0].as<Dict>();
      for (uint64_t i = 0; i < src->used; ++i) {
        if (src->entries[i].key.is_empty()) continue;
        Value k = src->entries[i].key;
        if (str_like(k)) {
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
    else if (str_like(r)) out += S(r);
    else return raise_type_error(vm, "character mapping must return integer, None or str");
  }
  return str(out);
}

Value str_new(VM& vm, const Args& a) {
  if (a.npos > 0 && a.has_kw(0))
    return raise_type_error(vm, "argument for str() given by name ('object') and position (1)");
  Value v = a.npos > 0 ? a.pos[0] : a.kw[0];
  if (v.is_empty()) return str("");
  return to_str(vm, v);
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
      {"upper", m_case<P::str_upper>, 1, 1, {}},
      {"lower", m_case<P::str_lower>, 1, 1, {}},
      {"casefold", m_case<P::str_lower>, 1, 1, {}},  // lower(): no full case folding (ß stays)
      {"swapcase", m_case<P::str_swapcase>, 1, 1, {}},
      {"title", m_case<P::str_title>, 1, 1, {}},
      {"capitalize", m_case<P::str_capitalize>, 1, 1, {}},
      {"isalpha", m_pred<P::str_isalpha>, 1, 1, {}},
      {"isdecimal", m_pred<P::str_isdecimal>, 1, 1, {}},
      {"isdigit", m_pred<P::str_isdigit>, 1, 1, {}},
      {"isnumeric", m_pred<P::str_isnumeric>, 1, 1, {}},
      {"isspace", m_pred<P::str_isspace>, 1, 1, {}},
      {"isalnum", m_pred<P::str_isalnum>, 1, 1, {}},
      {"isupper", m_pred<P::str_isupper>, 1, 1, {}},
      {"islower", m_pred<P::str_islower>, 1, 1, {}},
      {"istitle", m_pred<P::str_istitle>, 1, 1, {}},
      {"isprintable", m_pred<P::str_isprintable>, 1, 1, {}},
      {"isascii", m_pred<P::str_isascii>, 1, 1, {}},
      {"isidentifier", m_pred<P::str_isidentifier>, 1, 1, {}},
      {"ljust", m_justify<P::str_ljust>, 2, 3, {}},
      {"rjust", m_justify<P::str_rjust>, 2, 3, {}},
      {"center", m_justify<P::str_center>, 2, 3, {}},
      {"zfill", m_zfill, 2, 2, {}},
      {"partition", m_partition, 2, 2, {}},
      {"rpartition", m_rpartition, 2, 2, {}},
      {"removeprefix", m_removeprefix, 2, 2, {}},
      {"removesuffix", m_removesuffix, 2, 2, {}},
      {"expandtabs", m_expandtabs, 1, 2, {"tabsize"}},
      {"format", m_format, 1, -1, {"**"}},
      {"format_map", m_format_map, 2, 2, {}},
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
      {"__repr__", builtin_repr_method, 1, 1, {}},
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
  define_type_builtin(t, fn("str", str_new, 0, 1, {"object"}));
}

}  // namespace sy::py
