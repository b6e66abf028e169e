import asyncio

async def worker(b, n):
    await asyncio.sleep(n * 0.1)
    print(f"worker {n} waits ({b.n_waiting} waiting)")
    try:
        i = await b.wait()
        print(f"worker {n} passed with index {i}")
    except asyncio.BrokenBarrierError as e:
        print(f"worker {n} broken: {e!r}")

async def main():
    b = asyncio.Barrier(2)
    await asyncio.gather(*(worker(b, n) for n in range(4)))
    b2 = asyncio.Barrier(3)
    t = [asyncio.create_task(worker(b2, n)) for n in range(2)]
    await asyncio.sleep(0.5)
    await b2.abort()
    await asyncio.gather(*t)
    print(b2.broken, b2.parties)
    async with asyncio.Barrier(1) as pos:
        print("alone", pos)

asyncio.run(main())
