# A task may catch CancelledError and return normally: then it is NOT cancelled.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: ignoring the cancellation")
    await asyncio.sleep(1)
    print("stubborn: finishing anyway")
    return "finished"


async def polite():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("polite: cleaning up and re-raising")
        raise


async def main():
    s = asyncio.create_task(stubborn())
    p = asyncio.create_task(polite())
    await asyncio.sleep(1)
    s.cancel()
    p.cancel()
    print("cancelling() counts:", s.cancelling(), p.cancelling())
    results = await asyncio.gather(s, p, return_exceptions=True)
    print("results:", [r if isinstance(r, str) else type(r).__name__ for r in results])
    print("stubborn cancelled:", s.cancelled(), "polite cancelled:", p.cancelled())
    print("uncancel():", s.uncancel())


asyncio.run(main())
