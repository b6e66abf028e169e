# Condition: notify(n) wakes n waiters, notify_all wakes everyone.
import asyncio


async def waiter(cond, name):
    async with cond:
        print(f"{name} waits")
        await cond.wait()
        print(f"{name} woke up")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(4)]
    await asyncio.sleep(1)
    async with cond:
        print("notify(1)")
        cond.notify(1)
    await asyncio.sleep(1)
    async with cond:
        print("notify(2)")
        cond.notify(2)
    await asyncio.sleep(1)
    async with cond:
        print("notify_all()")
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
