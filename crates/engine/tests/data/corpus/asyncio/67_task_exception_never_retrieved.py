# A task that fails and is never awaited: the program goes on (CPython only
# logs "Task exception was never retrieved" on stderr).
import asyncio


async def flaky():
    await asyncio.sleep(0.5)
    print("flaky: about to fail")
    raise ValueError("nobody will see this on stdout")


async def main():
    task = asyncio.create_task(flaky())
    await asyncio.sleep(1)
    print("main: task done?", task.done())
    print("main: carries on as if nothing happened")
    await asyncio.sleep(1)
    print("main: finished")


asyncio.run(main())
print("program exits normally")
