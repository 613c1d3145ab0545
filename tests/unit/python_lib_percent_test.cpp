// printf-style str % args against CPython 3.11 (python_lib_data/percent_format.tsv). The
// table first describes its pool of argument objects ("obj" rows), then the cases:
// a format, the arguments (t<i,j,...> a tuple, s<i> a single object, m<i> a single
// object meant as a mapping)
// and the expected text or error.
#include <gtest/gtest.h>

#include <cstring>
#include <map>

#include "core/bigint.h"
#include "frontends/python/lib/percent_format.h"
#include "python_lib_data.h"
#include "python_lib_objects.h"

namespace sy::pylib {
namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  size_t start = 0;
  for (;;) {
    size_t i = s.find(sep, start);
    out.push_back(s.substr(start, i == std::string::npos ? std::string::npos : i - start));
    if (i == std::string::npos) return out;
    start = i + 1;
  }
}

class Hooks : public PercentHooks {
 public:
  test::Objects o;
  std::vector<Value> pool;   // by the table's indices
  std::vector<Value> tuple;  // the current tuple operand

  // Builds the pool from the "obj" rows; lists and dicts refer to later entries, so
  // they are linked after every entry exists.
  void build(const std::vector<test::Row>& rows) {
    std::vector<const test::Row*> descs;
    for (const auto& r : rows)
      if (r[0] == "obj") descs.push_back(&r);
    pool.resize(descs.size());
    for (const auto* r : descs) {
      size_t i = std::stoul((*r)[1]);
      const std::string& kind = (*r)[2];
      const std::string& payload = (*r)[3];
      if (kind == "int") pool[i] = o.add_int_value(sy::parse_int(payload));
      else if (kind == "bool") pool[i] = o.add_bool(payload == "1");
      else if (kind == "str") pool[i] = o.add_str(payload);
      else if (kind == "float") {
        uint64_t b = std::stoull(payload, nullptr, 16);
        double d;
        std::memcpy(&d, &b, 8);
        pool[i] = o.add_float(d);
      } else if (kind == "point") {
        auto xy = split(payload, ',');
        pool[i] = o.add_point(std::stoll(xy[0]), std::stoll(xy[1]));
      }
    }
    for (const auto* r : descs) {
      size_t i = std::stoul((*r)[1]);
      if ((*r)[2] == "list") {
        std::vector<Value> items;
        for (auto& k : split((*r)[3], ',')) items.push_back(pool[std::stoul(k)]);
        pool[i] = o.add_list(items);
      } else if ((*r)[2] == "dict") {
        std::vector<std::pair<std::string, Value>> entries;
        for (auto& kv : split((*r)[3], ',')) {
          size_t eq = kv.rfind('=');
          entries.push_back({kv.substr(0, eq), pool[std::stoul(kv.substr(eq + 1))]});
        }
        pool[i] = o.add_dict(entries);
      }
    }
  }

  Value tuple_item(size_t index) override { return tuple[index]; }
  Value mapping;
  Status lookup(std::string_view key, Value* out) override { return o.getitem_key(mapping, key, out); }
  Status str(Value v, std::string& out) override {
    auto r = o.str(v);
    if (!r) return r.error();
    out = *r;
    return ok_status();
  }
  Status repr(Value v, std::string& out) override {
    auto r = o.repr(v);
    if (!r) return r.error();
    out = *r;
    return ok_status();
  }
  Status classify(Value v, PercentValue* out) override {
    const test::Obj& obj = o.get(v);
    out->type_name = o.type_name(v);
    switch (obj.kind) {
      case test::Obj::Int: out->kind = PercentValue::Int, out->int_value = obj.iv; break;
      case test::Obj::Bool: out->kind = PercentValue::Int, out->int_value = Value::small_int(obj.i); break;
      case test::Obj::Float: out->kind = PercentValue::Float, out->float_value = obj.d; break;
      case test::Obj::Str: out->kind = PercentValue::Str, out->text = obj.s; break;
      default: out->kind = PercentValue::Other; break;
    }
    return ok_status();
  }
};

std::string same(const std::string& s) { return s; }

TEST(PyPercentFormat, MatchesCPython) {
  auto rows = test::load_table("percent_format");
  Hooks hooks;
  hooks.build(rows);
  int checked = 0;
  for (const auto& row : rows) {
    if (row[0] != "fmt") continue;
    const std::string& spec = row[2];
    PercentArgs args;
    if (spec[0] == 't') {
      hooks.tuple.clear();
      for (auto& k : split(spec.substr(1), ',')) hooks.tuple.push_back(hooks.pool[std::stoul(k)]);
      args.is_tuple = true;
      args.tuple_size = hooks.tuple.size();
    } else {
      args.single = hooks.pool[std::stoul(spec.substr(1))];
      auto kind = hooks.o.get(args.single).kind;  // CPython's PyMapping_Check
      args.is_mapping = kind == test::Obj::List || kind == test::Obj::Dict;
      hooks.mapping = args.single;
    }
    EXPECT_EQ(test::outcome(percent_format(row[1], args, hooks), same), row[3]) << "'" << row[1] << "' % " << spec;
    ++checked;
  }
  EXPECT_GT(checked, 1500);
}

}  // namespace
}  // namespace sy::pylib

namespace sy::pylib {
namespace {

TEST(PyPercentFormat, HugeWidthsAreMemoryErrors) {
  Hooks hooks;
  hooks.tuple = {hooks.o.add_int(7)};
  PercentArgs args;
  args.is_tuple = true;
  args.tuple_size = 1;
  for (const char* f : {"%99999999999d", "%.2147483000d", "%.2147483600f", "%99999999999s"}) {
    auto r = percent_format(f, args, hooks);
    ASSERT_FALSE(r.ok()) << f;
    EXPECT_EQ(r.error().kind, ErrorKind::MemoryError) << f;
  }
}

}  // namespace
}  // namespace sy::pylib
