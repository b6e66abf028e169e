# queue.join() waits until task_done() was called for every item.
import asyncio


async def worker(name, queue):
    while True:
        job = await queue.get()
        print(f"{name} takes {job}")
        await asyncio.sleep(job)
        print(f"{name} finished {job}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job in [0.5, 1.5, 1.2, 0.25]:
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(2)]
    await queue.join()
    print(f"all jobs done at {asyncio.get_running_loop().time()}")
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    try:
        queue.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await queue.join()
    print("join on an idle queue returns at once")


asyncio.run(main())
