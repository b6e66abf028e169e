# A forever loop with sleep(1) runs until the harness's virtual-time limit (LIMIT).
import asyncio


async def main():
    ticks = 0
    while True:
        await asyncio.sleep(1)
        ticks += 1
        if ticks % 20000 == 0:
            print(f"still ticking: {ticks}")


asyncio.run(main())
