# LifoQueue is a stack: last in, first out.
import asyncio


async def main():
    stack = asyncio.LifoQueue()
    for page in ["home", "products", "cart", "checkout"]:
        stack.put_nowait(page)
        print("visit", page)
    while stack.qsize() > 1:
        print("back from", await stack.get(), "- pages left:", stack.qsize())
    print("left on the stack:", stack.get_nowait())

    bounded = asyncio.LifoQueue(maxsize=2)

    async def pusher():
        for i in range(4):
            await bounded.put(i)
            print(f"pushed {i}")

    async def popper():
        for _ in range(4):
            await asyncio.sleep(1)
            print(f"popped {await bounded.get()}")

    await asyncio.gather(pusher(), popper())


asyncio.run(main())
