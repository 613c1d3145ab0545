// The functions of one float that `fmath` applies inline (core/ir/opcodes.h), by index.
// The fast path takes a float and gives a finite float; anything else (another class of
// argument, a NaN or an infinite result) goes to the instruction's label, where a front
// end calls its own library function for its own conversions and errors.
#pragma once
#include <cmath>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace sy {

struct FloatFunction {
  std::string_view name;
  double (*fn)(double);
};

inline constexpr FloatFunction kFloatFunctions[] = {
    {"sqrt", [](double x) { return std::sqrt(x); }},   {"sin", [](double x) { return std::sin(x); }},
    {"cos", [](double x) { return std::cos(x); }},     {"tan", [](double x) { return std::tan(x); }},
    {"asin", [](double x) { return std::asin(x); }},   {"acos", [](double x) { return std::acos(x); }},
    {"atan", [](double x) { return std::atan(x); }},   {"sinh", [](double x) { return std::sinh(x); }},
    {"cosh", [](double x) { return std::cosh(x); }},   {"tanh", [](double x) { return std::tanh(x); }},
    {"asinh", [](double x) { return std::asinh(x); }}, {"acosh", [](double x) { return std::acosh(x); }},
    {"atanh", [](double x) { return std::atanh(x); }}, {"exp", [](double x) { return std::exp(x); }},
    {"log", [](double x) { return std::log(x); }},     {"log2", [](double x) { return std::log2(x); }},
    {"log10", [](double x) { return std::log10(x); }}, {"erf", [](double x) { return std::erf(x); }},
    {"erfc", [](double x) { return std::erfc(x); }},   {"ceil", [](double x) { return std::ceil(x); }},
    {"floor", [](double x) { return std::floor(x); }},
};
inline constexpr uint32_t kFloatFunctionCount = static_cast<uint32_t>(std::size(kFloatFunctions));

// The index of the function called `name`, or -1.
inline int32_t float_function(std::string_view name) {
  for (uint32_t i = 0; i < kFloatFunctionCount; ++i)
    if (kFloatFunctions[i].name == name) return static_cast<int32_t>(i);
  return -1;
}

}  // namespace sy
