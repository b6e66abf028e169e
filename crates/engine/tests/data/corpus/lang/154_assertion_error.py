# AssertionError in validation code.
def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, "insufficient funds"
    return balance - amount

for amount in [30, -5, 500]:
    try:
        print("new balance:", withdraw(100, amount))
    except AssertionError as e:
        print("AssertionError:", e)

try:
    assert [] , "empty list is falsy"
except AssertionError as e:
    print(repr(e))
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), str(e) == "")
print(issubclass(AssertionError, Exception))
