# Lock: waiters acquire in FIFO order; async with releases on exit.
import asyncio

lock = asyncio.Lock()


async def use_printer(name, pages):
    print(f"{name} wants the printer (locked={lock.locked()})")
    async with lock:
        print(f"{name} prints {pages} pages")
        await asyncio.sleep(pages * 0.5)
        print(f"{name} done")
    print(f"{name} released (locked={lock.locked()})")


async def main():
    await asyncio.gather(
        use_printer("ann", 2),
        use_printer("bob", 1),
        use_printer("cy", 3),
    )
    print("final locked():", lock.locked())


asyncio.run(main())
