# Consumers wait on a queue that nobody will ever fill: DEADLOCK.
import asyncio


async def consumer(name, queue):
    while True:
        item = await queue.get()
        print(f"{name} got {item}")


async def main():
    queue = asyncio.Queue()
    workers = [asyncio.create_task(consumer(f"c{i}", queue)) for i in range(2)]
    for item in ["x", "y", "z"]:
        await queue.put(item)
    await asyncio.sleep(1)
    print("main waits for the workers, which never finish")
    await asyncio.gather(*workers)
    print("never printed")


asyncio.run(main())
