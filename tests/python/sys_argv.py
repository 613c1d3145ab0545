# sys.argv: the script name as given, then the arguments, all strings.
import sys

print(len(sys.argv))
print(sys.argv[0])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg), arg.isdigit())

numbers = [int(a) for a in sys.argv[1:] if a.lstrip("-").isdigit()]
print("sum of numeric arguments:", sum(numbers))
words = [a for a in sys.argv[1:] if not a.lstrip("-").isdigit()]
print("words:", " ".join(sorted(words, key=str.lower)))
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
