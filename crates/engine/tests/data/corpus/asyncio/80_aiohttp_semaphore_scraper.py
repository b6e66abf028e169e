# A polite scraper: at most two requests in flight, guarded by a Semaphore.
import asyncio

import aiohttp

in_flight = 0


async def fetch(session, sem, url):
    global in_flight
    async with sem:
        in_flight += 1
        loop = asyncio.get_running_loop()
        print(f"{loop.time():.1f} GET {url[-6:]} (in flight: {in_flight})")
        async with session.get(url) as resp:
            text = await resp.text()
        in_flight -= 1
        print(f"{loop.time():.1f} done {url[-6:]}")
        return len(text)


async def main():
    sem = asyncio.Semaphore(2)
    urls = [f"https://news.example.com/page/{n}" for n in range(1, 7)]
    async with aiohttp.ClientSession() as session:
        sizes = await asyncio.gather(*(fetch(session, sem, u) for u in urls))
    print("sizes:", sizes)
    print(f"total {asyncio.get_running_loop().time():.1f}s")


asyncio.run(main())
