# asyncio.wait(FIRST_EXCEPTION) returns as soon as one task raises.
import asyncio


async def sensor(name, readings, fail_at=None):
    for i in range(readings):
        await asyncio.sleep(1)
        if i == fail_at:
            print(f"{name}: hardware fault")
            raise OSError(f"{name} fault")
        print(f"{name}: reading {i}")
    return name


async def main():
    tasks = [
        asyncio.create_task(sensor("temp", 4), name="temp"),
        asyncio.create_task(sensor("pressure", 4, fail_at=1), name="pressure"),
        asyncio.create_task(sensor("humidity", 1), name="humidity"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: t.get_name()):
        exc = t.exception()
        print(f"done: {t.get_name()} ->", repr(exc) if exc else t.result())
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(tasks)
    print("after cancel, pending:", len(pending))


asyncio.run(main())
