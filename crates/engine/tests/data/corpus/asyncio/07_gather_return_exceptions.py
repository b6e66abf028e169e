# gather(return_exceptions=True) puts exceptions in the result list.
import asyncio


async def check(host, delay, ok=True):
    await asyncio.sleep(delay)
    if not ok:
        raise ConnectionError(f"{host} unreachable")
    print(f"{host} is up")
    return host


async def main():
    results = await asyncio.gather(
        check("alpha", 1),
        check("beta", 0.5, ok=False),
        check("gamma", 1.5),
        check("delta", 0.2, ok=False),
        return_exceptions=True,
    )
    for r in results:
        if isinstance(r, Exception):
            print("failed:", type(r).__name__, r)
        else:
            print("ok:", r)
    up = [r for r in results if not isinstance(r, BaseException)]
    print(f"{len(up)}/{len(results)} hosts up")


asyncio.run(main())
