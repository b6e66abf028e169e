# Retrying a flaky operation with exponential backoff.
import asyncio

attempts = {"count": 0}


async def flaky_request():
    attempts["count"] += 1
    await asyncio.sleep(0.1)
    if attempts["count"] < 4:
        raise ConnectionError(f"attempt {attempts['count']} failed")
    return {"status": 200}


async def with_retries(fn, retries=5, base_delay=0.5):
    loop = asyncio.get_running_loop()
    for attempt in range(1, retries + 1):
        try:
            return await fn()
        except ConnectionError as e:
            delay = base_delay * 2 ** (attempt - 1)
            print(f"{loop.time():.2f}: {e}; retrying in {delay}s")
            await asyncio.sleep(delay)
    raise RuntimeError("gave up")


async def main():
    result = await with_retries(flaky_request)
    print("result:", result, "after", attempts["count"], "attempts")
    attempts["count"] = -10
    try:
        await with_retries(flaky_request, retries=2)
    except RuntimeError as e:
        print("error:", e)


asyncio.run(main())
