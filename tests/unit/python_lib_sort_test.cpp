// list_sort against CPython 3.11's list.sort (python_lib_data/sort.tsv): for inputs of
// many shapes and sizes, with and without a key, forward and reversed, the same number
// and sequence of comparisons and the same result -- also when a comparison fails
// part-way, where the list is left in CPython's permutation.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "frontends/python/lib/sort.h"
#include "python_lib_data.h"

namespace sy::pylib {
namespace {

uint64_t fnv(uint64_t h, uint64_t word) {
  for (int i = 0; i < 8; ++i) h = (h ^ ((word >> (8 * i)) & 0xFF)) * 0x100000001b3ull;
  return h;
}

// Items and keys are ids; the comparison looks their values up, logs, and may fail.
struct Log {
  const std::vector<int64_t>* item_values = nullptr;
  std::vector<int64_t> key_values;
  bool keyed = false;
  int64_t calls = 0, fail_at = 0;
  uint64_t digest = 0xcbf29ce484222325ull;
};

int less(void* ctx, uint64_t a, uint64_t b) {
  auto* log = static_cast<Log*>(ctx);
  ++log->calls;
  log->digest = fnv(fnv(log->digest, a), b);
  if (log->calls == log->fail_at) return -1;
  const std::vector<int64_t>& v = log->keyed ? log->key_values : *log->item_values;
  return v[a] < v[b];
}

TEST(PySort, MatchesCPythonComparisonForComparison) {
  std::map<std::string, std::vector<int64_t>> inputs;
  int checked = 0;
  for (const auto& row : test::load_table("sort")) {
    if (row[0] == "input") {
      std::vector<int64_t>& v = inputs[row[1]];
      std::istringstream in(row[2]);
      for (int64_t x; in >> x;) v.push_back(x);
      continue;
    }
    const std::vector<int64_t>& values = inputs.at(row[1]);
    bool keyed = row[2] == "1", reverse = row[3] == "1";
    Log log;
    log.item_values = &values;
    log.fail_at = std::stoll(row[4]);
    log.keyed = keyed;
    std::vector<uint64_t> items(values.size()), keys(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
      items[i] = keys[i] = i;
      log.key_values.push_back(values[i] / 3);  // the generator's key: value // 3 (values are >= 0)
    }
    int rc = list_sort(items.data(), keyed ? keys.data() : nullptr, items.size(), reverse, SortLess{less, &log});
    uint64_t order = 0xcbf29ce484222325ull;
    for (uint64_t id : items) order = fnv(order, id);
    std::string what = "input " + row[1] + (keyed ? " keyed" : "") + (reverse ? " reversed" : "") + " fail at " + row[4];
    EXPECT_EQ(rc == 0 ? "ok" : "fail", row[5]) << what;
    EXPECT_EQ(log.calls, std::stoll(row[6])) << what;
    EXPECT_EQ(log.digest, std::stoull(row[7])) << what;
    EXPECT_EQ(order, std::stoull(row[8])) << what;
    ++checked;
  }
  EXPECT_GT(checked, 1500);
}

}  // namespace
}  // namespace sy::pylib
