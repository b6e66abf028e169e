# Fetch several pages concurrently with gather; total time = slowest request.
import asyncio

import aiohttp

URLS = [
    "https://example.com",
    "https://python.org",
    "https://github.com",
    "https://example.org",
]


async def fetch(session, url):
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with session.get(url) as resp:
        body = await resp.text()
        print(f"{loop.time():.1f} {url} -> {resp.status} in {loop.time() - start:.1f}s")
        return len(body)


async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        start = loop.time()
        for url in URLS:
            await fetch(session, url)
        print(f"sequential: {loop.time() - start:.1f}s")
        start = loop.time()
        sizes = await asyncio.gather(*(fetch(session, u) for u in URLS))
        print(f"concurrent: {loop.time() - start:.1f}s, sizes {sizes}")


asyncio.run(main())
