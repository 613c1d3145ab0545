// What the Python value library's hot operations cost, one call each: float repr and
// parsing, format specs, %-formatting, int division, hashing, set insertion, sorting and
// str searching. Every benchmark checks its result (a wrong one fails the run); `time` is
// per operation.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "core/bigint.h"
#include "frontends/python/lib/float_text.h"
#include "frontends/python/lib/format_spec.h"
#include "frontends/python/lib/hash.h"
#include "frontends/python/lib/int_arith.h"
#include "frontends/python/lib/percent_format.h"
#include "frontends/python/lib/set_table.h"
#include "frontends/python/lib/sort.h"
#include "frontends/python/lib/str_methods.h"

namespace {

using namespace sy;
using namespace sy::pylib;

std::vector<double> doubles(size_t n) {
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> d(-1e6, 1e6);
  std::vector<double> out(n);
  for (auto& x : out) x = d(rng);
  return out;
}

void BM_FloatRepr(benchmark::State& state) {
  auto xs = doubles(1024);
  size_t i = 0, bytes = 0;
  for (auto _ : state) bytes += float_repr(xs[i++ & 1023]).size();
  if (float_repr(0.1) != "0.1") state.SkipWithError("wrong repr");
  benchmark::DoNotOptimize(bytes);
}
BENCHMARK(BM_FloatRepr);

void BM_FloatParse(benchmark::State& state) {
  auto xs = doubles(1024);
  std::vector<std::string> texts;
  for (double x : xs) texts.push_back(float_repr(x));
  size_t i = 0;
  for (auto _ : state) {
    size_t k = i++ & 1023;
    auto r = parse_float(texts[k]);
    if (!r || *r != xs[k]) state.SkipWithError("wrong parse");
  }
}
BENCHMARK(BM_FloatParse);

void BM_FormatFloatSpec(benchmark::State& state) {
  auto xs = doubles(1024);
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(format_float(xs[i++ & 1023], ">12.2f"));
  if (*format_float(3.14159, ">12.2f") != "        3.14") state.SkipWithError("wrong format");
}
BENCHMARK(BM_FormatFloatSpec);

void BM_FormatIntGrouped(benchmark::State& state) {
  Value v = make_int(1234567890);
  for (auto _ : state) benchmark::DoNotOptimize(format_int(v, ","));
  if (*format_int(v, ",") != "1,234,567,890") state.SkipWithError("wrong format");
}
BENCHMARK(BM_FormatIntGrouped);

// "%d: %s" % (n, "name") with a trivial runtime.
struct Hooks : PercentHooks {
  Value items[2] = {Value::small_int(42), Value::small_int(-1)};
  Value tuple_item(size_t i) override { return items[i]; }
  Status lookup(std::string_view, Value*) override { return callback_failed(); }
  Status str(Value v, std::string& out) override {
    out = v.as_int() < 0 ? "name" : std::to_string(v.as_int());
    return ok_status();
  }
  Status repr(Value v, std::string& out) override { return str(v, out); }
  Status classify(Value v, PercentValue* out) override {
    out->kind = PercentValue::Int;
    out->int_value = v;
    return ok_status();
  }
};

void BM_PercentFormat(benchmark::State& state) {
  Hooks hooks;
  PercentArgs args;
  args.is_tuple = true;
  args.tuple_size = 2;
  for (auto _ : state) benchmark::DoNotOptimize(percent_format("%d: %s", args, hooks));
  if (*percent_format("%d: %s", args, hooks) != "42: name") state.SkipWithError("wrong format");
}
BENCHMARK(BM_PercentFormat);

void BM_IntFloorDivSmall(benchmark::State& state) {
  Value a = make_int(-7000001), b = make_int(13);
  for (auto _ : state) benchmark::DoNotOptimize(int_floordiv(a, b));
  if (int_floordiv(a, b)->as_int() != -538462) state.SkipWithError("wrong quotient");
}
BENCHMARK(BM_IntFloorDivSmall);

void BM_IntFloorDivBig(benchmark::State& state) {
  Value a = sy::parse_int("-123456789012345678901234567890123456789");
  Value b = sy::parse_int("98765432109876543210");
  for (auto _ : state) benchmark::DoNotOptimize(int_floordiv(a, b));
  if (integer_to_string(*int_floordiv(a, b)) != "-1249999988609375001") state.SkipWithError("wrong quotient");
}
BENCHMARK(BM_IntFloorDivBig);

void BM_HashStr16(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(hash_str("sixteen-bytes-ab"));
  if (hash_str("abc") != -4594863902769663758) state.SkipWithError("wrong hash");
}
BENCHMARK(BM_HashStr16);

// Builds a set of 1000 ints (add per element): time is per add.
void BM_SetAddInts(benchmark::State& state) {
  SetTable::KeyEq eq{[](void*, uint64_t, uint64_t) { return 0; }, nullptr};
  for (auto _ : state) {
    SetTable t;
    for (int64_t i = 1; i <= 1000; ++i) t.add(static_cast<uint64_t>(i * 7919), hash_int64(i * 7919), eq);
    if (t.size() != 1000) state.SkipWithError("wrong size");
  }
  state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_SetAddInts);

// Sorts 1000 random ints through the comparison callback: time is per sort.
void BM_Sort1000(benchmark::State& state) {
  std::mt19937_64 rng(7);
  std::vector<uint64_t> input(1000);
  for (auto& x : input) x = rng() % 100000;
  SortLess less{[](void*, uint64_t a, uint64_t b) { return a < b ? 1 : 0; }, nullptr};
  for (auto _ : state) {
    std::vector<uint64_t> v = input;
    list_sort(v.data(), nullptr, v.size(), false, less);
    if (!std::is_sorted(v.begin(), v.end())) state.SkipWithError("not sorted");
  }
}
BENCHMARK(BM_Sort1000);

void BM_StrFindAscii(benchmark::State& state) {
  std::string text(200, 'a');
  text += "needle";
  for (auto _ : state) benchmark::DoNotOptimize(str_find(text, "needle"));
  if (str_find(text, "needle") != 200) state.SkipWithError("wrong index");
}
BENCHMARK(BM_StrFindAscii);

void BM_StrSplitWhitespace(benchmark::State& state) {
  std::string text = "the quick brown fox jumps over the lazy dog";
  for (auto _ : state) benchmark::DoNotOptimize(str_split_whitespace(text));
  if (str_split_whitespace(text).size() != 9) state.SkipWithError("wrong split");
}
BENCHMARK(BM_StrSplitWhitespace);

}  // namespace

BENCHMARK_MAIN();
