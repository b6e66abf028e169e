import asyncio

async def readings():
    for value in [3, 5, -1, 7]:
        await asyncio.sleep(0.5)
        if value < 0:
            raise ValueError(f"bad reading {value}")
        yield value

async def safe():
    total = 0
    try:
        async for v in readings():
            print("reading", v)
            total += v
    except ValueError as e:
        print("safe caught:", e)
    return total

async def main():
    print("total", await safe())
    async for v in readings():
        print("unsafe reading", v)

asyncio.run(main())
