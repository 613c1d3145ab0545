# Imported by import_edge.py: a cycle of imports (mod_cycle_b imports this module back).
print("mod_cycle_a start", __name__)
import mod_cycle_b
A = "A"

def get_b():
    return mod_cycle_b.B

print("mod_cycle_a end")
if __name__ == "__main__":
    print(get_b(), mod_cycle_b.get_a())
