# BoundedSemaphore raises ValueError when released too many times.
import asyncio


async def main():
    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    print("plain Semaphore allows extra releases; now three can enter")
    for i in range(3):
        await plain.acquire()
        print("acquired", i, "locked:", plain.locked())

    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    async with bounded:
        async with bounded:
            print("two holders, locked:", bounded.locked())
    print("locked after both left:", bounded.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
