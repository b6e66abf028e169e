# A read-modify-write across an await loses updates; a Lock fixes it.
import asyncio

balance = 0


async def deposit_unsafe(amount):
    global balance
    current = balance
    await asyncio.sleep(0.1)
    balance = current + amount


async def deposit_safe(lock, amount):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0.1)
        balance = current + amount


async def main():
    global balance
    await asyncio.gather(*(deposit_unsafe(10) for _ in range(5)))
    print(f"unsafe: balance={balance} (expected 50)")
    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit_safe(lock, 10) for _ in range(5)))
    print(f"safe:   balance={balance} at t={asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
