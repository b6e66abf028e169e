import asyncio

async def arange(n, delay=0.1):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def square(x):
    await asyncio.sleep(0.05)
    return x * x

async def main():
    print([x async for x in arange(4)])
    print({x: x * 2 async for x in arange(3)})
    print({x % 2 async for x in arange(5, 0)})
    print([x async for x in arange(6, 0) if x % 2 == 0])
    print([await square(x) for x in range(3)])
    print([await square(x) async for x in arange(3)])
    pairs = [(a, b) async for a in arange(2, 0) for b in "xy"]
    print(pairs)
    doubled = (x * 2 async for x in arange(3))
    print(type(doubled).__name__)
    async for d in doubled:
        print("doubled", d)
    print(sum([x async for x in arange(5, 0.2)]))

asyncio.run(main())
