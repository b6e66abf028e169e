# Done callbacks run in the order they were added; a callback can start more work.
import asyncio


async def work():
    await asyncio.sleep(1)
    return "payload"


async def follow_up(value):
    await asyncio.sleep(0.5)
    print("follow-up processed", value)


def cb_factory(label, spawned):
    def cb(fut):
        print(f"callback {label}: {fut.result()}")
        if label == "B":
            spawned.append(asyncio.ensure_future(follow_up(fut.result())))
    return cb


async def main():
    spawned = []
    t = asyncio.create_task(work())
    for label in "ABC":
        t.add_done_callback(cb_factory(label, spawned))
    unwanted = cb_factory("D", spawned)
    t.add_done_callback(unwanted)
    print("callbacks registered; removed", t.remove_done_callback(unwanted))
    await t
    print("main resumed after the task; spawned:", len(spawned))
    await asyncio.gather(*spawned)


asyncio.run(main())
