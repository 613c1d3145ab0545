/* The toy square loop in C, instruction for instruction (examples/toy/square.toy), as
   the native reference for bench/toy/square.sh. The input is read at run time and the
   empty asm makes the registers opaque each iteration, so gcc -O2 keeps the loop instead
   of folding it into a multiplication. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char** argv) {
  long a = argc > 1 ? strtol(argv[1], NULL, 10) : 0;
  long r0 = a, r1 = a, r2 = 0;
  do {
    a = r0;     /* mov_r0_a */
    a -= 1;     /* decr_a */
    r0 = a;     /* mov_a_r0 */
    a = r2;     /* mov_r2_a */
    a += r1;    /* add_r1_to_a */
    r2 = a;     /* mov_a_r2 */
    a = r0;     /* mov_r0_a */
    __asm__ volatile("" : "+r"(a), "+r"(r0), "+r"(r1), "+r"(r2));
  } while (a != 0); /* jump_if_a 2 */
  printf("%ld\n", r2);
  return 0;
}
