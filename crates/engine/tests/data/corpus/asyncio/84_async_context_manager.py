# A class with __aenter__ / __aexit__ used with async with.
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name
        self.open = False

    async def __aenter__(self):
        print(f"{self.name}: connecting")
        await asyncio.sleep(0.5)
        self.open = True
        print(f"{self.name}: connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"{self.name}: closing (error: {exc_type.__name__ if exc_type else None})")
        await asyncio.sleep(0.2)
        self.open = False
        print(f"{self.name}: closed")
        return exc_type is KeyError

    async def query(self, sql):
        await asyncio.sleep(0.1)
        if "DROP" in sql:
            raise KeyError("refused")
        if "BAD" in sql:
            raise ValueError("syntax error")
        return f"rows for {sql!r}"


async def main():
    async with Connection("db1") as conn:
        print(await conn.query("SELECT 1"))
    print("db1 open:", conn.open)
    async with Connection("db2") as conn:
        await conn.query("DROP TABLE x")
        print("not reached")
    print("KeyError suppressed by __aexit__")
    try:
        async with Connection("db3") as conn:
            await conn.query("BAD SQL")
    except ValueError as e:
        print("ValueError propagated:", e)
    print(f"t={asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
