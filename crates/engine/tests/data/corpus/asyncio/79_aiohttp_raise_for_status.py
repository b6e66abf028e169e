# raise_for_status() turns 4xx responses into ClientResponseError.
import asyncio

import aiohttp


async def check(session, url):
    try:
        async with session.get(url) as resp:
            resp.raise_for_status()
            print("OK", url)
    except aiohttp.ClientResponseError as e:
        print(f"ClientResponseError: status={e.status} message={e.message!r}")
        print("  str:", e)


async def main():
    async with aiohttp.ClientSession() as session:
        await check(session, "https://github.com")
        await check(session, "https://shop.example.com/missing-item")
    async with aiohttp.ClientSession(raise_for_status=True) as strict:
        try:
            await strict.get("https://httpbin.org/status/404")
        except aiohttp.ClientError as e:
            print("session-wide raise_for_status:", type(e).__name__, e.status)
        resp = await strict.get("https://httpbin.org/status/404", raise_for_status=False)
        print("per-request override:", resp.status)
    try:
        await strict.get("https://github.com")
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
