# sys.exit with an int beyond a C long: CPython's status is -1 (255), and nothing is printed.
import sys
print("exiting")
sys.exit(2 ** 70)
