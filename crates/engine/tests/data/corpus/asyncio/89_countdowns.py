# Three countdowns with different periods interleave on one clock.
import asyncio


async def countdown(name, start, period):
    for n in range(start, 0, -1):
        print(f"{name}: {n}")
        await asyncio.sleep(period)
    print(f"{name}: liftoff!")
    return name


async def main():
    order = []
    for coro in asyncio.as_completed([
        asyncio.create_task(countdown("rocket", 3, 0.7)),
        asyncio.create_task(countdown("balloon", 2, 1.3)),
        asyncio.create_task(countdown("kite", 4, 0.4)),
    ]):
        order.append(await coro)
    print("finish order:", order)


asyncio.run(main())
