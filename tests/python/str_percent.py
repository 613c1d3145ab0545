# printf-style % formatting.

print("%s is %d years old" % ("Ada", 36))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
print("%f|%.2f|%10.3f|%-10.1f|%+.1e|%E|%g|%G|%.3g" % (3.14159, 3.14159, 2.5, 2.5, 12345.6789, 0.00012, 1e-10, 1e20, 1234.5))
print("%s|%r|%10s|%-10s|%.2s|%r" % ("str", "str", "right", "left", "truncate", "é\n"))
print("%c%c%c" % (72, "i", 33))
print("%%d is literal, %d%% is a percentage" % 50)
print("%(name)s has %(count)03d items at %(price).2f" % {"name": "shop", "count": 7, "price": 9.5})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 3, 3.14159))
print("%s" % [1, 2], "%s" % (("tuple",),), "%s and %s" % (1.5, None), "%d" % 3.99, "%i" % -7)
print("%s" % "single", "%r" % 1.0, "%s" % True, "%d" % True, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%x %o" % (-255, -8), "%e" % 0, "%g %g" % (100000, 1000000), "%5.1f%%" % 99.44)
print("%s %s" % (float("inf"), float("nan")), "%.3f" % float("-inf"), "%d" % 10 ** 30)

# Errors.
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", 1234567890)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

# A report built with %.
items = [("Widget", 3, 4.25), ("Gadget", 10, 12.0), ("Thingamajig", 1, 149.99)]
print("%-12s %5s %10s" % ("item", "qty", "total"))
grand = 0
for name, qty, price in items:
    total = qty * price
    grand += total
    print("%-12s %5d %10.2f" % (name, qty, total))
print("%-12s %5s %10.2f" % ("TOTAL", "", grand))
