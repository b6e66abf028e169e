# round() uses banker's rounding, on the exact binary value.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5]])
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2))
print(round(0.375, 2), round(0.5, 0), round(1.25, 1), round(1.35, 1))
print(round(5, -1), round(15, -1), round(25, -1), round(35, -1))
print(round(2.5000001), round(-0.4), round(-0.6))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.135:.2f}")
print("%.0f %.0f %.1f" % (0.5, 1.5, 0.25))
for x in [1.15, 1.25, 1.35, 1.45, 1.55]:
    print(x, round(x, 1), f"{x:.1f}")
