// Integers (small and big) and the arithmetic slow paths: overflow into bignums and back,
// Python's floor semantics, truncation, shifts, two's-complement bitwise ops, exact
// int/float comparison, and the errors they raise.
#include "core/arith.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

#include "core/bigint.h"
#include "core/format.h"
#include "test_support.h"

namespace sy {
namespace {

class Arith : public ::testing::Test {
 protected:
  VM vm;
  static Value I(int64_t n) { return make_int(n); }
  static Value P(const char* digits) {
    Value v = parse_int(digits);
    EXPECT_FALSE(v.is_empty()) << digits;
    return v;
  }
  static Value F(double d) { return Value::number(d); }
  static std::string S(Value v) { return repr(v); }
  // The result must be a value (no exception); returns its repr.
  std::string ok(Value v) {
    EXPECT_FALSE(vm.has_exception()) << test::pending_kind(vm);
    EXPECT_FALSE(v.is_empty());
    return v.is_empty() ? "<empty>" : repr(v);
  }
  // The operation must have raised kind; clears it.
  void raised(Value v, const char* kind) {
    EXPECT_TRUE(v.is_empty());
    EXPECT_EQ(test::pending_kind(vm), kind);
    vm.clear_exception();
  }
  double dbl(Value v) {
    EXPECT_TRUE(v.is_double()) << repr(v);
    return v.is_double() ? v.as_double() : NAN;
  }
};

const Value kMax = Value::small_int(Value::kIntMax);
const Value kMin = Value::small_int(Value::kIntMin);

TEST_F(Arith, ParseAndPrint) {
  EXPECT_EQ(S(P("0")), "0");
  EXPECT_EQ(S(P("-0")), "0");
  EXPECT_EQ(S(P("+17")), "17");
  EXPECT_EQ(S(P("123456789012345678901234567890")), "123456789012345678901234567890");
  EXPECT_EQ(S(P("-123456789012345678901234567890")), "-123456789012345678901234567890");
  EXPECT_TRUE(P("140737488355327").is_int());        // 2^47 - 1
  EXPECT_FALSE(P("140737488355328").is_int());       // 2^47
  EXPECT_TRUE(P("-140737488355328").is_int());       // -2^47
  EXPECT_FALSE(P("-140737488355329").is_int());
  EXPECT_TRUE(parse_int("").is_empty());
  EXPECT_TRUE(parse_int("-").is_empty());
  EXPECT_TRUE(parse_int("12a").is_empty());
  EXPECT_TRUE(parse_int(" 1").is_empty());
  EXPECT_EQ(integer_to_string(P("255"), 16), "ff");
  EXPECT_EQ(integer_to_string(P("-1267650600228229401496703205376"), 2), "-1" + std::string(100, '0'));
}

TEST_F(Arith, AddOverflowsIntoBignumAndBack) {
  Value big = arith::add(vm, kMax, I(1));
  EXPECT_EQ(ok(big), "140737488355328");
  EXPECT_EQ(class_of(big), cls::BigInt);
  Value back = arith::sub(vm, big, I(1));
  EXPECT_TRUE(back.is_int());
  EXPECT_EQ(back.as_int(), Value::kIntMax);
  Value low = arith::sub(vm, kMin, I(1));
  EXPECT_EQ(ok(low), "-140737488355329");
  EXPECT_EQ(class_of(low), cls::BigInt);
  Value zero = arith::add(vm, big, arith::neg(vm, big));
  EXPECT_TRUE(zero.is_int());
  EXPECT_EQ(zero.as_int(), 0);
}

TEST_F(Arith, MulOverflowsIntoBignumAndBack) {
  Value p = arith::mul(vm, I(1 << 24), I(1 << 24));  // 2^48
  EXPECT_EQ(ok(p), "281474976710656");
  EXPECT_EQ(class_of(p), cls::BigInt);
  Value sq = arith::mul(vm, P("99999999999999999999"), P("99999999999999999999"));
  EXPECT_EQ(ok(sq), "9999999999999999999800000000000000000001");
  Value q = arith::idiv(vm, p, I(4));
  EXPECT_TRUE(q.is_int());
  EXPECT_EQ(q.as_int(), int64_t{1} << 46);
  EXPECT_EQ(ok(arith::mul(vm, kMin, I(-1))), "140737488355328");
}

TEST_F(Arith, NegationAtTheBoundary) {
  Value n = arith::neg(vm, kMin);  // -(-2^47) leaves the small range
  EXPECT_EQ(ok(n), "140737488355328");
  EXPECT_EQ(class_of(n), cls::BigInt);
  Value m = arith::neg(vm, n);
  EXPECT_TRUE(m.is_int());
  EXPECT_EQ(m.as_int(), Value::kIntMin);
  EXPECT_EQ(ok(arith::neg(vm, kMax)), "-140737488355327");
  EXPECT_TRUE(std::signbit(dbl(arith::neg(vm, F(0.0)))));
  raised(arith::neg(vm, make_string("x")), "type_error");
}

// Python semantics: // rounds toward -inf, % has the sign of the divisor; tdiv/rem
// truncate toward zero (C, Erlang div/rem).
TEST_F(Arith, FloorAndTruncatingDivisionSmall) {
  struct Case { int64_t a, b, fq, fm, tq, tr; };
  const Case cases[] = {
      {7, 2, 3, 1, 3, 1},      {-7, 2, -4, 1, -3, -1},  {7, -2, -4, -1, -3, 1},
      {-7, -2, 3, -1, 3, -1},  {6, 3, 2, 0, 2, 0},       {-6, 3, -2, 0, -2, 0},
      {0, -5, 0, 0, 0, 0},     {1, 7, 0, 1, 0, 1},       {-1, 7, -1, 6, 0, -1},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::to_string(c.a) + " / " + std::to_string(c.b));
    EXPECT_EQ(ok(arith::idiv(vm, I(c.a), I(c.b))), std::to_string(c.fq));
    EXPECT_EQ(ok(arith::mod(vm, I(c.a), I(c.b))), std::to_string(c.fm));
    EXPECT_EQ(ok(arith::tdiv(vm, I(c.a), I(c.b))), std::to_string(c.tq));
    EXPECT_EQ(ok(arith::rem(vm, I(c.a), I(c.b))), std::to_string(c.tr));
  }
  // Exhaustively against a reference on a small square.
  for (int64_t a = -30; a <= 30; ++a)
    for (int64_t b = -9; b <= 9; ++b) {
      if (b == 0) continue;
      int64_t fm = ((a % b) + b) % b, fq = (a - fm) / b;
      ASSERT_EQ(arith::idiv(vm, I(a), I(b)).as_int(), fq) << a << " // " << b;
      ASSERT_EQ(arith::mod(vm, I(a), I(b)).as_int(), fm) << a << " % " << b;
      ASSERT_EQ(arith::tdiv(vm, I(a), I(b)).as_int(), a / b);
      ASSERT_EQ(arith::rem(vm, I(a), I(b)).as_int(), a % b);
    }
}

TEST_F(Arith, FloorAndTruncatingDivisionBig) {
  Value two100 = P("1267650600228229401496703205376");
  EXPECT_EQ(ok(arith::idiv(vm, arith::neg(vm, two100), I(3))), "-422550200076076467165567735126");
  EXPECT_EQ(ok(arith::mod(vm, arith::neg(vm, two100), I(3))), "2");
  EXPECT_EQ(ok(arith::idiv(vm, two100, I(-7))), "-181092942889747057356671886483");
  EXPECT_EQ(ok(arith::mod(vm, two100, I(-7))), "-5");
  Value a = P("-1606938044258990275541962092341162602522202993782792835301376");  // -(2^200)
  Value b = P("717897987691852588770249");                                          // 3^50
  EXPECT_EQ(ok(arith::idiv(vm, a, b)), "-2238393297946874000179418290327143434");
  EXPECT_EQ(ok(arith::mod(vm, a, b)), "468230674383506259593690");
  EXPECT_EQ(ok(arith::tdiv(vm, a, b)), "-2238393297946874000179418290327143433");
  EXPECT_EQ(ok(arith::rem(vm, a, b)), "-249667313308346329176559");

  // q*b + m == a with m between 0 and b (exclusive), for random big operands.
  std::mt19937_64 rng(7);
  for (int i = 0; i < 300; ++i) {
    Value x = arith::mul(vm, make_int(static_cast<int64_t>(rng())), make_int(static_cast<int64_t>(rng())));
    Value y = make_int(static_cast<int64_t>(rng() >> (rng() % 60)) * ((i & 1) ? 1 : -1));
    if (y.is_int() && y.as_int() == 0) continue;
    Value q = arith::idiv(vm, x, y), m = arith::mod(vm, x, y);
    ASSERT_EQ(bigint_cmp(arith::add(vm, arith::mul(vm, q, y), m), x), 0);
    int sm = bigint_cmp(m, I(0)), sy_ = bigint_cmp(y, I(0));
    ASSERT_TRUE(sm == 0 || sm == sy_);
    ASSERT_LT(bigint_cmp(sy_ > 0 ? m : arith::neg(vm, m), sy_ > 0 ? y : arith::neg(vm, y)), 0);
    Value tq = arith::tdiv(vm, x, y), tr = arith::rem(vm, x, y);
    ASSERT_EQ(bigint_cmp(arith::add(vm, arith::mul(vm, tq, y), tr), x), 0);
    int st = bigint_cmp(tr, I(0)), sx = bigint_cmp(x, I(0));
    ASSERT_TRUE(st == 0 || st == sx);
  }
}

TEST_F(Arith, FloatFloorDivAndModSpecialCases) {
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(dbl(arith::idiv(vm, F(7.5), F(2))), 3.0);
  EXPECT_EQ(dbl(arith::idiv(vm, F(-7.5), I(2))), -4.0);
  EXPECT_EQ(dbl(arith::mod(vm, F(7.5), F(-2))), -0.5);
  EXPECT_EQ(dbl(arith::mod(vm, I(-15), F(2))), 1.0);
  // Signed zeros.
  double z = dbl(arith::idiv(vm, F(-0.0), F(5.0)));
  EXPECT_EQ(z, 0.0);
  EXPECT_TRUE(std::signbit(z));
  z = dbl(arith::mod(vm, F(0.0), F(-5.0)));
  EXPECT_EQ(z, 0.0);
  EXPECT_TRUE(std::signbit(z));
  z = dbl(arith::mod(vm, F(-0.0), F(5.0)));
  EXPECT_FALSE(std::signbit(z));
  z = dbl(arith::idiv(vm, F(1.0), F(-inf)));  // 1 // -inf is -1.0
  EXPECT_EQ(z, -1.0);
  // Infinities.
  EXPECT_EQ(dbl(arith::idiv(vm, F(5.0), F(inf))), 0.0);
  EXPECT_EQ(dbl(arith::idiv(vm, F(-5.0), F(inf))), -1.0);
  EXPECT_EQ(dbl(arith::mod(vm, F(-5.0), F(inf))), inf);
  EXPECT_EQ(dbl(arith::mod(vm, F(5.0), F(-inf))), -inf);
  EXPECT_EQ(dbl(arith::mod(vm, F(5.0), F(inf))), 5.0);
  EXPECT_TRUE(std::isnan(dbl(arith::idiv(vm, F(inf), F(5.0)))));
  EXPECT_TRUE(std::isnan(dbl(arith::mod(vm, F(inf), F(5.0)))));
}

TEST_F(Arith, TrueDivision) {
  EXPECT_EQ(dbl(arith::div(vm, I(1), I(4))), 0.25);
  EXPECT_EQ(dbl(arith::div(vm, I(-7), I(2))), -3.5);
  EXPECT_EQ(dbl(arith::div(vm, I(6), I(3))), 2.0);
  EXPECT_EQ(dbl(arith::div(vm, P("1000000000000000000000000000001"), P("1000000000000000"))), 1e15);
  // Correctly rounded (to nearest), as Python: 2^60 - 1 is nearer 2^60 than 2^60 - 128.
  EXPECT_EQ(dbl(arith::div(vm, P("1152921504606846975"), I(1))), 1152921504606846976.0);
  EXPECT_EQ(dbl(arith::div(vm, I(1), P("1152921504606846975"))), 1.0 / 1152921504606846976.0);
  EXPECT_EQ(dbl(arith::div(vm, F(1), I(8))), 0.125);
  // Quotients as Python computes them (a / b with a, b ints).
  struct Case { const char *a, *b; double q; };
  const Case cases[] = {
      {"173090719107840416251572841834791046420775364657124656382531641", "862635143993019257231174443003623543", 2.0065345159325102e+26},
      {"361674531236047419", "19535512393240558122787203235", 1.8513695671539675e-11},
      {"584689949217821854210763488199679682013544", "35249904515879955802579245213725", 16586993844.32151},
      {"-17455099329170389426301129833742131656360301314064113914275902108132846065", "567970169", -3.073242272548013e+64},
      {"-21321444581989421418338982091032634260215297351784706207580420106508785763485380332773802", "1303764199758041075379187", -1.6353758283857126e+64},
      {"-7334756897684292989103067735864809714807379177680294722873941860353463860641287236", "62688699140738898042909", -1.1700285694583389e+59},
      {"326583354931224494535089043", "23331696790475076681457331", 13.997411241198229},
      {"-119679362606042300473221119914729181045867976261442264217421", "190881307608663825980869", -6.269831452087676e+35},
      {"27914820462006967721186631903", "8395", 3.325172181299222e+24},
      {"-200694327525206988847725247754303752517209542112959054052999359352162844234634367139517439", "16662357934734637166673624029", -1.2044773513527528e+61},
      {"52610999265488", "1104510008014401294763995165015439755791252761459", 4.7632885970918267e-35},
      {"-599990282959475981500804585350166", "4168763191194584531606919445443836623411", -1.4392524963442338e-07},
      {"1505466188751359939465707519", "1", 1.50546618875136e+27},
      {"120473508036036895178753", "1", 1.204735080360369e+23},
      {"537824198650493504", "1", 5.378241986504935e+17},
      {"5079317607312007848597127169", "1", 5.079317607312008e+27},
      {"24488141354231928979457", "1", 2.448814135423193e+22},
      {"217446371031663311029534720", "1", 2.174463710316633e+26},
  };
  for (const Case& c : cases) EXPECT_EQ(dbl(arith::div(vm, P(c.a), P(c.b))), c.q) << c.a << " / " << c.b;
  raised(arith::div(vm, make_string("a"), I(1)), "type_error");
}

TEST_F(Arith, IntegerToDoubleRoundsToNearestEven) {
  EXPECT_EQ(integer_to_double(P("1152921504606846975")), 1152921504606846976.0);   // 2^60 - 1
  EXPECT_EQ(integer_to_double(P("-1152921504606846975")), -1152921504606846976.0);
  EXPECT_EQ(integer_to_double(P("9007199254740993")), 9007199254740992.0);         // 2^53 + 1: tie, even
  EXPECT_EQ(integer_to_double(P("9007199254740995")), 9007199254740996.0);         // 2^53 + 3: tie, even
  EXPECT_EQ(integer_to_double(P("9007199254740997")), 9007199254740996.0);
  EXPECT_EQ(integer_to_double(P("18014398509481987")), 18014398509481988.0);       // 2^54 + 3
  EXPECT_EQ(dbl(arith::add(vm, P("1152921504606846975"), F(0.0))), 1152921504606846976.0);
}

TEST_F(Arith, DivisionByZeroRaises) {
  Value big = P("100000000000000000000");
  for (Value a : {I(1), I(0), I(-5), big, F(1.5)}) {
    for (Value zero : {I(0), F(0.0), F(-0.0)}) {
      raised(arith::div(vm, a, zero), "zero_division");
      raised(arith::idiv(vm, a, zero), "zero_division");
      raised(arith::mod(vm, a, zero), "zero_division");
    }
  }
  raised(arith::tdiv(vm, big, I(0)), "zero_division");
  raised(arith::rem(vm, I(3), I(0)), "zero_division");
  raised(arith::tdiv(vm, F(3), I(1)), "type_error");
  EXPECT_FALSE(vm.has_exception());
}

TEST_F(Arith, Shifts) {
  EXPECT_EQ(ok(arith::shl(vm, I(1), I(100))), "1267650600228229401496703205376");
  EXPECT_EQ(ok(arith::shl(vm, I(-3), I(47))), "-422212465065984");
  EXPECT_EQ(ok(arith::shl(vm, I(1), I(46))), "70368744177664");
  EXPECT_TRUE(arith::shl(vm, I(1), I(46)).is_int());
  EXPECT_EQ(class_of(arith::shl(vm, I(1), I(47))), cls::BigInt);
  EXPECT_EQ(ok(arith::shr(vm, I(-5), I(1))), "-3");
  EXPECT_EQ(ok(arith::shr(vm, I(-7), I(100))), "-1");
  EXPECT_EQ(ok(arith::shr(vm, I(7), I(100))), "0");
  EXPECT_EQ(ok(arith::shr(vm, P("-1180591620717411303424"), I(3))), "-147573952589676412928");
  Value huge = P("100000000000000000000000");
  EXPECT_EQ(ok(arith::shr(vm, I(12345), huge)), "0");
  EXPECT_EQ(ok(arith::shr(vm, I(-12345), huge)), "-1");
  raised(arith::shl(vm, I(1), huge), "overflow");
  raised(arith::shl(vm, I(1), I(int64_t{1} << 40)), "overflow");
  raised(arith::shl(vm, I(1), I(-1)), "value_error");
  raised(arith::shr(vm, I(1), I(-1)), "value_error");
  raised(arith::shr(vm, I(1), arith::neg(vm, huge)), "value_error");
  raised(arith::shl(vm, F(1), I(1)), "type_error");
}

TEST_F(Arith, BitwiseOnNegativesIsTwosComplement) {
  Value m2_70 = P("-1180591620717411303424");  // -(2^70)
  Value p2_70m1 = P("1180591620717411303423");
  EXPECT_EQ(ok(arith::band(vm, I(-6), I(255))), "250");
  EXPECT_EQ(ok(arith::band(vm, m2_70, p2_70m1)), "0");
  EXPECT_EQ(ok(arith::bor(vm, m2_70, I(5))), "-1180591620717411303419");
  EXPECT_EQ(ok(arith::bxor(vm, m2_70, P("590295810358705651712"))), "-590295810358705651712");
  EXPECT_EQ(ok(arith::bnot(vm, P("1180591620717411303424"))), "-1180591620717411303425");
  EXPECT_EQ(ok(arith::bnot(vm, kMax)), std::to_string(Value::kIntMin));
  Value nb = arith::bnot(vm, arith::sub(vm, kMin, I(1)));  // ~(-2^47 - 1) == 2^47
  EXPECT_EQ(ok(nb), "140737488355328");
  EXPECT_EQ(ok(arith::bxor(vm, I(-1), I(0))), "-1");
  EXPECT_EQ(ok(arith::bor(vm, I(-8), I(3))), "-5");
  raised(arith::band(vm, F(1), I(1)), "type_error");
  raised(arith::bnot(vm, Value::nil()), "type_error");
}

TEST_F(Arith, CompareNumbersIsExact) {
  Value two53 = P("9007199254740992"), two53p1 = P("9007199254740993");
  const double d53 = 9007199254740992.0;
  EXPECT_EQ(compare_numbers(two53p1, F(d53)), 1);
  EXPECT_EQ(compare_numbers(F(d53), two53p1), -1);
  EXPECT_EQ(compare_numbers(two53, F(d53)), 0);
  EXPECT_FALSE(equal(two53p1, F(d53)));
  EXPECT_TRUE(equal(two53, F(d53)));
  EXPECT_TRUE(equal(I(1), F(1.0)));
  EXPECT_FALSE(same_key(I(1), F(1.0)));
  EXPECT_EQ(compare_numbers(I(1), F(1.5)), -1);
  EXPECT_EQ(compare_numbers(I(-1), F(-1.5)), 1);
  const double inf = std::numeric_limits<double>::infinity();
  Value huge = arith::shl(vm, I(1), I(2000));
  EXPECT_EQ(compare_numbers(huge, F(inf)), -1);
  EXPECT_EQ(compare_numbers(arith::neg(vm, huge), F(-inf)), 1);
  EXPECT_EQ(compare_numbers(huge, F(1e308)), 1);
  EXPECT_EQ(compare_numbers(F(-inf), I(0)), -1);
  EXPECT_EQ(compare_numbers(F(0.5), F(0.25)), 1);
  EXPECT_EQ(compare_numbers(F(-0.0), I(0)), 0);
  EXPECT_EQ(compare_numbers(P("-100000000000000000000"), P("-99999999999999999999")), -1);
  EXPECT_EQ(arith::order(vm, F(NAN), I(1)), arith::kUnordered);
  EXPECT_EQ(arith::order(vm, I(2), F(NAN)), arith::kUnordered);
  EXPECT_FALSE(equal(F(NAN), F(NAN)));
  EXPECT_EQ(arith::order(vm, make_string("abc"), make_string("abd")), arith::kLess);
  EXPECT_EQ(arith::order(vm, make_string("b"), make_string("abc")), arith::kGreater);
  EXPECT_EQ(arith::order(vm, make_string("x"), make_string("x")), arith::kEqual);
  EXPECT_FALSE(vm.has_exception());
  EXPECT_EQ(arith::order(vm, I(1), make_string("1")), arith::kError);
  EXPECT_EQ(test::pending_kind(vm), "type_error");
  vm.clear_exception();
}

TEST_F(Arith, MixedTypeErrors) {
  raised(arith::add(vm, I(1), make_string("1")), "type_error");
  raised(arith::sub(vm, Value::nil(), I(1)), "type_error");
  raised(arith::mul(vm, Value::atom(0), F(2)), "type_error");
  EXPECT_EQ(dbl(arith::add(vm, I(1), F(0.5))), 1.5);
  EXPECT_EQ(dbl(arith::mul(vm, P("100000000000000000000"), F(0.5))), 5e19);
}

TEST_F(Arith, BigintHashFollowsValue) {
  Value a = P("123456789012345678901234567890");
  Value b = arith::add(vm, P("123456789012345678901234567889"), I(1));
  EXPECT_NE(a.bits(), b.bits());
  EXPECT_TRUE(same_key(a, b));
  EXPECT_EQ(key_hash(a), key_hash(b));
  EXPECT_FALSE(same_key(a, arith::neg(vm, a)));
}

}  // namespace
}  // namespace sy
