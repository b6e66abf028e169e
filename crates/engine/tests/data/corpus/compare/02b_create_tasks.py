import asyncio


async def brew(drink, seconds):
    print(f"start {drink}")
    await asyncio.sleep(seconds)
    print(f"{drink} ready")
    return drink


async def main():
    # create_task schedules both; they run while main waits.
    tea_task = asyncio.create_task(brew("tea", 2))
    coffee_task = asyncio.create_task(brew("coffee", 1))
    tea = await tea_task
    coffee = await coffee_task
    print(f"served {tea} and {coffee}")


asyncio.run(main())
