# loop.run_in_executor(None, fn, *args) returns a future for the thread's result.
import asyncio
import time


def crunch(n):
    time.sleep(n / 2)
    if n == 3:
        raise ValueError("cannot crunch 3")
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, crunch, 2)
    print("future done right away?", fut.done())
    print("result:", await fut, f"t={loop.time()}")
    futures = [loop.run_in_executor(None, crunch, n) for n in (1, 4)]
    print(await asyncio.gather(*futures), f"t={loop.time()}")
    try:
        await loop.run_in_executor(None, crunch, 3)
    except ValueError as e:
        print("error from the thread:", e, f"t={loop.time()}")


asyncio.run(main())
