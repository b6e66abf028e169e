import asyncio

async def agen():
    try:
        yield 1
        await asyncio.sleep(1)
        yield 2
    finally:
        print("agen finally")

async def consumer(g):
    async for x in g:
        print("consumer", x)

async def main():
    g = agen()
    t = asyncio.create_task(consumer(g))
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled?", t.cancelled())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("agen is finished")
    async def bad():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in bad():
            print(x)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async def ignores():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    ig = ignores()
    await ig.__anext__()
    try:
        await ig.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    print(repr(await agen().asend(None)))
    try:
        await agen().asend(5)
    except TypeError as e:
        print("TypeError:", e)
    a = agen().__anext__()
    await a
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
