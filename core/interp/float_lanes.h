// Boxed-float arithmetic kept in the vector registers, for the interpreter's float ops.
//
// A float's box is its bits plus Value::kDoubleOffset. Written as integer arithmetic on
// a uint64_t, unboxing and boxing go through a general register: every link of a chain
// of float operations (each result stored to an IR register and loaded by the next op)
// then pays two moves between register files, about as much latency as the float op
// itself. Here the offset is taken off and put back with integer adds in the vector
// unit, so operand, arithmetic and result stay in one register file. The type tests on
// the operands still read them into general registers; they are off the chain.
#pragma once
#include <bit>
#include <cmath>
#include <cstdint>

#include "core/value.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__aarch64__)
#include <arm_neon.h>
#endif

namespace sy::float_lanes {

#if defined(__SSE2__)

using Lane = __m128d;  // the float in the low lane
inline __m128i offset() { return _mm_cvtsi64_si128(static_cast<long long>(Value::kDoubleOffset)); }
inline Lane load(const Value* v) {
  return _mm_castsi128_pd(_mm_sub_epi64(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(v)), offset()));
}
inline void store(Value* v, Lane r) {
  _mm_storel_epi64(reinterpret_cast<__m128i*>(v), _mm_add_epi64(_mm_castpd_si128(r), offset()));
}
inline Lane add(Lane a, Lane b) { return _mm_add_sd(a, b); }
inline Lane sub(Lane a, Lane b) { return _mm_sub_sd(a, b); }
inline Lane mul(Lane a, Lane b) { return _mm_mul_sd(a, b); }
inline Lane div(Lane a, Lane b) { return _mm_div_sd(a, b); }
inline bool is_finite(Lane r) { return std::isfinite(_mm_cvtsd_f64(r)); }

#elif defined(__aarch64__)

using Lane = float64x1_t;
inline uint64x1_t offset() { return vdup_n_u64(Value::kDoubleOffset); }
inline Lane load(const Value* v) {
  return vreinterpret_f64_u64(vsub_u64(vld1_u64(reinterpret_cast<const uint64_t*>(v)), offset()));
}
inline void store(Value* v, Lane r) {
  vst1_u64(reinterpret_cast<uint64_t*>(v), vadd_u64(vreinterpret_u64_f64(r), offset()));
}
inline Lane add(Lane a, Lane b) { return vadd_f64(a, b); }
inline Lane sub(Lane a, Lane b) { return vsub_f64(a, b); }
inline Lane mul(Lane a, Lane b) { return vmul_f64(a, b); }
inline Lane div(Lane a, Lane b) { return vdiv_f64(a, b); }
inline bool is_finite(Lane r) { return std::isfinite(vget_lane_f64(r, 0)); }

#else

using Lane = double;
inline Lane load(const Value* v) { return v->as_double(); }
inline void store(Value* v, Lane r) {
  *v = Value::from_bits(std::bit_cast<uint64_t>(r) + Value::kDoubleOffset);
}
inline Lane add(Lane a, Lane b) { return a + b; }
inline Lane sub(Lane a, Lane b) { return a - b; }
inline Lane mul(Lane a, Lane b) { return a * b; }
inline Lane div(Lane a, Lane b) { return a / b; }
inline bool is_finite(Lane r) { return std::isfinite(r); }

#endif

}  // namespace sy::float_lanes
