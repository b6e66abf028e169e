"""Generate CPython reference streams for crates/engine/src/pyrandom.

Each line: seed \t call \t result. Calls for one seed are consecutive and
run on one random.Random instance in order.
Run with CPython 3.11:  python3 tools/numerics/make_random.py
"""
import random, sys
from common import esc, fbits, outcome, write

assert sys.version_info[:2] == (3, 11), sys.version

seeds = [0, 1, 42, 444, 2**32 - 1, 2**32, 2**40, -5, 2**100 + 7, 10**50, -(10**30), 'hello', '', 'é日本',
         'a' * 200, b'bytes', b'', 3.14, -2.5, 0.0, 1e300, 2.0**70]
driver = random.Random(7)


def enc_seed(s):
    if isinstance(s, bool) or isinstance(s, int):
        return 'i:' + hex(s)
    if isinstance(s, str):
        return 's:' + esc(s)
    if isinstance(s, bytes):
        return 'b:' + s.hex()
    return 'f:' + fbits(s)


def script():
    calls = []
    for _ in range(8):
        calls.append(('random',))
    for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200, 1000]:
        calls.append(('getrandbits', k))
    for args in [(10,), (1,), (3, 17), (0, 100, 7), (50, 0, -3), (2**70,), (-10**20, 10**20), (3, 3), (0,),
                 (1, 10, 0), (5, 1, 1), (10, 5, 2), (2**64, 2**64 + 2**40, 3)]:
        calls.append(('randrange',) + args)
    for _ in range(6):
        calls.append(('randint', 1, 6))
    calls += [('randint', -10**20, 10**20), ('randint', 5, 1), ('randint', 7, 7)]
    for n in [1, 2, 5, 100, 1000, 0, 2**33]:
        calls.append(('choice', n))
    for n in [0, 1, 2, 10, 30]:
        calls.append(('shuffle', n))
    for n, k in [(10, 3), (10, 10), (100, 5), (1000, 30), (30, 25), (5, 0), (3, 5), (22, 5), (21, 5),
                 (100, 60), (10000, 100), (45, 6), (46, 6)]:
        calls.append(('sample', n, k))
    calls += [('choices', 5, 8, None, None), ('choices', 3, 4, [1, 2, 3], None),
              ('choices', 4, 6, None, [0.5, 1.5, 1.5, 4.0]), ('choices', 3, 2, [0, 0, 0], None),
              ('choices', 3, 2, [1.0, float('inf'), 1.0], None), ('choices', 2, 2, [1], None),
              ('choices', 0, 0, None, None), ('choices', 3, 5, [0.1, 0.2, 0.7], None)]
    calls += [('uniform', 1.0, 10.0), ('uniform', -5.0, 5.0), ('triangular', 0.0, 1.0, None),
              ('triangular', 0.0, 10.0, 2.0), ('triangular', 3.0, 3.0, 3.0)]
    calls += [('gauss', 0.0, 1.0)] * 5 + [('normalvariate', 10.0, 2.0)] * 3 + [('expovariate', 1.5)] * 2
    calls += [('expovariate', 0.0), ('gammavariate', 0.5, 1.0), ('gammavariate', 1.0, 2.0), ('gammavariate', 2.5, 1.0),
              ('gammavariate', 0.0, 1.0), ('betavariate', 2.0, 5.0), ('random',)]
    return calls


def run(r, call):
    name, args = call[0], call[1:]
    if name == 'random':
        return fbits(r.random())
    if name == 'getrandbits':
        return hex(r.getrandbits(*args))
    if name in ('randrange', 'randint'):
        return hex(getattr(r, name)(*args))
    if name == 'choice':
        return str(r.choice(range(args[0])))
    if name == 'shuffle':
        x = list(range(args[0]))
        r.shuffle(x)
        return ' '.join(map(str, x))
    if name == 'sample':
        return ' '.join(map(str, r.sample(range(args[0]), args[1])))
    if name == 'choices':
        n, k, w, cw = args
        return ' '.join(map(str, r.choices(range(n), w, cum_weights=cw, k=k)))
    return fbits(getattr(r, name)(*args))


def enc_call(call):
    out = [call[0]]
    for a in call[1:]:
        if a is None:
            out.append('-')
        elif isinstance(a, list):
            out.append(','.join(fbits(float(x)) for x in a))
        elif isinstance(a, float):
            out.append('f' + fbits(a))
        else:
            out.append(hex(a))
    return ' '.join(out)


lines = []
calls = script()
for s in seeds:
    r = random.Random(s)
    order = calls[:]
    for rep in range(3):
        for c in order:
            lines.append(enc_seed(s) + '\t' + enc_call(c) + '\t' + outcome(lambda: run(r, c)))
        driver.shuffle(order)
# the module-level functions after random.seed(444), as in the spec
random.seed(444)
for c in [('randint', 1, 10), ('random',), ('uniform', 1.0, 3.0), ('choice', 4), ('shuffle', 6)] * 4:
    lines.append('i:' + hex(444) + '\t' + enc_call(c) + '\t' + outcome(lambda: run(random._inst, c)))
write('random.txt', lines)
