# An uncaught TimeoutError has an empty message: the line is just "UNCAUGHT TimeoutError".
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    finally:
        print("slow: cleanup runs before the error propagates")


async def main():
    print("waiting at most 1.5s")
    await asyncio.wait_for(slow(), timeout=1.5)
    print("never printed")


asyncio.run(main())
