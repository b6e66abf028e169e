# Collecting results as they complete, then reporting them in input order.
import asyncio


async def score(student, seconds, points):
    await asyncio.sleep(seconds)
    return student, points


async def main():
    students = [("ann", 0.9, 88), ("bob", 0.3, 72), ("cy", 0.6, 95), ("dan", 0.1, 60)]
    tasks = [asyncio.create_task(score(*s)) for s in students]
    results = {}
    for fut in asyncio.as_completed(tasks):
        name, points = await fut
        results[name] = points
        print(f"graded {name}: {points}")
    print("completion order:", list(results))
    print("input order:", [(name, results[name]) for name, _, _ in students])
    best = max(results, key=results.get)
    print(f"best: {best} with {results[best]}; average {sum(results.values()) / len(results):.2f}")


asyncio.run(main())
