# PriorityQueue hands out the smallest item first.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for prio, task in [(3, "write docs"), (1, "fix outage"), (2, "review PR"), (1, "call boss"), (5, "lunch")]:
        await pq.put((prio, task))
    print("queued:", pq.qsize())
    while not pq.empty():
        prio, task = await pq.get()
        print(f"priority {prio}: {task}")

    jobs = asyncio.PriorityQueue(maxsize=3)

    async def dispatcher():
        for prio in [9, 4, 7, 1, 8]:
            await jobs.put((prio, f"job-{prio}"))
            print(f"dispatched job-{prio}")

    async def runner():
        await asyncio.sleep(1)
        for _ in range(5):
            prio, name = await jobs.get()
            print(f"running {name}")
            await asyncio.sleep(0.5)

    await asyncio.gather(dispatcher(), runner())


asyncio.run(main())
