// Term order, == and =:= against erl: every pair of the terms in beam_data/terms.txt.
#include "frontends/beam/runtime/compare.h"

#include <gtest/gtest.h>

#include "beam_data.h"
#include "beam_term_text.h"

namespace sy::beam {
namespace {

using test::T;

class BeamCompare : public ::testing::Test {
 protected:
  void SetUp() override { init_terms(); }
};

char order_char(int c) { return c < 0 ? '<' : c > 0 ? '>' : '='; }

void check_pairs(const char* terms_file, const char* expected_file) {
  std::vector<std::string> texts = test::term_lines(terms_file);
  std::vector<std::string> expected = test::data_lines(expected_file);
  ASSERT_EQ(texts.size(), expected.size());
  heap::RootedVector<Value> terms;  // parsing allocates: the terms must stay visible to the collector
  for (const std::string& t : texts) terms.push_back(T(t));
  size_t n = terms.size(), checked = 0;
  for (size_t i = 0; i < n; ++i) {
    ASSERT_EQ(expected[i].size(), 2 * n + 1) << "line " << i + 1;
    for (size_t j = 0; j < n; ++j) {
      char want = expected[i][j], want_exact = expected[i][n + 1 + j];
      EXPECT_EQ(order_char(compare(terms[i], terms[j])), want) << texts[i] << " vs " << texts[j];
      EXPECT_EQ(order_char(compare_exact(terms[i], terms[j])), want_exact) << texts[i] << " vs " << texts[j] << " (exact)";
      EXPECT_EQ(term_equal(terms[i], terms[j]), want == '=') << texts[i] << " == " << texts[j];
      EXPECT_EQ(exact_equal(terms[i], terms[j]), want_exact == '=') << texts[i] << " =:= " << texts[j];
      EXPECT_EQ(exact_equal(terms[i], terms[j]), same_key(terms[i], terms[j])) << texts[i] << " key " << texts[j];
      if (want_exact == '=') {
        EXPECT_EQ(key_hash(terms[i]), key_hash(terms[j])) << texts[i];
      }
      ++checked;
    }
  }
  EXPECT_EQ(checked, n * n);
}

TEST_F(BeamCompare, EveryPairAgreesWithErl) { check_pairs("terms.txt", "compare.expected"); }
// 250 seeded random terms (beam_expect:random_terms/1): 62,500 pairs.
TEST_F(BeamCompare, RandomPairsAgreeWithErl) { check_pairs("random_terms.txt", "random_compare.expected"); }

TEST_F(BeamCompare, PidsRefsPortsAndFunsTakeTheirPlaces) {
  Value pid = make_pid(80, 0), ref = make_ref(1, 2, 3), port = make_port(4);
  Value efun = make_export_fun(atom("lists"), atom("map"), 2);
  // number < atom < reference < fun < port < pid < tuple
  heap::RootedVector<Value> ascending = {T("1"), T("a"), ref, efun, port, pid, T("{}")};
  for (size_t i = 0; i + 1 < ascending.size(); ++i) EXPECT_LT(compare(ascending[i], ascending[i + 1]), 0) << i;
  EXPECT_LT(compare(make_pid(80, 0), make_pid(81, 0)), 0);
  EXPECT_LT(compare(make_pid(81, 0), make_pid(80, 1)), 0);  // serial first
  EXPECT_LT(compare(make_ref(5, 1, 0), make_ref(0, 0, 1)), 0);  // the high word first
  EXPECT_TRUE(exact_equal(make_ref(1, 2, 3), ref));
  EXPECT_TRUE(exact_equal(make_pid(80, 0), pid));
  EXPECT_FALSE(exact_equal(make_port(5), port));
}

TEST_F(BeamCompare, DeepTermsDoNotExhaustTheStack) {
  // Nesting in head position, far deeper than the C++ stack could recurse.
  Value a = Value::nil(), b = Value::nil();
  for (int i = 0; i < 300000; ++i) {
    a = cons(a, Value::nil());
    b = cons(b, Value::nil());
  }
  EXPECT_EQ(compare(a, b), 0);
  EXPECT_TRUE(exact_equal(a, b));
  Value c = cons(a, Value::small_int(1));
  EXPECT_GT(compare(cons(b, Value::nil()), c), 0);  // the tails decide: [] > 1
}

}  // namespace
}  // namespace sy::beam
