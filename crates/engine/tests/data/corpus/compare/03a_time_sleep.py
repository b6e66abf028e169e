import asyncio
import time


async def worker(name):
    print(f"{name} starts")
    time.sleep(1)  # blocks the whole event loop
    print(f"{name} done")


async def ticker():
    for i in range(3):
        print(f"tick {i}")
        await asyncio.sleep(0.3)


async def main():
    await asyncio.gather(worker("A"), worker("B"), ticker())


asyncio.run(main())
