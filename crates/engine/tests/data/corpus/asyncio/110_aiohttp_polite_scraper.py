import asyncio

import aiohttp

URLS = [
    "https://example.com/",
    "https://python.org/downloads",
    "https://docs.python.org/3/library/asyncio.html",
    "https://example.com/missing-page",
]


async def fetch(session, url):
    async with session.get(url) as response:  # the request is in flight here
        body = await response.text()
        print(f"{response.status} {url} ({len(body)} characters)")
        return response.status


async def main():
    async with aiohttp.ClientSession() as session:
        statuses = await asyncio.gather(*(fetch(session, url) for url in URLS))
    print(f"{statuses.count(200)} pages OK, {statuses.count(404)} missing")


asyncio.run(main())
