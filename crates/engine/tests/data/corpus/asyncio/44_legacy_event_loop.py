# The legacy API: new_event_loop / get_event_loop, run_until_complete, close.
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"hello {name}")
    return len(name)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("running?", loop.is_running(), "closed?", loop.is_closed())
result = loop.run_until_complete(greet("world", 1))
print("result:", result, "time:", loop.time())
results = loop.run_until_complete(asyncio.gather(greet("a", 0.5), greet("bb", 0.25)))
print("gathered:", results)
task = loop.create_task(greet("task", 1))
print("task pending:", not task.done())
loop.run_until_complete(task)
print("task result:", task.result())
loop.close()
print("closed?", loop.is_closed())
try:
    loop.run_until_complete(greet("late", 1))
except RuntimeError as e:
    print("RuntimeError:", e)
