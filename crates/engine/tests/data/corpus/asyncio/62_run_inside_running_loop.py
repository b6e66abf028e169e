# Calling asyncio.run() from inside a coroutine is an error.
import asyncio


async def helper():
    await asyncio.sleep(0.1)
    return "helper result"


async def main():
    print("main starts")
    try:
        asyncio.run(helper())
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("the right way:", await helper())
    loop = asyncio.get_running_loop()
    coro = helper()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()


asyncio.run(main())
