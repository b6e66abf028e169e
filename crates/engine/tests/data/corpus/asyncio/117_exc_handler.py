import asyncio

def handle_exception(loop, context):
    msg = context.get("exception", context["message"])
    print(f"Caught exception: {msg!r}; keys={sorted(context)}")

def bad_callback():
    raise ValueError("boom in callback")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handle_exception)
    print(loop.get_exception_handler() is handle_exception)
    loop.call_soon(bad_callback)
    loop.call_later(0.5, lambda: 1 / 0)
    await asyncio.sleep(1)
    loop.call_exception_handler({"message": "custom message"})
    loop.set_exception_handler(None)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.1)
    print("done", loop.slow_callback_duration)

asyncio.run(main())
