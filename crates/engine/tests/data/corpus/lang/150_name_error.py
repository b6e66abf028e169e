# NameError messages: undefined names, typos, deleted names.
try:
    print(undefined_variable)
except NameError as e:
    print("NameError:", e)

def uses_missing():
    return missing_helper() + 1

try:
    uses_missing()
except NameError as e:
    print("NameError:", e)

value = 1
del value
try:
    value += 1
except NameError as e:
    print("NameError:", e)

try:
    Print("hi")
except NameError as e:
    print("NameError:", e)

def later():
    return defined_after_call

try:
    later()
except NameError as e:
    print("NameError:", e)
defined_after_call = "now defined"
print(later())
