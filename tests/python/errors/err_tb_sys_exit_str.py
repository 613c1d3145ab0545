import sys

def main():
    print("working")
    sys.exit("fatal: bad input")

main()
