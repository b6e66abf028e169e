# put_nowait / get_nowait raise QueueFull / QueueEmpty instead of waiting.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull: size", q.qsize(), "full", q.full())
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty: empty", q.empty())
    print(repr(str(asyncio.QueueEmpty())), issubclass(asyncio.QueueFull, Exception))

    try:
        item = await asyncio.wait_for(q.get(), timeout=0.5)
    except asyncio.TimeoutError:
        print("get() with a timeout gave up at", asyncio.get_running_loop().time())
    unbounded = asyncio.Queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    print("unbounded never full:", unbounded.full(), unbounded.qsize())


asyncio.run(main())
