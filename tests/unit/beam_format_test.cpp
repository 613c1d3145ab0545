// io_lib formatting against erl: io_lib:format/2 results for format_cases.txt and for
// the value x format matrices (pretty printing, floats, integers), byte for byte.
#include "frontends/beam/runtime/io_lib.h"

#include <gtest/gtest.h>

#include <map>

#include "beam_data.h"
#include "beam_term_text.h"
#include "frontends/beam/runtime/unicode.h"

namespace sy::beam {
namespace {

using test::T;

class BeamFormat : public ::testing::Test {
 protected:
  void SetUp() override { init_terms(); }
};

// An expected result: the characters, or nothing for badarg.
struct Expected {
  bool badarg = false;
  Chars chars;
};

// Reads the "=== Id N" blocks written by beam_expect.erl.
std::map<std::string, Expected> read_blocks(const std::string& file) {
  std::string text = test::read_data(file);
  std::map<std::string, Expected> blocks;
  size_t i = 0;
  while (i < text.size()) {
    size_t eol = text.find('\n', i);
    std::string header = text.substr(i, eol - i);
    i = eol + 1;
    EXPECT_EQ(header.rfind("=== ", 0), 0u) << "bad header: " << header;
    size_t last_space = header.rfind(' ');
    std::string id = header.substr(4, last_space - 4);
    std::string count = header.substr(last_space + 1);
    Expected e;
    if (count == "badarg") {
      e.badarg = true;
    } else {
      size_t n = std::stoul(count);
      uint32_t cp;
      for (size_t k = 0; k < n; ++k) {
        EXPECT_TRUE(next_utf8(text, &i, &cp)) << "bad UTF-8 in block " << id;
        e.chars += static_cast<char32_t>(cp);
      }
      EXPECT_EQ(text[i], '\n') << "block " << id;
      ++i;
    }
    blocks[id] = e;
  }
  return blocks;
}

std::string show(const Chars& cs) {
  std::string s;
  for (char32_t c : cs) append_utf8(s, c);
  return s;
}

// Checks one io_lib:format(Format, Args) against its block.
void check(const Expected& want, Value format, Value args, const std::string& what) {
  Chars got;
  std::string why;
  bool ok = sy::beam::format(format, args, &got, &why);
  if (want.badarg) {
    EXPECT_FALSE(ok) << what << ": erl raises badarg, we printed\n" << show(got);
    return;
  }
  ASSERT_TRUE(ok) << what << ": " << why;
  EXPECT_EQ(show(got), show(want.chars)) << what;
}

Value list_of(const heap::RootedVector<Value>& items) {
  Value l = Value::nil();
  for (size_t i = items.size(); i-- > 0;) l = cons(items[i], l);
  return l;
}

TEST_F(BeamFormat, FormatCasesMatchErl) {
  auto cases = test::term_lines("format_cases.txt");
  auto blocks = read_blocks("format.expected");
  ASSERT_EQ(cases.size(), blocks.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    Value c = T(cases[i]);
    Tuple* t = c.as<Tuple>();
    check(blocks[std::to_string(i + 1)], t->items[0], t->items[1], cases[i]);
  }
}

void check_matrix(const char* values_file, const char* formats_file, const char* expected_file) {
  auto values = test::term_lines(values_file);
  auto formats = test::term_lines(formats_file);
  auto blocks = read_blocks(expected_file);
  ASSERT_EQ(values.size() * formats.size(), blocks.size());
  for (size_t i = 0; i < values.size(); ++i) {
    for (size_t j = 0; j < formats.size(); ++j) {
      Tuple* f = T(formats[j]).as<Tuple>();
      Value args = cons(T(values[i]), f->items[1]);
      std::string id = std::to_string(i + 1) + " " + std::to_string(j + 1);
      check(blocks[id], f->items[0], args, formats[j] + " of " + values[i]);
    }
  }
}

TEST_F(BeamFormat, PrettyPrintingMatchesErl) { check_matrix("pretty_terms.txt", "pretty_formats.txt", "pretty.expected"); }
TEST_F(BeamFormat, FloatsMatchErl) { check_matrix("floats.txt", "float_formats.txt", "floats.expected"); }
TEST_F(BeamFormat, IntegersMatchErl) { check_matrix("integers.txt", "integer_formats.txt", "integers.expected"); }
// 250 terms from a seeded random generator (beam_expect:random_terms/1) x 13 formats.
TEST_F(BeamFormat, RandomTermsMatchErl) { check_matrix("random_terms.txt", "pretty_formats.txt", "random.expected"); }

TEST_F(BeamFormat, PidsRefsPortsAndTheLatin1Device) {
  Chars out;
  ASSERT_TRUE(sy::beam::format(T("\"~w ~p ~w\""), list_of(heap::RootedVector<Value>{make_pid(83, 0), make_ref(15166, 1544028162, 2859848973u), make_port(5)}), &out));
  EXPECT_EQ(show(out), "<0.83.0> #Ref<0.2859848973.1544028162.15166> #Port<0.5>");
  // erl -noshell writes characters above 255 as \x{...} and the others as single bytes.
  EXPECT_EQ(latin1_device_bytes(U"a\u00e9\u03e8"), "a\xe9\\x{3E8}");
}

}  // namespace
}  // namespace sy::beam
