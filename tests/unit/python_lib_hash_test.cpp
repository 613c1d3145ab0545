// hash() of ints, floats, strs (under PYTHONHASHSEED=0), tuples and frozensets against
// CPython 3.11 (python_lib_data/hash.tsv).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <vector>

#include "core/bigint.h"
#include "frontends/python/lib/hash.h"
#include "python_lib_data.h"

namespace sy::pylib {
namespace {

std::vector<int64_t> hashes(const std::string& list) {
  std::vector<int64_t> out;
  size_t start = 0;
  while (start < list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    out.push_back(std::stoll(list.substr(start, comma - start)));
    start = comma + 1;
  }
  return out;
}

TEST(PyHash, MatchesCPython) {
  int checked = 0;
  for (const auto& row : test::load_table("hash")) {
    const std::string& kind = row[0];
    int64_t expected = std::stoll(row[2]);
    int64_t got;
    if (kind == "int") {
      got = hash_int(sy::parse_int(row[1]));
    } else if (kind == "float") {
      uint64_t b = std::stoull(row[1], nullptr, 16);
      double d;
      std::memcpy(&d, &b, 8);
      got = hash_double(d, 0);
    } else if (kind == "str") {
      got = hash_str(row[1]);
    } else {
      auto items = hashes(row[1]);
      got = kind == "tuple" ? hash_tuple(items.data(), items.size()) : hash_frozenset(items.data(), items.size());
    }
    EXPECT_EQ(got, expected) << kind << " " << row[1].substr(0, 60);
    ++checked;
  }
  EXPECT_GT(checked, 3000);
}

TEST(PyHash, IdentityRules) {
  // NaN, None and plain objects hash by address, rotated like _Py_HashPointer.
  EXPECT_EQ(hash_double(std::nan(""), 0x7f0012345670), hash_identity(0x7f0012345670));
  EXPECT_EQ(hash_identity(0x7f0012345670), 0x7f001234567);
  EXPECT_EQ(hash_identity(0xF), -1152921504606846976);  // rotated right by 4
  EXPECT_EQ(hash_identity(~uint64_t{0}), -2);            // never -1
  EXPECT_EQ(hash_int64(-1), -2);
  EXPECT_EQ(hash_double(-1.0, 0), -2);
  EXPECT_EQ(hash_bool(true), hash_int64(1));
  EXPECT_EQ(hash_double(2.0, 0), hash_int64(2));
}

}  // namespace
}  // namespace sy::pylib
