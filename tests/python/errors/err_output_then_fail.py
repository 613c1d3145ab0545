# Everything printed before the failure must reach stdout, in order, before the traceback.
import sys

for i in range(5):
    print("line", i)
sys.stdout.write("partial line without newline")
data = {"ok": 1}
print(data["missing"])
