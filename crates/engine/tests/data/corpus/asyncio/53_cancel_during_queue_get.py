# Cancelling a task blocked on queue.get(): the queue loses no item.
import asyncio


async def consumer(queue):
    try:
        while True:
            item = await queue.get()
            print("consumed", item)
    except asyncio.CancelledError:
        print("consumer cancelled while waiting on get()")
        raise


async def main():
    queue = asyncio.Queue()
    c = asyncio.create_task(consumer(queue))
    await queue.put("a")
    await asyncio.sleep(1)
    c.cancel()
    await asyncio.sleep(0)
    queue.put_nowait("b")
    print("put b after the cancel; qsize =", queue.qsize())
    try:
        await c
    except asyncio.CancelledError:
        print("main: consumer is cancelled =", c.cancelled())
    print("b is still there:", queue.get_nowait())


asyncio.run(main())
