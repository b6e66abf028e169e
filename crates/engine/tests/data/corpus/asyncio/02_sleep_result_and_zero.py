# asyncio.sleep(delay, result=...) and sleep(0) as a bare yield.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    value = await asyncio.sleep(0.5, result="woke up")
    print(value, "at", loop.time())
    nothing = await asyncio.sleep(0)
    print("sleep(0) returns", nothing, "and takes no time:", loop.time())
    value = await asyncio.sleep(1.25, result={"status": "ok"})
    print(value, f"at {loop.time():.2f}")
    for delay in [0.1, 0.2, 0.3]:
        await asyncio.sleep(delay)
    print(f"0.1 + 0.2 + 0.3 seconds later: {loop.time():.3f}")
    await asyncio.sleep(-1)
    print("a negative delay behaves like sleep(0)")


asyncio.run(main())
