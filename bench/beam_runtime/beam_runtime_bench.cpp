// Micro-benchmarks of the BEAM runtime library. Each checks its result once, so a wrong
// answer fails the smoke test instead of producing a fast number.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <cstdio>

#include "core/vm.h"
#include "frontends/beam/runtime/bifs.h"
#include "frontends/beam/runtime/bits.h"
#include "frontends/beam/runtime/compare.h"
#include "frontends/beam/runtime/etf.h"
#include "frontends/beam/runtime/hash.h"
#include "frontends/beam/runtime/io_lib.h"
#include "frontends/beam/runtime/maps.h"

namespace sy::beam {
namespace {

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "benchmark check failed: %s\n", what);
    std::abort();
  }
}

Value char_list(std::string_view s) {
  Value l = Value::nil();
  for (size_t i = s.size(); i-- > 0;) l = cons(Value::small_int(static_cast<unsigned char>(s[i])), l);
  return l;
}

Value int_list(int n) {
  Value l = Value::nil();
  for (int i = n; i-- > 0;) l = cons(Value::small_int(i), l);
  return l;
}

// {state, [1..20], #{count => 10, name => "worker"}, {queue, [], []}, <<"data">>, 3.14}
Value medium_term() {
  init_terms();
  Map* m = new_map();
  map_set(m, atom("count"), Value::small_int(10));
  map_set(m, atom("name"), char_list("worker"));
  return tuple({atom("state"), int_list(20), Value::object(m), tuple({atom("queue"), Value::nil(), Value::nil()}),
                make_binary("data"), Value::number(3.14)});
}

void BM_exact_equal_tuples(benchmark::State& state) {
  Value a = medium_term(), b = medium_term();
  check(exact_equal(a, b), "equal terms");
  for (auto _ : state) benchmark::DoNotOptimize(exact_equal(a, b));
}
BENCHMARK(BM_exact_equal_tuples);

void BM_compare_int_lists(benchmark::State& state) {
  init_terms();
  Value a = int_list(100), b = int_list(100);
  check(compare(a, b) == 0, "equal lists");
  for (auto _ : state) benchmark::DoNotOptimize(compare(a, b));
  state.SetItemsProcessed(state.iterations() * 100);
}
BENCHMARK(BM_compare_int_lists);

void BM_format_p(benchmark::State& state) {
  Value t = medium_term();
  Value fmt = char_list("~p~n");
  Value args = cons(t, Value::nil());
  Chars out;
  check(format(fmt, args, &out) && out.size() > 40, "~p");
  for (auto _ : state) {
    out.clear();
    format(fmt, args, &out);
    benchmark::DoNotOptimize(out.data());
  }
}
BENCHMARK(BM_format_p);

void BM_write_w(benchmark::State& state) {
  Value t = medium_term();
  for (auto _ : state) benchmark::DoNotOptimize(write_term(t));
}
BENCHMARK(BM_write_w);

void BM_term_to_binary_and_back(benchmark::State& state) {
  Value t = medium_term();
  std::string bytes;
  check(encode_term(t, &bytes), "encode");
  Value back;
  check(decode_term(bytes, &back, nullptr) && exact_equal(back, t), "round trip");
  for (auto _ : state) {
    bytes.clear();
    encode_term(t, &bytes);
    decode_term(bytes, &back, nullptr);
    benchmark::DoNotOptimize(back);
  }
}
BENCHMARK(BM_term_to_binary_and_back);

void BM_map_put_1000(benchmark::State& state) {
  init_terms();
  for (auto _ : state) {
    Map* m = new_map();
    for (int i = 0; i < 1000; ++i) m = map_put(m, Value::small_int(i), Value::small_int(i));
    check(m->count == 1000, "1000 keys");
    benchmark::DoNotOptimize(m);
  }
  state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_map_put_1000);

void BM_phash2(benchmark::State& state) {
  Value t = medium_term();
  uint32_t h = phash2_full(t);
  check(phash2_full(medium_term()) == h, "stable hash");
  for (auto _ : state) benchmark::DoNotOptimize(phash2_full(t));
}
BENCHMARK(BM_phash2);

void BM_binary_append_1000(benchmark::State& state) {
  init_terms();
  for (auto _ : state) {
    Value acc = make_binary("");
    for (int i = 0; i < 1000; ++i) {
      BitBuilder bb;
      bb.start_with(acc);
      bb.put_integer(Value::small_int(i & 0xFF), 8, false);
      acc = bb.finish();
    }
    check(acc.as<Binary>()->byte_size() == 1000, "1000 bytes");
  }
  state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_binary_append_1000);

void BM_bif_element(benchmark::State& state) {
  VM vm;
  Value t = medium_term();
  BifContext cx(vm);
  Value args[2] = {Value::small_int(2), t};
  const BifEntry* e = find_bif("erlang", "element", 2);
  check(e && e->fn(cx, args) == t.as<Tuple>()->items[1], "element/2");
  for (auto _ : state) benchmark::DoNotOptimize(e->fn(cx, args));
}
BENCHMARK(BM_bif_element);

}  // namespace
}  // namespace sy::beam
