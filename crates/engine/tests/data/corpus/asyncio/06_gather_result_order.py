# gather returns results in argument order, whatever the completion order.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished after {delay}s")
    return name.upper()


async def main():
    results = await asyncio.gather(
        fetch("slow", 3),
        fetch("fast", 1),
        fetch("medium", 2),
    )
    print("results:", results)
    coros = [fetch(f"job{i}", (5 - i) / 10) for i in range(5)]
    print(await asyncio.gather(*coros))
    print("gather of nothing:", await asyncio.gather())


asyncio.run(main())
