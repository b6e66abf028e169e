# Off-by-one: IndexError: list index out of range.
days = ["mon", "tue", "wed"]
i = 0
while i <= len(days):
    print(days[i])
    i += 1
