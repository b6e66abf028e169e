import asyncio
import types

async def add(a, b):
    return a + b

c = add(1, 2)
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)

class MySleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield from asyncio.sleep(self.delay).__await__()
        return "slept"

class Ticker:
    def __await__(self):
        for i in range(3):
            yield
        return "ticked"

@types.coroutine
def legacy():
    yield
    return "legacy done"

async def main():
    print(await MySleep(1), asyncio.get_running_loop().time())
    print(await Ticker())
    print(await legacy())
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.5, fut.set_result, 42)
    class Wrap:
        def __await__(self):
            r = yield from fut
            return r * 2
    print(await Wrap())

asyncio.run(main())

async def gen():
    await asyncio.sleep(0)
    return 1
co = gen()
print(co.send(None) is None)
try:
    co.throw(ValueError("x"))
except ValueError as e:
    print("thrown:", e)
co2 = gen()
co2.close()
print("closed")
