// A GMP integer on the C++ stack, converting to and from the VM's integers (small or
// big). Internal to the library's integer code.
#pragma once
#include "core/bigint_gmp.h"
#include "core/heap.h"

namespace sy::pylib {

struct Mpz {
  mpz_t z;
  Mpz() {
    heap::init();  // GMP allocates in the collected heap once the heap is set up
    mpz_init(z);
  }
  explicit Mpz(Value v) : Mpz() { integer_to_mpz(v, z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  Value value() const { return integer_from_mpz(z); }
};

}  // namespace sy::pylib
