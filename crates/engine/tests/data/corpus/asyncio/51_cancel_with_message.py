# task.cancel(msg): the message travels with the CancelledError.
import asyncio


async def worker(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"{name} sees:", repr(e), e.args)
        raise


async def main():
    a = asyncio.create_task(worker("a"))
    b = asyncio.create_task(worker("b"))
    c = asyncio.create_task(worker("c"))
    await asyncio.sleep(1)
    print("a.cancel(msg) returns", a.cancel("shutting down"))
    try:
        await a
    except asyncio.CancelledError as e:
        print("main sees:", repr(e))
    print("cancel() on a finished task returns", a.cancel())
    print("cancelled:", a.cancelled(), "done:", a.done())

    b.cancel("stop b")
    await asyncio.sleep(0.1)
    print("b finished meanwhile; done:", b.done())
    try:
        b.result()
    except asyncio.CancelledError as e:
        print("b.result() raises:", repr(e))

    c.cancel()
    try:
        await c
    except asyncio.CancelledError as e:
        print("without a message:", repr(e), e.args)


asyncio.run(main())
