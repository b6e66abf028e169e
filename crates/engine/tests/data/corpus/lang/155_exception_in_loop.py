# Handling errors per item and continuing the loop.
raw = ["10", "x", "30", "", "-4", "5.5"]
total = 0
errors = []
for i, text in enumerate(raw):
    try:
        value = int(text)
    except ValueError as e:
        errors.append((i, str(e)))
        continue
    if value < 0:
        print("skipping negative", value)
        continue
    total += value
print("total:", total)
for i, msg in errors:
    print(f"row {i}: {msg}")
results = []
for divisor in [2, 0, 5]:
    try:
        results.append(100 / divisor)
    except ZeroDivisionError:
        results.append(None)
    finally:
        print("tried", divisor)
print(results)
