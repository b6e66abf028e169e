import asyncio
import time

async def ticker(interval, count):
    """Yield a tick number every `interval` seconds."""
    for i in range(count):
        await asyncio.sleep(interval)
        yield i

async def main():
    start = time.monotonic()
    async for tick in ticker(0.5, 4):
        print(f"tick {tick} at {time.monotonic() - start:.1f}s")
    print("ticker finished")
    agen = ticker(1, 2)
    print(type(agen).__name__, agen.__name__)
    async for tick in agen:
        print("slow tick", tick)
    print("done")

asyncio.run(main())
