// format() of builtin values, `str % args` and str.format: the value library's engines
// (format_spec.h, percent_format.h, str_format.h) with hooks that reach objects.
#include "frontends/python/runtime/format_spec.h"

#include "frontends/python/lib/format_spec.h"
#include "frontends/python/lib/percent_format.h"
#include "frontends/python/lib/str_format.h"
#include "frontends/python/runtime/builtin_defs.h"

namespace sy::py {

namespace {

Value result(VM& vm, const pylib::Result<std::string>& r) { return r ? str(*r) : raise_lib(vm, r.error()); }

// Appends str-producing call `v` (a str Value, or empty when it raised) to out.
pylib::Status append(Value v, std::string& out) {
  if (v.is_empty()) return pylib::callback_failed();
  out = std::string(sv(v));
  return pylib::ok_status();
}

class Percent : public pylib::PercentHooks {
 public:
  Percent(VM& vm, Value args) : vm_(vm), args_(args) {}
  Value tuple_item(size_t index) override { return args_.as<Tuple>()->items[index]; }
  pylib::Status lookup(std::string_view key, Value* out) override {
    *out = get_item(vm_, args_, py::str(key));
    return out->is_empty() ? pylib::Status(pylib::callback_failed()) : pylib::ok_status();
  }
  pylib::Status str(Value v, std::string& out) override { return append(to_str(vm_, v), out); }
  pylib::Status repr(Value v, std::string& out) override { return append(to_repr(vm_, v), out); }
  pylib::Status classify(Value v, pylib::PercentValue* out) override {
    out->type_name = type_name_of(v);
    if (v.is_bool()) {
      out->kind = pylib::PercentValue::Int;
      out->int_value = Value::small_int(v.is_true());
    } else if (is_int(v)) {
      out->kind = pylib::PercentValue::Int;
      out->int_value = v;
    } else if (v.is_double()) {
      out->kind = pylib::PercentValue::Float;
      out->float_value = v.as_double();
    } else if (str_like(v)) {
      out->kind = pylib::PercentValue::Str;
      out->text = std::string(sv(v));
    } else if (type_of(v)->heap) {
      // An object that converts, by the dunder CPython's conversion asks: %d int(v)
      // (__int__, then __index__), %x %o %c operator.index(v), %f float(v) (__float__,
      // then __index__).
      PyType* t = type_of(v);
      std::vector<const char*> order;
      switch (out->conversion) {
        case 'd': case 'i': case 'u': order = {"__int__", "__index__"}; break;
        case 'o': case 'x': case 'X': case 'c': order = {"__index__"}; break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': order = {"__float__", "__index__"}; break;
        default: order = {"__index__", "__int__", "__float__"}; break;
      }
      for (const char* m : order) {
        Value f = type_lookup(t, m);
        if (f.is_empty()) continue;
        Value r = call_special(vm_, f, v, {});
        if (r.is_empty()) return pylib::callback_failed();
        if (r.is_double()) {
          out->kind = pylib::PercentValue::Float;
          out->float_value = r.as_double();
        } else if (is_int(r)) {
          out->kind = pylib::PercentValue::Int;
          out->int_value = r;
        }
        break;
      }
    }
    return pylib::ok_status();
  }

 private:
  VM& vm_;
  Value args_;
};

class FormatMethod : public pylib::FormatHooks {
 public:
  FormatMethod(VM& vm, const Value* pos, size_t npos, Value kwargs, bool positional)
      : vm_(vm), pos_(pos), npos_(npos), kwargs_(kwargs), positional_(positional) {}
  bool has_positional() override { return positional_; }
  bool positional(size_t index, Value* out) override {
    if (index >= npos_) return false;
    *out = pos_[index];
    return true;
  }
  pylib::Status keyword(std::string_view name, Value* out) override {
    Value key = str(name);
    if (kwargs_.is_empty() || kwargs_.is_nil()) return fail(raise_key_error(vm_, key));
    if (is_dict(kwargs_)) {  // str.format's keywords, or an exact dict for format_map
      Value r;
      if (!dict_get(vm_, kwargs_.as<Dict>(), key, &r)) return pylib::callback_failed();
      if (!r.is_empty()) {
        *out = r;
        return pylib::ok_status();
      }
      if (!positional_ && type_of(kwargs_) != types().dict) {
        // A dict subclass given to format_map: its __missing__ applies.
        return check(*out = get_item(vm_, kwargs_, key));
      }
      return fail(raise_key_error(vm_, key));
    }
    return check(*out = get_item(vm_, kwargs_, key));
  }
  pylib::Status getattr(Value obj, std::string_view name, Value* out) override {
    return check(*out = py::getattr(vm_, obj, str_interned(name)));
  }
  pylib::Status getitem_index(Value obj, int64_t index, Value* out) override {
    return check(*out = get_item(vm_, obj, Value::small_int(index)));
  }
  pylib::Status getitem_key(Value obj, std::string_view key, Value* out) override {
    return check(*out = get_item(vm_, obj, str(key)));
  }
  pylib::Status convert(Value obj, char conversion, Value* out) override {
    *out = conversion == 'r' ? to_repr(vm_, obj) : conversion == 's' ? to_str(vm_, obj) : ascii_of(vm_, obj);
    return check(*out);
  }
  pylib::Status format(Value obj, std::string_view spec, std::string& out) override {
    Value r = format_value(vm_, obj, str(spec));
    if (r.is_empty()) return pylib::callback_failed();
    out += sv(r);
    return pylib::ok_status();
  }

 private:
  static pylib::Status check(Value v) { return v.is_empty() ? pylib::Status(pylib::callback_failed()) : pylib::ok_status(); }
  static pylib::Status fail(Value) { return pylib::callback_failed(); }
  VM& vm_;
  const Value* pos_;
  size_t npos_;
  Value kwargs_;
  bool positional_;
};

}  // namespace

Value format_builtin(VM& vm, Value v, std::string_view spec) {
  if (str_like(v)) return result(vm, pylib::format_str(sv(v), spec));
  if (v.is_bool()) return result(vm, pylib::format_bool(v.is_true(), spec));
  if (v.is_double()) return result(vm, pylib::format_float(v.as_double(), spec));
  return result(vm, pylib::format_int(v, spec));
}

Value percent_format(VM& vm, Value fmt, Value args) {
  pylib::PercentArgs pa;
  if (is_tuple(args)) {
    pa.is_tuple = true;
    pa.tuple_size = args.as<Tuple>()->size();
  } else {
    pa.single = args;
    // CPython's PyMapping_Check: a type with __getitem__ that is not a tuple or str.
    pa.is_mapping = !str_like(args) && (is_dict(args) || is_list(args) || is_instance(args, classes().range) ||
                                      (type_of(args)->heap && !type_lookup(type_of(args), "__getitem__").is_empty()));
  }
  Percent hooks(vm, args);
  return result(vm, pylib::percent_format(sv(fmt), pa, hooks));
}

// str.format(*args, **kwargs): pos[0] is the format string.
Value m_format(VM& vm, const Args& a) {
  FormatMethod hooks(vm, a.pos + 1, a.npos - 1, a.kw[0], true);
  return result(vm, pylib::format_string(sv(a.pos[0]), hooks));
}

// str.format_map(mapping)
Value m_format_map(VM& vm, const Args& a) {
  FormatMethod hooks(vm, nullptr, 0, a.pos[1], false);
  return result(vm, pylib::format_string(sv(a.pos[0]), hooks));
}

}  // namespace sy::py
