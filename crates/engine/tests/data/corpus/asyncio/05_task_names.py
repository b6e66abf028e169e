# Task names: Task-N numbering, name=, get_name and set_name.
import asyncio


async def job():
    me = asyncio.current_task()
    print("running in", me.get_name())
    await asyncio.sleep(0.1)


async def main():
    print("main runs in", asyncio.current_task().get_name())
    t2 = asyncio.create_task(job())
    t3 = asyncio.create_task(job(), name="downloader")
    t4 = asyncio.create_task(job())
    print([t.get_name() for t in (t2, t3, t4)])
    t4.set_name("renamed")
    print("after set_name:", t4.get_name())
    await asyncio.gather(t2, t3, t4)
    t5 = asyncio.create_task(job())
    print("next unnamed task:", t5.get_name())
    await t5
    t6 = asyncio.create_task(job(), name=None)
    t7 = asyncio.create_task(job(), name=42)
    print(t6.get_name(), repr(t7.get_name()))
    await asyncio.gather(t6, t7)


asyncio.run(main())
