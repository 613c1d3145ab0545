// Python int and float arithmetic and int text against CPython 3.11, over the generated
// tables of python_lib_data/ (python_lib_gen.py): floor division and modulo signs,
// correctly rounded true division, powers (modular, negative), shifts, bit operations,
// conversions, round(), str/int(str)/hex/oct/bin and the digit limit.
#include <gtest/gtest.h>

#include <cstring>

#include "core/bigint.h"
#include "frontends/python/lib/float_arith.h"
#include "frontends/python/lib/int_arith.h"
#include "frontends/python/lib/int_text.h"
#include "python_lib_data.h"

namespace sy::pylib {
namespace {

Value I(const std::string& digits) {
  Value v = sy::parse_int(digits);
  EXPECT_FALSE(v.is_empty()) << digits;
  return v;
}

double F(const std::string& hex) {
  uint64_t b = std::stoull(hex, nullptr, 16);
  double d;
  std::memcpy(&d, &b, 8);
  return d;
}

std::string show_double(const double& d) {
  uint64_t b;
  std::memcpy(&b, &d, 8);
  char buf[20];
  std::snprintf(buf, sizeof buf, "f%016llx", static_cast<unsigned long long>(b));
  return buf;
}

// The table's form of a result: ints in decimal, floats as "f" + bits.
std::string show_value(const Value& v) {
  if (v.is_double()) return show_double(v.as_double());
  return integer_to_string(v);
}
std::string show_pair(const std::pair<Value, Value>& p) { return show_value(p.first) + "," + show_value(p.second); }
std::string show_dpair(const std::pair<double, double>& p) { return show_double(p.first) + "," + show_double(p.second); }
std::string show_string(const std::string& s) { return s; }

std::string int_op(const test::Row& row) {
  const std::string& op = row[0];
  Value a = I(row[1]), b = I(row[2]);
  using test::outcome;
  if (op == "floordiv") return outcome(int_floordiv(a, b), show_value);
  if (op == "mod") return outcome(int_mod(a, b), show_value);
  if (op == "divmod") return outcome(int_divmod(a, b), show_pair);
  if (op == "truediv") return outcome(int_truediv(a, b), show_double);
  if (op == "and") return show_value(int_and(a, b));
  if (op == "or") return show_value(int_or(a, b));
  if (op == "xor") return show_value(int_xor(a, b));
  if (op == "add") return show_value(int_add(a, b));
  if (op == "sub") return show_value(int_sub(a, b));
  if (op == "mul") return show_value(int_mul(a, b));
  if (op == "invert") return show_value(int_invert(a));
  if (op == "neg") return show_value(int_neg(a));
  if (op == "abs") return show_value(int_abs(a));
  if (op == "bit_length") return std::to_string(int_bit_length(a));
  if (op == "float") return outcome(int_to_double(a), show_double);
  if (op == "lshift") return outcome(int_lshift(a, b), show_value);
  if (op == "rshift") return outcome(int_rshift(a, b), show_value);
  if (op == "pow") return outcome(int_pow(a, b), show_value);
  if (op == "round") return show_value(int_round(a, b));
  if (op == "powmod") return outcome(int_pow_mod(a, b, I(row[3])), show_value);
  ADD_FAILURE() << "unknown op " << op;
  return "";
}

TEST(PyInt, ArithmeticMatchesCPython) {
  int checked = 0;
  for (const auto& row : test::load_table("int_arith")) {
    EXPECT_EQ(int_op(row), row.back()) << row[0] << " " << row[1] << " " << row[2] << (row.size() > 4 ? " " + row[3] : "");
    ++checked;
  }
  EXPECT_GT(checked, 8000);
}

std::string float_op(const test::Row& row) {
  const std::string& op = row[0];
  double x = F(row[1]);
  using test::outcome;
  if (op == "int") return outcome(double_to_int(x), show_value);
  if (op == "round0") return outcome(float_round_to_int(x), show_value);
  if (op == "round") return outcome(float_round(x, std::stoll(row[2])), show_double);
  double y = F(row[2]);
  if (op == "floordiv") return outcome(float_floordiv(x, y), show_double);
  if (op == "mod") return outcome(float_mod(x, y), show_double);
  if (op == "divmod") return outcome(float_divmod(x, y), show_dpair);
  if (op == "truediv") return outcome(float_truediv(x, y), show_double);
  if (op == "pow") return outcome(float_pow(x, y), show_double);
  ADD_FAILURE() << "unknown op " << op;
  return "";
}

TEST(PyFloat, ArithmeticMatchesCPython) {
  int checked = 0;
  for (const auto& row : test::load_table("float_arith")) {
    EXPECT_EQ(float_op(row), row.back()) << row[0] << " " << row[1] << " " << row[2];
    ++checked;
  }
  EXPECT_GT(checked, 8000);
}

TEST(PyInt, TextMatchesCPython) {
  for (const auto& row : test::load_table("int_to_text")) {
    Value a = I(row[1]);
    std::string got = row[0] == "str" ? test::outcome(int_to_decimal(a), show_string)
                      : row[0] == "hex" ? int_to_prefixed(a, 16)
                      : row[0] == "oct" ? int_to_prefixed(a, 8)
                                        : int_to_prefixed(a, 2);
    EXPECT_EQ(got, row[2]) << row[0] << " " << row[1].substr(0, 80);
  }
}

TEST(PyInt, ParseMatchesCPython) {
  int checked = 0;
  for (const auto& row : test::load_table("parse_int")) {
    EXPECT_EQ(test::outcome(parse_int(row[0], std::stoi(row[1])), show_value), row[2])
        << "int('" << row[0].substr(0, 80) << "', " << row[1] << ")";
    ++checked;
  }
  EXPECT_GT(checked, 900);
}

TEST(PyInt, DigitLimitCanBeLifted) {
  std::string digits(5000, '7');
  EXPECT_FALSE(parse_int(digits).ok());
  set_int_max_str_digits(0);
  auto v = parse_int(digits);
  ASSERT_TRUE(v.ok());
  auto back = int_to_decimal(*v);
  set_int_max_str_digits(kDefaultIntMaxStrDigits);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, digits);
  EXPECT_FALSE(int_to_decimal(*v).ok());
}

}  // namespace
}  // namespace sy::pylib
