print('start')
e = ValueError(0)
for i in range(100000):
    e = ValueError(e)
print(len(str(e)) > 0)
