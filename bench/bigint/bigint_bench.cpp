// Micro-benchmarks of integer arithmetic (core/arith.h) on small ints, int64-range
// boxed ints and bignums of 1 to 2048 limbs: what one add, mul, floor division or modulo
// costs, allocation and the collector's share included.
//
// Sizes are in 64-bit limbs (the benchmark argument). Operands are random with the top
// limb's high bit set, so an N-limb operand really has N limbs. Every benchmark checks its
// last result against an independent computation with GMP (a wrong result fails the run).
// BM_PiDigits is the spigot of bench/python/pidigits.py written against arith:: directly:
// the whole Python benchmark's integer work without the interpreter.
#include <benchmark/benchmark.h>
#include <gmp.h>

#include <cstring>
#include <random>
#include <string>

#include "core/arith.h"
#include "core/bigint.h"
#include "core/bigint_gmp.h"
#include "core/vm.h"

namespace sy {
namespace {

// A random positive integer of exactly `limbs` 64-bit limbs.
Value random_int(size_t limbs, uint64_t seed) {
  std::mt19937_64 rng(seed);
  mpz_t z;
  mpz_init(z);
  for (size_t i = 0; i < limbs; ++i) {
    uint64_t limb = rng();
    if (i == 0) limb |= uint64_t{1} << 63;
    mpz_mul_2exp(z, z, 64);
    mpz_add_ui(z, z, limb);
  }
  Value v = integer_from_mpz(z);
  mpz_clear(z);
  return v;
}

// The expected result of `op` on a and b, computed with GMP alone.
std::string expect(char op, Value a, Value b) {
  mpz_t x, y, r;
  mpz_inits(x, y, r, nullptr);
  integer_to_mpz(a, x);
  integer_to_mpz(b, y);
  switch (op) {
    case '+': mpz_add(r, x, y); break;
    case '-': mpz_sub(r, x, y); break;
    case '*': mpz_mul(r, x, y); break;
    case '/': mpz_fdiv_q(r, x, y); break;
    case '%': mpz_fdiv_r(r, x, y); break;
  }
  std::string s(mpz_sizeinbase(r, 10) + 2, '\0');
  mpz_get_str(s.data(), 10, r);
  s.resize(std::strlen(s.c_str()));
  mpz_clears(x, y, r, nullptr);
  return s;
}

using Op = Value (*)(VM&, Value, Value);

Op op_fn(char op) {
  switch (op) {
    case '+': return arith::add;
    case '-': return arith::sub;
    case '*': return arith::mul;
    case '/': return arith::idiv;
    default: return arith::mod;
  }
}

// Runs `op` on (a, b) every iteration and checks the last result.
void run(benchmark::State& state, char op, Value a, Value b) {
  VM vm;
  Op fn = op_fn(op);
  Value r;
  for (auto _ : state) {
    r = fn(vm, a, b);
    benchmark::DoNotOptimize(r);
  }
  if (r.is_empty() || integer_to_string(r) != expect(op, a, b)) state.SkipWithError("wrong result");
  state.SetItemsProcessed(state.iterations());
}

// -- Small ints and int64-range values: the paths that must stay cheap --

void BM_SmallAdd(benchmark::State& s) { run(s, '+', make_int(123456789), make_int(-987654321)); }
void BM_SmallMul(benchmark::State& s) { run(s, '*', make_int(-123456), make_int(654321)); }
void BM_SmallFloorDiv(benchmark::State& s) { run(s, '/', make_int(-123456789), make_int(1000)); }
void BM_SmallMod(benchmark::State& s) { run(s, '%', make_int(-123456789), make_int(1000)); }
// Past 2^47 but within int64: boxed in one limb.
void BM_Int64Add(benchmark::State& s) { run(s, '+', make_int(int64_t{1} << 50), make_int(int64_t{1} << 52)); }
void BM_Int64Mul(benchmark::State& s) { run(s, '*', make_int(int64_t{1} << 30), make_int(3 << 20)); }
void BM_Int64FloorDiv(benchmark::State& s) { run(s, '/', make_int(-(int64_t{1} << 60)), make_int(12345)); }
// Crosses back: (2^47 + 5) - 10 is small again.
void BM_ShrinkToSmall(benchmark::State& s) { run(s, '-', make_int((int64_t{1} << 47) + 5), make_int(10)); }
BENCHMARK(BM_SmallAdd);
BENCHMARK(BM_SmallMul);
BENCHMARK(BM_SmallFloorDiv);
BENCHMARK(BM_SmallMod);
BENCHMARK(BM_Int64Add);
BENCHMARK(BM_Int64Mul);
BENCHMARK(BM_Int64FloorDiv);
BENCHMARK(BM_ShrinkToSmall);

// -- Bignums of N limbs --

#define SIZES Arg(1)->Arg(2)->Arg(4)->Arg(32)->Arg(256)->Arg(2048)

size_t limbs(const benchmark::State& s) { return static_cast<size_t>(s.range(0)); }

void BM_BigAdd(benchmark::State& s) { run(s, '+', random_int(limbs(s), 1), random_int(limbs(s), 2)); }
// Opposite signs, so the magnitudes are subtracted.
void BM_BigAddMixed(benchmark::State& s) {
  VM vm;
  run(s, '+', random_int(limbs(s), 1), arith::sub(vm, make_int(0), random_int(limbs(s), 2)));
}
void BM_BigMul(benchmark::State& s) { run(s, '*', random_int(limbs(s), 1), random_int(limbs(s), 2)); }
void BM_BigMulSmall(benchmark::State& s) { run(s, '*', random_int(limbs(s), 1), make_int(10)); }
void BM_BigFloorDivSmall(benchmark::State& s) { run(s, '/', random_int(limbs(s), 1), make_int(-7)); }
void BM_BigModSmall(benchmark::State& s) { run(s, '%', random_int(limbs(s), 1), make_int(-7)); }
// Equal sizes with a one-digit quotient, as in the spigot: (10x + r) // x.
void BM_BigFloorDivBig(benchmark::State& s) {
  VM vm;
  Value y = random_int(limbs(s), 2);
  Value x = arith::add(vm, arith::mul(vm, y, make_int(7)), random_int(limbs(s) > 1 ? limbs(s) - 1 : 1, 3));
  run(s, '/', x, y);
}
// 2N limbs by N limbs: a quotient of N limbs.
void BM_BigFloorDivHalf(benchmark::State& s) {
  run(s, '/', random_int(2 * limbs(s), 1), random_int(limbs(s), 2));
}
void BM_BigModHalf(benchmark::State& s) {
  run(s, '%', random_int(2 * limbs(s), 1), random_int(limbs(s), 2));
}
BENCHMARK(BM_BigAdd)->SIZES;
BENCHMARK(BM_BigAddMixed)->SIZES;
BENCHMARK(BM_BigMul)->SIZES;
BENCHMARK(BM_BigMulSmall)->SIZES;
BENCHMARK(BM_BigFloorDivSmall)->SIZES;
BENCHMARK(BM_BigModSmall)->SIZES;
BENCHMARK(BM_BigFloorDivBig)->SIZES;
BENCHMARK(BM_BigFloorDivHalf)->SIZES;
BENCHMARK(BM_BigModHalf)->SIZES;

// -- The pidigits spigot --

void BM_PiDigits(benchmark::State& state) {
  VM vm;
  const int64_t count = state.range(0);
  std::string digits;
  auto I = [](int64_t n) { return make_int(n); };
  for (auto _ : state) {
    digits.clear();
    Value q = I(1), r = I(0), t = I(1), k = I(1), n = I(3), l = I(3);
    while (static_cast<int64_t>(digits.size()) < count) {
      Value lhs = arith::sub(vm, arith::add(vm, arith::mul(vm, I(4), q), r), t);
      if (bigint_cmp(lhs, arith::mul(vm, n, t)) < 0) {
        digits += integer_to_string(n);
        Value nq = arith::mul(vm, I(10), q);
        Value nr = arith::mul(vm, I(10), arith::sub(vm, r, arith::mul(vm, n, t)));
        Value nn = arith::sub(vm,
                              arith::idiv(vm, arith::mul(vm, I(10), arith::add(vm, arith::mul(vm, I(3), q), r)), t),
                              arith::mul(vm, I(10), n));
        q = nq, r = nr, n = nn;
      } else {
        Value nq = arith::mul(vm, q, k);
        Value nr = arith::mul(vm, arith::add(vm, arith::mul(vm, I(2), q), r), l);
        Value nt = arith::mul(vm, t, l);
        Value nk = arith::add(vm, k, I(1));
        Value nn = arith::idiv(vm,
                               arith::add(vm, arith::mul(vm, q, arith::add(vm, arith::mul(vm, I(7), k), I(2))),
                                          arith::mul(vm, r, l)),
                               arith::mul(vm, t, l));
        q = nq, r = nr, t = nt, k = nk, n = nn, l = arith::add(vm, l, I(2));
      }
    }
  }
  if (digits.compare(0, 50, "31415926535897932384626433832795028841971693993751") != 0)
    state.SkipWithError("wrong digits");
  state.SetItemsProcessed(state.iterations() * count);
}
BENCHMARK(BM_PiDigits)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sy
