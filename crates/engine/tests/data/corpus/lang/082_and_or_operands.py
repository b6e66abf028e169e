# and / or return one of their operands, and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default")
print(None or 0 or [] or "last")
print(1 and "a" and [1], 1 and "" and [1])
print([] and 1, [0] and 1)
print(not 1 or 2, not (1 or 2))

def side(v):
    print("side", v)
    return v

print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
name = ""
display = name or "anonymous"
print(display)
config = {}
port = config.get("port") or 8080
print(port)
print(True and False or True, False or False and True)
print(0 or None, None and 0)
