# assert with and without a message.
def mean(values):
    assert len(values) > 0, "mean of empty list"
    return sum(values) / len(values)

print(mean([1, 2, 3]))

try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), e.args)

x = 7
try:
    assert x % 2 == 0, f"x={x} is odd"
except AssertionError as e:
    print(e)

assert True, "never raised"
assert [1], "non-empty list is truthy"
print("asserts passed")

try:
    assert 0, ("tuple", "message")
except AssertionError as e:
    print(e.args)
