# current_task() and all_tasks(): introspecting running tasks by name.
import asyncio


async def background(n):
    await asyncio.sleep(n)


async def report(label):
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(f"{label}: {len(names)} tasks {names}")


async def main():
    me = asyncio.current_task()
    print("current:", me.get_name(), "done:", me.done())
    await report("start")
    t1 = asyncio.create_task(background(1), name="bg-1")
    t2 = asyncio.create_task(background(2), name="bg-2")
    await report("two created")
    await asyncio.sleep(1.5)
    await report("after 1.5s")
    await t2
    await report("end")
    print("main in all_tasks:", me in asyncio.all_tasks())
    print("t1 in all_tasks:", t1 in asyncio.all_tasks())


print("outside a loop, current_task raises:")
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())
