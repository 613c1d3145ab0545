# Date arithmetic by hand: leap years, day of week (Zeller and day counting), adding days,
# differences, month calendars, and Easter dates.

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]

def to_ordinal(y, m, d):
    """Days since 0001-01-01 (which is day 1), proleptic Gregorian."""
    py = y - 1
    days = py * 365 + py // 4 - py // 100 + py // 400
    days += sum(days_in_month(y, k) for k in range(1, m))
    return days + d

def from_ordinal(n):
    y = (n * 400) // 146097 + 1
    while to_ordinal(y, 1, 1) > n:
        y -= 1
    while to_ordinal(y + 1, 1, 1) <= n:
        y += 1
    m = 1
    while to_ordinal(y, m, days_in_month(y, m)) < n:
        m += 1
    return y, m, n - to_ordinal(y, m, 1) + 1

def weekday(y, m, d):
    return (to_ordinal(y, m, d) - 1) % 7

def zeller(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7

def fmt(date):
    y, m, d = date
    return f"{WEEKDAYS[weekday(y, m, d)][:3]} {d:2d} {MONTHS[m - 1][:3]} {y:04d}"

print([y for y in (1900, 2000, 2023, 2024, 2100, 2400) if is_leap(y)])
for date in [(1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1, 1, 1), (9999, 12, 31), (1582, 10, 15)]:
    assert weekday(*date) == zeller(*date)
    print(fmt(date), to_ordinal(*date))

assert all(from_ordinal(n) == from_ordinal(to_ordinal(*from_ordinal(n))) for n in range(1, 800000, 997))
print(from_ordinal(738000), from_ordinal(1), from_ordinal(to_ordinal(2024, 12, 31) + 1))

def add_days(date, n):
    return from_ordinal(to_ordinal(*date) + n)

print(fmt(add_days((2024, 1, 31), 30)), fmt(add_days((2023, 12, 25), 100)), fmt(add_days((2000, 3, 1), -1)))
print("days from moon landing to Y2K:", to_ordinal(2000, 1, 1) - to_ordinal(1969, 7, 20))

def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    row = ["  "] * weekday(y, m, 1)
    for d in range(1, days_in_month(y, m) + 1):
        row.append(f"{d:2d}")
        if len(row) == 7:
            lines.append(" ".join(row))
            row = []
    if row:
        lines.append(" ".join(row))
    return "\n".join(lines)

print(month_calendar(2024, 2))
print(month_calendar(1999, 12))

def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return y, month, day

print([fmt(easter(y)) for y in (1961, 2000, 2024, 2025, 2038)])
friday13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(len(friday13), friday13[:6])
counts = [0] * 7
for y in range(1, 401):
    for m in range(1, 13):
        counts[weekday(y, m, 13)] += 1
print("13ths by weekday over 400 years:", dict(zip([w[:3] for w in WEEKDAYS], counts)))
