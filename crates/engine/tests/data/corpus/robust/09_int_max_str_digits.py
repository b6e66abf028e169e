import sys
print(sys.get_int_max_str_digits())
try:
    print(len(str(10**5000)))
except ValueError as e:
    print('ValueError', e)
for bad in (-1, 1, 639, 'x'):
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    int('1' * 641)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10**20000)), len(repr(-10**9000)), len(f'{10**7000:,}'))
print(int('7' * 9000) % 1000)
sys.set_int_max_str_digits(10000)
print(len(str(10**5000)))
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print('TypeError', e)
