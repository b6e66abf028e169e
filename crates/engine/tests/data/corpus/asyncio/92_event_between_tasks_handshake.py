# Two Events used for a request/response handshake between tasks.
import asyncio


async def server(request, response, box):
    for _ in range(3):
        await request.wait()
        request.clear()
        print(f"server: handling {box['req']!r}")
        await asyncio.sleep(0.4)
        box["resp"] = box["req"].upper()
        response.set()


async def client(request, response, box):
    for word in ["ping", "hello", "bye"]:
        box["req"] = word
        request.set()
        await response.wait()
        response.clear()
        print(f"client: got {box['resp']!r} at {asyncio.get_running_loop().time():.1f}")
        await asyncio.sleep(0.1)


async def main():
    request, response = asyncio.Event(), asyncio.Event()
    box = {}
    await asyncio.gather(server(request, response, box), client(request, response, box))


asyncio.run(main())
