// GMP access to the VM's integers, for libraries that implement a language's integer
// semantics beyond the IR's instructions (a front end's int type). Kept apart from
// core/bigint.h so that only those libraries include <gmp.h>.
#pragma once
#include <gmp.h>

#include "core/value.h"

namespace sy {

// Sets the initialised `out` to the integer v (small or big).
void integer_to_mpz(Value v, mpz_t out);
// The integer z as a Value: small when it fits, otherwise a new bignum.
Value integer_from_mpz(const mpz_t z);

// An integer as a read-only mpz_t, for the operands of GMP functions: a bignum's own
// limbs, or a small int's magnitude held in the view. Nothing is copied; the view must
// not outlive v, and must never be written.
class IntegerView {
 public:
  explicit IntegerView(Value v);
  IntegerView(const IntegerView&) = delete;
  IntegerView& operator=(const IntegerView&) = delete;
  operator mpz_srcptr() const { return z_; }

 private:
  mp_limb_t limb_;
  mpz_t z_;
};

}  // namespace sy
