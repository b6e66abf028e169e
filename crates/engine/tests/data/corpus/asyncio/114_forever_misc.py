import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
async def tick(n):
    for i in range(n):
        print("tick", i, loop.time())
        await asyncio.sleep(0.5)
    loop.stop()
loop.create_task(tick(3))
print(loop.is_running(), loop.is_closed())
loop.run_forever()
print("stopped", loop.is_running())
loop.stop()
loop.call_soon(print, "one iteration")
loop.call_later(1, print, "never")
loop.run_forever()
print("after one iteration")
loop.close()
print(loop.is_closed())
try:
    loop.run_forever()
except RuntimeError as e:
    print(e)
