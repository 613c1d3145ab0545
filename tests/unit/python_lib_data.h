// Tables of expected values for the Python value-semantics library tests, written by
// tests/unit/python_lib_gen.py from CPython 3.11 into tests/unit/python_lib_data/.
// One case per line, fields separated by tabs; a field escapes '\\', tab, newline and
// carriage return with a backslash.
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "frontends/python/lib/error.h"

namespace sy::pylib::test {

using Row = std::vector<std::string>;

inline std::string unescape_field(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) { out += s[i]; continue; }
    char c = s[++i];
    out += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
  }
  return out;
}

// All rows of python_lib_data/<name>.tsv; fails the test if the file is missing or empty.
inline std::vector<Row> load_table(const std::string& name) {
  std::string path = std::string(SY_SOURCE_DIR) + "/tests/unit/python_lib_data/" + name + ".tsv";
  std::ifstream in(path, std::ios::binary);
  std::vector<Row> rows;
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::string line;
  while (std::getline(in, line)) {
    Row row;
    size_t start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      row.push_back(unescape_field(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(row));
  }
  EXPECT_FALSE(rows.empty()) << path;
  return rows;
}

// How a result prints in the tables: the value, or "!Kind: message".
template <class T, class Show>
std::string outcome(const Result<T>& r, Show show) {
  if (r.ok()) return show(r.value());
  return std::string("!") + error_kind_name(r.error().kind) + ": " + r.error().message;
}

}  // namespace sy::pylib::test
