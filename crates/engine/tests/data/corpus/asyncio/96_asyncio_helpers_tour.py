import asyncio

async def work(n, d):
    await asyncio.sleep(d)
    if n == 3:
        raise ValueError("boom")
    return n

async def main():
    try:
        await asyncio.wait_for(work(1, 5), timeout=1)
    except TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(work(2, 0.5), timeout=1))
    t = asyncio.create_task(work(4, 1))
    done, pending = await asyncio.wait([t], timeout=0.5)
    print(len(done), len(pending))
    for c in asyncio.as_completed([work(5, 0.2), work(6, 0.1)]):
        print(await c)
    print(await asyncio.shield(work(7, 0.1)))
    try:
        async with asyncio.timeout(0.3):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(8, 0.1))
            tg.create_task(work(3, 0.2))
            tg.create_task(work(9, 5))
    except* ValueError as e:
        print("group", e.exceptions)

asyncio.run(main())
