"""Generate the CPython reference tables for crates/engine/src/format.

Run with CPython 3.11:  python3 tools/numerics/make_format.py
"""
import random, math, sys
from common import esc, fbits, outcome, write, interesting_floats

assert sys.version_info[:2] == (3, 11), sys.version
rng = random.Random(20261122)
floats = interesting_floats(rng, 4000)

# 1. repr(float)
write('float_repr.txt', [fbits(x) + '\t' + repr(x) for x in floats])

# 2. format(float, spec)
FILLS = ['', '', '', '*', '0', ' ', 'é', '<', '=']


def rand_spec(types, p_prec=0.6, p_sign=0.3, p_alt=0.15):
    s = ''
    if rng.random() < 0.3:
        s += rng.choice(FILLS) + rng.choice('<>=^')
    if rng.random() < p_sign:
        s += rng.choice('+- ')
    if rng.random() < 0.1 * p_sign / 0.3:
        s += 'z'
    if rng.random() < p_alt:
        s += '#'
    if rng.random() < 0.2:
        s += '0'
    if rng.random() < 0.5:
        s += str(rng.choice([1, 2, 5, 8, 10, 12, 15, 20, 25]))
    if rng.random() < 0.25:
        s += rng.choice([',', '_', ',', '_', ',_'])
    if rng.random() < p_prec:
        s += '.' + str(rng.choice([0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 20, 25, 30, 50, 100]))
    if rng.random() < 0.9:
        s += rng.choice(types)
    return s


FLOAT_TYPES = list('eEfFgGn%') + ['', '', 'd', 's', 'x']
lines = []
fixed = [(0.125, '.2f'), (1.75, '06.1f'), (0.03125, '.1%'), (2.675, '.2f'), (-0.0, 'z'), (-0.0, 'z.1f'),
         (1.0, '#'), (1.0, '#.0'), (1e16, '.17g'), (float('inf'), '010'), (1234.5, '012,.2f'),
         (1.0, '.1000f'), (1e300, '.400e'), (5e-324, '.1100f'), (1.0, '.3000000000f'),
         (1.0, '.99999999999999999999f'), (1.0, 'abc'), (1.0, '.'), (1.0, ',_'), (1.0, '\x01'), (1.0, 'zz'),
         (1.0, '=^10'), (-1.5, '^+10.3'), (12345.678, '_.2f'), (0.5, '.0f'), (1.5, '.0e'), (2.5, '.0%')]
for x, s in fixed:
    lines.append(fbits(x) + '\t' + esc(s) + '\t' + outcome(lambda: format(x, s)))
for i in range(6000):
    x = rng.choice(floats)
    s = rand_spec(FLOAT_TYPES)
    lines.append(fbits(x) + '\t' + esc(s) + '\t' + outcome(lambda: format(x, s)))
write('format_float.txt', lines)

# 3. format(int, spec)
ints = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234567, -1234567, 10**20, -(10**20), 2**63, 2**64 - 1,
        65, 0x10ffff, 0x110000, 10**4299, 10**4300, -(10**4300), 2**1100, 10**308, 10**309]
for _ in range(600):
    ints.append(rng.randint(-10**rng.randint(1, 30), 10**rng.randint(1, 30)))
INT_TYPES = list('bcdoxXn') + ['', '', 'e', 'f', 'g', '%', 'G', 's', 'r']
lines = []
for n in ints[:24]:
    for s in ['', 'd', ',', '_x', 'x', 'e', '.3f', 'c', '_']:
        lines.append(hex(n) + '\t' + esc(s) + '\t' + outcome(lambda: format(n, s)))
for i in range(4000):
    n = rng.choice(ints)
    if abs(n) > 10**40:
        continue
    s = rand_spec(INT_TYPES, 0.1)
    if 'c' in s[-1:] and rng.random() < 0.7:
        n = rng.randint(0, 0x2000)
    lines.append(hex(n) + '\t' + esc(s) + '\t' + outcome(lambda: format(n, s)))
write('format_int.txt', lines)

# 4. format(str, spec)
strs = ['', 'a', 'abc', 'hello world', 'é', 'naïve café', '日本語', 'x' * 30]
lines = []
for i in range(1500):
    t = rng.choice(strs)
    s = rand_spec(['s', 's', '', '', 'd', 'r'], 0.5, 0.04, 0.04)
    lines.append(esc(t) + '\t' + esc(s) + '\t' + outcome(lambda: format(t, s)))
write('format_str.txt', lines)
