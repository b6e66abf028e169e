import asyncio

counter = 0


async def increment(name):
    global counter
    current = counter
    await asyncio.sleep(0.1)  # another task runs here...
    counter = current + 1     # ...and its update is lost
    print(f"{name}: counter = {counter}")


async def main():
    await asyncio.gather(*(increment(f"task {i}") for i in range(5)))
    print(f"final counter: {counter} (expected 5)")


asyncio.run(main())
