print('start')
e = None
for i in range(100000):
    try:
        try:
            raise ValueError(i)
        except ValueError as x:
            raise KeyError(i) from e
    except KeyError as k:
        e = k
print('built')
e = None
print('end')
