# Cancelling ONE child of a gather: without return_exceptions the gather
# raises CancelledError; with it, the CancelledError lands in the results.
import asyncio


async def sleeper(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} woke up")
    return name


async def main():
    a = asyncio.create_task(sleeper("a", 1))
    b = asyncio.create_task(sleeper("b", 3))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.5)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; b still running:", not b.done())
    await b

    c = asyncio.create_task(sleeper("c", 1))
    d = asyncio.create_task(sleeper("d", 2))
    g2 = asyncio.gather(c, d, return_exceptions=True)
    await asyncio.sleep(0.5)
    c.cancel()
    results = await g2
    print([r if isinstance(r, str) else repr(r) for r in results])


asyncio.run(main())
