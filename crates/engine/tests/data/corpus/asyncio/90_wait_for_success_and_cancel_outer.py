# wait_for returning in time, and cancelling the task that is inside wait_for.
import asyncio


async def inner(seconds):
    try:
        await asyncio.sleep(seconds)
        return f"inner slept {seconds}"
    except asyncio.CancelledError:
        print(f"inner({seconds}) cancelled")
        raise


async def outer():
    try:
        return await asyncio.wait_for(inner(5), timeout=10)
    except asyncio.CancelledError:
        print("outer cancelled while in wait_for")
        raise


async def main():
    print(await asyncio.wait_for(inner(1), timeout=2))
    t = asyncio.create_task(outer())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: outer task cancelled =", t.cancelled())
    print(f"t={asyncio.get_running_loop().time()}")


asyncio.run(main())
