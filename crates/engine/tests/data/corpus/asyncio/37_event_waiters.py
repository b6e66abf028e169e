# Event: every waiter wakes when it is set, in the order they waited.
import asyncio


async def runner(name, start_signal):
    print(f"{name} at the start line")
    await start_signal.wait()
    print(f"{name} runs")


async def main():
    start = asyncio.Event()
    runners = [asyncio.create_task(runner(n, start)) for n in ["ann", "bob", "cy"]]
    await asyncio.sleep(1)
    print("is_set before:", start.is_set())
    start.set()
    print("is_set after:", start.is_set(), "(nobody has run yet)")
    await asyncio.gather(*runners)
    result = await start.wait()
    print("waiting on a set event returns at once:", result)


asyncio.run(main())
