import asyncio
def f(x):
    print("f", x)
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(1, f, 1)
    print(h)
    h2 = loop.call_soon(f, 2)
    print(h2)
    h.cancel()
    print(h)
    await asyncio.sleep(0)
    print(h2)
asyncio.run(main())
