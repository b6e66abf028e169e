# wait_for cancels the inner coroutine when the timeout expires.
import asyncio


async def slow_operation(seconds):
    print(f"operation({seconds}) started")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"operation({seconds}) cancelled")
        raise
    print(f"operation({seconds}) finished")
    return seconds * 10


async def main():
    for seconds in [0.5, 3]:
        try:
            result = await asyncio.wait_for(slow_operation(seconds), timeout=1.5)
            print("result:", result)
        except asyncio.TimeoutError as e:
            print("timed out:", type(e).__name__, repr(str(e)))
    print(f"now {asyncio.get_running_loop().time():.1f}")
    print("TimeoutError is asyncio.TimeoutError:", TimeoutError is asyncio.TimeoutError)


asyncio.run(main())
