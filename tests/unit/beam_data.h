// Reading the BEAM unit tests' data files (tests/unit/beam_data, written by erl through
// generate.sh there).
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace sy::beam::test {

inline std::string data_path(const std::string& name) {
  return std::string(SY_SOURCE_DIR) + "/tests/unit/beam_data/" + name;
}

inline std::string read_data(const std::string& name) {
  std::ifstream in(data_path(name), std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << data_path(name);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The lines of a data file, without their newlines.
inline std::vector<std::string> data_lines(const std::string& name) {
  std::vector<std::string> lines;
  std::istringstream in(read_data(name));
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The term texts of a file of `Term.` lines (file:consult's format, one term per line).
inline std::vector<std::string> term_lines(const std::string& name) {
  std::vector<std::string> out;
  for (std::string& line : data_lines(name)) {
    if (line.empty() || line[0] == '%') continue;
    while (!line.empty() && (line.back() == ' ' || line.back() == '.')) line.pop_back();
    out.push_back(line);
  }
  return out;
}

}  // namespace sy::beam::test
