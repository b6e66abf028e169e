# A formatted conversion table using range with a float step emulated by ints.
print(f"{'C':>6} {'F':>7} {'K':>8}")
print("-" * 23)
for c10 in range(-400, 1001, 250):
    c = c10 / 10
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f"{c:>6.1f} {f:>7.1f} {k:>8.2f}")
readings = [21.456, 19.0, 23.75, 18.125]
avg = sum(readings) / len(readings)
print(f"avg={avg:.3f} min={min(readings)} max={max(readings):.1f} spread={max(readings) - min(readings):.2f}")
print(f"{avg:08.3f}|{avg:+.1e}|{avg / 100:.2%}")
