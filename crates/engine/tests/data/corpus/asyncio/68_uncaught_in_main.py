# An exception escaping main() ends asyncio.run (UNCAUGHT).
import asyncio


async def parse(line):
    await asyncio.sleep(0.1)
    key, value = line.split("=")
    return key.strip(), int(value)


async def main():
    config = {}
    for line in ["port = 8080", "workers = 4", "timeout = ten"]:
        key, value = await parse(line)
        config[key] = value
        print("parsed", key, value)
    print(config)


asyncio.run(main())
print("never printed")
