# The string module: constants, capwords and Template.
import string
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords("the   quick brown fox"), string.capwords("a-b-c", "-"))
password = "abc123!"
print(any(c in string.punctuation for c in password), all(c in string.ascii_letters + string.digits for c in password))
t = string.Template("$name owes $$${amount}")
print(t.substitute(name="Ann", amount=20), t.safe_substitute(name="Bob"))
print(t.get_identifiers())
try:
    t.substitute(name="Cid")
except KeyError as e:
    print("KeyError:", e)
