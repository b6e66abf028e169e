# time.time() / time.monotonic() / perf_counter() differences.
import time

start = time.time()
mono = time.monotonic()
perf = time.perf_counter()
total = sum(i * i for i in range(10000))
print("total", total)
elapsed = time.time() - start
print("work took less than a second:", elapsed < 1.0)
print("monotonic never goes back:", time.monotonic() >= mono)
print("perf_counter is a float:", isinstance(time.perf_counter() - perf, float))
t0 = time.monotonic()
time.sleep(0.05)
waited = time.monotonic() - t0
print("slept at least 0.05 s:", waited >= 0.05)
print("slept less than 1 s:", waited < 1.0)
