# add_done_callback: callbacks run via call_soon after the task finishes.
import asyncio


def on_done(task):
    if task.cancelled():
        print(f"callback: {task.get_name()} was cancelled")
    elif task.exception() is not None:
        print(f"callback: {task.get_name()} failed with {task.exception()!r}")
    else:
        print(f"callback: {task.get_name()} returned {task.result()!r}")


async def work(seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise RuntimeError("bad luck")
    return seconds * 2


async def main():
    ok = asyncio.create_task(work(1), name="ok")
    bad = asyncio.create_task(work(2, fail=True), name="bad")
    slow = asyncio.create_task(work(5), name="slow")
    for t in (ok, bad, slow):
        t.add_done_callback(on_done)
    ok.add_done_callback(lambda t: print("second callback on ok"))
    await asyncio.sleep(3)
    slow.cancel()
    await asyncio.sleep(0)
    print("main: after one yield")
    await asyncio.sleep(0)
    print("main: after two yields")
    ok.add_done_callback(lambda t: print("added after completion: scheduled at once"))
    await asyncio.sleep(0)
    print("main: done")


asyncio.run(main())
