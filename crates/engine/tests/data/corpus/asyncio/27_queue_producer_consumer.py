# A producer and a consumer connected by an unbounded Queue.
import asyncio


async def producer(queue):
    for i in range(1, 5):
        await asyncio.sleep(0.5)
        await queue.put(f"item-{i}")
        print(f"produced item-{i} (size {queue.qsize()})")
    await queue.put(None)
    print("producer: sent the sentinel")


async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:
            print("consumer: got the sentinel, stopping")
            break
        print(f"consumer: handling {item}")
        await asyncio.sleep(0.8)
        print(f"consumer: {item} done")


async def main():
    queue = asyncio.Queue()
    print("empty:", queue.empty(), "full:", queue.full(), "maxsize:", queue.maxsize)
    await asyncio.gather(producer(queue), consumer(queue))
    print("queue empty again:", queue.empty())


asyncio.run(main())
