# Sets and frozensets built by long histories of adds, discards, pops and operators, with
# ints, floats, tuples and True mixed: CPython's iteration order and frozenset hashes.
s = set(); f = frozenset(); d = {}
s |= {-17, 77}
s.add(2**64)
s.pop() if s else None
s.add(548595)
f = frozenset(s) | f
s |= {2**64, 73}
s.discard(140665)
s.pop() if s else None
d[367956] = 8
s = s.copy() if len(s) % 2 else set(s)
s -= {13, -1}
s ^= {83.160, 15}
s.add(True)
s.add(True)
s.add(76.163)
s |= {186, 9}
s.add(-1)
s.add(97.988)
s = s.union([(7, 8)], range(20)).intersection(range(-10, 150))
d.pop((8, 4), None)
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
s = s.copy() if len(s) % 2 else set(s)
f = frozenset(s) | f
s.add(-1)
s ^= {2.2182, 32}
s &= set(range(40)) | {621461}
f = frozenset(s) | f
d[-1] = 6
s.add(2**64)
s -= {21, (5, 3)}
s.add(21.801)
s.add(True)
d[True] = 11
s &= set(range(44)) | {(8, 4)}
s &= set(range(25)) | {440161}
s.add(-1)
s = s.union([22.209], range(17)).intersection(range(-10, 150))
s.add(8)
d[(8, 3)] = 17
s |= {74.529, 30}
s -= {16, 41.375}
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
s = s.difference([500377, 25])
s.add((2, 0))
s &= set(range(79)) | {4.9931}
s |= {True, 16}
s.add(-1)
s |= {2**64, 49}
s |= {42, 16}
s |= {758161, 5}
s.discard(-1)
d.pop(2**64, None)
s.discard(-46)
d[13.036] = 11
s = s.union([2**64], range(3)).intersection(range(-10, 150))
s = s.copy() if len(s) % 2 else set(s)
s.add((9, 0))
s.add(148)
s -= {14, 46}
s -= {11, True}
s.add(-1)
s ^= {580197, 9}
s.add(24.996)
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
s |= {-1, 30}
f = f.intersection([2**64], s)
s -= {63, -11}
s ^= {2**64, 23}
s.add(208855)
d.pop(True, None)
s |= {(0, 4), 48}
s.add((7, 2))
s = s.difference([True, 83])
d.pop(821155, None)
d.pop(True, None)
s.add(-1)
s ^= {True, 5}
s.add(58)
s.add(2**64)
s -= {9, (6, 6)}
s.add(-1)
s.add((6, 1))
d.pop(True, None)
s.pop() if s else None
s = s.copy() if len(s) % 2 else set(s)
s.pop() if s else None
s &= set(range(71)) | {111}
s.add(-1)
s.add(-3)
s ^= {143, 34}
s.add(13.652)
s.add((5, 6))
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
d[49.800] = 0
s |= {2**64, 24}
s |= {-1, 18}
d.pop(203044, None)
s.add((0, 7))
s = s.copy() if len(s) % 2 else set(s)
s.pop() if s else None
s.add(2488)
s |= {67, 64}
s = s.copy() if len(s) % 2 else set(s)
s.pop() if s else None
s.add(53.888)
d.pop(2**64, None)
s.add((1, 3))
s -= {25, 6}
s ^= {True, 54}
s.add((7, 6))
s.add((5, 5))
s |= {22.384, 47}
s.add(559752)
s |= {-1, 21}
s.discard(84.158)
s.discard((6, 0))
s.pop() if s else None
s.add(35)
d[(7, 4)] = 25
s.add(18)
s.add(61)
s -= {83, 178608}
s |= {True, 61}
s = s.copy() if len(s) % 2 else set(s)
s = s.copy() if len(s) % 2 else set(s)
s.discard(True)
s ^= {404607, 46}
d[44.447] = 34
d[79] = 35
s.add(True)
s -= {6, -1}
s.discard(179)
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
s.add(151)
s.pop() if s else None
s.add(True)
s |= {True, 68}
f = frozenset(s) | f
s.add(197)
s.pop() if s else None
s.pop() if s else None
s.discard(True)
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
s.add(46.417)
s.add(True)
s &= set(range(30)) | {21.416}
s.discard(2**64)
s.add(61.214)
s = s.copy() if len(s) % 2 else set(s)
f = f.intersection([185], s)
s.add((3, 4))
s.discard(38)
s.discard((3, 2))
f = frozenset(s) | f
s.add(52.594)
s = s.union([True], range(9)).intersection(range(-10, 150))
s ^= {2**64, 67}
s.add(True)
f = frozenset(s) | f
s.add(-1)
s |= {(3, 7), 92}
s.add(30769)
s = s.union([True], range(10)).intersection(range(-10, 150))
s |= {2**64, 7}
d.pop((9, 8), None)
s.discard(True)
s |= {True, 32}
s.pop() if s else None
s.add(-1)
s.add(602416)
s.add(2**64)
s.add(48.700)
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
s.add(82.817)
s.add(-1)
s.add(437635)
s = s.union([2**64], range(0)).intersection(range(-10, 150))
s = s.copy() if len(s) % 2 else set(s)
s.add(586721)
s.add(2**64)
s.add(57227)
s &= set(range(27)) | {-1}
s.discard(-23)
s.add(-13)
s = s.copy() if len(s) % 2 else set(s)
s.add((1, 5))
s.add((7, 9))
s.pop() if s else None
s.discard(True)
d[-8] = 16
s &= set(range(1)) | {-1}
s.add(-1)
s -= {18, 46.341}
s |= {2**64, 40}
s |= {77.099, 38}
s.add(50.080)
s.discard(True)
d.pop(108, None)
s.discard(888646)
d.pop(221486, None)
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
s |= {43.109, 1}
s.add(-1)
s.pop() if s else None
s.add(-30)
s.add(True)
s ^= {155, 65}
d.pop(-1, None)
s.add(160)
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
s.discard(872866)
s.discard(43.234)
s.add((1, 1))
d.pop((0, 5), None)
s = s.copy() if len(s) % 2 else set(s)
s.add(2**64)
s |= {True, 10}
s.add(82.431)
s.add(-1)
s.add(-1)
s |= {806046, 57}
s.add(True)
d.pop(-1, None)
s.discard((0, 5))
s.add((0, 3))
s.discard(7)
s -= {22, (3, 4)}
s |= {-1, 29}
s.add(-1)
s.add(True)
s.pop() if s else None
s.pop() if s else None
s.difference_update(range(37))
s |= {True, 57}
s.discard(-40)
s ^= {-1, 41}
s.symmetric_difference_update([(4, 0), 24])
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
s.discard(True)
s.discard(339784)
s |= {90.805, 13}
s ^= {2**64, 21}
s.add(-1)
s.add(47.949)
s.add(47.673)
s.discard(2**64)
s.add(16)
d.pop(-16, None)
s.add(-1)
s.add(-1)
s -= {74, 42.996}
s = s.copy() if len(s) % 2 else set(s)
f = frozenset(s) | f
s.add(92)
s.add(775376)
s.add(701115)
s.add(2**64)
s.add(2**64)
s &= set(range(87)) | {70.096}
s -= {46, True}
s.add(2**64)
s ^= {44.110, 27}
s.add(56)
s |= {102, 75}
s.add((4, 9))
s -= {8, True}
s.add(-1)
s.add(132248)
s.discard(True)
s.add((0, 0))
s &= set(range(44)) | {-36}
s -= {16, True}
s.add(2**64)
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
s.add(2**64)
s.add((8, 0))
s.add(-1)
f = frozenset(s) | f
s.pop() if s else None
s.add(True)
s.add(36)
s &= set(range(57)) | {-1}
s.add((5, 6))
d[2**64] = 9
s.discard(84)
s &= set(range(48)) | {(6, 7)}
s |= {92, 82}
s |= {True, 17}
s.discard(943093)
s = s.copy() if len(s) % 2 else set(s)
s.add(2**64)
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
s |= {54.987, 70}
s.discard((1, 3))
s.add(93.765)
s |= {2**64, 50}
s.add(True)
s.add(79.121)
s.add((8, 1))
s.discard(90.464)
d[45.105] = 8
s -= {83, True}
f = frozenset(s) | f
s.add(34.375)
s.add(60.739)
s |= {(7, 2), 0}
s.add((7, 4))
d[2**64] = 15
s.discard((7, 9))
s |= {495417, 68}
s.add(171)
s.discard(-1)
s.add(10.691)
s ^= {2**64, 10}
s.add(66.574)
s.add(35)
s.add(2**64)
f = f.intersection([2**64], s)
s.discard((8, 8))
s -= {29, -16}
f = frozenset(s) | f
s = s.copy() if len(s) % 2 else set(s)
s.discard((4, 9))
s.discard(2**64)
s.discard(-1)
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
s &= set(range(100)) | {True}
f = frozenset(s).difference(range(16))
s.add(951209)
s &= set(range(84)) | {67.504}
s.add(10.108)
s.pop() if s else None
s &= set(range(30)) | {49.643}
s.add(36.348)
d[39634] = 8
d.pop(98, None)
s.add(-1)
s.add((5, 9))
s.add((0, 7))
d[69.859] = 13
s.discard(2**64)
s.add(True)
s.discard(2**64)
s.add(2.0473)
s = s.union([2**64], range(11)).intersection(range(-10, 150))
s.add(2**64)
s.add(-1)
print(s, f, d, list(d.items())[-2:], hash(f))
s = set(); f = frozenset(); d = {}
d.pop(True, None)
s |= {True, 96}
s -= {89, True}
s -= {44, 2**64}
s |= {337836, 93}
s -= {47, 684437}
d.pop(-1, None)
s |= {True, 4}
s = s.union([-1], range(11)).intersection(range(-10, 150))
s.add(True)
f = frozenset(s) | f
f = frozenset(s) | f
s -= {50, -1}
s.add(True)
s.add(True)
s ^= {-1, 44}
s.add(113)
f = f.intersection([601686], s)
f = frozenset(s) | f
d[3] = 19
s.add(71092)
s.discard(2**64)
s.add(2**64)
s.add(2**64)
s.add(110)
d.pop(-1, None)
f = frozenset(s) | f
s.pop() if s else None
s.add(924376)
s.pop() if s else None
s.discard(163)
s = s.copy() if len(s) % 2 else set(s)
s &= set(range(13)) | {182}
print(s, f, d, list(d.items())[-2:], hash(f))
