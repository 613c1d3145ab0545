// Erlang terms on the common object model: the representation choices of terms.h and
// map keys with =:= semantics.
#include "frontends/beam/runtime/terms.h"

#include <gtest/gtest.h>

namespace sy::beam {
namespace {

class BeamTerms : public ::testing::Test {
 protected:
  void SetUp() override { init_terms(); }
};

Value I(int64_t n) { return make_int(n); }
Value F(double d) { return Value::number(d); }
Value A(std::string_view s) { return atom(s); }
Value L(std::initializer_list<Value> items, Value tail = Value::nil()) {
  Value list = tail;
  for (auto it = std::rbegin(items); it != std::rend(items); ++it) list = cons(*it, list);
  return list;
}

TEST_F(BeamTerms, TrueFalseAreCoreBooleansAndNilIsTheEmptyList) {
  EXPECT_EQ(A("true"), Value::boolean(true));
  EXPECT_EQ(A("false"), Value::boolean(false));
  EXPECT_TRUE(is_atom(A("true")));
  EXPECT_TRUE(is_atom(A("ok")));
  EXPECT_EQ(atom_text(A("true")), "true");
  EXPECT_EQ(atom_text(A("false")), "false");
  EXPECT_EQ(atom_text(A("nil")), "nil");
  EXPECT_NE(A("nil"), Value::nil());  // the atom nil is not []
  EXPECT_TRUE(is_list(Value::nil()));
  EXPECT_FALSE(is_cons(Value::nil()));
  EXPECT_EQ(atoms.badarg, A("badarg"));
}

TEST_F(BeamTerms, ConsCells) {
  Value l = L({I(1), I(2)});
  EXPECT_TRUE(is_cons(l));
  EXPECT_TRUE(is_list(l));
  EXPECT_EQ(head(l), I(1));
  EXPECT_EQ(head(tail(l)), I(2));
  EXPECT_TRUE(tail(tail(l)).is_nil());
  // A cons cell is a core pair: no header, the class in the value's tag.
  EXPECT_TRUE(l.is_pair());
  EXPECT_FALSE(l.is_object());
  EXPECT_EQ(class_of(l), classes.cons);
  EXPECT_EQ(class_name(class_of(l)), "pair");
}

TEST_F(BeamTerms, MapKeysFollowExactEquality) {
  Map* m = new_map();
  map_set(m, L({I(1), I(2)}), A("list"));
  map_set(m, L({I(1)}, I(2)), A("improper"));
  map_set(m, make_binary("abc"), A("bin"));
  map_set(m, I(1), A("int"));
  map_set(m, F(1.0), A("float"));
  map_set(m, make_pid(5, 0), A("pid"));
  map_set(m, make_export_fun(A("lists"), A("reverse"), 1), A("fun"));
  map_set(m, make_ref(1, 2, 3), A("ref"));
  map_set(m, make_port(7), A("port"));
  EXPECT_EQ(m->count, 9u);
  // Equal content, different objects.
  EXPECT_EQ(map_get(m, L({I(1), I(2)})), A("list"));
  EXPECT_EQ(map_get(m, L({I(1)}, I(2))), A("improper"));
  EXPECT_TRUE(map_get(m, L({I(1), F(2.0)})).is_empty());
  EXPECT_EQ(map_get(m, make_binary("abc")), A("bin"));
  EXPECT_TRUE(map_get(m, make_binary("abd")).is_empty());
  EXPECT_EQ(map_get(m, make_pid(5, 0)), A("pid"));
  EXPECT_EQ(map_get(m, make_export_fun(A("lists"), A("reverse"), 1)), A("fun"));
  EXPECT_TRUE(map_get(m, make_export_fun(A("lists"), A("reverse"), 2)).is_empty());
  EXPECT_EQ(map_get(m, make_ref(1, 2, 3)), A("ref"));
  EXPECT_EQ(map_get(m, make_port(7)), A("port"));
  EXPECT_EQ(map_get(m, F(1.0)), A("float"));
  // Maps as keys compare by their entries, whatever the insertion order.
  Map* k1 = new_map();
  map_set(k1, A("a"), I(1));
  map_set(k1, A("b"), I(2));
  Map* k2 = new_map();
  map_set(k2, A("b"), I(2));
  map_set(k2, A("a"), I(1));
  map_set(m, Value::object(k1), A("map"));
  EXPECT_EQ(map_get(m, Value::object(k2)), A("map"));
  map_set(k2, A("a"), F(1.0));
  EXPECT_TRUE(map_get(m, Value::object(k2)).is_empty());
  // 0.0 =:= -0.0 in OTP 25: one key, the first one kept.
  Map* z = new_map();
  map_set(z, F(0.0), A("a"));
  map_set(z, F(-0.0), A("b"));
  EXPECT_EQ(z->count, 1u);
  EXPECT_EQ(map_get(z, F(0.0)), A("b"));
}

TEST_F(BeamTerms, SubBinariesShareTheStore) {
  Value b = make_binary("hello world");
  auto* bin = b.as<Binary>();
  EXPECT_TRUE(is_binary(b));
  EXPECT_EQ(bin->byte_size(), 11u);
  Value w = sub_binary(bin, 6 * 8, 5 * 8);
  EXPECT_EQ(w.as<Binary>()->store, bin->store);
  EXPECT_EQ(binary_bytes(w.as<Binary>()), "world");
  EXPECT_TRUE(same_key(w, make_binary("world")));
  // A 12-bit window starting at bit 4: not a binary, but a bitstring.
  Value bits = sub_binary(bin, 4, 12);
  EXPECT_TRUE(is_bitstring(bits));
  EXPECT_FALSE(is_binary(bits));
  EXPECT_EQ(bits.as<Binary>()->byte_size(), 2u);
  // The same bits at another alignment are the same key.
  uint8_t shifted[2] = {static_cast<uint8_t>(('h' << 4) | ('e' >> 4)), static_cast<uint8_t>('e' << 4)};
  Value aligned = sub_binary(make_binary(shifted, 2).as<Binary>(), 0, 12);
  EXPECT_TRUE(same_key(bits, aligned));
  EXPECT_EQ(key_hash(bits), key_hash(aligned));
  EXPECT_FALSE(same_key(bits, sub_binary(bin, 4, 11)));
  EXPECT_TRUE(is_binary(make_binary("")));
  EXPECT_EQ(make_binary("").as<Binary>()->byte_size(), 0u);
}

}  // namespace
}  // namespace sy::beam
