# asyncio.timeout() (3.11): a deadline for a whole block.
import asyncio


async def step(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} done")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2.5):
            await step("first", 1)
            await step("second", 1)
            await step("third", 1)
    except TimeoutError:
        print(f"block timed out at {loop.time()}")

    async with asyncio.timeout(5) as cm:
        await step("quick", 1)
    print("expired?", cm.expired(), "deadline", cm.when())

    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        cm.reschedule(loop.time() + 0.5)
        try:
            await step("would take 2s", 2)
        except asyncio.CancelledError:
            print("inside: CancelledError seen before it becomes TimeoutError")
            raise
    print("unreachable")


try:
    asyncio.run(main())
except TimeoutError:
    print("TimeoutError escaped asyncio.run")
