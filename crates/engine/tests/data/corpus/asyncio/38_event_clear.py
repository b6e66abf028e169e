# Event.clear() makes later wait() calls block again.
import asyncio


async def traffic_light(green):
    for cycle in range(2):
        await asyncio.sleep(1)
        print(f"light: green (cycle {cycle})")
        green.set()
        await asyncio.sleep(0.5)
        print("light: red")
        green.clear()


async def car(name, green, arrive):
    await asyncio.sleep(arrive)
    print(f"{name} arrives, green={green.is_set()}")
    await green.wait()
    print(f"{name} drives through")


async def main():
    green = asyncio.Event()
    await asyncio.gather(
        traffic_light(green),
        car("car1", green, 0.5),
        car("car2", green, 1.2),
        car("car3", green, 1.7),
        car("car4", green, 2.6),
    )


asyncio.run(main())
