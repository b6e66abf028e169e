import asyncio
async def w(x):
    return x
async def main():
    t = asyncio.Task(coro=w(5), name="named")
    print(await t, t.get_name(), t.get_coro().__name__ if False else "", asyncio.iscoroutinefunction(w), asyncio.isfuture(t), asyncio.iscoroutine(w(1)))
    f = asyncio.ensure_future(w(2))
    print(await f, type(f).__name__)
asyncio.run(main())
