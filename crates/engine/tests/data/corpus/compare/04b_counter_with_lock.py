import asyncio

counter = 0
lock = None


async def increment(name):
    global counter
    async with lock:  # one task at a time in here
        current = counter
        await asyncio.sleep(0.1)
        counter = current + 1
        print(f"{name}: counter = {counter}")


async def main():
    global lock
    lock = asyncio.Lock()
    await asyncio.gather(*(increment(f"task {i}") for i in range(5)))
    print(f"final counter: {counter} (expected 5)")


asyncio.run(main())
