# Nested gathers: a gather of gathers returns nested lists.
import asyncio


async def item(group, n):
    await asyncio.sleep(n / 10)
    print(f"{group}{n}")
    return f"{group}{n}"


async def group(name, count):
    results = await asyncio.gather(*(item(name, n) for n in range(1, count + 1)))
    print(f"group {name} complete")
    return results


async def main():
    start = asyncio.get_running_loop().time()
    nested = await asyncio.gather(group("x", 3), group("y", 2), item("z", 5))
    print(nested)
    print(f"elapsed {asyncio.get_running_loop().time() - start:.1f}s")


asyncio.run(main())
