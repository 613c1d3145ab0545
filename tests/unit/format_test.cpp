// Text forms of values: display vs repr, shortest doubles, bigints, nesting, quoting.
#include "core/format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <random>
#include <bit>

#include "core/bigint.h"
#include "core/heap.h"
#include "core/object.h"

namespace sy {
namespace {

class Format : public ::testing::Test {
 protected:
  void SetUp() override { heap::init(); }
  static Value tuple(std::initializer_list<Value> items) {
    Tuple* t = new_tuple(static_cast<uint32_t>(items.size()));
    uint32_t i = 0;
    for (Value v : items) t->items[i++] = v;
    return Value::object(t);
  }
  static Value array(std::initializer_list<Value> items) {
    Array* a = new_array(0);
    for (Value v : items) array_push(a, v);
    return Value::object(a);
  }
};

TEST_F(Format, ShortestDoubles) {
  EXPECT_EQ(format_double(0.1), "0.1");
  EXPECT_EQ(format_double(1e100), "1e+100");
  EXPECT_EQ(format_double(1.0), "1.0");
  EXPECT_EQ(format_double(-0.0), "-0.0");
  EXPECT_EQ(format_double(0.0), "0.0");
  EXPECT_EQ(format_double(-2.5), "-2.5");
  EXPECT_EQ(format_double(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(format_double(1e16), "1e+16");
  EXPECT_EQ(format_double(123456.0), "123456.0");
  EXPECT_EQ(format_double(5e-324), "5e-324");
  EXPECT_EQ(format_double(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(format_double(INFINITY), "inf");
  EXPECT_EQ(format_double(-INFINITY), "-inf");
  EXPECT_EQ(format_double(NAN), "nan");
}

// Every finite double prints as text that reads back to the same bits and that always
// looks like a float.
TEST_F(Format, DoublesReadBack) {
  std::mt19937_64 rng(99);
  for (int i = 0; i < 20000; ++i) {
    double d = std::bit_cast<double>(rng());
    if (!std::isfinite(d)) continue;
    std::string s = format_double(d);
    ASSERT_NE(s.find_first_of(".e"), std::string::npos) << s;
    ASSERT_EQ(std::bit_cast<uint64_t>(std::strtod(s.c_str(), nullptr)), std::bit_cast<uint64_t>(d)) << s;
  }
}

TEST_F(Format, Scalars) {
  EXPECT_EQ(repr(Value::small_int(-42)), "-42");
  EXPECT_EQ(repr(Value::small_int(Value::kIntMin)), "-140737488355328");
  EXPECT_EQ(repr(Value::nil()), "nil");
  EXPECT_EQ(repr(Value::boolean(true)), "true");
  EXPECT_EQ(display(Value::boolean(false)), "false");
  EXPECT_EQ(repr(Value::number(2.0)), "2.0");
  EXPECT_EQ(display(Value::number(0.5)), "0.5");
  EXPECT_EQ(repr(Value()), "<empty>");
}

TEST_F(Format, Bigints) {
  EXPECT_EQ(repr(parse_int("-340282366920938463463374607431768211456")),
            "-340282366920938463463374607431768211456");
  EXPECT_EQ(display(parse_int("140737488355328")), "140737488355328");
  EXPECT_EQ(display(make_int(std::numeric_limits<int64_t>::min())), "-9223372036854775808");
}

TEST_F(Format, StringsDisplayRawReprQuoted) {
  Value s = make_string("say \"hi\"\n\tand\\ \x01\x7f end");
  EXPECT_EQ(display(s), "say \"hi\"\n\tand\\ \x01\x7f end");
  EXPECT_EQ(repr(s), "\"say \\\"hi\\\"\\n\\tand\\\\ \\x01\\x7f end\"");
  EXPECT_EQ(repr(make_string(std::string("a\0b\r", 4))), "\"a\\x00b\\r\"");
  EXPECT_EQ(repr(make_string("caf\xc3\xa9")), "\"caf\xc3\xa9\"");  // UTF-8 passes through
  EXPECT_EQ(repr(make_string("")), "\"\"");
}

TEST_F(Format, Atoms) {
  EXPECT_EQ(display(make_atom("ok")), "ok");
  EXPECT_EQ(repr(make_atom("ok")), ":ok");
  EXPECT_EQ(repr(make_atom("a.b$c_1")), ":a.b$c_1");
  EXPECT_EQ(repr(make_atom("_x")), ":_x");
  EXPECT_EQ(repr(make_atom("with space")), ":\"with space\"");
  EXPECT_EQ(display(make_atom("with space")), "with space");
  EXPECT_EQ(repr(make_atom("1abc")), ":\"1abc\"");
  EXPECT_EQ(repr(make_atom("")), ":\"\"");
  EXPECT_EQ(repr(make_atom("nil")), ":\"nil\"");
  EXPECT_EQ(repr(make_atom("true")), ":\"true\"");
  EXPECT_EQ(repr(make_atom("a-b")), ":\"a-b\"");
  EXPECT_EQ(repr(make_atom("q\"")), ":\"q\\\"\"");
}

TEST_F(Format, NestedContainers) {
  Value inner = tuple({Value::small_int(1), make_string("x")});
  Value one = tuple({make_atom("only")});
  Value arr = array({inner, one, tuple({}), Value::number(1.0), array({})});
  EXPECT_EQ(repr(arr), "[(1, \"x\"), (:only,), (), 1.0, []]");
  // display shows the outer value raw, and elements in repr form.
  EXPECT_EQ(display(tuple({make_string("a"), make_atom("b")})), "(\"a\", :b)");
  Map* m = new_map();
  map_set(m, make_string("k"), arr);
  map_set(m, Value::small_int(2), Value::nil());
  map_set(m, make_atom("gone"), Value::nil());
  map_remove(m, make_atom("gone"));
  map_set(m, tuple({Value::small_int(1), Value::small_int(2)}), Value::boolean(true));
  EXPECT_EQ(repr(Value::object(m)),
            "{\"k\": [(1, \"x\"), (:only,), (), 1.0, []], 2: nil, (1, 2): true}");
  EXPECT_EQ(repr(Value::object(new_map())), "{}");
}

TEST_F(Format, ErrorsAndOtherObjects) {
  Value e = make_error("key_error", "key not found: 3");
  EXPECT_EQ(display(e), "key_error: key not found: 3");
  EXPECT_EQ(repr(e), "key_error: key not found: 3");
  EXPECT_EQ(display(Value::object(new_object(cls::Object))), "<object>");
  EXPECT_EQ(display(Value::object(new_object(register_class("Widget")))), "<Widget>");
  std::string out = "x=";
  append_repr(out, make_string("y"));
  append_display(out, make_string("z"));
  EXPECT_EQ(out, "x=\"y\"z");
}

}  // namespace
}  // namespace sy
