import sys

def main():
    try:
        sys.exit(3)
    finally:
        print("finally runs before the exit")

main()
