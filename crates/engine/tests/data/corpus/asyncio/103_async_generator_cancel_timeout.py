import asyncio

async def slow_feed():
    try:
        i = 0
        while True:
            await asyncio.sleep(0.4)
            yield i
            i += 1
    except asyncio.CancelledError:
        print("feed: cancelled while waiting")
        raise
    finally:
        print("feed: finally")

async def reader():
    async for item in slow_feed():
        print("reader got", item)

async def first_item():
    async for item in slow_feed():
        return item

async def main():
    task = asyncio.create_task(reader())
    await asyncio.sleep(1.0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("reader task cancelled:", task.cancelled())
    try:
        await asyncio.wait_for(reader(), timeout=0.9)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print("first item:", await asyncio.wait_for(first_item(), timeout=1))
    await asyncio.sleep(0)
    print("end of main")

asyncio.run(main())
