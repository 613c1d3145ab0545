# staticmethod and classmethod: alternative constructors, subclass-aware factories,
# calling through the class and through instances.

class Date:
    days_in_month = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        year, month, day = (int(part) for part in text.split("-"))
        return cls(year, month, day)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def day_of_year(self):
        days = sum(self.days_in_month[: self.month - 1]) + self.day
        if self.month > 2 and Date.is_leap(self.year):
            days += 1
        return days

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

class EuropeanDate(Date):
    def __str__(self):
        return f"{self.day:02d}.{self.month:02d}.{self.year}"

d = Date.from_string("2024-03-15")
print(d, d.day_of_year(), Date.is_leap(2024), d.is_leap(1900), Date.is_leap(2000))
e = EuropeanDate.from_string("2023-12-31")
print(repr(e), str(e), e.day_of_year(), EuropeanDate.epoch(), type(EuropeanDate.epoch()).__name__)
print(e.from_string("1999-01-02"))

# Calling through an instance passes the class, not the instance.
class Tracker:
    created = 0

    def __init__(self):
        type(self).created += 1

    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.created}"

class SubTracker(Tracker):
    created = 0

Tracker()
Tracker()
SubTracker()
print(Tracker.how_many(), SubTracker.how_many(), SubTracker().how_many(), Tracker.created)

# staticmethod and classmethod used as functions.
class MathUtil:
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))

    def plain(x):
        return x * 2

    wrapped = staticmethod(plain)

    @classmethod
    def name(cls):
        return cls.__name__

print(MathUtil.clamp(15, 0, 10), MathUtil().clamp(-3, 0, 10), MathUtil.plain(4), MathUtil().wrapped(5))
bound_cm = MathUtil.name
print(bound_cm(), MathUtil().name())

# A registry of subclasses built with a classmethod.
class Plugin:
    registry = {}

    @classmethod
    def register(cls, name):
        def decorator(subclass):
            cls.registry[name] = subclass
            return subclass
        return decorator

    @classmethod
    def create(cls, name, *args):
        return cls.registry[name](*args)

@Plugin.register("upper")
class Upper(Plugin):
    def __init__(self, text):
        self.text = text

    def run(self):
        return self.text.upper()

@Plugin.register("reverse")
class Reverse(Plugin):
    def __init__(self, text):
        self.text = text

    def run(self):
        return self.text[::-1]

print([Plugin.create(name, "plugin").run() for name in sorted(Plugin.registry)])

# A counter of instances with a classmethod reset.
class Pool:
    _free = list(range(3))

    @classmethod
    def acquire(cls):
        if not cls._free:
            raise RuntimeError("pool exhausted")
        return cls._free.pop(0)

    @classmethod
    def release(cls, item):
        cls._free.append(item)

got = [Pool.acquire() for _ in range(3)]
try:
    Pool.acquire()
except RuntimeError as err:
    print("RuntimeError:", err)
Pool.release(got[1])
print(got, Pool.acquire())
