# break and continue inside finally blocks.
for i in range(3):
    try:
        print("try", i)
        raise RuntimeError("dropped")
    finally:
        print("finally", i)
        break
print("after loop (the exception was discarded by break)")

for i in range(4):
    try:
        if i % 2:
            raise ValueError(i)
        print("even", i)
    finally:
        if i % 2:
            print("odd", i, "- exception dropped by continue")
            continue
        print("finally", i)

def loop_return():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"

print(loop_return())
