# When the timeout and the operation end at the same instant, the timeout wins
# (its timer was scheduled first).
import asyncio


async def op(seconds):
    await asyncio.sleep(seconds)
    return "finished"


async def main():
    for seconds, timeout in [(1, 1), (0.999, 1), (1, 0.999), (2, None)]:
        try:
            print(seconds, timeout, "->", await asyncio.wait_for(op(seconds), timeout))
        except asyncio.TimeoutError:
            print(seconds, timeout, "-> timeout")
    try:
        await asyncio.wait_for(op(1), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0 times out at once")
    print(f"t = {asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
