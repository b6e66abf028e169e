import asyncio

async def numbers():
    try:
        n = 0
        while True:
            await asyncio.sleep(0.1)
            yield n
            n += 1
    finally:
        print("numbers: finally runs")

async def bystander():
    for i in range(4):
        print("bystander", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(bystander())
    async for n in numbers():
        print("got", n)
        if n == 2:
            break
    print("left the loop")
    await asyncio.sleep(0)
    print("main resumed once")
    await asyncio.sleep(0)
    print("main resumed twice")
    await t
    late = asyncio.create_task(asyncio.sleep(0))
    print("next task is", late.get_name())
    await late

asyncio.run(main())
print("program end")
