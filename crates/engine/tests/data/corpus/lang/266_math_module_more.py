# More of the math module.
import math
print(math.isqrt(99), math.lcm(4, 6, 10), math.gcd(48, 180), math.perm(5, 2), math.comb(5, 2), math.factorial(10))
print(math.dist((0, 0), (3, 4)), math.hypot(5, 12), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 2))
print(math.modf(3.75), math.frexp(10.0), math.ldexp(0.625, 4), math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5))
print(math.asin(1), math.acos(0), math.sinh(1), math.tanh(0.5), math.log1p(1e-9), math.expm1(1e-9), math.exp2(10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.05, rel_tol=0.1), math.prod([1, 2, 3, 4], start=2), math.fsum([0.1] * 10))
for bad in [lambda: math.sqrt(-1), lambda: math.isqrt(-4), lambda: math.exp(1000), lambda: math.log(0)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
