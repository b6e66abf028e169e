# One failing task cancels its siblings; the errors arrive as an ExceptionGroup.
import asyncio


async def worker(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise ValueError(f"{name} got bad data")
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("fast", 1))
            tg.create_task(worker("broken", 2, fail=True))
            tg.create_task(worker("slow", 5))
        print("not reached")
    except* ValueError as eg:
        print("except* ValueError:", [str(e) for e in eg.exceptions])
        print(type(eg).__name__, repr(str(eg)))
    except* KeyError:
        print("no KeyError here, this clause is skipped")
    print("main continues")


asyncio.run(main())
