import asyncio

async def feed():
    try:
        for i in range(5):
            await asyncio.sleep(0.3 * (i + 1))
            yield i
    finally:
        print("feed finally")
        await asyncio.sleep(0.1)
        print("feed finally after await")

async def inner_outer():
    async def inner():
        yield 1
        await asyncio.sleep(0.1)
        yield 2
    async def outer():
        async for x in inner():
            yield x * 10
    return [x async for x in outer()]

async def main():
    ag = feed()
    for _ in range(3):
        try:
            v = await asyncio.wait_for(ag.__anext__(), timeout=0.5)
            print("got", v)
        except asyncio.TimeoutError:
            print("timeout")
        except StopAsyncIteration:
            print("SAI")
    print(await inner_outer())
    ag2 = feed()
    t1 = asyncio.create_task(ag2.__anext__())
    await asyncio.sleep(0)
    try:
        await ag2.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t1)
    r = await asyncio.gather(ag2.__anext__(), asyncio.sleep(0.1, "s"))
    print(r)
    await ag2.aclose()
    print("closed")

asyncio.run(main())
