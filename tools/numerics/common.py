"""Shared helpers for the numerics table generators.

Each table is a text file of tab-separated fields, one case a line. Text
fields are escaped: backslash -> \\\\, tab -> \\t, newline -> \\n, CR -> \\r.
Floats are written as 16 hex digits of their IEEE bits. A result that is an
exception is written as "!Kind: message".
"""
import struct, os

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'crates', 'engine', 'tests', 'data', 'numerics')


def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')


def fbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def bitsf(h):
    return struct.unpack('<d', struct.pack('<Q', int(h, 16)))[0]


def outcome(fn):
    try:
        return esc(str(fn()))
    except Exception as e:  # noqa
        return '!' + type(e).__name__ + ': ' + esc(str(e))


def write(name, lines):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8') as f:
        for line in lines:
            f.write(line + '\n')
    print(name, len(lines))


def interesting_floats(rng, n_random):
    """Doubles of all magnitudes, ties, halfway cases, subnormals, specials."""
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.75, 0.03125,
            1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5, 0.0001, 0.00001234, 123456789.0,
            1.2345678901234567e19, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
            1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 2**53, 2**53 + 1.0,
            2**63, 2**64, 0.3, 2/3, 1/3, 100.0, 1e22, 1e23, 9.5, 10.5, 0.05, 0.15, 0.25, 0.35, 99.5,
            999.5, 9.995, 0.995, 1e300, 1e-300, 4.35, 0.045, 1.005, 123.456]
    for k in range(-30, 31):
        vals.append(10.0 ** k)
        vals.append(2.0 ** k)
    for _ in range(n_random):
        r = rng.random()
        if r < 0.3:  # random bit patterns: every magnitude, subnormals too
            x = bitsf('%016x' % rng.getrandbits(64))
            if x != x:
                continue
        elif r < 0.5:  # short decimals
            x = round(rng.uniform(-1e6, 1e6), rng.randint(0, 6)) * 10.0 ** rng.randint(-8, 8)
        elif r < 0.7:  # exact binary ties: m / 2^k
            x = rng.randint(-10**6, 10**6) / 2.0 ** rng.randint(0, 12)
        elif r < 0.8:  # integers
            x = float(rng.randint(-10**18, 10**18) // 10 ** rng.randint(0, 17))
        elif r < 0.9:  # around powers of two and ten
            base = 2.0 ** rng.randint(-1074, 1023) if rng.random() < 0.5 else 10.0 ** rng.randint(-300, 300)
            bits = int(fbits(base), 16) + rng.randint(-2, 2)
            x = bitsf('%016x' % (bits & (2**64 - 1)))
            if x != x:
                continue
        else:  # subnormals
            x = bitsf('%016x' % rng.randint(1, 2**52))
        vals.append(x)
    return [float(v) for v in vals]
