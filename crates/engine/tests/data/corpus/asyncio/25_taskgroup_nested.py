# Nested TaskGroups: an inner failure cancels the inner siblings,
# then propagates to the outer group, which cancels its own tasks.
import asyncio


async def job(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise RuntimeError(f"{name} failed")
        print(f"{name} ok")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job("inner-1", 1))
        tg.create_task(job("inner-2", 2, fail=True))
        tg.create_task(job("inner-3", 4))


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(job("outer-1", 1.5))
            outer.create_task(inner_group())
            outer.create_task(job("outer-2", 6))
    except* RuntimeError as eg:
        print("caught:", repr(eg))
        print("leaf errors:", [str(e) for e in eg.exceptions[0].exceptions])
    print(f"done at {asyncio.get_running_loop().time()}")


asyncio.run(main())
