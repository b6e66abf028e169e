# call_later / call_at: timed callbacks; equal deadlines fire in scheduling order.
import asyncio


def ring(name):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.2f} {name}")


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_later(2, ring, "call_later(2)")
    loop.call_at(now + 1, ring, "call_at(now + 1)")
    loop.call_later(1, ring, "call_later(1), same deadline, scheduled second")
    loop.call_later(0, ring, "call_later(0)")
    loop.call_soon(ring, "call_soon")
    h = loop.call_later(1.5, ring, "never: cancelled")
    print("when:", h.when())
    h.cancel()
    loop.call_later(0.7 + 0.1, ring, "0.7 + 0.1")
    loop.call_later(0.8, ring, "0.8 (the same deadline after rounding)")
    await asyncio.sleep(3)
    print("main done")


asyncio.run(main())
