import asyncio


async def brew(drink, seconds):
    print(f"start {drink}")
    await asyncio.sleep(seconds)
    print(f"{drink} ready")
    return drink


async def main():
    # Awaiting a coroutine runs it now, to its end, before the next line.
    tea = await brew("tea", 2)
    coffee = await brew("coffee", 1)
    print(f"served {tea} and {coffee}")


asyncio.run(main())
