// Value encoding: round trips, tag disjointness, classes of immediates, truth.
#include "core/value.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <limits>
#include <random>

#include "core/bigint.h"
#include "core/heap.h"
#include "core/object.h"

namespace sy {
namespace {

int kinds(Value v) { return v.is_int() + v.is_double() + v.is_object() + v.is_imm(); }

TEST(Value, SmallIntRoundTripAtBoundaries) {
  const int64_t cases[] = {0,  1,  -1, 42, -42, Value::kIntMax, Value::kIntMin, Value::kIntMax - 1,
                           Value::kIntMin + 1, int64_t{1} << 46, -(int64_t{1} << 46)};
  for (int64_t n : cases) {
    Value v = Value::small_int(n);
    EXPECT_TRUE(v.is_int()) << n;
    EXPECT_EQ(v.as_int(), n);
    EXPECT_EQ(kinds(v), 1) << n;
    EXPECT_EQ(class_of(v), cls::Int);
  }
  EXPECT_EQ(Value::kIntMax, (int64_t{1} << 47) - 1);
  EXPECT_EQ(Value::kIntMin, -(int64_t{1} << 47));
  EXPECT_TRUE(Value::fits_small(Value::kIntMax));
  EXPECT_TRUE(Value::fits_small(Value::kIntMin));
  EXPECT_FALSE(Value::fits_small(Value::kIntMax + 1));
  EXPECT_FALSE(Value::fits_small(Value::kIntMin - 1));
}

TEST(Value, MakeIntChoosesSmallOrBig) {
  heap::init();
  EXPECT_TRUE(make_int(Value::kIntMax).is_int());
  EXPECT_TRUE(make_int(Value::kIntMin).is_int());
  Value big = make_int(Value::kIntMax + 1);
  EXPECT_TRUE(big.is_object());
  EXPECT_EQ(class_of(big), cls::BigInt);
  EXPECT_EQ(class_of(make_int(Value::kIntMin - 1)), cls::BigInt);
  for (int64_t n : {std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max(),
                    Value::kIntMax + 1, Value::kIntMin - 1}) {
    int64_t back = 0;
    ASSERT_TRUE(integer_to_int64(make_int(n), &back));
    EXPECT_EQ(back, n);
  }
}

double bits_to_double(uint64_t b) { return std::bit_cast<double>(b); }

TEST(Value, DoubleRoundTrip) {
  const double cases[] = {0.0,
                          1.0,
                          -1.5,
                          0.1,
                          1e300,
                          -1e-300,
                          std::numeric_limits<double>::max(),
                          std::numeric_limits<double>::lowest(),
                          std::numeric_limits<double>::min(),
                          std::numeric_limits<double>::denorm_min(),
                          -std::numeric_limits<double>::denorm_min(),
                          bits_to_double(0x000F'FFFF'FFFF'FFFFull),  // largest denormal
                          std::numeric_limits<double>::infinity(),
                          -std::numeric_limits<double>::infinity()};
  for (double d : cases) {
    Value v = Value::number(d);
    EXPECT_TRUE(v.is_double()) << d;
    EXPECT_EQ(kinds(v), 1) << d;
    EXPECT_EQ(std::bit_cast<uint64_t>(v.as_double()), std::bit_cast<uint64_t>(d)) << d;
    EXPECT_EQ(class_of(v), cls::Float);
  }
}

TEST(Value, NegativeZeroKeepsItsSign) {
  Value z = Value::number(0.0), nz = Value::number(-0.0);
  EXPECT_NE(z.bits(), nz.bits());
  EXPECT_TRUE(std::signbit(nz.as_double()));
  EXPECT_FALSE(std::signbit(z.as_double()));
  EXPECT_EQ(nz.as_double(), 0.0);
}

TEST(Value, NaNsAreCanonicalised) {
  const uint64_t nans[] = {0x7FF8'0000'0000'0000ull, 0xFFF8'0000'0000'0000ull, 0x7FF0'0000'0000'0001ull,
                           0xFFFF'FFFF'FFFF'FFFFull, 0x7FFF'FFFF'FFFF'FFFFull, 0xFFF0'0000'0000'0001ull,
                           0x7FF4'0000'0000'0000ull};
  const uint64_t canonical = Value::number(std::numeric_limits<double>::quiet_NaN()).bits();
  for (uint64_t b : nans) {
    double d = bits_to_double(b);
    ASSERT_TRUE(std::isnan(d));
    Value v = Value::number(d);
    EXPECT_EQ(v.bits(), canonical) << std::hex << b;
    EXPECT_TRUE(v.is_double());
    EXPECT_FALSE(v.is_int());
    EXPECT_EQ(kinds(v), 1);
    EXPECT_TRUE(std::isnan(v.as_double()));
  }
}

TEST(Value, Immediates) {
  EXPECT_TRUE(Value::nil().is_nil());
  EXPECT_TRUE(Value::boolean(true).is_true());
  EXPECT_TRUE(Value::boolean(false).is_false());
  EXPECT_TRUE(Value::boolean(true).is_bool());
  EXPECT_TRUE(Value::boolean(false).is_bool());
  EXPECT_FALSE(Value::nil().is_bool());
  EXPECT_FALSE(Value::atom(0).is_bool());
  EXPECT_FALSE(Value::atom(1).is_bool());
  EXPECT_FALSE(Value::boolean(false).is_atom());
  EXPECT_FALSE(Value::nil().is_atom());
  for (uint32_t id : {0u, 1u, 2u, 12345u, 0xFFFF'FFFFu}) {
    Value a = Value::atom(id);
    EXPECT_TRUE(a.is_atom());
    EXPECT_TRUE(a.is_imm());
    EXPECT_EQ(a.atom_id(), id);
    EXPECT_EQ(kinds(a), 1);
    EXPECT_FALSE(a.is_nil());
  }
  EXPECT_EQ(class_of(Value::nil()), cls::Nil);
  EXPECT_EQ(class_of(Value::boolean(true)), cls::Bool);
  EXPECT_EQ(class_of(Value::boolean(false)), cls::Bool);
  EXPECT_EQ(class_of(Value::atom(7)), cls::Atom);
  EXPECT_EQ(class_of(Value::small_int(-3)), cls::Int);
  EXPECT_EQ(class_of(Value::number(2.5)), cls::Float);
  EXPECT_EQ(class_of(Value::number(NAN)), cls::Float);
  EXPECT_EQ(class_of(Value()), cls::Empty);
}

TEST(Value, EmptyIsNoKind) {
  Value e;
  EXPECT_TRUE(e.is_empty());
  EXPECT_EQ(kinds(e), 0);
  EXPECT_FALSE(e.is_nil());
  EXPECT_FALSE(Value::nil().is_empty());
  EXPECT_FALSE(Value::small_int(0).is_empty());
  EXPECT_FALSE(Value::number(0.0).is_empty());
}

TEST(Value, Truthy) {
  EXPECT_FALSE(Value::nil().truthy());
  EXPECT_FALSE(Value::boolean(false).truthy());
  EXPECT_TRUE(Value::boolean(true).truthy());
  EXPECT_TRUE(Value::small_int(0).truthy());
  EXPECT_TRUE(Value::number(0.0).truthy());
  EXPECT_TRUE(Value::number(NAN).truthy());
  EXPECT_TRUE(Value::atom(0).truthy());
  heap::init();
  EXPECT_TRUE(make_string("").truthy());
}

// Values from every constructor with random payloads: exactly one kind holds, and the
// payload comes back.
TEST(Value, TagsNeverOverlap) {
  std::mt19937_64 rng(20240501);
  for (int i = 0; i < 200000; ++i) {
    uint64_t r = rng();
    switch (i % 5) {
      case 0: {
        int64_t n = static_cast<int64_t>(r << 16) >> 16;  // any 48-bit signed value
        Value v = Value::small_int(n);
        ASSERT_TRUE(v.is_int());
        ASSERT_EQ(kinds(v), 1);
        ASSERT_EQ(v.as_int(), n);
        break;
      }
      case 1: {
        double d = bits_to_double(r);  // any double, NaNs and denormals included
        Value v = Value::number(d);
        ASSERT_TRUE(v.is_double()) << std::hex << r;
        ASSERT_EQ(kinds(v), 1) << std::hex << r;
        if (std::isnan(d)) ASSERT_TRUE(std::isnan(v.as_double()));
        else ASSERT_EQ(std::bit_cast<uint64_t>(v.as_double()), r);
        ASSERT_EQ(class_of(v), cls::Float);
        break;
      }
      case 2: {
        auto id = static_cast<uint32_t>(r);
        Value v = Value::atom(id);
        ASSERT_TRUE(v.is_atom());
        ASSERT_EQ(kinds(v), 1);
        ASSERT_EQ(v.atom_id(), id);
        ASSERT_FALSE(v.is_bool());
        ASSERT_FALSE(v.is_nil());
        break;
      }
      case 3: {
        uint64_t p = (r & 0x0000'FFFF'FFFF'FFF8ull) | 8;  // aligned, non-null, 48 bits
        Value v = Value::object(reinterpret_cast<void*>(p));
        ASSERT_TRUE(v.is_object());
        ASSERT_EQ(kinds(v), 1);
        ASSERT_EQ(reinterpret_cast<uint64_t>(v.as_object()), p);
        break;
      }
      case 4: {
        Value v = (r & 1) ? Value::boolean(r & 2) : Value::nil();
        ASSERT_TRUE(v.is_imm());
        ASSERT_EQ(kinds(v), 1);
        ASSERT_FALSE(v.is_atom());
        break;
      }
    }
  }
}

}  // namespace
}  // namespace sy
