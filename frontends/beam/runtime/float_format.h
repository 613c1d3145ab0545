// Float to text as erl 25 writes it.
//
//   float_short         float_to_list(F, [short]), io_lib:write/~w/~p: the shortest digits
//                       that read back as F (std::to_chars), placed as erts's Ryu
//                       formatter places them (fixed or scientific, "e-5" not "e-05")
//   float_to_list_20e   float_to_list(F): "%.20e"
//   float_to_list_opts  float_to_list(F, Options) with {decimals, N}, {scientific, N},
//                       compact, short
//   format_e/f/g        io_lib's ~e ~f ~g digit strings (its own rounding of the %.20e digits)
#pragma once
#include <optional>
#include <string>

namespace sy::beam {

std::string float_short(double d);
std::string float_to_list_20e(double d);

struct FloatOptions {
  enum Kind { Default, Decimals, Scientific, Short } kind = Default;
  int digits = 0;
  bool compact = false;
};
// Empty when erts would raise badarg (the result would not fit its 256-byte buffer).
std::optional<std::string> float_to_list_opts(double d, const FloatOptions& options);

// io_lib_format's ~e (precision >= 2), ~f (precision >= 1) and ~g (precision >= 1).
std::string format_e(double d, int precision);
std::string format_f(double d, int precision);
std::string format_g(double d, int precision);

}  // namespace sy::beam
