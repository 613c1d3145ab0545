// str.format and str.format_map against CPython 3.11 (python_lib_data/str_format.tsv):
// the engine runs over a miniature object model mirroring the generator's arguments.
#include <gtest/gtest.h>

#include "frontends/python/lib/str_format.h"
#include "python_lib_data.h"
#include "python_lib_objects.h"

namespace sy::pylib {
namespace {

// FORMAT_ARGS and FORMAT_KWARGS of python_lib_gen.py.
class Hooks : public FormatHooks {
 public:
  explicit Hooks(bool with_positional) : with_positional_(with_positional) {
    args_ = {o.add_int(42), o.add_float(-3.5), o.add_str("h\u00e9llo"),
             o.add_list({o.add_int(1), o.add_str("two"), o.add_float(3.0)}), o.add_point(1, 2), o.add_bool(true),
             o.add_str("it's")};
    kwargs_ = {{"name", o.add_str("Ada")},
               {"n", o.add_int(1234567)},
               {"x", o.add_float(0.125)},
               {"p", o.add_point(3, 4)},
               {"lst", o.add_list({o.add_int(10), o.add_int(20)})},
               {"d", o.add_dict({{"k", o.add_str("v")}, {"key", o.add_int(7)}})},
               {"w", o.add_int(12)},
               {"\u00e9", o.add_str("accent")}};
  }
  bool has_positional() override { return with_positional_; }
  bool positional(size_t index, Value* out) override {
    if (index >= args_.size()) return false;
    *out = args_[index];
    return true;
  }
  Status keyword(std::string_view name, Value* out) override {
    for (auto& [k, v] : kwargs_)
      if (k == name) {
        *out = v;
        return ok_status();
      }
    return {PyError{ErrorKind::KeyError, str_repr(name)}};
  }
  Status getattr(Value obj, std::string_view name, Value* out) override { return o.getattr(obj, name, out); }
  Status getitem_index(Value obj, int64_t index, Value* out) override { return o.getitem_index(obj, index, out); }
  Status getitem_key(Value obj, std::string_view key, Value* out) override { return o.getitem_key(obj, key, out); }
  Status convert(Value obj, char conversion, Value* out) override {
    auto text = conversion == 's' ? o.str(obj) : o.repr(obj);
    if (!text) return text.error();
    *out = o.add_str(conversion == 'a' ? ascii_from_repr(*text) : *text);
    return ok_status();
  }
  Status format(Value obj, std::string_view spec, std::string& out) override {
    auto r = o.format(obj, spec);
    if (!r) return r.error();
    out += *r;
    return ok_status();
  }

  test::Objects o;

 private:
  bool with_positional_;
  std::vector<Value> args_;
  std::vector<std::pair<std::string, Value>> kwargs_;
};

std::string same(const std::string& s) { return s; }

TEST(PyStrFormat, MatchesCPython) {
  int checked = 0;
  for (const auto& row : test::load_table("str_format")) {
    Hooks hooks(row[0] == "args");
    EXPECT_EQ(test::outcome(format_string(row[1], hooks), same), row[2]) << row[0] << ": '" << row[1] << "'";
    ++checked;
  }
  EXPECT_GT(checked, 1000);
}

// A failing hook's error comes back unchanged and stops the formatting.
TEST(PyStrFormat, HookErrorsPropagate) {
  struct Failing : Hooks {
    Failing() : Hooks(true) {}
    Status convert(Value, char, Value*) override { return callback_failed(); }
  } hooks;
  auto r = format_string("{0} {0!r}", hooks);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Callback);
}

}  // namespace
}  // namespace sy::pylib
