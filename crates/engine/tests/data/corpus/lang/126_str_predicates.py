# isdigit / isalpha / isalnum / isspace / isupper / islower / isnumeric.
samples = ["123", "abc", "abc123", "", " ", "\t\n", "12.5", "-3", "ABC", "Abc"]
for s in samples:
    print(f"{s!r:>8} digit={s.isdigit()!s:<5} alpha={s.isalpha()!s:<5} "
          f"alnum={s.isalnum()!s:<5} space={s.isspace()!s:<5} "
          f"upper={s.isupper()!s:<5} lower={s.islower()}")
print("x1".isidentifier(), "1x".isidentifier(), "42".isdecimal())
user_input = "  42 "
if user_input.strip().isdigit():
    print("number:", int(user_input))
