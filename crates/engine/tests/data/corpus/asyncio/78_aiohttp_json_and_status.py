# response.json(), status codes, and a 404 that is not an exception by default.
import asyncio

import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        for url in ["https://api.example.com/users/1", "https://example.com/missing",
                    "https://example.com/?page=missing"]:
            async with session.get(url) as resp:
                data = await resp.json()
                print(resp.status, resp.reason, data)
        resp = await session.get("https://httpbin.org/status/404")
        print(repr(resp))
        print("ok:", resp.ok, "method:", resp.method, "url:", resp.url)
        raw = await resp.read()
        print(type(raw).__name__, len(raw))
    print(f"t={asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
