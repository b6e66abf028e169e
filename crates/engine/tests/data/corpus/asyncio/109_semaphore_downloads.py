import asyncio


async def download(n, slots):
    async with slots:  # waits here while two downloads are running
        print(f"download {n}: started")
        await asyncio.sleep(1)
        print(f"download {n}: finished")


async def main():
    slots = asyncio.Semaphore(2)  # at most two at a time
    await asyncio.gather(*(download(n, slots) for n in range(1, 6)))
    print("all five downloads done")


asyncio.run(main())
