# str.maketrans and str.translate: ciphers and character removal.
import string
def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)
secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
no_vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming is fun".translate(no_vowels))
table = str.maketrans({"a": "4", "e": "3", "o": None})
print(table)
print("hello world".translate(table))
print("abc".translate({ord("a"): "AA", ord("b"): 66}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
