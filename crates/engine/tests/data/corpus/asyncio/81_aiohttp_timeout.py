# Requests never time out by themselves; wrap them in wait_for / timeout.
import asyncio

import aiohttp


async def get_status(session, url):
    async with session.get(url) as resp:
        return resp.status


async def main():
    timeout = aiohttp.ClientTimeout(total=5)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for url in ["https://httpbin.org/status/404", "https://example.com"]:
            try:
                status = await asyncio.wait_for(get_status(session, url), timeout=0.5)
                print(url, "->", status)
            except asyncio.TimeoutError:
                print(url, "-> gave up after 0.5s")
        try:
            async with asyncio.timeout(1):
                for n in range(1, 4):
                    print("user", n, await get_status(session, f"https://api.example.com/users/{n}"))
        except TimeoutError:
            print(f"timeout block expired at {asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
