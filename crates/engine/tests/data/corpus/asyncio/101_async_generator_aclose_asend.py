import asyncio

async def conversation():
    print("agen: started")
    try:
        reply = yield "hello"
        while True:
            await asyncio.sleep(0.1)
            reply = yield f"you said {reply}"
    except ValueError as e:
        print("agen: caught", e)
        yield "recovered"
    finally:
        print("agen: finally")

async def main():
    agen = conversation()
    print(await agen.asend(None))
    print(await agen.asend("one"))
    print(await agen.asend("two"))
    print(await agen.athrow(ValueError("bad input")))
    await agen.aclose()
    print("closed")
    await agen.aclose()
    print("closing twice is fine")
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    other = conversation()
    print(await anext(other))
    await other.aclose()
    never_started = conversation()
    await never_started.aclose()
    print("unstarted generator closed without running")

asyncio.run(main())
