# Nested asyncio.timeout blocks: the one that expires first raises.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(3):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(2)
            except TimeoutError:
                print(f"inner timed out at {loop.time()}")
            await asyncio.sleep(5)
            print("not reached")
    except TimeoutError:
        print(f"outer timed out at {loop.time()}")

    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(10) as inner:
                    await asyncio.sleep(2)
            except TimeoutError:
                print("the inner block never sees a TimeoutError")
    except TimeoutError:
        print(f"outer fired first at {loop.time()}: outer.expired()={outer.expired()}, inner.expired()={inner.expired()}")


asyncio.run(main())
