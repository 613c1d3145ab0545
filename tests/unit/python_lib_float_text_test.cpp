// Floats as text against CPython 3.11: repr, the e/f/g conversions with every flag, and
// float(str), over the generated tables of python_lib_data/ (python_lib_gen.py).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "frontends/python/lib/float_text.h"
#include "python_lib_data.h"

namespace sy::pylib {
namespace {

double from_hex_bits(const std::string& hex) {
  uint64_t b = std::stoull(hex, nullptr, 16);
  double d;
  std::memcpy(&d, &b, 8);
  return d;
}

std::string hex_bits(const double& d) {
  uint64_t b;
  std::memcpy(&b, &d, 8);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(b));
  return buf;
}

TEST(PyFloatText, ReprMatchesCPython) {
  int checked = 0;
  for (const auto& row : test::load_table("float_repr")) {
    EXPECT_EQ(float_repr(from_hex_bits(row[0])), row[1]) << "bits " << row[0];
    ++checked;
  }
  EXPECT_GT(checked, 5000);
}

TEST(PyFloatText, ReprLandmarks) {
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e-5), "1e-05");
  EXPECT_EQ(float_repr(0.0001), "0.0001");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(1.0), "1.0");
  EXPECT_EQ(float_repr(123456789012345.0), "123456789012345.0");
  EXPECT_EQ(float_repr(9999999999999998.0), "9999999999999998.0");
  EXPECT_EQ(float_repr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(float_repr(1.0 / 0.0), "inf");
  EXPECT_EQ(float_repr(-1.0 / 0.0), "-inf");
  EXPECT_EQ(float_repr(std::nan("")), "nan");
}

TEST(PyFloatText, ConversionsMatchCPython) {
  int checked = 0;
  for (const auto& row : test::load_table("double_to_string")) {
    double d = from_hex_bits(row[0]);
    EXPECT_EQ(double_to_string(d, row[1][0], std::stoi(row[2]), static_cast<unsigned>(std::stoi(row[3]))), row[4])
        << "bits " << row[0] << " code " << row[1] << " precision " << row[2] << " flags " << row[3];
    ++checked;
  }
  EXPECT_GT(checked, 5000);
}

TEST(PyFloatText, ParseMatchesCPython) {
  for (const auto& row : test::load_table("parse_float"))
    EXPECT_EQ(test::outcome(parse_float(row[0]), hex_bits), row[1]) << "text '" << row[0] << "'";
}

}  // namespace
}  // namespace sy::pylib
