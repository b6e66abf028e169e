# main awaits a task that another task cancels: CancelledError escapes asyncio.run.
import asyncio


async def job():
    await asyncio.sleep(5)
    return "done"


async def canceller(task):
    await asyncio.sleep(1)
    print("canceller: cancelling the job")
    task.cancel()


async def main():
    t = asyncio.create_task(job())
    asyncio.create_task(canceller(t))
    print("main: awaiting the job")
    result = await t
    print("never printed", result)


asyncio.run(main())
