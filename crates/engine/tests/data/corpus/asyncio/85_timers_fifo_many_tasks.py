# Twelve tasks sleeping the same 2 seconds wake in the order they went to sleep.
import asyncio


async def sleeper(i, order):
    await asyncio.sleep(2)
    order.append(i)


async def main():
    order = []
    await asyncio.gather(*(sleeper(i, order) for i in range(12)))
    print("same instant:", order)
    order = []
    await asyncio.gather(*(sleeper(i, order) for i in reversed(range(12))))
    print("reversed start:", order)
    print(f"t={asyncio.get_running_loop().time()}")


asyncio.run(main())
