# Lock.acquire() / release() by hand, and errors from misuse.
import asyncio


async def holder(lock):
    await lock.acquire()
    print("holder: acquired, locked =", lock.locked())
    await asyncio.sleep(1)
    lock.release()
    print("holder: released")


async def waiter(lock):
    await asyncio.sleep(0.1)
    print("waiter: trying, locked =", lock.locked())
    got = await lock.acquire()
    print("waiter: acquire returned", got)
    try:
        print("waiter: in critical section")
    finally:
        lock.release()


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(holder(lock), waiter(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with lock:
            print("inside async with, locked =", lock.locked())
            raise KeyError("oops")
    except KeyError:
        print("after an exception the lock is free:", not lock.locked())


asyncio.run(main())
