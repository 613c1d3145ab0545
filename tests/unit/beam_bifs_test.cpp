// The BIF library against erl: results and error reasons of 314 calls (bif_cases.txt),
// and the registration table.
#include "frontends/beam/runtime/bifs.h"

#include <gtest/gtest.h>

#include "beam_data.h"
#include "beam_term_text.h"
#include "core/vm.h"
#include "frontends/beam/runtime/compare.h"
#include "frontends/beam/runtime/etf.h"
#include "frontends/beam/runtime/io_lib.h"

namespace sy::beam {
namespace {

using test::T;

class BeamBifs : public ::testing::Test {
 protected:
  void SetUp() override { init_terms(); }
  VM vm;
};

std::string show(Value v) {
  std::string s;
  for (char32_t c : write_term(v)) s += c < 128 ? static_cast<char>(c) : '?';
  return s;
}

Value flatten(Value deep) {
  heap::RootedVector<Value> out;  // cons() below allocates: keep the parts visible
  heap::RootedVector<Value> stack{deep};
  while (!stack.empty()) {
    Value v = stack.back();
    stack.pop_back();
    if (is_cons(v)) {
      stack.push_back(tail(v));
      stack.push_back(head(v));
    } else if (!v.is_nil()) {
      out.push_back(v);
    }
  }
  Value l = Value::nil();
  for (size_t i = out.size(); i-- > 0;) l = cons(out[i], l);
  return l;
}

Value from_hex(const std::string& h) {
  std::string bytes;
  for (size_t i = 0; i + 1 < h.size(); i += 2) bytes += static_cast<char>(std::stoi(h.substr(i, 2), nullptr, 16));
  Value v;
  DecodeError err;
  EXPECT_TRUE(decode_term(bytes, &v, &err)) << err.format();
  return v;
}

TEST_F(BeamBifs, ResultsAndErrorsMatchErl) {
  auto cases = test::term_lines("bif_cases.txt");
  auto expected = test::data_lines("bifs.expected");
  ASSERT_EQ(cases.size(), expected.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    Tuple* c = T(cases[i]).as<Tuple>();
    std::vector<Value> args;
    for (Value l = c->items[2]; is_cons(l); l = tail(l)) args.push_back(head(l));
    BifContext cx(vm);
    Value got = call_bif(cx, atom_text(c->items[0]), atom_text(c->items[1]), args.data(),
                         static_cast<uint32_t>(args.size()));
    bool want_error = expected[i].rfind("error ", 0) == 0;
    Value want = from_hex(expected[i].substr(expected[i].find(' ') + 1));
    if (want_error) {
      EXPECT_TRUE(got.is_empty()) << cases[i] << ": erl fails with " << show(want) << ", we return " << show(got);
      if (got.is_empty()) EXPECT_TRUE(exact_equal(cx.reason, want)) << cases[i] << ": " << show(cx.reason) << " vs " << show(want);
    } else {
      ASSERT_FALSE(got.is_empty()) << cases[i] << ": failed with " << show(cx.reason) << ", erl returns " << show(want);
      // io_lib's results are deep lists in erl and flat here (docs/beam.md): compare flat.
      if (c->items[0] == atom("io_lib")) want = flatten(want);
      EXPECT_TRUE(exact_equal(got, want)) << cases[i] << ": " << show(got) << " vs erl " << show(want);
    }
  }
}

TEST_F(BeamBifs, TableIsSortedAndFindable) {
  auto table = bif_table();
  EXPECT_GT(table.size(), 150u);
  for (const BifEntry& e : table) {
    const BifEntry* found = find_bif(e.module, e.name, e.arity);
    ASSERT_NE(found, nullptr) << e.module << ":" << e.name << "/" << e.arity;
    EXPECT_EQ(found, &e);
  }
  EXPECT_EQ(find_bif("erlang", "no_such_bif", 1), nullptr);
  EXPECT_EQ(find_bif("lists", "reverse", 3), nullptr);
  EXPECT_TRUE(find_bif("erlang", "element", 2)->guard);
  EXPECT_STREQ(find_bif("maps", "get", 2)->error_module, "erl_stdlib_errors");
}

TEST_F(BeamBifs, MapIterationThroughMapNext) {
  // maps:next/1 of OTP's maps.erl: [Path | Map] iterators stepped by map_next/3.
  BifContext cx(vm);
  Value m = T("#{b => 2, a => 1, c => 3}");
  Value args[3] = {Value::small_int(0), m, atom("iterator")};
  std::string seen;
  for (;;) {
    Value r = call_bif(cx, "erts_internal", "map_next", args, 3);
    ASSERT_FALSE(r.is_empty());
    if (r == atom("none")) break;
    seen += std::string(atom_text(r.as<Tuple>()->items[0]));
    Value next = r.as<Tuple>()->items[2];
    args[0] = head(next);
    args[1] = tail(next);
  }
  EXPECT_EQ(seen, "abc");
  Value list_args[3] = {Value::small_int(0), m, T("[tail]")};
  EXPECT_TRUE(exact_equal(call_bif(cx, "erts_internal", "map_next", list_args, 3), T("[{a,1},{b,2},{c,3},tail]")));
}

}  // namespace
}  // namespace sy::beam
