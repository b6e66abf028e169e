# Awaiting something that is not awaitable raises TypeError.
import asyncio
import time


def not_async():
    return 5


async def main():
    for label, value in [("int", 5), ("None", None), ("list", [1]), ("str", "x")]:
        try:
            await value
        except TypeError as e:
            print(f"{label}: TypeError: {e}")
    try:
        await not_async()
    except TypeError as e:
        print("plain function result:", e)
    try:
        await time.sleep(0.5)
    except TypeError as e:
        print("time.sleep returns None:", e)
    print(f"but it did block for 0.5s: t={asyncio.get_running_loop().time()}")
    try:
        await asyncio.sleep
    except TypeError as e:
        print("function object:", e)


asyncio.run(main())
