# asyncio.wait(FIRST_COMPLETED) returns (done, pending) sets.
import asyncio


async def racer(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} crosses the line")
    return name


async def main():
    tasks = [asyncio.create_task(racer(n, s), name=n)
             for n, s in [("tortoise", 3), ("hare", 1), ("snail", 5)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    winner = done.pop()
    print("winner:", winner.result())
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("next:", [t.result() for t in done], "still running:", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", [t.get_name() for t in tasks if t.cancelled()])


asyncio.run(main())
