#include "frontends/beam/runtime/float_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace sy::beam {

namespace {

// erts formats into a 256-byte buffer; a longer result is badarg.
constexpr int kErtsFloatBuffer = 256;

// The shortest digits that read back as d (> 0), and the exponent of their last digit:
// d == digits * 10^exponent.
void shortest_digits(double d, std::string* digits, int* exponent) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string s(buf, r.ptr);  // "D[.DDD]e[+-]XX"
  size_t e = s.find('e');
  int sci = std::stoi(s.substr(e + 1));
  digits->clear();
  for (size_t i = 0; i < e; ++i)
    if (s[i] != '.') *digits += s[i];
  *exponent = sci - static_cast<int>(digits->size()) + 1;
}

}  // namespace

// erts's placement of Ryu's digits (erts/emulator/ryu/to_chars.h): fixed notation when the
// exponent is within a small window and the digits are exact as an integer, else
// scientific with at least one digit after the point and no '+' or leading zeros in the
// exponent.
std::string float_short(double d) {
  bool sign = std::signbit(d);
  if (d == 0) return sign ? "-0.0" : "0.0";
  std::string digits;
  int exp;
  shortest_digits(std::fabs(d), &digits, &exp);
  const int olength = static_cast<int>(digits.size());
  const int sci_exp = exp + olength - 1;
  int lower, upper;
  if (olength == 1) {
    lower = -4, upper = 2;
  } else if (sci_exp >= 10) {
    lower = -(olength + 2), upper = 2;
  } else {
    lower = -(olength + 2), upper = 1;
  }
  bool fixed = false;
  if (lower <= exp && exp <= upper) {
    uint64_t output = std::stoull(digits);
    fixed = !((output >= (uint64_t{1} << 53) && exp == 0) || (output > (uint64_t{1} << 52) / 5 && exp == 1) ||
              (output > (uint64_t{1} << 51) / 25 && exp == 2));
  }
  std::string out = sign ? "-" : "";
  if (fixed) {
    int whole = olength + exp;
    if (exp >= 0) {
      out += digits;
      out.append(static_cast<size_t>(exp), '0');
      out += ".0";
    } else if (whole > 0) {
      out += digits.substr(0, static_cast<size_t>(whole));
      out += '.';
      out += digits.substr(static_cast<size_t>(whole));
    } else {
      out += "0.";
      out.append(static_cast<size_t>(-whole), '0');
      out += digits;
    }
    return out;
  }
  out += digits[0];
  out += '.';
  out += olength > 1 ? digits.substr(1) : "0";
  out += 'e';
  out += std::to_string(sci_exp);
  return out;
}

std::string float_to_list_20e(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.20e", d);
  return buf;
}

namespace {

// erts sys_double_to_chars_fast as OTP 25 has it: add 0.55555555555555555 units of the
// last decimal (its SYS_DOUBLE_RND_CONST: a little more than half, so that a value whose
// sum with half a unit rounds down in binary still rounds up, 123456789.125 -> .13), then
// print the binary value's digits by truncation. Large values and many decimals go
// through printf instead.
std::optional<std::string> fixed_decimals(double f, int decimals, bool compact) {
  static const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8, 1e9,
                                  1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
  constexpr int kMaxDecimals = 19;
  constexpr int kFracSize = 52;
  const bool neg = std::signbit(f);
  constexpr double kRound = 0.55555555555555555;
  double fr = decimals < kMaxDecimals ? (neg ? f - kRound / kPow10[decimals] : f + kRound / kPow10[decimals]) : f;
  double x = std::fabs(fr);
  std::string out;
  if (x > static_cast<double>(uint64_t{1} << (kFracSize + 1)) || decimals >= kMaxDecimals) {
    char buf[kErtsFloatBuffer];
    int len = std::snprintf(buf, sizeof buf, "%.*f", decimals, f);
    if (len >= kErtsFloatBuffer) return std::nullopt;
    out.assign(buf, static_cast<size_t>(len));
  } else {
    uint64_t bits;
    std::memcpy(&bits, &x, 8);
    int exp = static_cast<int>((bits >> kFracSize) & 0x7FF);
    uint64_t mantissa = bits & ((uint64_t{1} << kFracSize) - 1);
    uint64_t int_part = 0, frac_part = 0;  // frac_part: a binary fraction of kFracSize+1 bits
    const uint64_t frac_mask2 = (uint64_t{1} << (kFracSize + 1)) - 1;
    if (exp != 0 || mantissa != 0) {
      exp -= 1023;
      mantissa |= uint64_t{1} << kFracSize;
      if (exp >= kFracSize) {
        int_part = mantissa << (exp - kFracSize);
      } else if (exp >= 0) {
        int_part = mantissa >> (kFracSize - exp);
        frac_part = (mantissa << (exp + 1)) & frac_mask2;
      } else if (-(exp + 1) < 64) {
        frac_part = (mantissa & frac_mask2) >> -(exp + 1);
      }
    }
    if (neg) out += '-';
    out += std::to_string(int_part);
    if (decimals > 0) {
      if (static_cast<int>(out.size()) + 1 + decimals >= kErtsFloatBuffer) return std::nullopt;
      out += '.';
      for (int i = 0; i < decimals; ++i) {
        frac_part *= 10;
        out += static_cast<char>('0' + (frac_part >> (kFracSize + 1)));
        frac_part &= frac_mask2;
      }
    }
  }
  if (compact && decimals > 0) {  // trailing zeros go, but one digit stays after the point
    size_t end = out.size();
    while (end > 0 && out[end - 1] == '0') --end;
    if (end > 0 && out[end - 1] == '.') ++end;
    out.resize(end);
  }
  return out;
}

}  // namespace

std::optional<std::string> float_to_list_opts(double d, const FloatOptions& o) {
  switch (o.kind) {
    case FloatOptions::Default: return float_to_list_20e(d);
    case FloatOptions::Short: return float_short(d);
    case FloatOptions::Decimals: return fixed_decimals(d, o.digits, o.compact);
    case FloatOptions::Scientific: {
      char buf[kErtsFloatBuffer];
      int len = std::snprintf(buf, sizeof buf, "%.*e", o.digits, d);
      if (len >= kErtsFloatBuffer) return std::nullopt;
      return std::string(buf, static_cast<size_t>(len));
    }
  }
  return std::nullopt;
}

// -- io_lib_format's ~e ~f ~g: digit-string rounding on the 21 digits of "%.20e" --

namespace {

// float_data: the 21 significant digits of |d| and the exponent E with d = 0.DDD * 10^E.
void float_data(double d, std::string* digits, int* e) {
  std::string s = float_to_list_20e(d);
  size_t epos = s.find('e');
  digits->clear();
  for (size_t i = 0; i < epos; ++i)
    if (s[i] >= '0' && s[i] <= '9') *digits += s[i];
  *e = std::stoi(s.substr(epos + 1)) + 1;
}

// float_man(Ds, Dc): the first Dc digits of Ds rounded half up on the next one; the bool
// says a carry leaves the first digit.
std::pair<std::string, bool> float_man(std::string_view ds, int dc) {
  if (dc == 0) return {"", !ds.empty() && ds[0] >= '5'};
  if (ds.empty()) return {std::string(static_cast<size_t>(dc), '0'), false};
  auto [cs, carry] = float_man(ds.substr(1), dc - 1);
  char d = ds[0];
  if (carry) {
    if (d == '9') return {"0" + cs, true};
    return {std::string(1, static_cast<char>(d + 1)) + cs, false};
  }
  return {std::string(1, d) + cs, false};
}

// float_man(Ds, I, Dc): I integer digits, a point, then Dc decimals.
std::pair<std::string, bool> float_man(std::string_view ds, int i, int dc) {
  if (i == 0) {
    auto [cs, carry] = float_man(ds, dc);
    return {"." + cs, carry};
  }
  if (ds.empty()) return {std::string(static_cast<size_t>(i), '0') + "." + std::string(static_cast<size_t>(dc), '0'), false};
  auto [cs, carry] = float_man(ds.substr(1), i - 1, dc);
  char d = ds[0];
  if (carry) {
    if (d == '9') return {"0" + cs, true};
    return {std::string(1, static_cast<char>(d + 1)) + cs, false};
  }
  return {std::string(1, d) + cs, false};
}

std::string float_exp(int e) { return e >= 0 ? "e+" + std::to_string(e) : "e" + std::to_string(e); }

}  // namespace

std::string format_e(double d, int precision) {
  std::string ds;
  int e;
  float_data(d, &ds, &e);
  std::string out = std::signbit(d) ? "-" : "";
  auto [fs, carry] = float_man(ds, 1, precision - 1);
  if (carry && fs[0] == '0') {
    fs[0] = '1';
    return out + fs + float_exp(e);
  }
  return out + fs + float_exp(e - 1);
}

std::string format_f(double d, int precision) {
  std::string ds;
  int e;
  float_data(d, &ds, &e);
  if (e <= 0) {
    ds = std::string(static_cast<size_t>(-e + 1), '0') + ds;
    e = 1;
  }
  std::string out = std::signbit(d) ? "-" : "";
  auto [fs, carry] = float_man(ds, e, precision);
  return out + (carry ? "1" + fs : fs);
}

std::string format_g(double d, int precision) {
  double a = std::fabs(d);
  // E: the decimal exponent class of a; "none" (a >= 1e4) never takes the ~f branch.
  bool big = a >= 1.0e4;
  int e = a < 0.1 ? -2 : a < 1.0 ? -1 : a < 10.0 ? 0 : a < 100.0 ? 1 : a < 1.0e3 ? 2 : 3;
  if (!big && ((precision <= 1 && e == -1) || (precision - 1 > e && e >= -1)))
    return format_f(d, precision - 1 - e);
  return format_e(d, precision <= 1 ? 2 : precision);
}

}  // namespace sy::beam
