# gather accepts coroutines (wrapped in new tasks) and existing tasks.
import asyncio


async def work(label, delay):
    print(f"{label} starts in {asyncio.current_task().get_name()}")
    await asyncio.sleep(delay)
    return label


async def main():
    t = asyncio.create_task(work("pre-made task", 0.3))
    print("task created before gather:", t.get_name())
    results = await asyncio.gather(work("coro one", 0.2), t, work("coro two", 0.1))
    print(results)
    same = await asyncio.gather(t, t)
    print("a finished task can be gathered again:", same)
    print("t is done:", t.done())


asyncio.run(main())
