# sys.stdout.write returns the number of characters written and adds no newline;
# it interleaves with print in order.
import sys

n = sys.stdout.write("no newline, ")
sys.stdout.write("then more\n")
print("write returned", n)
count = sys.stdout.write("héllo wörld\n")
print("non-ASCII count:", count)
for i in range(3):
    sys.stdout.write(str(i))
    sys.stdout.write(" " if i < 2 else "\n")
print("a", "b", sep="")
print("x", "y", "z", sep=", ", end=".\n")
print("no end", end="")
print(" -- continued")
print()
print(end="")
print("multi\nline")
print("", end="\n")
print(1, 2.5, None, True, [1, "two"], sep=" | ")
print("tab\tseparated", "col")
print(*range(5))
print(*"abc", sep="-")
w = sys.stdout.write
w("bound method of stdout\n")
print("unicode:", "日本語", "∑", "é", len("日本語"))
