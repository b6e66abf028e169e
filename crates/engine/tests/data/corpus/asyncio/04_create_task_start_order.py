# A task starts only when the creator yields to the loop, in creation order.
import asyncio


async def worker(name):
    print(f"{name}: step 1")
    await asyncio.sleep(0)
    print(f"{name}: step 2")
    await asyncio.sleep(0)
    print(f"{name}: step 3")


async def main():
    tasks = []
    for name in ["A", "B", "C"]:
        tasks.append(asyncio.create_task(worker(name)))
        print(f"main: created {name}")
    print("main: still running before the first await")
    await asyncio.sleep(0)
    print("main: after one sleep(0)")
    await asyncio.sleep(0)
    print("main: after two sleep(0)")
    for t in tasks:
        await t
    print("main: all done")


asyncio.run(main())
