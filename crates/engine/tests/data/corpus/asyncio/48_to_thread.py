# asyncio.to_thread runs a blocking function in a worker thread; the loop
# stays free for other tasks.
import asyncio
import time


def blocking_io(name, seconds):
    print(f"thread: {name} starts")
    time.sleep(seconds)
    print(f"thread: {name} ends")
    return f"{name} result"


async def ticker():
    for i in range(4):
        print(f"tick {i}")
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "report", 1.2),
        ticker(),
    )
    print(results[0], f"at {loop.time():.1f}")
    value = await asyncio.to_thread(sum, range(10))
    print("to_thread(sum, ...) =", value)


asyncio.run(main())
