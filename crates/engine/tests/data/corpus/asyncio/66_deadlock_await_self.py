# Waiting for a future that nobody will ever complete.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("waiting for a future nobody resolves...")
    timer_done = loop.create_future()
    loop.call_later(2, timer_done.set_result, "timer fired")
    print(await timer_done)
    await fut
    print("never printed")


asyncio.run(main())
