# A CPU-bound loop without awaits starves every other task.
import asyncio


async def spinner():
    for i in range(3):
        print("spinner", i)
        await asyncio.sleep(0)


async def hog(yield_every):
    total = 0
    for i in range(1, 30001):
        total += i * i
        if yield_every and i % yield_every == 0:
            print(f"hog yields at i={i}")
            await asyncio.sleep(0)
    print("hog finished, total =", total)


async def main():
    print("-- hog never yields")
    await asyncio.gather(hog(0), spinner())
    print("-- hog yields every 10000 iterations")
    await asyncio.gather(hog(10000), spinner())


asyncio.run(main())
