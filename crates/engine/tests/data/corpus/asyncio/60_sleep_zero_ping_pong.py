# sleep(0) makes two tasks alternate, one step each per loop iteration.
import asyncio


async def player(name, hits, rally):
    for i in range(hits):
        rally.append(name)
        print(f"{name} hits ({i + 1})")
        await asyncio.sleep(0)


async def main():
    rally = []
    await asyncio.gather(player("ping", 4, rally), player("pong", 3, rally), player("pang", 2, rally))
    print("".join(r[1] for r in rally))
    print("time passed:", asyncio.get_running_loop().time())


asyncio.run(main())
