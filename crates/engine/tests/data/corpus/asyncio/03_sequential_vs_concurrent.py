# Awaiting coroutines one by one adds up; create_task overlaps them.
import asyncio


async def brew(drink, seconds):
    print(f"  start {drink}")
    await asyncio.sleep(seconds)
    print(f"  {drink} ready")
    return drink


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print("sequential:")
    await brew("coffee", 2)
    await brew("tea", 1)
    print(f"sequential took {loop.time() - start:.1f}s")

    start = loop.time()
    print("concurrent:")
    t1 = asyncio.create_task(brew("coffee", 2))
    t2 = asyncio.create_task(brew("tea", 1))
    print("  both tasks created, nothing has started yet")
    results = [await t1, await t2]
    print(f"concurrent took {loop.time() - start:.1f}s -> {results}")


asyncio.run(main())
