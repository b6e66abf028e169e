# Without return_exceptions, the first error reaches the awaiter at once,
# but the other gathered tasks keep running.
import asyncio


async def step(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        print(f"{name} raises")
        raise ValueError(f"{name} failed")
    print(f"{name} done")
    return name


async def main():
    try:
        await asyncio.gather(step("a", 1), step("b", 2, fail=True), step("c", 3))
    except ValueError as e:
        print("main caught:", e)
    print("main sleeps while c is still running")
    await asyncio.sleep(2)
    print("main done")


asyncio.run(main())
