# Condition.wait_for(predicate): a consumer waits until stock is available.
import asyncio

stock = []


async def consumer(cond, name, want):
    async with cond:
        print(f"{name} needs {want}")
        await cond.wait_for(lambda: len(stock) >= want)
        taken = [stock.pop(0) for _ in range(want)]
        print(f"{name} took {taken}")


async def supplier(cond):
    for batch in [["a"], ["b", "c"], ["d", "e", "f"]]:
        await asyncio.sleep(1)
        async with cond:
            stock.extend(batch)
            print(f"supplier added {batch}, stock={stock}")
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond, "big", 3), consumer(cond, "small", 1), supplier(cond))
    print("left:", stock)


asyncio.run(main())
