"""Generate CPython reference tables for %-formatting, int()/float() parsing,
round() and the arithmetic helpers in crates/engine/src/format.

Run with CPython 3.11:  python3 tools/numerics/make_arith.py
"""
import random, math, sys
from common import esc, fbits, outcome, write, interesting_floats

assert sys.version_info[:2] == (3, 11), sys.version
rng = random.Random(444)
floats = interesting_floats(rng, 1500)
SEP = '\x1e'


def enc_arg(v):
    if isinstance(v, bool) or isinstance(v, int):
        kind, payload = 'i', hex(int(v))
    elif isinstance(v, float):
        kind, payload = 'f', fbits(v)
    elif isinstance(v, str):
        kind, payload = 's', v
    else:
        kind, payload = 'o', ''
    return esc(SEP.join([kind, payload, type(v).__name__, str(v), repr(v), ascii(v)]))


# 1. template % args
templates = ['%s', '%d', '%i', '%u', '%x', '%X', '%o', '%e', '%E', '%f', '%F', '%g', '%G', '%c', '%r', '%a', '%%',
             '%5d', '%-5d|', '%05d', '%+d', '% d', '%.3d', '%#x', '%#X', '%#o', '%#08x', '%-#8x|', '%+#8x', '%.2f',
             '%10.3f', '%-10.3f|', '%010.3f', '%+.1e', '%#.0f', '%#g', '%.0e', '%5s|', '%-5s|', '%.2s', '%5.1s|',
             '%05s', '%5c|', '%*d', '%-*d|', '%.*f', '%*.*f', '%ld', '%hd', '%z', '%5%', '%', '%(a', 'abc', '%s %s',
             '%(a)s', '%(a)s %(b)d', '%(a)s %s', '%d%%', '%.100f', '% 08.2f', '%+05s', '%#5o|', '%-+8.2f|', '%.15g',
             '%.17g', '%.3g', '%0*d']
values = [0, 1, -1, 42, -42, 255, 1234567, -10**20, 10**30, True, False, 65, 0x10ffff, 0x110000,
          0.0, -0.0, 1.5, -2.5, 3.14159, 1e16, 1e-7, 123456.789, float('inf'), float('-inf'), float('nan'),
          'x', 'abc', 'é', 'hello world', '', None, [1, 2], 2**40 + 0.5, -3]
lines = []
for t in templates:
    for _ in range(14):
        kind = rng.random()
        if '(' in t and kind < 0.8:
            args = {'a': rng.choice(values), 'b': rng.choice(values)}
        elif kind < 0.6:
            args = tuple(rng.choice(values) for _ in range(rng.choice([0, 1, 1, 1, 2, 2, 3])))
        else:
            args = rng.choice(values)
        if isinstance(args, list):
            args = tuple(args)
        if isinstance(args, dict):
            fields = ['M', enc_arg(args)] + [esc(k) + '=' + enc_arg(v) for k, v in args.items()]
        elif isinstance(args, tuple):
            fields = ['T'] + [enc_arg(v) for v in args]
        else:
            fields = ['S', enc_arg(args)]
        lines.append('\t'.join([esc(t), outcome(lambda: t % args)] + fields))
write('percent.txt', [l for l in lines if len(l) < 5000])

# 2. int(s, base) and float(s)
int_strs = ['0', '00', '0_0', '010', '0x1f', '0X_1F', '0x', '0b101', '0o17', '0b', '-0x10', ' 12 ', '\t-7\n', '+5',
            '1_000', '1__000', '_1', '1_', '12a', 'abc', 'ff', 'z', 'Z', '', ' ', '+', '-', '1 2', '٣', '１２',
            '0_x1', '0x_', '9' * 4300, '9' * 4301, '1' * 5000 + 'x', '\u00a012\u2003', '1\x1c', 'x' * 300, "a'b",
            '12.5', '1e3', '0x1g']
lines = []
for s in int_strs:
    for base in [10, 0, 2, 8, 16, 36, 1, 37, 7]:
        r = outcome(lambda: hex(int(s, base)))
        lines.append(esc(s) + '\t' + str(base) + '\t' + r)
for _ in range(500):
    base = rng.choice([0, 2, 8, 10, 16, 36, 5])
    n = rng.randint(-10**30, 10**30)
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    m, out = abs(n), ''
    b = base or 10
    while m:
        m, d = divmod(m, b)
        out = digits[d] + out
    out = out or '0'
    if rng.random() < 0.3:
        out = '_'.join(out[i:i + 3] for i in range(0, len(out), 3))
    if rng.random() < 0.2:
        out = out.upper()
    s = ('-' if n < 0 else rng.choice(['', '+'])) + out
    lines.append(esc(s) + '\t' + str(base) + '\t' + outcome(lambda: hex(int(s, base))))
write('parse_int.txt', lines)

float_strs = ['1', '1.', '.5', '.', '-.5e-3', '1e5', '1E+5', 'e5', '1e', '1e+', 'inf', '-Infinity', 'NaN', '+nan',
              'infinit', 'nan(1)', '1_0.5', '1_0._5', '1__0', '_1', '1_', '1e1_0', '0x10', '', ' ', ' 1.5 ',
              '\n-2\t', '1e400', '-1e400', '1e-400', '4.9e-324', '2.4703282292062328e-324', '0.1', '1.7976931348623159e308',
              '١.٥', '1,5', '++1', '1.5.2', 'ｉｎｆ', 'x' * 10, '9' * 400, '0.' + '0' * 400 + '1']
lines = []
for s in float_strs:
    lines.append(esc(s) + '\t' + outcome(lambda: fbits(float(s))))
for x in floats[:1500]:
    for s in [repr(x), '%.20e' % x, '%.3g' % x]:
        lines.append(esc(s) + '\t' + outcome(lambda: fbits(float(s))))
write('parse_float.txt', lines)

# 3. round / int<->float / float ops
lines = []


def add(op, a, b, fn):
    lines.append('\t'.join([op, a, b, outcome(fn)]))


ndig = [None, 0, 1, 2, 3, -1, -2, 5, 10, 15, 17, 20, 300, 323, 324, -308, -309, -400, 400]
for x in floats:
    n = rng.choice(ndig)
    add('round', fbits(x), str(n), lambda: (hex(round(x)) if n is None else fbits(round(x, n))))
    add('int', fbits(x), '', lambda: hex(int(x)))
    add('floor', fbits(x), '', lambda: hex(math.floor(x)))
    add('ceil', fbits(x), '', lambda: hex(math.ceil(x)))
    add('is_integer', fbits(x), '', lambda: x.is_integer())
    y = rng.choice(floats)
    add('fdiv', fbits(x), fbits(y), lambda: fbits(x / y))
    add('ffloordiv', fbits(x), fbits(y), lambda: fbits(x // y))
    add('fmod', fbits(x), fbits(y), lambda: fbits(x % y))
    add('fdivmod', fbits(x), fbits(y), lambda: ' '.join(map(fbits, divmod(x, y))))
    y = rng.choice([0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 3.0, -3.0, 1/3, float('inf'), float('-inf'),
                    float('nan'), 1e10, -7.0, 0.1, rng.uniform(-50, 50), rng.choice(floats)])
    cplx = x < 0 and math.isfinite(y) and y != math.floor(y)  # CPython returns (or overflows) a complex
    add('fpow', fbits(x), fbits(y), lambda: '!UnsupportedComplex: complex' if cplx else fbits(x ** y))
ints = [0, 1, -1, 2, -2, 3, 7, -7, 10, 2**53 + 1, 2**54 + 3, 2**64 - 1, 10**20, -(10**20), 2**1023 * 3, 2**1024,
        2**1024 - 2**970, 2**1024 - 2**971, 10**308 * 17, 10**400]
for _ in range(500):
    ints.append(rng.randint(-2**rng.randint(1, 1100), 2**rng.randint(1, rng.choice([70, 200, 1100]))))
for n in ints:
    m = rng.choice(ints)
    add('int_to_f64', hex(n), '', lambda: fbits(float(n)))
    add('truediv', hex(n), hex(m), lambda: fbits(n / m))
    small = rng.choice([1, 3, 7, -3, 10, 2**60 + 1, -(2**70), 0, 5 ** 30])
    add('truediv', hex(n), hex(small), lambda: fbits(n / small))
    add('truediv', hex(small), hex(n), lambda: fbits(small / n))
    add('floordiv', hex(n), hex(small), lambda: hex(n // small))
    add('mod', hex(n), hex(small), lambda: hex(n % small))
    add('divmod', hex(n), hex(small), lambda: ' '.join(map(hex, divmod(n, small))))
    e = rng.choice([0, 1, 2, 3, 10, -1, -2, -5, 100])
    b = rng.choice([0, 1, -1, 2, -2, 3, 10, -10, n])
    add('pow', hex(b), hex(e), lambda: (hex(b ** e) if e >= 0 else fbits(b ** e)) if abs(b) < 10**30 or e < 3 else 'skip')
    mod = rng.choice([0, 1, -1, 7, 10, -13, 2**61 - 1, 12])
    add('powmod', hex(b), hex(e) + ' ' + hex(mod), lambda: hex(pow(b, e, mod)))
    r = rng.choice([-1, -2, -3, -5, -20, 0, 2])
    add('round_int', hex(n), str(r), lambda: hex(round(n, r)))
    add('bit_length', hex(n), '', lambda: n.bit_length())
    add('str', hex(n), '', lambda: str(n) if len(hex(n)) < 4000 else 'skip')
for n in [10**4299, 10**4300 - 1, 10**4300, -(10**4300 - 1), -(10**4300), 10**5000, 2**14300]:
    add('str', hex(n), '', lambda: str(n))
lines = [l for l in lines if not l.endswith('\tskip')]
write('arith.txt', lines)
