// format(value, spec) for int, bool, float and str against CPython 3.11: the generated
// table python_lib_data/format_spec.tsv holds fixed and random specs, valid and not.
#include <gtest/gtest.h>

#include <cstring>

#include "core/bigint.h"
#include "frontends/python/lib/format_spec.h"
#include "python_lib_data.h"

namespace sy::pylib {
namespace {

std::string same(const std::string& s) { return s; }

TEST(PyFormatSpec, MatchesCPython) {
  int checked = 0;
  for (const auto& row : test::load_table("format_spec")) {
    const std::string& kind = row[0];
    const std::string& spec = row[2];
    Result<std::string> got = value_error("unknown kind");
    if (kind == "int") {
      got = format_int(sy::parse_int(row[1]), spec);
    } else if (kind == "bool") {
      got = format_bool(row[1] == "1", spec);
    } else if (kind == "float") {
      uint64_t b = std::stoull(row[1], nullptr, 16);
      double d;
      std::memcpy(&d, &b, 8);
      got = format_float(d, spec);
    } else {
      got = format_str(row[1], spec);
    }
    EXPECT_EQ(test::outcome(got, same), row[3]) << "format(" << kind << " " << row[1].substr(0, 40) << ", '" << spec << "')";
    ++checked;
  }
  EXPECT_GT(checked, 5000);
}

TEST(PyFormatSpec, ParsedFields) {
  auto f = parse_format_spec("*^+z#012_.3f", '\0', '>', "float");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->fill, U'*');
  EXPECT_EQ(f->align, '^');
  EXPECT_EQ(f->sign, '+');
  EXPECT_TRUE(f->no_neg_0);
  EXPECT_TRUE(f->alternate);
  EXPECT_EQ(f->width, 12);
  EXPECT_EQ(f->grouping, '_');
  EXPECT_EQ(f->precision, 3);
  EXPECT_EQ(f->type, U'f');
}

}  // namespace
}  // namespace sy::pylib

namespace sy::pylib {
namespace {

TEST(PyFormatSpec, HugeWidthsAreMemoryErrors) {
  for (auto r : {format_str("x", "99999999999"), format_int(Value::small_int(1), "099999999999"),
                 format_float(1.5, ">99999999999"), format_float(1.5, ".2147483600f")}) {
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::MemoryError);
  }
}

}  // namespace
}  // namespace sy::pylib
