# TaskGroup crawl that stops at the first HTTP error (raise_for_status=True).
# The siblings are cancelled in an order that follows a set, so the cancelled
# URLs are collected and printed sorted.
import asyncio

import aiohttp

cancelled = []


async def fetch(session, url):
    try:
        async with session.get(url) as resp:
            print(f"{asyncio.get_running_loop().time():.1f} {resp.status} {url}")
            return await resp.text()
    except asyncio.CancelledError:
        cancelled.append(url)
        raise


async def main():
    urls = ["https://python.org", "https://shop.example.com/missing-item",
            "https://example.com", "https://news.example.com/page/6"]
    async with aiohttp.ClientSession(raise_for_status=True) as session:
        try:
            async with asyncio.TaskGroup() as tg:
                for url in urls:
                    tg.create_task(fetch(session, url))
        except* aiohttp.ClientResponseError as eg:
            for e in eg.exceptions:
                print("failed:", e.status, e.request_info.url)
    print("cancelled:", sorted(cancelled))
    print(f"t={asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
