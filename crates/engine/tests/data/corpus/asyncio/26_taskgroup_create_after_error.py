# After a TaskGroup has failed or finished, create_task is refused.
import asyncio


async def boom():
    await asyncio.sleep(1)
    raise ValueError("boom")


async def late_starter(tg):
    await asyncio.sleep(2)
    try:
        tg.create_task(asyncio.sleep(1))
    except RuntimeError as e:
        print("RuntimeError:", e)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            tg.create_task(asyncio.sleep(10))
    except* ValueError:
        print("group failed")
    coro = asyncio.sleep(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()

    async with asyncio.TaskGroup() as tg2:
        tg2.create_task(asyncio.sleep(0.5))
    coro = asyncio.sleep(1)
    try:
        tg2.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()


asyncio.run(main())
