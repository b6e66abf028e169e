# When main returns, asyncio.run cancels the leftover task; its except and
# finally blocks run before asyncio.run returns.  (With several leftover tasks
# the order would follow a set of tasks, so this example keeps one.)
import asyncio


async def background(name, period):
    n = 0
    try:
        while True:
            await asyncio.sleep(period)
            n += 1
            print(f"{name} tick {n}")
    except asyncio.CancelledError:
        print(f"{name} cancelled after {n} ticks")
        raise
    finally:
        print(f"{name} finally")


async def main():
    asyncio.create_task(background("ticker", 0.3))
    await asyncio.sleep(1)
    print("main returns without waiting for the background tasks")
    return "main result"


print(asyncio.run(main()))
print("after asyncio.run")
