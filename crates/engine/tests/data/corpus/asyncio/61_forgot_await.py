# Forgetting await: the coroutine object is created but never runs.
import asyncio


async def save(record):
    await asyncio.sleep(0.5)
    print("saved", record)
    return True


async def main():
    result = save("first")
    print("without await we get a", type(result).__name__, "not a bool")
    result.close()
    save("second")
    print("the second call was never awaited (a warning goes to stderr)")
    ok = await save("third")
    print("with await:", ok)
    task = asyncio.create_task(save("fourth"))
    print("create_task schedules it even if we never await the task")
    await asyncio.sleep(1)
    print("main ends, task done:", task.done())


asyncio.run(main())
