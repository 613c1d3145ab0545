// The bit syntax against erl: building bitstrings from segments (bits_build.txt) and
// matching a first segment (bits_match.txt); appends that reuse the store.
#include "frontends/beam/runtime/bits.h"

#include <gtest/gtest.h>

#include "beam_data.h"
#include "beam_term_text.h"
#include "frontends/beam/runtime/compare.h"
#include "frontends/beam/runtime/etf.h"
#include "frontends/beam/runtime/io_lib.h"

namespace sy::beam {
namespace {

using test::T;

class BeamBits : public ::testing::Test {
 protected:
  void SetUp() override { init_terms(); }
};

Value from_hex(const std::string& h) {
  std::string bytes;
  for (size_t i = 0; i + 1 < h.size(); i += 2) bytes += static_cast<char>(std::stoi(h.substr(i, 2), nullptr, 16));
  Value v;
  DecodeError err;
  EXPECT_TRUE(decode_term(bytes, &v, &err)) << err.format();
  return v;
}

std::string show(Value v) {
  std::string s;
  for (char32_t c : write_term(v)) s += c < 128 ? static_cast<char>(c) : '?';
  return s;
}

// Builds one segment list as erl's `<< <<(seg(S))/bitstring>> || S <- Segs >>`; false
// where erl raises badarg.
bool build(Value segs, Value* out) {
  BitBuilder bb;
  for (Value l = segs; is_cons(l); l = tail(l)) {
    Tuple* s = head(l).as<Tuple>();
    std::string_view kind = atom_text(s->items[0]);
    auto little = [&](uint32_t i) { return s->items[i] == atom("little"); };
    if (kind == "integer") {
      bb.put_integer(s->items[1], static_cast<uint64_t>(s->items[2].as_int()), little(3));
    } else if (kind == "float") {
      if (!bb.put_float(s->items[1].as_double(), static_cast<uint64_t>(s->items[2].as_int()), little(3))) return false;
    } else if (kind == "bits") {
      const Binary* b = s->items[1].as<Binary>();
      auto n = static_cast<uint64_t>(s->items[2].as_int());
      if (n > b->bit_size) return false;
      bb.put_bitstring(b, n);
    } else if (kind == "utf8") {
      if (!bb.put_utf8(s->items[1].as_int())) return false;
    } else if (kind == "utf16") {
      if (!bb.put_utf16(s->items[1].as_int(), little(2))) return false;
    } else if (kind == "utf32") {
      if (!bb.put_utf32(s->items[1].as_int(), little(2))) return false;
    }
  }
  *out = bb.finish();
  return true;
}

TEST_F(BeamBits, BuildingMatchesErl) {
  auto cases = test::term_lines("bits_build.txt");
  auto expected = test::data_lines("bits_build.expected");
  ASSERT_EQ(cases.size(), expected.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    Value got;
    bool ok = build(T(cases[i]), &got);
    if (expected[i] == "badarg") {
      EXPECT_FALSE(ok) << cases[i] << " built " << show(got);
      continue;
    }
    ASSERT_TRUE(ok) << cases[i];
    Value want = from_hex(expected[i].substr(3));
    EXPECT_TRUE(exact_equal(got, want)) << cases[i] << ": " << show(got) << " vs erl " << show(want);
  }
}

TEST_F(BeamBits, MatchingMatchesErl) {
  auto cases = test::term_lines("bits_match.txt");
  auto expected = test::data_lines("bits_match.expected");
  ASSERT_EQ(cases.size(), expected.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    Tuple* c = T(cases[i]).as<Tuple>();
    const Binary* b = c->items[0].as<Binary>();
    Tuple* spec = c->items[1].as<Tuple>();
    std::string_view kind = atom_text(spec->items[0]);
    Value v;
    uint64_t used = 0;
    bool ok = false;
    if (kind == "integer") {
      used = static_cast<uint64_t>(spec->items[1].as_int());
      ok = bs_get_integer(b, 0, used, spec->items[2] == atom("signed"), spec->items[3] == atom("little"), &v);
    } else if (kind == "float") {
      used = static_cast<uint64_t>(spec->items[1].as_int());
      ok = bs_get_float(b, 0, used, spec->items[2] == atom("little"), &v);
    } else {
      uint32_t cp = 0;
      bool little = spec->size() > 1 && spec->items[1] == atom("little");
      if (kind == "utf8") ok = bs_get_utf8(b, 0, &cp, &used);
      if (kind == "utf16") ok = bs_get_utf16(b, 0, little, &cp, &used);
      if (kind == "utf32") ok = bs_get_utf32(b, 0, little, &cp, &used);
      v = make_int(cp);
    }
    if (expected[i] == "nomatch") {
      EXPECT_FALSE(ok) << cases[i] << " matched " << show(v);
      continue;
    }
    ASSERT_TRUE(ok) << cases[i];
    Value got = tuple({v, sub_binary(b, used, b->bit_size - used)});
    Value want = from_hex(expected[i].substr(3));
    EXPECT_TRUE(exact_equal(got, want)) << cases[i] << ": " << show(got) << " vs erl " << show(want);
  }
}

TEST_F(BeamBits, AppendingToTheLastWindowReusesItsStore) {
  // Acc = <<Acc/binary, X>> in a loop: each new binary extends the previous one's store.
  Value acc = make_binary("");
  int reused = 0;
  for (int i = 0; i < 1000; ++i) {
    BitBuilder bb;
    bb.start_with(acc);
    bb.put_integer(Value::small_int(i & 0xFF), 8, false);
    Value next = bb.finish();
    if (next.as<Binary>()->store == acc.as<Binary>()->store) ++reused;
    acc = next;
  }
  EXPECT_GT(reused, 990);  // the store grows by doubling; all other appends are in place
  ASSERT_EQ(acc.as<Binary>()->byte_size(), 1000u);
  for (uint64_t i = 0; i < 1000; ++i) ASSERT_EQ(byte_at(acc.as<Binary>(), i), i & 0xFF);
  // An older window keeps its bits when a second builder appends after it.
  Value base = make_binary("ab");
  BitBuilder one;
  one.start_with(base);
  one.put_integer(Value::small_int('c'), 8, false);
  Value abc = one.finish();
  BitBuilder two;
  two.start_with(base);  // base no longer ends where its store does: copied
  two.put_integer(Value::small_int('x'), 8, false);
  Value abx = two.finish();
  EXPECT_EQ(binary_bytes(abc.as<Binary>()), "abc");
  EXPECT_EQ(binary_bytes(abx.as<Binary>()), "abx");
  EXPECT_EQ(binary_bytes(base.as<Binary>()), "ab");
}

}  // namespace
}  // namespace sy::beam
