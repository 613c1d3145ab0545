# sys.exit with an integer: output so far is flushed, nothing on stderr, that exit status.
import sys

def main():
    print("working")
    try:
        sys.exit(3)
    finally:
        print("finally blocks run on the way out")
    print("not reached")

try:
    main()
except SystemExit as e:
    print("caught SystemExit with code", e.code)

print("exiting for real")
sys.exit(3)
print("not reached either")
