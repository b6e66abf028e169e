# time.sleep blocks the whole event loop: timers fire late.
import asyncio
import time


async def heartbeat():
    loop = asyncio.get_running_loop()
    for i in range(5):
        print(f"heartbeat {i} at {loop.time():.1f}")
        await asyncio.sleep(0.5)


async def bad_worker():
    await asyncio.sleep(0.2)
    print("bad_worker: time.sleep(2) blocks everyone")
    time.sleep(2)
    print("bad_worker: done blocking")


async def good_worker():
    await asyncio.sleep(0.3)
    print("good_worker: asyncio.sleep(2.1) lets others run")
    await asyncio.sleep(2.1)
    print("good_worker: done")


async def main():
    await asyncio.gather(heartbeat(), bad_worker(), good_worker())


asyncio.run(main())
