# Two tasks take two locks in opposite order: a classic deadlock.
import asyncio


async def transfer(name, first, second):
    async with first:
        print(f"{name} holds its first lock")
        await asyncio.sleep(0.5)
        print(f"{name} waits for its second lock")
        async with second:
            print(f"{name} never gets here")


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(transfer("t1", a, b), transfer("t2", b, a))


try:
    asyncio.run(main())
finally:
    print("this finally is never reached either: the harness stops at once")
