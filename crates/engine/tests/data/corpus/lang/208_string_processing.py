# Parsing a small log with string methods.
log = """2024-01-05 10:00:01 INFO  server started on port 8080
2024-01-05 10:00:07 WARN  slow response: 1.52s /api/users
2024-01-05 10:01:13 ERROR database timeout after 30s
2024-01-05 10:02:00 INFO  request /api/items took 0.04s
2024-01-05 10:03:41 ERROR disk full"""
levels = {}
errors = []
for line in log.splitlines():
    date, time, level, *rest = line.split(maxsplit=3)
    message = rest[0] if rest else ""
    levels[level] = levels.get(level, 0) + 1
    if level == "ERROR":
        errors.append(f"{time[:5]} {message}")
print(levels)
for e in errors:
    print("!", e)
durations = [float(w[:-1]) for w in log.split() if w.endswith("s") and w[:-1].replace(".", "", 1).isdigit()]
print(durations, max(durations))
print(log.count("/api/"), log.find("ERROR"), log.upper().count("TIMEOUT"))
