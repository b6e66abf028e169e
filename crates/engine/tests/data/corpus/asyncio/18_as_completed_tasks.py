# as_completed yields awaitables in completion order.
import asyncio


async def fetch(page, seconds):
    await asyncio.sleep(seconds)
    return f"page {page} ({seconds}s)"


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(fetch(p, s)) for p, s in [(1, 0.3), (2, 0.1), (3, 0.2), (4, 0.1)]]
    for i, next_done in enumerate(asyncio.as_completed(tasks), start=1):
        result = await next_done
        print(f"{loop.time():.1f} #{i}: {result}")
    tasks = [asyncio.create_task(fetch(p, s)) for p, s in [(5, 2), (6, 0.5), (7, 3)]]
    try:
        for fut in asyncio.as_completed(tasks, timeout=1):
            print("got", await fut)
    except asyncio.TimeoutError:
        print(f"as_completed timed out at {loop.time():.1f}")
    print("unfinished:", [t.done() for t in tasks])
    await asyncio.gather(*tasks)
    print("all finished at", loop.time())


asyncio.run(main())
