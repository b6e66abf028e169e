# acquire() without release(): the next task waits forever (DEADLOCK).
import asyncio


async def careless(lock):
    await lock.acquire()
    print("careless: got the lock and forgets to release it")
    await asyncio.sleep(1)
    print("careless: returns while still holding it")


async def patient(lock):
    await asyncio.sleep(0.5)
    print("patient: waiting for the lock")
    async with lock:
        print("patient: never gets here")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(careless(lock), patient(lock))


asyncio.run(main())
