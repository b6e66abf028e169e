"""Generate CPython reference tables for crates/engine/src/pyhash.

Must run with PYTHONHASHSEED=0 (re-executes itself if not).
Run with CPython 3.11:  python3 tools/numerics/make_hash.py
"""
import os, sys, random, struct
if os.environ.get('PYTHONHASHSEED') != '0':
    os.environ['PYTHONHASHSEED'] = '0'
    os.execv(sys.executable, [sys.executable] + sys.argv)
from common import esc, fbits, write, interesting_floats

assert sys.version_info[:2] == (3, 11), sys.version
assert sys.hash_info.algorithm == 'siphash13'
rng = random.Random(61)

# 1. scalar hashes
lines = []
alphabets = ['abcdefghijklmnopqrstuvwxyz0123456789 _', 'àéîõüÿ×÷¡¿©', 'αβγδ日本語中文ĀŁ€', '😀🐍𝄞\U0010ffff']
strs = ['', 'a', 'ab', 'abc', 'abcdefg', 'abcdefgh', 'abcdefghi', 'hello world', 'é', 'ÿ', 'Ā', '€', '\uffff',
        '😀', 'a😀', 'é€😀', 'task-1', 'Task-1', 'worker', 'x' * 100, '\x00', '\x00\x00']
for _ in range(2500):
    alpha = ''.join(rng.sample(alphabets, rng.randint(1, 3)))
    strs.append(''.join(rng.choice(alpha) for _ in range(rng.randint(1, 40))))
for s in strs:
    lines.append('str\t' + esc(s) + '\t' + str(hash(s)))
for _ in range(800):
    b = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 40)))
    lines.append('bytes\t' + b.hex() + '\t' + str(hash(b)))
P = 2**61 - 1
ints = [0, 1, -1, -2, 2, P - 1, P, P + 1, -P, -P - 1, 2**61, 2**63 - 1, -2**63, 2**64, 10**30, -(10**30),
        2**122 - 1, 2 * P - 1]
for _ in range(2000):
    ints.append(rng.randint(-2**rng.randint(1, 200), 2**rng.randint(1, 200)))
for n in ints:
    lines.append('int\t' + hex(n) + '\t' + str(hash(n)))
for x in interesting_floats(rng, 2500):
    if x != x:
        continue
    lines.append('float\t' + fbits(x) + '\t' + str(hash(x)))
lines.append('bool\tTrue\t' + str(hash(True)))
lines.append('bool\tFalse\t' + str(hash(False)))


def rand_atom():
    r = rng.random()
    if r < 0.4:
        return rng.randint(-10**rng.randint(1, 25), 10**rng.randint(1, 25))
    if r < 0.7:
        return ''.join(rng.choice('abcé€😀') for _ in range(rng.randint(0, 6)))
    return rng.choice([0.5, -1.5, 2.0, 1e100, float('inf'), 3.14, -0.0])


def rand_tuple(depth=0):
    return tuple(rand_tuple(depth + 1) if depth < 2 and rng.random() < 0.2 else rand_atom()
                 for _ in range(rng.randint(0, 5)))


def enc(v):
    if isinstance(v, tuple):
        return '(' + '\x1f'.join(enc(x) for x in v) + ')'
    if isinstance(v, int):
        return 'i' + hex(v)
    if isinstance(v, float):
        return 'f' + fbits(v)
    return 's' + v.replace('(', '\\x28').replace(')', '\\x29')


for _ in range(1500):
    t = rand_tuple()
    lines.append('tuple\t' + esc(enc(t)) + '\t' + str(hash(t)))
write('hash.txt', lines)

# 2. set layouts after random operation sequences
lines = []


def encv(v):
    return ('i' + hex(v)) if isinstance(v, int) else ('s' + v)


def show(s):
    return '\x1f'.join(encv(v) for v in s)


for seq in range(250):
    kind = rng.random()
    if kind < 0.4:
        universe = list(range(-3, rng.choice([10, 40, 200])))
    elif kind < 0.5:
        universe = [rng.choice([1, 2, 3]) * (2**61 - 1) * rng.choice([1, -1]) + rng.randint(-3, 3) for _ in range(30)]
        universe += [-1, -2, 8, 16, 2**64]
    elif kind < 0.8:
        universe = ['k%d' % i for i in range(rng.choice([10, 50, 300]))]
    else:
        universe = list(range(30)) + ['s%d' % i for i in range(30)] + [i * 8 for i in range(20)]
    sets = [set(), set()]
    for step in range(rng.randint(5, 80)):
        which = rng.randint(0, 1)
        s = sets[which]
        op = rng.random()
        if op < 0.45:
            v = rng.choice(universe)
            s.add(v)
            desc = 'add\t' + encv(v)
        elif op < 0.65:
            v = rng.choice(universe)
            s.discard(v)
            desc = 'discard\t' + encv(v)
        elif op < 0.72:
            r = s.pop() if s else None
            desc = 'pop\t' + ('-' if r is None else encv(r))
        elif op < 0.75:
            s.clear()
            desc = 'clear\t'
        elif op < 0.85:
            items = [rng.choice(universe) for _ in range(rng.randint(0, 40))]
            s.update(items)
            desc = 'update\t' + show(items)
        elif op < 0.9:
            s.update(sets[1 - which])
            desc = 'merge\t'
        elif op < 0.95:
            sets[which] = set(sets[1 - which])
            s = sets[which]
            desc = 'copy\t'
        else:
            d = dict.fromkeys(rng.choice(universe) for _ in range(rng.randint(0, 40)))
            s.update(d)
            desc = 'update_dict\t' + show(d)
        lines.append('%d\t%d\t%s\t%s' % (seq, which, desc, esc(show(s))))
write('sets.txt', lines)
