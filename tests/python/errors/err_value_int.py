import sys

def parse_args(argv):
    return [int(a) for a in argv]

print(parse_args(["1", "2"]))
print(parse_args(sys.argv[1:]))
