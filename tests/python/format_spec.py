# The format-spec mini-language through f-strings: every field of
# [[fill]align][sign][#][0][width][grouping][.precision][type] for ints, floats and strings.

ints = [0, 7, -7, 255, 123456789, -(10 ** 20)]
int_specs = ["", "d", "5d", "<6", ">6", "^7", "*^9", "+", "-", " ", "06", "=+8", "x", "#X", "#o", "b",
             "#010b", ",", "_", "_b", ",d", "+,"]
for spec in int_specs:
    print(repr(spec).ljust(8), " ".join(f"[{n:{spec}}]" for n in ints))

floats = [0.0, -0.0, 1.0, -2.5, 3.14159265, 1234567.891, 1e-7, 1e21, float("inf"), float("nan")]
float_specs = ["", ".2f", "8.3f", "<10.1f", "+.0f", "e", ".2E", "g", ".3g", "G", "%", ".1%",
               ",.2f", "_.3f", "010.2f", "^12", "#.0f", "#g", ".10g", ".0e", "+"]
for spec in float_specs:
    print(repr(spec).ljust(8), " ".join(f"[{x:{spec}}]" for x in floats))

strings = ["", "a", "hello", "日本"]
for spec in ["", "5", "<5", ">5", "^5", "*^7", ".2", "8.3", "-<4"]:
    print(repr(spec).ljust(8), " ".join(f"[{s:{spec}}]" for s in strings))

# Booleans format as ints with numeric specs and as text otherwise.
print(f"[{True}] [{True:d}] [{False:5}] [{True:>6}] [{True:x}] [{False:.1f}]")

# Errors in specs.
for value, spec in [(1, "s"), ("a", "d"), (1.5, "d"), (1, ".2d"), ("x", ","), (1, "q"), (1, "=<5"), ("s", "=5")]:
    try:
        print(f"{value:{spec}}")
    except ValueError as e:
        print("ValueError:", e)
