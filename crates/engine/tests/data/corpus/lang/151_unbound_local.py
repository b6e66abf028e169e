# UnboundLocalError: assignment anywhere in a function makes a name local.
count = 10

def increment():
    count += 1
    return count

try:
    increment()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def read_then_assign():
    print(count)
    count = 5

try:
    read_then_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def conditional(flag):
    if flag:
        result = "set"
    return result

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def deleted():
    x = 1
    del x
    return x

try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(issubclass(UnboundLocalError, NameError))

def fixed():
    global count
    count += 1
    return count

print(fixed())
