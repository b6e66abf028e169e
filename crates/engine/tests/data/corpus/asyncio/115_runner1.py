import asyncio

async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"hello {name} at {asyncio.get_running_loop().time():.1f}")
    return name.upper()

async def forever():
    try:
        while True:
            await asyncio.sleep(10)
    finally:
        print("forever cleaned up")

async def start_bg():
    asyncio.create_task(forever())
    await asyncio.sleep(0)

with asyncio.Runner() as runner:
    print(runner.run(greet("a", 1)))
    print(runner.run(greet("b", 0.5)))
    runner.run(start_bg())
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print("closed:", loop.is_closed())
r = asyncio.Runner()
print(r.run(greet("c", 2)))
r.close()
try:
    r.run(greet("d", 1))
except RuntimeError as e:
    print("RuntimeError:", e)
