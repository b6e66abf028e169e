# An error inside a task reaches whoever awaits the task.
import asyncio


class PaymentError(Exception):
    pass


async def charge(amount):
    await asyncio.sleep(1)
    if amount > 100:
        raise PaymentError(f"amount {amount} exceeds the limit")
    print(f"charged {amount}")
    return amount


async def main():
    tasks = [asyncio.create_task(charge(a)) for a in (20, 250, 40)]
    total = 0
    for t in tasks:
        total += await t
        print("running total", total)


asyncio.run(main())
