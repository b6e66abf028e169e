# The classic aiohttp sample: one session, one GET, status and text.
import asyncio

import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        print("session open, closed =", session.closed)
        async with session.get("https://python.org") as response:
            print("status:", response.status, response.reason, "ok:", response.ok)
            print("content type:", response.content_type)
            html = await response.text()
            print("body:", html[:30], "...", len(html), "chars")
        print(f"the request took {asyncio.get_running_loop().time():.1f}s")
    print("after the block, closed =", session.closed)


asyncio.run(main())
