# A bounded queue blocks the producer when it is full.
import asyncio


async def producer(queue):
    for i in range(6):
        print(f"producer: putting {i} (qsize={queue.qsize()}, full={queue.full()})")
        await queue.put(i)
        print(f"producer: put {i}")
    print("producer: done")


async def consumer(queue):
    for _ in range(6):
        await asyncio.sleep(1)
        item = await queue.get()
        print(f"consumer: got {item}")


async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
