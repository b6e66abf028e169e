# A three-stage pipeline connected by queues.
import asyncio


async def reader(out_q):
    for line in ["alpha", "beta", "gamma"]:
        await asyncio.sleep(0.2)
        print(f"read {line}")
        await out_q.put(line)
    await out_q.put(None)


async def transformer(in_q, out_q):
    while True:
        item = await in_q.get()
        if item is None:
            break
        await asyncio.sleep(0.5)
        print(f"transformed {item}")
        await out_q.put(item.upper())
    await out_q.put(None)


async def writer(in_q, results):
    while True:
        item = await in_q.get()
        if item is None:
            break
        print(f"wrote {item}")
        results.append(item)


async def main():
    q1, q2 = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    results = []
    await asyncio.gather(reader(q1), transformer(q1, q2), writer(q2, results))
    print(results, f"t={asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
