# Cancelling a task waiting on an Event; the other waiters are unaffected.
import asyncio


async def listener(name, event):
    try:
        await event.wait()
        print(f"{name} heard the event")
    except asyncio.CancelledError:
        print(f"{name} stopped listening")
        raise
    finally:
        print(f"{name} finally")


async def main():
    event = asyncio.Event()
    tasks = {n: asyncio.create_task(listener(n, event)) for n in ["x", "y", "z"]}
    await asyncio.sleep(1)
    tasks["y"].cancel()
    await asyncio.sleep(1)
    event.set()
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    print({n: type(r).__name__ for n, r in zip(tasks, results)})


asyncio.run(main())
