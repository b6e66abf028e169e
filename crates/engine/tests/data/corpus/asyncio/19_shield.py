# shield protects the inner task from the outer cancellation.
import asyncio


async def save_to_disk(data):
    print("saving", data)
    await asyncio.sleep(2)
    print("saved", data)
    return len(data)


async def main():
    inner = asyncio.create_task(save_to_disk("report"))
    try:
        n = await asyncio.wait_for(asyncio.shield(inner), timeout=1)
        print("bytes:", n)
    except asyncio.TimeoutError:
        print("timed out waiting, but the save continues")
    print("inner cancelled?", inner.cancelled(), "done?", inner.done())
    print("result once finished:", await inner)

    async def caller():
        return await asyncio.shield(save_to_disk("backup"))

    outer = asyncio.create_task(caller())
    await asyncio.sleep(0.5)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("caller was cancelled")
    await asyncio.sleep(2)
    print("main done")


asyncio.run(main())
