// The shared object model: strings, atoms, tuples, arrays, maps, shapes and objects,
// errors, classes, and key equality.
#include "core/object.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/bigint.h"
#include "core/heap.h"

namespace sy {
namespace {

class ObjectModel : public ::testing::Test {
 protected:
  void SetUp() override { heap::init(); }
};

Value S(std::string_view s) { return make_string(s); }

// Live keys of a map in iteration (insertion) order.
std::vector<Value> keys_of(const Map* m) {
  std::vector<Value> out;
  for (uint64_t i = 0; i < m->used; ++i)
    if (!m->entries[i].key.is_empty()) out.push_back(m->entries[i].key);
  return out;
}

TEST_F(ObjectModel, Strings) {
  String* s = new_string("hello");
  EXPECT_EQ(s->h.cls, cls::String);
  EXPECT_EQ(s->length, 5u);
  EXPECT_EQ(view(s), "hello");
  EXPECT_EQ(s->chars[5], '\0');
  EXPECT_EQ(s->h.aux, 0u);  // not interned
  std::string with_nul("a\0b", 3);
  EXPECT_EQ(string_view_of(S(with_nul)), with_nul);
  EXPECT_EQ(string_view_of(S("")), "");
  Value a = S("same"), b = S("same");
  EXPECT_NE(a, b);  // distinct objects...
  EXPECT_TRUE(same_key(a, b));  // ...with the same content
  EXPECT_TRUE(equal(a, b));
  EXPECT_EQ(string_hash(a.as<String>()), string_hash(b.as<String>()));
  EXPECT_EQ(key_hash(a), key_hash(b));
  EXPECT_FALSE(same_key(a, S("Same")));
  EXPECT_FALSE(same_key(S("ab"), S(std::string("ab\0", 3))));
  EXPECT_NE(string_hash(new_string("")), 0u);  // 0 means "not computed yet"
}

TEST_F(ObjectModel, InternGivesOneStringPerContent) {
  String* a = intern("interned-text");
  String* b = intern(std::string("interned-") + "text");
  EXPECT_EQ(a, b);
  EXPECT_EQ(a->h.aux, 1u);
  EXPECT_EQ(view(a), "interned-text");
  EXPECT_NE(intern("interned-text2"), a);
  EXPECT_TRUE(same_key(Value::object(a), S("interned-text")));
  heap::collect();
  EXPECT_EQ(intern("interned-text"), a);
  EXPECT_EQ(view(a), "interned-text");
}

TEST_F(ObjectModel, Atoms) {
  uint32_t ok = atom_id("ok");
  EXPECT_EQ(atom_id("ok"), ok);
  EXPECT_NE(atom_id("error"), ok);
  EXPECT_EQ(atom_name(ok), "ok");
  EXPECT_EQ(make_atom("ok"), Value::atom(ok));
  EXPECT_EQ(atom_name(atom_id("with space")), "with space");
  EXPECT_EQ(atom_name(atom_id("")), "");
  EXPECT_EQ(atom_name(0xFFFF'FFF0u), "?");
  EXPECT_TRUE(same_key(make_atom("x"), make_atom("x")));
  EXPECT_FALSE(same_key(make_atom("x"), make_atom("y")));
  EXPECT_FALSE(same_key(make_atom("x"), S("x")));
}

TEST_F(ObjectModel, Tuples) {
  Tuple* t = new_tuple(3);
  EXPECT_EQ(t->h.cls, cls::Tuple);
  EXPECT_EQ(t->size(), 3u);
  for (uint32_t i = 0; i < 3; ++i) EXPECT_TRUE(t->items[i].is_nil());
  t->items[0] = Value::small_int(1);
  t->items[1] = S("two");
  Tuple* u = new_tuple(3);
  u->items[0] = Value::small_int(1);
  u->items[1] = S("two");
  EXPECT_TRUE(same_key(Value::object(t), Value::object(u)));
  EXPECT_EQ(key_hash(Value::object(t)), key_hash(Value::object(u)));
  u->items[0] = Value::number(1.0);
  EXPECT_FALSE(same_key(Value::object(t), Value::object(u)));  // 1 and 1.0 are different keys
  EXPECT_TRUE(equal(Value::object(t), Value::object(u)));       // but equal numbers
  EXPECT_FALSE(same_key(Value::object(new_tuple(0)), Value::object(new_tuple(1))));
  EXPECT_TRUE(same_key(Value::object(new_tuple(0)), Value::object(new_tuple(0))));
}

TEST_F(ObjectModel, ArraysGrow) {
  Array* a = new_array(0);
  EXPECT_EQ(a->h.cls, cls::Array);
  EXPECT_EQ(a->length, 0u);
  for (int64_t i = 0; i < 10000; ++i) {
    array_push(a, Value::small_int(i * 3));
    ASSERT_LE(a->length, a->capacity);
  }
  EXPECT_EQ(a->length, 10000u);
  for (int64_t i = 0; i < 10000; ++i) ASSERT_EQ(a->items[i].as_int(), i * 3);
  Array* b = new_array(2);
  EXPECT_EQ(b->capacity, 2u);
  EXPECT_EQ(b->length, 0u);
  array_push(b, S("x"));
  array_push(b, S("y"));
  array_push(b, S("z"));
  EXPECT_EQ(b->length, 3u);
  EXPECT_EQ(string_view_of(b->items[2]), "z");
}

TEST_F(ObjectModel, MapBasics) {
  Map* m = new_map();
  EXPECT_EQ(m->h.cls, cls::Map);
  EXPECT_TRUE(map_get(m, Value::small_int(1)).is_empty());
  map_set(m, Value::small_int(1), S("int"));
  map_set(m, Value::number(1.0), S("float"));
  map_set(m, Value::boolean(true), S("bool"));
  map_set(m, make_atom("one"), S("atom"));
  map_set(m, S("one"), S("string"));
  EXPECT_EQ(m->count, 5u);
  EXPECT_EQ(string_view_of(map_get(m, Value::small_int(1))), "int");
  EXPECT_EQ(string_view_of(map_get(m, Value::number(1.0))), "float");
  EXPECT_EQ(string_view_of(map_get(m, Value::boolean(true))), "bool");
  EXPECT_EQ(string_view_of(map_get(m, make_atom("one"))), "atom");
  EXPECT_EQ(string_view_of(map_get(m, S("one"))), "string");  // a different String object
  // Signed zeros are one key (0.0 == -0.0 in Python, 0.0 =:= -0.0 in Erlang/OTP 25);
  // NaN is one key (canonical).
  map_set(m, Value::number(0.0), Value::small_int(0));
  map_set(m, Value::number(-0.0), Value::small_int(-1));
  map_set(m, Value::number(NAN), Value::small_int(99));
  EXPECT_EQ(map_get(m, Value::number(0.0)).as_int(), -1);
  EXPECT_EQ(map_get(m, Value::number(-0.0)).as_int(), -1);
  EXPECT_EQ(map_get(m, Value::number(-NAN)).as_int(), 99);
  // Updating keeps the count and the position.
  map_set(m, Value::small_int(1), S("int2"));
  EXPECT_EQ(m->count, 7u);
  EXPECT_EQ(keys_of(m)[0], Value::small_int(1));
  EXPECT_EQ(string_view_of(map_get(m, Value::small_int(1))), "int2");
  EXPECT_TRUE(map_remove(m, Value::number(1.0)));
  EXPECT_FALSE(map_remove(m, Value::number(1.0)));
  EXPECT_TRUE(map_get(m, Value::number(1.0)).is_empty());
  EXPECT_EQ(string_view_of(map_get(m, Value::small_int(1))), "int2");
  EXPECT_EQ(m->count, 6u);
}

TEST_F(ObjectModel, MapCompositeAndBigKeys) {
  Map* m = new_map();
  auto pair = [](Value a, Value b) {
    Tuple* t = new_tuple(2);
    t->items[0] = a;
    t->items[1] = b;
    return Value::object(t);
  };
  map_set(m, pair(S("a"), Value::small_int(1)), Value::small_int(10));
  map_set(m, pair(S("a"), Value::number(1.0)), Value::small_int(11));
  map_set(m, parse_int("123456789012345678901234567890"), Value::small_int(12));
  EXPECT_EQ(map_get(m, pair(S("a"), Value::small_int(1))).as_int(), 10);
  EXPECT_EQ(map_get(m, pair(S("a"), Value::number(1.0))).as_int(), 11);
  EXPECT_TRUE(map_get(m, pair(S("b"), Value::small_int(1))).is_empty());
  EXPECT_EQ(map_get(m, parse_int("123456789012345678901234567890")).as_int(), 12);
  EXPECT_TRUE(map_get(m, parse_int("123456789012345678901234567891")).is_empty());
  map_set(m, pair(S("a"), Value::small_int(1)), Value::small_int(20));
  EXPECT_EQ(m->count, 3u);
  EXPECT_EQ(map_get(m, pair(S("a"), Value::small_int(1))).as_int(), 20);
}

TEST_F(ObjectModel, MapKeepsInsertionOrderAcrossDeletesAndResizes) {
  Map* m = new_map();
  for (int64_t i = 0; i < 100; ++i) map_set(m, Value::small_int(i), Value::small_int(i));
  for (int64_t i = 0; i < 100; i += 3) ASSERT_TRUE(map_remove(m, Value::small_int(i)));
  map_set(m, Value::small_int(0), Value::small_int(-1));  // re-added: goes last
  for (int64_t i = 100; i < 1000; ++i) map_set(m, Value::small_int(i), Value::small_int(i));  // resizes
  std::vector<int64_t> expect;
  for (int64_t i = 1; i < 100; ++i)
    if (i % 3) expect.push_back(i);
  expect.push_back(0);
  for (int64_t i = 100; i < 1000; ++i) expect.push_back(i);
  std::vector<int64_t> got;
  for (Value k : keys_of(m)) got.push_back(k.as_int());
  EXPECT_EQ(got, expect);
  EXPECT_EQ(m->count, expect.size());
}

// Random inserts, updates and removes checked against std::unordered_map (contents) and a
// vector (order).
TEST_F(ObjectModel, MapAgainstReference) {
  std::mt19937_64 rng(12345);
  Map* m = new_map();
  std::unordered_map<int64_t, int64_t> ref;
  std::vector<int64_t> order;
  // Odd keys are strings, even keys ints: both kinds of hashing and comparison.
  auto key = [](int64_t k) { return (k & 1) ? make_string(std::to_string(k).insert(0, 1, 'k')) : Value::small_int(k); };
  for (int step = 0; step < 100000; ++step) {
    int64_t k = static_cast<int64_t>(rng() % 5000);
    uint64_t what = rng() % 10;
    if (what < 6) {
      int64_t v = static_cast<int64_t>(rng() % 1000000);
      map_set(m, key(k), Value::small_int(v));
      if (!ref.count(k)) order.push_back(k);
      ref[k] = v;
    } else {
      bool removed = map_remove(m, key(k));
      ASSERT_EQ(removed, ref.erase(k) == 1) << "step " << step;
      if (removed) order.erase(std::find(order.begin(), order.end(), k));
    }
    ASSERT_EQ(m->count, ref.size());
    if (step % 5000 == 0 || step == 99999) {
      for (int64_t probe = 0; probe < 5000; ++probe) {
        Value v = map_get(m, key(probe));
        auto it = ref.find(probe);
        if (it == ref.end()) ASSERT_TRUE(v.is_empty()) << probe;
        else ASSERT_EQ(v.as_int(), it->second) << probe;
      }
      std::vector<Value> keys = keys_of(m);
      ASSERT_EQ(keys.size(), order.size());
      for (size_t i = 0; i < keys.size(); ++i) ASSERT_TRUE(same_key(keys[i], key(order[i]))) << i;
    }
  }
}

TEST_F(ObjectModel, ShapesAreSharedByAttributeOrder) {
  Value x = make_atom("x"), y = make_atom("y"), z = make_atom("z");
  Object* a = new_object(cls::Object);
  Object* b = new_object(cls::Object);
  Object* c = new_object(cls::Object);
  EXPECT_EQ(a->shape, root_shape());
  object_set(a, x, Value::small_int(1));
  object_set(a, y, Value::small_int(2));
  object_set(b, x, Value::small_int(10));
  object_set(b, y, Value::small_int(20));
  object_set(c, y, Value::small_int(100));
  object_set(c, x, Value::small_int(200));
  EXPECT_EQ(a->shape, b->shape);
  EXPECT_NE(a->shape, c->shape);
  EXPECT_EQ(a->shape->slot_count, 2u);
  EXPECT_EQ(shape_slot(a->shape, x), 0);
  EXPECT_EQ(shape_slot(a->shape, y), 1);
  EXPECT_EQ(shape_slot(c->shape, x), 1);
  EXPECT_EQ(shape_slot(a->shape, z), -1);
  EXPECT_EQ(object_get(b, y).as_int(), 20);
  EXPECT_EQ(object_get(c, x).as_int(), 200);
  EXPECT_TRUE(object_get(a, z).is_empty());
  // Overwriting keeps the shape; the transition is cached.
  Shape* before = a->shape;
  object_set(a, x, Value::small_int(5));
  EXPECT_EQ(a->shape, before);
  EXPECT_EQ(object_get(a, x).as_int(), 5);
  EXPECT_EQ(shape_with(root_shape(), x), shape_with(root_shape(), x));
  EXPECT_EQ(shape_with(shape_with(root_shape(), x), y), a->shape);
  // String keys by content.
  object_set(a, make_string("name"), Value::small_int(7));
  EXPECT_EQ(object_get(a, make_string("name")).as_int(), 7);
}

TEST_F(ObjectModel, ManyAttributes) {
  Object* a = new_object(cls::Object);
  Object* b = new_object(cls::Object);
  const int n = 300;
  for (int i = 0; i < n; ++i) {
    object_set(a, make_atom("attr" + std::to_string(i)), Value::small_int(i));
    object_set(b, make_atom("attr" + std::to_string(i)), Value::small_int(-i));
  }
  heap::collect();
  EXPECT_EQ(a->shape, b->shape);
  EXPECT_EQ(a->shape->slot_count, static_cast<uint32_t>(n));
  for (int i = 0; i < n; ++i) {
    Value k = make_atom("attr" + std::to_string(i));
    ASSERT_EQ(shape_slot(a->shape, k), i);
    ASSERT_EQ(object_get(a, k).as_int(), i);
    ASSERT_EQ(object_get(b, k).as_int(), -i);
  }
}

TEST_F(ObjectModel, Errors) {
  Value e = make_error("key_error", "no such key", Value::small_int(3));
  EXPECT_EQ(class_of(e), cls::Error);
  Error* err = e.as<Error>();
  EXPECT_EQ(err->kind, make_atom("key_error"));
  EXPECT_EQ(string_view_of(err->message), "no such key");
  EXPECT_EQ(err->payload.as_int(), 3);
  EXPECT_TRUE(make_error("x", "y").as<Error>()->payload.is_nil());
}

TEST_F(ObjectModel, ClassesAndClosures) {
  EXPECT_EQ(class_name(cls::Int), "int");
  EXPECT_EQ(class_name(cls::NativeFn), "native");
  EXPECT_EQ(class_name(100000), "?");
  ClassId before = class_count();
  ClassId point = register_class("Point");
  EXPECT_GE(point, cls::FirstUserClass);
  EXPECT_EQ(point, before);
  EXPECT_EQ(class_count(), before + 1);
  EXPECT_EQ(class_name(point), "Point");
  Object* p = new_object(point);
  EXPECT_EQ(class_of(Value::object(p)), point);
  Closure* c = new_closure(nullptr, 2);
  EXPECT_EQ(class_of(Value::object(c)), cls::Closure);
  EXPECT_EQ(c->h.aux, 2u);
  EXPECT_TRUE(c->captures[0].is_nil());
  EXPECT_TRUE(c->captures[1].is_nil());
}

TEST_F(ObjectModel, EqualityOfNumbers) {
  EXPECT_TRUE(equal(Value::small_int(2), Value::number(2.0)));
  EXPECT_FALSE(equal(Value::small_int(2), Value::number(2.5)));
  EXPECT_TRUE(equal(Value::number(0.0), Value::number(-0.0)));
  EXPECT_TRUE(same_key(Value::number(0.0), Value::number(-0.0)));
  EXPECT_EQ(key_hash(Value::number(0.0)), key_hash(Value::number(-0.0)));
  EXPECT_FALSE(equal(Value::small_int(1), make_string("1")));
  EXPECT_TRUE(equal(Value::nil(), Value::nil()));
  EXPECT_FALSE(equal(Value::nil(), Value::boolean(false)));
}

}  // namespace
}  // namespace sy
