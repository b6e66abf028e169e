# Cancelling a task that waits for a Lock removes it from the waiters.
import asyncio


async def holder(lock):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(2)
    print("holder released")


async def waiter(lock, name):
    try:
        print(f"{name} waits for the lock")
        async with lock:
            print(f"{name} got the lock")
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(1)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    print("w1 cancelled:", w1.cancelled(), "w2 cancelled:", w2.cancelled())
    print("lock free:", not lock.locked())


asyncio.run(main())
