# Semaphore(2): at most two downloads run at the same time.
import asyncio

active = 0


async def download(sem, n):
    global active
    async with sem:
        active += 1
        print(f"start {n} (active={active})")
        await asyncio.sleep(0.6 + n * 0.3)
        active -= 1
        print(f"end {n}")
    return n


async def main():
    sem = asyncio.Semaphore(2)
    print("locked before:", sem.locked())
    results = await asyncio.gather(*(download(sem, n) for n in range(5)))
    print(results, f"t={asyncio.get_running_loop().time()}")
    print("locked after:", sem.locked())


asyncio.run(main())
