// A miniature object model for testing the formatting engines: the objects of
// python_lib_gen.py's FORMAT_ARGS / FORMAT_KWARGS (ints, floats, strs, bools, lists, a
// dict and Point instances), with CPython's repr, str, ascii, indexing, attributes and
// format(). A Value names an object by its index (a small int).
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/heap.h"
#include "core/value.h"
#include "frontends/python/lib/error.h"
#include "frontends/python/lib/float_text.h"
#include "frontends/python/lib/format_spec.h"
#include "frontends/python/lib/int_text.h"
#include "frontends/python/lib/str_repr.h"

namespace sy::pylib::test {

struct Obj {
  enum Kind { Int, Float, Str, Bool, List, Dict, Point } kind;
  explicit Obj(Kind k) : kind(k) {}
  int64_t i = 0;           // Bool
  Value iv;                // Int (small or big)
  double d = 0;
  std::string s;
  std::vector<size_t> items;                           // List elements; Point x, y
  std::vector<std::pair<std::string, size_t>> entries;  // Dict
};

class Objects {
 public:
  Value add(Obj o) {
    objs_.push_back(std::move(o));
    return Value::small_int(static_cast<int64_t>(objs_.size() - 1));
  }
  Value add_int(int64_t i) { return add_int_value(Value::small_int(i)); }
  Value add_int_value(Value v) {
    Obj o(Obj::Int);
    o.iv = v;
    return add(std::move(o));
  }
  Value add_float(double d) {
    Obj o(Obj::Float);
    o.d = d;
    return add(std::move(o));
  }
  Value add_str(std::string s) {
    Obj o(Obj::Str);
    o.s = std::move(s);
    return add(std::move(o));
  }
  Value add_bool(bool b) {
    Obj o(Obj::Bool);
    o.i = b;
    return add(std::move(o));
  }
  Value add_list(std::vector<Value> items) {
    Obj o(Obj::List);
    for (Value v : items) o.items.push_back(static_cast<size_t>(v.as_int()));
    return add(std::move(o));
  }
  Value add_point(int64_t x, int64_t y) {
    Obj o(Obj::Point);
    o.items = {static_cast<size_t>(add_int(x).as_int()), static_cast<size_t>(add_int(y).as_int())};
    return add(std::move(o));
  }
  Value add_dict(std::vector<std::pair<std::string, Value>> entries) {
    Obj o(Obj::Dict);
    for (auto& [k, v] : entries) o.entries.push_back({k, static_cast<size_t>(v.as_int())});
    return add(std::move(o));
  }
  const Obj& get(Value v) const { return objs_[static_cast<size_t>(v.as_int())]; }
  Value ref(size_t index) const { return Value::small_int(static_cast<int64_t>(index)); }

  std::string type_name(Value v) const {
    static const char* names[] = {"int", "float", "str", "bool", "list", "dict", "Point"};
    return names[get(v).kind];
  }

  // repr(v); ints past the digit limit fail as in CPython.
  Result<std::string> repr(Value v) const {
    const Obj& o = get(v);
    switch (o.kind) {
      case Obj::Int: return int_to_decimal(o.iv);
      case Obj::Float: return float_repr(o.d);
      case Obj::Str: return str_repr(o.s);
      case Obj::Bool: return std::string(o.i ? "True" : "False");
      case Obj::List: {
        std::string out = "[";
        for (size_t k = 0; k < o.items.size(); ++k) out += (k ? ", " : "") + *repr(ref(o.items[k]));
        return out + "]";
      }
      case Obj::Dict: {
        std::string out = "{";
        for (size_t k = 0; k < o.entries.size(); ++k)
          out += (k ? ", " : "") + str_repr(o.entries[k].first) + ": " + *repr(ref(o.entries[k].second));
        return out + "}";
      }
      case Obj::Point: return "Point(" + *repr(ref(o.items[0])) + ", " + *repr(ref(o.items[1])) + ")";
    }
    return std::string("?");
  }
  Result<std::string> str(Value v) const {
    if (get(v).kind == Obj::Str) return get(v).s;
    return repr(v);
  }

  Result<std::string> format(Value v, std::string_view spec) const {
    const Obj& o = get(v);
    switch (o.kind) {
      case Obj::Int: return format_int(o.iv, spec);
      case Obj::Float: return format_float(o.d, spec);
      case Obj::Str: return format_str(o.s, spec);
      case Obj::Bool: return format_bool(o.i != 0, spec);
      default:
        if (spec.empty()) return str(v);
        return type_error("unsupported format string passed to " + type_name(v) + ".__format__");
    }
  }

  Status getattr(Value v, std::string_view name, Value* out) const {
    const Obj& o = get(v);
    if (o.kind == Obj::Point && (name == "x" || name == "y")) {
      *out = ref(o.items[name == "x" ? 0 : 1]);
      return ok_status();
    }
    return {PyError{ErrorKind::AttributeError,
                    "'" + type_name(v) + "' object has no attribute '" + std::string(name) + "'"}};
  }

  Status getitem_index(Value v, int64_t index, Value* out) {
    const Obj& o = get(v);
    if (o.kind == Obj::List) {
      if (index >= static_cast<int64_t>(o.items.size())) return index_error("list index out of range");
      *out = ref(o.items[static_cast<size_t>(index)]);
      return ok_status();
    }
    if (o.kind == Obj::Str) {
      if (index >= static_cast<int64_t>(o.s.size())) return index_error("string index out of range");
      *out = add_str(o.s.substr(static_cast<size_t>(index), 1));  // ASCII test strings
      return ok_status();
    }
    if (o.kind == Obj::Dict) return {PyError{ErrorKind::KeyError, std::to_string(index)}};
    return type_error("'" + type_name(v) + "' object is not subscriptable");
  }

  Status getitem_key(Value v, std::string_view key, Value* out) const {
    const Obj& o = get(v);
    if (o.kind == Obj::Dict) {
      for (auto& [k, item] : o.entries)
        if (k == key) {
          *out = ref(item);
          return ok_status();
        }
      return {PyError{ErrorKind::KeyError, str_repr(key)}};
    }
    if (o.kind == Obj::List) return type_error("list indices must be integers or slices, not str");
    if (o.kind == Obj::Str) return type_error("string indices must be integers, not 'str'");
    return type_error("'" + type_name(v) + "' object is not subscriptable");
  }

 private:
  // Root memory: the collector must see the bignums held here.
  std::vector<Obj, heap::RootAllocator<Obj>> objs_;
};

}  // namespace sy::pylib::test
