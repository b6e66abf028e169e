# asyncio.run() runs a coroutine to completion and returns its value.
import asyncio


async def compute(x):
    print(f"compute({x}) starts")
    await asyncio.sleep(1)
    print(f"compute({x}) ends")
    return x * x


async def main():
    a = await compute(3)
    b = await compute(4)
    return a + b


print("before asyncio.run")
total = asyncio.run(main())
print("asyncio.run returned", total)
second = asyncio.run(compute(10))
print("a second asyncio.run returned", second)
print("module code continues after the loop is closed")
