# Several failures end up in one ExceptionGroup; except* splits them by type.
import asyncio


async def fail_after(seconds, exc):
    await asyncio.sleep(seconds)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(1, ValueError("bad value")))
            tg.create_task(fail_after(1, KeyError("missing")))
            tg.create_task(fail_after(1, ValueError("another bad value")))
    except* ValueError as group:
        print("values:", [str(e) for e in group.exceptions])
    except* KeyError as group:
        print("keys:", [repr(e) for e in group.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.5, RuntimeError("boom")))
    except ExceptionGroup as eg:
        print("plain except ExceptionGroup:", eg.exceptions, len(eg.exceptions))


asyncio.run(main())
