# Several consumers blocked on get() are served in the order they started waiting.
import asyncio


async def consumer(name, queue, log):
    while True:
        item = await queue.get()
        if item is None:
            print(f"{name} stops")
            return
        print(f"{name} got {item}")
        log.append(name)


async def main():
    queue = asyncio.Queue()
    log = []
    consumers = [asyncio.create_task(consumer(n, queue, log)) for n in ["c1", "c2", "c3"]]
    await asyncio.sleep(0)
    for i in range(7):
        await queue.put(i)
        await asyncio.sleep(0.1)
    print("burst without yielding:")
    for i in range(7, 10):
        queue.put_nowait(i)
    await asyncio.sleep(0.1)
    for _ in consumers:
        queue.put_nowait(None)
    await asyncio.gather(*consumers)
    print("served:", {n: log.count(n) for n in ["c1", "c2", "c3"]})


asyncio.run(main())
