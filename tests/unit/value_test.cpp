#include <gtest/gtest.h>
#include "core/value.h"
TEST(Value, SmallInt) { EXPECT_EQ(sy::Value::small_int(-5).as_int(), -5); }
