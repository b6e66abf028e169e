# loop.time() is the event loop's monotonic clock.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(f"start {t0:.3f}")
    await asyncio.sleep(1.5)
    print(f"after sleep(1.5): {loop.time() - t0:.3f}")
    deadline = loop.time() + 2
    while loop.time() < deadline:
        await asyncio.sleep(0.75)
        print(f"tick {loop.time():.3f}")
    print("loop.time() == time.monotonic():", loop.time() == time.monotonic())
    print("get_event_loop() is the running loop:", asyncio.get_event_loop() is loop)


asyncio.run(main())
