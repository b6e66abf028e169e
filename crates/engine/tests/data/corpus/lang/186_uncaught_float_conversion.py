# float() of a string with a comma decimal separator.
readings = ["21.5", "22.0", "21,8"]
for r in readings:
    print(float(r) * 2)
