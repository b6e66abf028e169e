import asyncio
from datetime import datetime, timedelta, date, timezone
import datetime as dt
import time

async def job(n):
    start = datetime.now()
    await asyncio.sleep(n * 0.75)
    elapsed = datetime.now() - start
    print(f"[{datetime.now():%H:%M:%S.%f}] job {n} took {elapsed} ({elapsed.total_seconds():.2f}s)")
    return elapsed

async def main():
    print(f"started at {datetime.now().strftime('%H:%M:%S')}")
    results = await asyncio.gather(*(job(i) for i in range(1, 4)))
    print(sum(results, timedelta()), max(results), min(results) < max(results))
    print(datetime.now().isoformat(), datetime.now().timestamp(), datetime.fromtimestamp(time.time()))
    print(str(timedelta(seconds=time.perf_counter())), date.today().isoformat())
    print(timedelta(seconds=1.1), timedelta(seconds=0.1) * 3, timedelta(milliseconds=1.5), timedelta(days=1.1, seconds=0.3), timedelta(hours=-1.7))
    print(repr(timedelta(seconds=123456.789)), timedelta(microseconds=-1), timedelta(seconds=1) / 3, timedelta(seconds=10) // timedelta(seconds=3))
    d = datetime(2024, 12, 31, 23, 59, 59, 999999)
    print(d + timedelta(microseconds=1), d.date() == date(2024, 12, 31), d.time(), d.replace(year=2025).year)
    print(datetime.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("5 Mar 2024 2:07 PM", "%d %b %Y %I:%M %p"), datetime.strptime("2024-03-05T14:07:09.25+0100", "%Y-%m-%dT%H:%M:%S.%f%z"))
    try:
        datetime.strptime("2024-03-05x", "%Y-%m-%d")
    except ValueError as e:
        print(e)
    try:
        datetime.strptime("March", "%Y")
    except ValueError as e:
        print(e)
    for x in [date(2024,1,1), date(2021,1,3), date(2020,12,31), date(2027,1,1), date(2026,12,31)]:
        print(x.isocalendar(), x.strftime('%G %V %u %U %W %a %j'))
    try:
        datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)
    except TypeError as e:
        print("TypeError:", e)
    try:
        date(2024, 1, 1) < 5
    except TypeError as e:
        print("TypeError:", e)
    datetime(2024, 13, 1)

asyncio.run(main())
