// Integer arithmetic on limbs (core/bigint.cpp) checked against GMP's mpz functions on
// every pair of operands from a set built around the edges: zero, one, the small-int
// bounds (2^47), the int64 and limb bounds (2^63, 2^64), powers of the limb base and
// their neighbours, and random numbers of 1 to 40 limbs, all in both signs. Each result
// must equal GMP's, and must be a small int exactly when it fits one.
#include <gtest/gtest.h>
#include <gmp.h>

#include <cstring>
#include <random>
#include <string>

#include "core/arith.h"
#include "core/bigint.h"
#include "core/bigint_gmp.h"
#include "core/heap.h"
#include "core/object.h"
#include "test_support.h"

namespace sy {
namespace {

struct Z {
  mpz_t z;
  Z() { mpz_init(z); }
  explicit Z(Value v) {
    mpz_init(z);
    integer_to_mpz(v, z);
  }
  ~Z() { mpz_clear(z); }
  Z(const Z&) = delete;
};

std::string str(const mpz_t z) {
  std::string s(mpz_sizeinbase(z, 10) + 2, '\0');
  mpz_get_str(s.data(), 10, z);
  s.resize(std::strlen(s.c_str()));
  return s;
}

class BigInt : public ::testing::Test {
 protected:
  VM vm;
  heap::RootedVector<Value> operands;

  void add(const mpz_t z) {
    operands.push_back(integer_from_mpz(z));
    Z n;
    mpz_neg(n.z, z);
    operands.push_back(integer_from_mpz(n.z));
  }

  // Both signs of: 0, 1, 2^k and 2^k +- 1 for k at the small, int64 and limb bounds and
  // at multiples of the limb size, B^k - 1 (all ones), and random numbers of 1..40 limbs.
  void SetUp() override {
    Z z;
    for (unsigned long v : {0ul, 1ul, 2ul, 3ul, 7ul, 10ul}) {
      mpz_set_ui(z.z, v);
      add(z.z);
    }
    for (unsigned k : {46u, 47u, 48u, 62u, 63u, 64u, 65u, 127u, 128u, 129u, 192u, 256u, 640u}) {
      for (int d : {-1, 0, 1}) {
        mpz_set_ui(z.z, 1);
        mpz_mul_2exp(z.z, z.z, k);
        if (d < 0) mpz_sub_ui(z.z, z.z, 1);
        if (d > 0) mpz_add_ui(z.z, z.z, 1);
        add(z.z);
      }
    }
    std::mt19937_64 rng(2024);
    for (unsigned limbs : {1u, 1u, 2u, 2u, 3u, 4u, 5u, 8u, 13u, 33u, 40u}) {
      mpz_set_ui(z.z, 0);
      for (unsigned i = 0; i < limbs; ++i) {
        mpz_mul_2exp(z.z, z.z, 64);
        // Some limbs all zeros or all ones, to exercise carries and borrows.
        uint64_t r = rng(), kind = r % 8;
        uint64_t limb = kind == 0 ? 0 : kind == 1 ? ~uint64_t{0} : rng();
        if (i == 0 && limb == 0) limb = 1;
        mpz_add_ui(z.z, z.z, limb);
      }
      add(z.z);
    }
  }

  // The value must equal `expect` and be a small int exactly when it fits one.
  void check(Value v, const mpz_t expect, const char* op, size_t i, size_t j) {
    ASSERT_FALSE(v.is_empty()) << op << " " << i << " " << j << ": " << test::pending_kind(vm);
    Z got(v);
    ASSERT_EQ(str(got.z), str(expect)) << op << " of " << integer_to_string(operands[i]) << " and "
                                       << integer_to_string(operands[j]);
    bool fits = mpz_cmp_si(expect, Value::kIntMin) >= 0 && mpz_cmp_si(expect, Value::kIntMax) <= 0;
    ASSERT_EQ(v.is_int(), fits) << op << " left " << str(expect) << (fits ? " boxed" : " unboxed");
    if (!fits) {
      ASSERT_EQ(class_of(v), cls::BigInt);
    }
  }
};

TEST_F(BigInt, AddSubMulAgreeWithGmp) {
  for (size_t i = 0; i < operands.size(); ++i)
    for (size_t j = 0; j < operands.size(); ++j) {
      Value a = operands[i], b = operands[j];
      Z x(a), y(b), r;
      mpz_add(r.z, x.z, y.z);
      check(arith::add(vm, a, b), r.z, "add", i, j);
      mpz_sub(r.z, x.z, y.z);
      check(arith::sub(vm, a, b), r.z, "sub", i, j);
      mpz_mul(r.z, x.z, y.z);
      check(arith::mul(vm, a, b), r.z, "mul", i, j);
      int c = mpz_cmp(x.z, y.z);
      ASSERT_EQ(bigint_cmp(a, b), (c > 0) - (c < 0)) << i << " " << j;
    }
}

TEST_F(BigInt, SquareOfOneOperand) {
  for (size_t i = 0; i < operands.size(); ++i) {
    Value a = operands[i];
    Z x(a), r;
    mpz_mul(r.z, x.z, x.z);
    check(arith::mul(vm, a, a), r.z, "square", i, i);
  }
}

TEST_F(BigInt, DivisionAgreesWithGmp) {
  for (size_t i = 0; i < operands.size(); ++i)
    for (size_t j = 0; j < operands.size(); ++j) {
      Value a = operands[i], b = operands[j];
      Z x(a), y(b), q, r;
      if (mpz_sgn(y.z) == 0) continue;
      mpz_fdiv_qr(q.z, r.z, x.z, y.z);
      check(arith::idiv(vm, a, b), q.z, "idiv", i, j);
      check(arith::mod(vm, a, b), r.z, "mod", i, j);
      Value dq, dr;
      ASSERT_TRUE(arith::divmod(vm, a, b, &dq, &dr));
      check(dq, q.z, "divmod quotient", i, j);
      check(dr, r.z, "divmod remainder", i, j);
      mpz_tdiv_qr(q.z, r.z, x.z, y.z);
      check(arith::tdiv(vm, a, b), q.z, "tdiv", i, j);
      check(arith::rem(vm, a, b), r.z, "rem", i, j);
    }
}

TEST_F(BigInt, NegationAgreesWithGmp) {
  for (size_t i = 0; i < operands.size(); ++i) {
    Z x(operands[i]), r;
    mpz_neg(r.z, x.z);
    check(arith::neg(vm, operands[i]), r.z, "neg", i, i);
  }
}

TEST_F(BigInt, ShiftsAgreeWithGmp) {
  for (size_t i = 0; i < operands.size(); ++i) {
    Value a = operands[i];
    Z x(a), r;
    for (uint64_t n : {0, 1, 15, 16, 17, 46, 47, 48, 63, 64, 65, 127, 128, 129, 700, 3000}) {
      mpz_mul_2exp(r.z, x.z, n);
      check(integer_shl(a, n), r.z, ("shl " + std::to_string(n)).c_str(), i, i);
      mpz_fdiv_q_2exp(r.z, x.z, n);
      check(integer_shr(a, n), r.z, ("shr " + std::to_string(n)).c_str(), i, i);
      check(arith::shr(vm, a, make_int(static_cast<int64_t>(n))), r.z, "arith::shr", i, i);
    }
    // A count far past the operand's size: 0 or -1.
    mpz_fdiv_q_2exp(r.z, x.z, 100000);
    check(integer_shr(a, uint64_t{1} << 62), r.z, "shr 2^62", i, i);
  }
}

TEST_F(BigInt, SignOfEveryOperand) {
  for (size_t i = 0; i < operands.size(); ++i) {
    Z x(operands[i]);
    EXPECT_EQ(integer_sign(operands[i]), mpz_sgn(x.z)) << integer_to_string(operands[i]);
  }
}

// Values computed by CPython 3.11.
TEST_F(BigInt, FloorDivisionEdgesAsCPython) {
  auto P = [](const char* s) { return parse_int(s); };
  auto S = [](Value v) { return integer_to_string(v); };
  Value two128m1 = P("340282366920938463463374607431768211455");
  Value two64 = P("18446744073709551616");
  // The floored quotient needs one limb more than the truncated one: -(2^64).
  EXPECT_EQ(S(arith::idiv(vm, two128m1, arith::neg(vm, two64))), "-18446744073709551616");
  EXPECT_EQ(S(arith::mod(vm, two128m1, arith::neg(vm, two64))), "-1");
  Value q, r;
  // divmod(-(2**256) + 12345, 2**64 + 1)
  Value two256 = arith::mul(vm, arith::mul(vm, two64, two64), arith::mul(vm, two64, two64));
  ASSERT_TRUE(arith::divmod(vm, arith::add(vm, arith::neg(vm, two256), P("12345")), arith::add(vm, two64, make_int(1)),
                            &q, &r));
  EXPECT_EQ(S(q), "-6277101735386680763495507056286727952657427581105975853055");
  EXPECT_EQ(S(r), "12344");
  ASSERT_TRUE(arith::divmod(vm, two64, P("-18446744073709551615"), &q, &r));
  EXPECT_EQ(S(q), "-2");
  EXPECT_EQ(S(r), "-18446744073709551614");
  // INT64_MIN // -1 leaves int64.
  Value int64_min = P("-9223372036854775808");
  EXPECT_EQ(S(arith::idiv(vm, int64_min, make_int(-1))), "9223372036854775808");
  EXPECT_EQ(S(arith::mod(vm, int64_min, make_int(-1))), "0");
  EXPECT_EQ(S(arith::tdiv(vm, int64_min, make_int(-1))), "9223372036854775808");
  EXPECT_EQ(S(arith::rem(vm, int64_min, make_int(-1))), "0");
  Value n = P("10000000000000000000000000000000000000007");  // 10**40 + 7
  EXPECT_EQ(S(arith::idiv(vm, n, P("-100000000000000000000"))), "-100000000000000000001");
  EXPECT_EQ(S(arith::mod(vm, n, P("-100000000000000000000"))), "-99999999999999999993");
}

TEST_F(BigInt, DivmodErrorsAndFloats) {
  Value q, r;
  EXPECT_FALSE(arith::divmod(vm, parse_int("100000000000000000000"), make_int(0), &q, &r));
  EXPECT_EQ(test::pending_kind(vm), "zero_division");
  vm.clear_exception();
  EXPECT_FALSE(arith::divmod(vm, make_int(1), make_string("x"), &q, &r));
  EXPECT_EQ(test::pending_kind(vm), "type_error");
  vm.clear_exception();
  ASSERT_TRUE(arith::divmod(vm, Value::number(-7.5), make_int(2), &q, &r));
  EXPECT_EQ(q.as_double(), -4.0);
  EXPECT_EQ(r.as_double(), 0.5);
}

TEST_F(BigInt, SmallIntsPrintInEveryBase) {
  const int64_t values[] = {0, 1, -1, 255, -4096, Value::kIntMax, Value::kIntMin};
  for (int64_t v : values) {
    Z x;
    mpz_set_si(x.z, v);
    for (int base : {2, 8, 10, 16, 36}) {
      std::string expect(mpz_sizeinbase(x.z, base) + 2, '\0');
      mpz_get_str(expect.data(), base, x.z);
      expect.resize(std::strlen(expect.c_str()));
      EXPECT_EQ(integer_to_string(Value::small_int(v), base), expect) << v << " base " << base;
    }
  }
}

}  // namespace
}  // namespace sy
