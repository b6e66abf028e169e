# done(), result(), exception() and InvalidStateError on a pending task.
import asyncio


async def compute():
    await asyncio.sleep(1)
    return 42


async def explode():
    await asyncio.sleep(0.5)
    raise KeyError("lost")


async def main():
    t = asyncio.create_task(compute())
    print("done:", t.done(), "cancelled:", t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    print("done:", t.done(), "result:", t.result(), "exception:", t.exception())
    e = asyncio.create_task(explode())
    await asyncio.sleep(1)
    print("failed task: done", e.done(), "exception", repr(e.exception()))
    try:
        e.result()
    except KeyError as err:
        print("result() re-raises:", repr(err))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("manual")
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as err:
        print("InvalidStateError:", err)
    print(await fut)


asyncio.run(main())
