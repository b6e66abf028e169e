# Cancelling the future returned by gather cancels every child.
import asyncio


async def download(name, seconds):
    try:
        print(f"{name}: started")
        await asyncio.sleep(seconds)
        print(f"{name}: finished")
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise


async def main():
    group = asyncio.gather(download("a", 1), download("b", 5), download("c", 6))
    await asyncio.sleep(2)
    print("main: cancelling the gather")
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("main: the gather raised CancelledError")
    print("group cancelled:", group.cancelled())


asyncio.run(main())
