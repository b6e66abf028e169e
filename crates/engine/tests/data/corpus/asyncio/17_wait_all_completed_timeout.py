# asyncio.wait with ALL_COMPLETED and with a timeout (no exception on timeout).
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n * 100


async def main():
    tasks = {asyncio.create_task(job(n), name=f"job{n}") for n in (1, 2, 4)}
    done, pending = await asyncio.wait(tasks, timeout=2.5)
    print(f"after timeout at t={asyncio.get_running_loop().time()}:")
    print("  done:", sorted(t.result() for t in done))
    print("  pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print("  later done:", [t.result() for t in done], "pending:", pending)
    done, pending = await asyncio.wait(tasks, timeout=10)
    print("waiting on finished tasks returns at once:", len(done), len(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    print(f"t={asyncio.get_running_loop().time()}")


asyncio.run(main())
