# Cancelling a task that awaits another task also cancels the awaited task.
import asyncio


async def child():
    try:
        await asyncio.sleep(5)
        return "child result"
    except asyncio.CancelledError:
        print("child: cancelled too")
        raise


async def parent(c):
    try:
        return await c
    except asyncio.CancelledError:
        print("parent: cancelled")
        raise


async def main():
    c = asyncio.create_task(child(), name="child")
    p = asyncio.create_task(parent(c), name="parent")
    await asyncio.sleep(1)
    p.cancel()
    await asyncio.sleep(0)
    print("after one iteration: parent done?", p.done(), "child done?", c.done())
    await asyncio.gather(p, c, return_exceptions=True)
    print("parent cancelled:", p.cancelled(), "child cancelled:", c.cancelled())


asyncio.run(main())
