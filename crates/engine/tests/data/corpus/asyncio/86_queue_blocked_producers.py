# Several producers blocked on a full queue resume in the order they blocked.
import asyncio


async def producer(name, queue, count):
    for i in range(count):
        await queue.put(f"{name}{i}")
        print(f"{name} put {name}{i}")


async def main():
    queue = asyncio.Queue(maxsize=1)
    producers = [asyncio.create_task(producer(n, queue, 2)) for n in "ABC"]
    await asyncio.sleep(1)
    print("queue full:", queue.full())
    got = []
    for _ in range(6):
        got.append(await queue.get())
        await asyncio.sleep(0.5)
    print("consumed:", got)
    await asyncio.gather(*producers)


asyncio.run(main())
