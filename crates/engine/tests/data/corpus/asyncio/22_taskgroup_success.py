# TaskGroup waits for every task it started.
import asyncio


async def resize(image, seconds):
    print(f"resizing {image}")
    await asyncio.sleep(seconds)
    print(f"{image} resized")
    return f"{image}.small"


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(resize(img, s), name=img)
                 for img, s in [("a.png", 2), ("b.png", 1), ("c.png", 3)]]
        print("inside the block: tasks created, none started")
    print("after the block, all done:", all(t.done() for t in tasks))
    print([t.result() for t in tasks])
    print("task names:", [t.get_name() for t in tasks])

    async with asyncio.TaskGroup() as tg:
        pass
    print("an empty group exits at once")


asyncio.run(main())
