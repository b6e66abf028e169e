# Forgetting `async` on main: asyncio.run gets None instead of a coroutine.
import asyncio


async def helper():
    await asyncio.sleep(1)
    print("helper ran")


def main():
    print("main is a plain function: it runs immediately")
    coro = helper()
    coro.close()
    print("and it returns None")


asyncio.run(main())
print("never printed")
