import asyncio


async def fetch(url):
    print(f"GET {url}")
    await asyncio.sleep(1)  # the network
    return f"{url}: 200"


async def main():
    urls = [f"https://example.org/page/{i}" for i in range(6)]
    # All six requests at once.
    results = await asyncio.gather(*(fetch(u) for u in urls))
    print(len(results), "pages")


asyncio.run(main())
