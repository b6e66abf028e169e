import asyncio

async def stream(name):
    try:
        for i in range(10):
            await asyncio.sleep(0.2)
            yield i
    finally:
        print(f"{name}: cleanup")

held = []

async def main():
    g = stream("kept")
    held.append(g)
    async for x in g:
        print("kept", x)
        if x == 1:
            break
    print("main returns with the generator still referenced")

asyncio.run(main())
print("after asyncio.run")
