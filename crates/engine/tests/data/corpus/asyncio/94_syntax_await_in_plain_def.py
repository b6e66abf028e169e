# Using await inside a function that is not async: a SyntaxError, nothing runs.
import asyncio

print("never printed: the file does not compile")


def fetch_data():
    await asyncio.sleep(1)
    return "data"


async def main():
    print(await fetch_data())


asyncio.run(main())
