import asyncio


async def fetch(url, limit):
    async with limit:  # at most two requests in flight
        print(f"GET {url}")
        await asyncio.sleep(1)  # the network
        return f"{url}: 200"


async def main():
    limit = asyncio.Semaphore(2)
    urls = [f"https://example.org/page/{i}" for i in range(6)]
    results = await asyncio.gather(*(fetch(u, limit) for u in urls))
    print(len(results), "pages")


asyncio.run(main())
