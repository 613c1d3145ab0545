// Crash reports against erl: the logger's report of a crashed process and erl's output
// when the boot function crashes (report_cases.txt; generate.sh ran erl for each).
#include "frontends/beam/runtime/reports.h"

#include <gtest/gtest.h>

#include <regex>

#include "beam_data.h"
#include "beam_term_text.h"

namespace sy::beam {
namespace {

using test::T;

class BeamReports : public ::testing::Test {
 protected:
  void SetUp() override { init_terms(); }
};

// The reports in the order erl wrote them; each runs to its blank line.
std::vector<std::string> reports(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line, current;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line.rfind("=ERROR REPORT====", 0) == 0) {
      inside = true;
      current.clear();
    }
    if (!inside) continue;
    current += line + "\n";
    if (line.empty()) {
      out.push_back(current);
      inside = false;
    }
  }
  return out;
}

Value case_reason(const std::string& text) {
  Tuple* c = T(text).as<Tuple>();
  return exit_reason(c->items[0], c->items[1], c->items[2]);
}

TEST_F(BeamReports, ProcessCrashReportsMatchErl) {
  auto cases = test::term_lines("report_cases.txt");
  auto expected = reports(test::read_data("crash_reports.expected"));
  ASSERT_EQ(cases.size(), expected.size());
  std::regex header("^=ERROR REPORT==== [0-9]{1,2}-[A-Z][a-z][a-z]-[0-9]{4}::[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{6} ===\n");
  std::regex pid_line("Error in process <0\\.([0-9]+)\\.0>");
  for (size_t i = 0; i < cases.size(); ++i) {
    std::smatch m;
    ASSERT_TRUE(std::regex_search(expected[i], m, pid_line)) << expected[i];
    Value pid = make_pid(static_cast<uint32_t>(std::stoul(m[1])), 0);
    std::string got = crash_report(pid, case_reason(cases[i]), 946684800, 123456);
    EXPECT_TRUE(std::regex_search(got, header)) << got;
    // Same text after the time of day.
    EXPECT_EQ(std::regex_replace(got, header, ""), std::regex_replace(expected[i], header, "")) << cases[i];
  }
  // Exits are not reported; errors and throws are.
  EXPECT_FALSE(crash_is_reported(atoms.exit));
  EXPECT_TRUE(crash_is_reported(atoms.error));
  EXPECT_TRUE(crash_is_reported(atoms.throw_));
  EXPECT_EQ(exit_reason(atoms.exit, atom("bye"), Value::nil()), atom("bye"));
}

TEST_F(BeamReports, BootCrashOutputMatchesErl) {
  auto cases = test::term_lines("report_cases.txt");
  std::string text = test::read_data("boot_crash.expected");
  for (size_t i = 0; i < cases.size(); ++i) {
    std::string n = std::to_string(i + 1);
    size_t out_at = text.find("=== " + n + " stdout\n");
    size_t err_at = text.find("=== " + n + " stderr\n");
    ASSERT_NE(out_at, std::string::npos);
    ASSERT_NE(err_at, std::string::npos);
    std::string stdout_text = text.substr(out_at + 12 + n.size(), err_at - out_at - 12 - n.size());
    std::string stderr_text = text.substr(err_at + 12 + n.size());
    stderr_text = stderr_text.substr(0, stderr_text.find("\r\n"));
    Value reason = case_reason(cases[i]);
    EXPECT_EQ(boot_crash_display(reason), stdout_text) << cases[i];
    EXPECT_EQ(boot_crash_slogan(reason), stderr_text) << cases[i];
  }
}

TEST_F(BeamReports, DisplayFollowsErtsPrinter) {
  // Seen from erl: erlang:display({"abc", [1,2], 1.5, 'B', 'a b', <<"bin">>, <<1,2>>,
  // <<1:3>>, #{a => 1, "k" => [x]}, [a|b], {}, "a\nb", 'if', "it's", <<"a\"b">>}).
  Value t = T("{\"abc\", [1,2], 1.5, 'B', 'a b', <<\"bin\">>, <<1,2>>, <<1:3>>, #{a => 1, \"k\" => [x]}, [a|b], {}, "
              "\"a\\nb\", 'if', \"it's\", <<\"a\\\"b\">>, 'nonode@nohost'}");
  EXPECT_EQ(display_text(t),
            "{\"abc\",[1,2],1.500000e+00,'B','a b',<<\"bin\">>,<<1,2>>,<<1:3>>,#{a=>1,\"k\"=>[x]},[a|b],{},"
            "\"a\\nb\",if,\"it's\",<<\"a\\\"b\">>,'nonode@nohost'}");
}

}  // namespace
}  // namespace sy::beam
