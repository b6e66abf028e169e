import asyncio

async def producer(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        print(f"{name} produces {i}")
        yield f"{name}{i}"
    print(f"{name} exhausted")

async def consumer(name, delay, n):
    got = []
    async for item in producer(name, delay, n):
        print(f"  consumer {name} got {item}")
        got.append(item)
        await asyncio.sleep(0)
    return got

async def watcher():
    for i in range(3):
        print("watcher", i)
        await asyncio.sleep(0.35)

async def main():
    results = await asyncio.gather(consumer("A", 0.3, 3), consumer("B", 0.5, 2), watcher())
    print(results)

asyncio.run(main())
