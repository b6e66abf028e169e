import asyncio

async def pages(site, count):
    for page in range(1, count + 1):
        print(f"fetching {site} page {page}")
        await asyncio.sleep(0.3 * page)
        yield f"{site}/{page}"

async def crawl(site, count):
    found = []
    async for url in pages(site, count):
        found.append(url)
    return found

async def main():
    async with asyncio.timeout(5):
        a = asyncio.create_task(crawl("alpha", 3))
        b = asyncio.create_task(crawl("beta", 2))
        print(await a)
        print(await b)
    try:
        async with asyncio.timeout(0.5):
            await crawl("gamma", 3)
    except TimeoutError:
        print("gamma timed out")

asyncio.run(main())
