# loop.call_soon callbacks run in FIFO order, interleaved with task steps.
import asyncio


def callback(label, log):
    print("callback", label)
    log.append(label)


async def task_body(log):
    print("task step 1")
    await asyncio.sleep(0)
    print("task step 2")


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(callback, "first", log)
    t = asyncio.create_task(task_body(log))
    loop.call_soon(callback, "second", log)
    handle = loop.call_soon(callback, "cancelled one", log)
    loop.call_soon(callback, "third", log)
    handle.cancel()
    print("main scheduled everything; handle.cancelled() =", handle.cancelled())
    await asyncio.sleep(0)
    print("main after one yield, log =", log)
    await t
    print("main done")


asyncio.run(main())
