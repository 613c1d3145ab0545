# Imported by mod_cycle_a.py while that module is still running.
print("mod_cycle_b start", __name__)
import mod_cycle_a
B = "B"

def get_a():
    return mod_cycle_a.A

print("mod_cycle_b end, mod_cycle_a has A:", hasattr(mod_cycle_a, "A"))
