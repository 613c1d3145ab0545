// erl_error:format_exception against erl (exceptions.expected): the cases of
// report_cases.txt and exception_cases.txt, and every failing BIF call of bif_cases.txt
// with the BIF's own frame, so that the BIF's error reason and erl's explanation of the
// bad argument are both checked.
#include "frontends/beam/runtime/exception_format.h"

#include <gtest/gtest.h>

#include <map>

#include "beam_data.h"
#include "beam_term_text.h"
#include "core/vm.h"
#include "frontends/beam/runtime/bifs.h"
#include "frontends/beam/runtime/unicode.h"

namespace sy::beam {
namespace {

using test::T;

class BeamExceptions : public ::testing::Test {
 protected:
  void SetUp() override { init_terms(); }
  VM vm;
};

std::map<std::string, std::string> blocks(const std::string& text) {
  std::map<std::string, std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t eol = text.find('\n', i);
    std::string header = text.substr(i, eol - i);
    i = eol + 1;
    size_t last = header.rfind(' ');
    size_t n = std::stoul(header.substr(last + 1));
    std::string id = header.substr(4, last - 4);
    size_t start = i;
    uint32_t cp;
    for (size_t k = 0; k < n; ++k) next_utf8(text, &i, &cp);
    out[id] = text.substr(start, i - start);
    ++i;  // the newline after the block
  }
  return out;
}

std::string utf8(const Chars& cs) {
  std::string s;
  for (char32_t c : cs) append_utf8(s, c);
  return s;
}

ExceptionFormat harness() {
  ExceptionFormat o;
  o.indent = 4;
  o.depth = 50;
  o.unicode = true;
  o.skip_module = atom("erl_eval");
  return o;
}

TEST_F(BeamExceptions, FormattedLikeErl) {
  auto cases = test::term_lines("report_cases.txt");
  for (const std::string& c : test::term_lines("exception_cases.txt")) cases.push_back(c);
  auto expected = blocks(test::read_data("exceptions.expected"));
  for (size_t i = 0; i < cases.size(); ++i) {
    Tuple* c = T(cases[i]).as<Tuple>();
    std::string want = expected["exc " + std::to_string(i + 1)];
    EXPECT_EQ(utf8(format_exception(c->items[0], c->items[1], c->items[2], harness())), want) << cases[i];
  }
}

TEST_F(BeamExceptions, FailingBifsExplainedLikeErl) {
  auto cases = test::term_lines("bif_cases.txt");
  auto expected = blocks(test::read_data("exceptions.expected"));
  int checked = 0;
  for (size_t i = 0; i < cases.size(); ++i) {
    auto it = expected.find("bif " + std::to_string(i + 1));
    if (it == expected.end()) continue;  // the call does not fail
    Tuple* c = T(cases[i]).as<Tuple>();
    std::vector<Value> args;
    for (Value l = c->items[2]; is_cons(l); l = tail(l)) args.push_back(head(l));
    BifContext cx(vm);
    const BifEntry* entry = find_bif(atom_text(c->items[0]), atom_text(c->items[1]), static_cast<uint32_t>(args.size()));
    ASSERT_NE(entry, nullptr) << cases[i];
    ASSERT_TRUE(entry->fn(cx, args.data()).is_empty()) << cases[i] << " does not fail";
    Map* info = new_map();
    map_set(info, atom("module"), atom(entry->error_module));
    Value frame = tuple({c->items[0], c->items[1], c->items[2], cons(tuple({atom("error_info"), Value::object(info)}), Value::nil())});
    Chars got = format_exception(atoms.error, cx.reason, cons(frame, Value::nil()), harness());
    EXPECT_EQ(utf8(got), it->second) << cases[i];
    ++checked;
  }
  int bif_blocks = 0;
  for (auto& [id, text] : expected) bif_blocks += id.rfind("bif ", 0) == 0;
  EXPECT_EQ(checked, bif_blocks);  // every failing call of erl failed here too, and was checked
  EXPECT_GT(checked, 70);
}

}  // namespace
}  // namespace sy::beam
